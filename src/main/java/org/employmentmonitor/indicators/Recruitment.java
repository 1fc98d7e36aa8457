package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.staging.MonthWindow;

/**
 * Recruitment postings (SPEC 4.4, tasks 32 and 51–53): 岗位数 = positions posted in the month (also
 * the numerator of 求人倍率, whose denominator is {@link JobSeekers}); 区属国企面向毕业生 岗位占比 = of the
 * positions posted in the year to date by district SOEs, the share for graduates. Latest version of
 * each posting; cells by the posting's town.
 */
public final class Recruitment implements SourceIndicator {
  static final String SOE_SHARE = "soe_graduate_position_share";

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
      out.addDistrictAndTown("job_postings", posted, town, Measures.NUM, positions);
      out.addDistrictAndTown("demand_supply_ratio", posted, town, Measures.NUM, positions);
      if (r.getBoolean(3)) {
        BigDecimal forGraduates = r.getBoolean(4) ? positions : BigDecimal.ZERO;
        for (int m = posted; m <= w.last(); m++) {
          out.addDistrictAndTown(SOE_SHARE, m, town, Measures.NUM, forGraduates);
          out.addDistrictAndTown(SOE_SHARE, m, town, Measures.DEN, positions);
        }
      }
    }
  }
}
