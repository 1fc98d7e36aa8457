package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.staging.MonthWindow;
import org.junit.jupiter.api.Test;

/** The table walks the list of definitions: zeros for untouched cells, no room for a typo. */
class IndicatorAssemblerTest {
  private static final MonthWindow JAN = new MonthWindow(YearMonth.of(2020, 1));
  private static final Towns TOWNS =
      new Towns(List.of(new Towns.Town("500118001", "中山路街道", "街道")), "sha");

  private static Row measure(String id, Scope scope, String key, String part, int amount) {
    return RowFactory.create(
        id,
        MonthWindow.index(YearMonth.of(2020, 1)),
        scope.name(),
        key,
        part,
        new BigDecimal(amount));
  }

  private static List<IndicatorRow> assemble(Row... measures) {
    return IndicatorAssembler.assemble(
        List.of(measures), JAN, TOWNS, (def, m) -> true, MonitorConfig.defaults());
  }

  @Test
  void aMeasureOfAnUndeclaredIdFailsInsteadOfVanishingAsZeros() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> assemble(measure("job_postngs", Scope.DISTRICT, "", Measures.NUM, 5)));
    assertTrue(e.getMessage().contains("job_postngs"), e.getMessage());
  }

  @Test
  void everyDeclaredCellGetsARowAndRatiosDivideTheirParts() {
    List<IndicatorRow> rows =
        assemble(
            measure("job_postings", Scope.TOWN, "500118001", Measures.NUM, 5),
            measure("demand_supply_ratio", Scope.DISTRICT, "", Measures.NUM, 6),
            measure("demand_supply_ratio", Scope.DISTRICT, "", Measures.DEN, 4));
    int cells = 0;
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      cells += d.scopes().contains(Scope.DISTRICT) ? 1 : 0;
      cells += d.scopes().contains(Scope.TOWN) ? 1 : 0;
    }
    long other =
        rows.stream().filter(r -> r.scope() != Scope.DISTRICT && r.scope() != Scope.TOWN).count();
    assertEquals(cells, rows.size() - other, "one row per declared district and town cell");
    IndicatorRow postings = row(rows, "job_postings", Scope.TOWN);
    assertEquals(0, new BigDecimal(5).compareTo(postings.value()));
    assertEquals(0, BigDecimal.ZERO.compareTo(row(rows, "job_postings", Scope.DISTRICT).value()));
    assertEquals(
        0,
        new BigDecimal("1.5").compareTo(row(rows, "demand_supply_ratio", Scope.DISTRICT).value()));
    assertNull(row(rows, "demand_supply_ratio", Scope.TOWN).value(), "zero denominator");
    assertEquals(LocalDate.of(2020, 1, 31), postings.monthEnd());
  }

  private static IndicatorRow row(List<IndicatorRow> rows, String id, Scope scope) {
    return rows.stream()
        .filter(r -> r.indicatorId().equals(id) && r.scope() == scope)
        .findFirst()
        .orElseThrow();
  }
}
