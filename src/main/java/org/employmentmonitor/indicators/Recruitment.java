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
 * Recruitment postings (SPEC 4.4, tasks 32 and 51–53): 岗位数 = positions posted in the month (also
 * the numerator of 求人倍率, whose denominator is {@link JobSeekers}); 区属国企面向毕业生 岗位占比 = of the
 * positions posted in the year to date by district SOEs, the share for graduates. Latest version of
 * each posting; cells by the posting's town.
 */
public final class Recruitment implements SourceIndicator {
  public static final IndicatorDefinition SOE_SHARE =
      IndicatorDefinition.of(
              "soe_graduate_position_share",
              "区属国企面向毕业生岗位占比",
              "District SOE positions for graduates",
              Unit.RATIO)
          .withSources(Extracts.RECRUITMENT)
          .withPartsUnit(Unit.POSITIONS)
          .withDefinition("年内区属国有企业发布的招聘岗位中，面向高校毕业生的岗位所占比例。");

  public static final IndicatorDefinition JOB_POSTINGS =
      IndicatorDefinition.of("job_postings", "招聘岗位数", "Positions posted", Unit.POSITIONS)
          .withSources(Extracts.RECRUITMENT)
          .withDefinition("本月发布的招聘岗位数。");

  /** Numerator here, denominator added by {@link JobSeekers}; read as a multiple, not a percent. */
  public static final IndicatorDefinition DEMAND_SUPPLY_RATIO =
      IndicatorDefinition.of("demand_supply_ratio", "求人倍率", "Demand-supply ratio", Unit.RATIO)
          .withSources(Extracts.RECRUITMENT, Extracts.REGISTRATION)
          .withDisplay(IndicatorDefinition.DisplayKind.MULTIPLE)
          .withDefinition("本月招聘岗位数 ÷ 求职人数（求人倍率）。");

  @Override
  public Extract extract() {
    return Extracts.RECRUITMENT;
  }

  @Override
  public List<String> columns() {
    return List.of("posted_date", "town_code", "positions", "is_soe", "for_graduates");
  }

  @Override
  public void measure(List<Row> latest, MonthWindow w, Amounts out) {
    for (Row r : latest) {
      int posted = PersonContext.month((LocalDate) r.get(0));
      if (posted < w.first() || posted > w.last()) {
        continue;
      }
      String town = r.getString(1);
      BigDecimal positions = BigDecimal.valueOf(r.getInt(2));
      out.addDistrictAndTown(JOB_POSTINGS.id(), posted, town, Measures.NUM, positions);
      out.addDistrictAndTown(DEMAND_SUPPLY_RATIO.id(), posted, town, Measures.NUM, positions);
      if (r.getBoolean(3)) {
        BigDecimal forGraduates = r.getBoolean(4) ? positions : BigDecimal.ZERO;
        for (int m = posted; m <= w.last(); m++) {
          out.addDistrictAndTown(SOE_SHARE.id(), m, town, Measures.NUM, forGraduates);
          out.addDistrictAndTown(SOE_SHARE.id(), m, town, Measures.DEN, positions);
        }
      }
    }
  }
}
