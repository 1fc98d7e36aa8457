package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.People.A;
import static org.employmentmonitor.indicators.People.B;
import static org.employmentmonitor.indicators.SourceRows.SEPT;
import static org.employmentmonitor.indicators.SourceRows.cell;
import static org.employmentmonitor.indicators.SourceRows.day;
import static org.employmentmonitor.indicators.SourceRows.district;
import static org.employmentmonitor.indicators.SourceRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.model.Scope;
import org.junit.jupiter.api.Test;

/** 新增市场主体 and 带动就业人数 (SPEC 4.4, task 22) on rows. */
class MarketEntitiesTest {
  @Test
  void entitiesOfTheYearCountWithTheirJobsAndAnEmptyJobsValueCountsZero() {
    Amounts a = new Amounts();
    new MarketEntities()
        .measure(
            List.of(
                row(day("2020-04-01"), A, 12),
                row(day("2020-09-05"), B, null),
                row(day("2019-11-01"), A, 40)),
            SEPT,
            a);
    assertEquals(BigDecimal.ONE, district(a, "new_market_entities", "2020-08"));
    assertEquals(new BigDecimal(2), district(a, "new_market_entities", "2020-09"));
    assertEquals(new BigDecimal(12), district(a, "market_entity_jobs", "2020-09"));
    assertEquals(
        BigDecimal.ZERO, cell(a, "market_entity_jobs", "2020-09", Scope.TOWN, B, Measures.NUM));
    assertEquals(
        BigDecimal.ONE, cell(a, "new_market_entities", "2020-09", Scope.TOWN, B, Measures.NUM));
  }
}
