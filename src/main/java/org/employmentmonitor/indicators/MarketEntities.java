package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.staging.MonthWindow;

/**
 * 新增市场主体 and 带动就业人数 (SPEC 4.4, task 22): entities registered in the year to date (latest version of
 * each credit code) and the sum of their jobs_created (an empty value counts 0); cells by the
 * entity's town.
 */
public final class MarketEntities implements SourceIndicator {
  public static final IndicatorDefinition NEW_ENTITIES =
      IndicatorDefinition.of("new_market_entities", "新增市场主体", "New market entities", Unit.ENTITIES)
          .withSources(Extracts.MARKET_ENTITIES)
          .withDefinition("年内新登记成立的市场主体户数（企业、个体工商户、农民专业合作社）。");

  public static final IndicatorDefinition JOBS =
      IndicatorDefinition.of(
              "market_entity_jobs", "新增市场主体带动就业人数", "Jobs created by new entities", Unit.PERSONS)
          .withSources(Extracts.MARKET_ENTITIES)
          .withDefinition("年内新增市场主体申报的带动就业人数合计。");

  @Override
  public Extract extract() {
    return Extracts.MARKET_ENTITIES;
  }

  @Override
  public List<String> columns() {
    return List.of("registered_date", "town_code", "jobs_created");
  }

  @Override
  public void measure(List<Row> latest, MonthWindow w, Amounts out) {
    for (Row r : latest) {
      int registered = PersonContext.month((LocalDate) r.get(0));
      if (registered < w.first()) {
        continue;
      }
      String town = r.getString(1);
      BigDecimal jobs = r.isNullAt(2) ? BigDecimal.ZERO : BigDecimal.valueOf(r.getInt(2));
      for (int m = registered; m <= w.last(); m++) {
        out.addDistrictAndTown(NEW_ENTITIES.id(), m, town, Measures.NUM, BigDecimal.ONE);
        out.addDistrictAndTown(JOBS.id(), m, town, Measures.NUM, jobs);
      }
    }
  }
}
