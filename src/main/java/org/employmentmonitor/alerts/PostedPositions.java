package org.employmentmonitor.alerts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.employmentmonitor.alerts.RecruitmentDropRule.AreaPositions;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.staging.LatestVersion;
import org.employmentmonitor.staging.MonthWindow;
import org.employmentmonitor.staging.StagedData;

/**
 * Positions posted per month in P−n..P, for the district and each town (SPEC 4.4 job_postings,
 * which RECRUITMENT_DROP compares): the latest version of each posting (SPEC 2.3), counted in the
 * month of its posted_date and the posting's town. P−n may lie in the year before P, outside the
 * indicator table, hence from staging. A posting dated in P−n is delivered in an extract month ≥
 * P−n, so older extracts are not read.
 */
public final class PostedPositions {
  private PostedPositions() {}

  public static List<AreaPositions> read(StagedData staged, int months, Towns towns) {
    YearMonth period = staged.window().period();
    return count(
        staged.read(Extracts.RECRUITMENT, period.minusMonths(months)), period, months, towns);
  }

  /**
   * @param stagedRows recruitment rows as {@link StagedData#read} returns them (posting_id,
   *     town_code, positions, posted_date, ord)
   */
  public static List<AreaPositions> count(
      Dataset<Row> stagedRows, YearMonth period, int months, Towns towns) {
    int last = MonthWindow.index(period);
    Map<String, long[]> byTown = new HashMap<>();
    long[] district = new long[months + 1];
    // The same latest-version reading as the job_postings indicator (SPEC 2.3).
    for (Row r :
        LatestVersion.collect(
            stagedRows, Extracts.RECRUITMENT, List.of("posted_date", "town_code", "positions"))) {
      int back =
          last - MonthWindow.index(YearMonth.from((LocalDate) r.get(0))); // 0 = P, 1 = P−1, …
      if (back < 0 || back > months) {
        continue;
      }
      long n = r.getInt(2);
      byTown.computeIfAbsent(r.getString(1), k -> new long[months + 1])[back] += n;
      district[back] += n;
    }
    List<AreaPositions> out = new ArrayList<>();
    out.add(areaOf(Subjects.DISTRICT, null, district));
    TreeSet<String> codes = new TreeSet<>(towns.codes());
    codes.addAll(byTown.keySet());
    for (String code : codes) {
      out.add(areaOf(code, towns.name(code), byTown.getOrDefault(code, new long[months + 1])));
    }
    return out;
  }

  private static AreaPositions areaOf(String key, String name, long[] byMonthBack) {
    List<Long> previous = new ArrayList<>();
    for (int i = 1; i < byMonthBack.length; i++) {
      previous.add(byMonthBack[i]);
    }
    return new AreaPositions(key, name, byMonthBack[0], List.copyOf(previous));
  }
}
