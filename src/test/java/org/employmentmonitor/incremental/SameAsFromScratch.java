package org.employmentmonitor.incremental;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.employmentmonitor.alerts.SeriesStreaks;

/**
 * The equality contract of SPEC 3.2 and issue 16, as assertions: a period's {@code indicators.csv},
 * {@code alerts.csv} and {@code data_quality.csv} written by a run on an output folder that already
 * holds earlier periods (month by month, or after a correction) are the bytes a from-scratch run of
 * the same period on the same input writes on a fresh output folder.
 *
 * <p>What differs by definition is left out, and only that: in {@code alerts.csv} the lifecycle
 * columns {@code state}, {@code since} and {@code months_active} and the RESOLVED rows (SPEC 7,
 * docs/alerts.md "Lifecycle"). They compare the period's alerts with the alerts published for P−1
 * in the same output, so from scratch, where no P−1 was published, every alert is NEW since P for
 * one month and nothing is RESOLVED, which this class also checks on the from-scratch side. Every
 * other column of every active alert row, the rows' order and the header are compared byte for
 * byte, as are the whole of {@code indicators.csv} and {@code data_quality.csv} (whose {@code
 * input_status} is {@code delivered} on both sides: each run sees the same input folder).
 */
final class SameAsFromScratch {
  static final String INDICATORS = "indicators.csv";
  static final String ALERTS = "alerts.csv";
  static final String DATA_QUALITY = "data_quality.csv";

  /** Issue 28: the task ratings, every month-end rated from the reports alone. */
  static final String TASKS = "tasks.csv";

  /** The lifecycle columns of alerts.csv (SPEC 6, 7), which depend on the previous period. */
  static final Set<String> LIFECYCLE = Set.of("state", "since", "months_active");

  private SameAsFromScratch() {}

  /**
   * Asserts that the three tables of {@code period} under {@code incremental}'s reports equal those
   * under {@code fromScratch}'s; {@code how} names the incremental side's history in messages
   * ("month by month", "after 2020-03 was corrected").
   */
  static void assertSame(String how, YearMonth period, Path incremental, Path fromScratch) {
    Path inc = incremental.resolve("reports/" + period);
    Path scratch = fromScratch.resolve("reports/" + period);
    assertAll(
        "period " + period + " (" + how + ") against its from-scratch run",
        () ->
            assertSameBytes(
                how, period, INDICATORS, read(inc, INDICATORS), read(scratch, INDICATORS)),
        () ->
            assertSameBytes(
                how, period, DATA_QUALITY, read(inc, DATA_QUALITY), read(scratch, DATA_QUALITY)),
        () -> assertSameBytes(how, period, TASKS, read(inc, TASKS), read(scratch, TASKS)),
        () -> {
          byte[] scratchAlerts = read(scratch, ALERTS);
          assertAllNew(period, scratchAlerts);
          assertSameBytes(
              how,
              period,
              ALERTS + " (lifecycle columns and RESOLVED rows removed)",
              withoutLifecycle(read(inc, ALERTS)),
              withoutLifecycle(scratchAlerts));
        });
  }

  static byte[] read(Path reports, String file) {
    Path p = reports.resolve(file);
    if (!Files.exists(p)) {
      fail(p + " was not written");
    }
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with the period, the file and the first differing line of each side. */
  static void assertSameBytes(
      String how, YearMonth period, String file, byte[] incremental, byte[] fromScratch) {
    if (Arrays.equals(incremental, fromScratch)) {
      return;
    }
    List<String> a = lines(incremental);
    List<String> b = lines(fromScratch);
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
      n++;
    }
    String where =
        n < a.size() || n < b.size()
            ? "line " + (n + 1)
            : "byte " + Arrays.mismatch(incremental, fromScratch) + " (the lines decode equal)";
    fail(
        String.format(
            "%s %s: the run (%s) differs from the from-scratch run at %s (%d vs %d lines)%n"
                + "  %-14s %s%n  %-14s %s",
            period,
            file,
            how,
            where,
            a.size(),
            b.size(),
            "this run:",
            n < a.size() ? show(a.get(n)) : "(end of file)",
            "from scratch:",
            n < b.size() ? show(b.get(n)) : "(end of file)"));
  }

  /** Lines split after each LF, line ends kept, so a CRLF/LF difference shows. */
  private static List<String> lines(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        out.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static String show(String line) {
    return line.replace("\uFEFF", "<BOM>").replace("\r", "\\r").replace("\n", "\\n");
  }

  /**
   * alerts.csv without what depends on the previous period: the lifecycle columns cut out of each
   * record and the RESOLVED records dropped. Every other field keeps its bytes (quotes included).
   */
  static byte[] withoutLifecycle(byte[] alertsCsv) {
    List<List<String>> records = CsvFields.records(new String(alertsCsv, StandardCharsets.UTF_8));
    if (records.isEmpty()) {
      return alertsCsv;
    }
    List<String> header = CsvFields.unquoted(records.get(0));
    int state = header.indexOf("state");
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < records.size(); r++) {
      List<String> raw = records.get(r);
      if (r > 0 && state >= 0 && state < raw.size() && raw.get(state).equals("RESOLVED")) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (int c = 0; c < raw.size(); c++) {
        String name = c < header.size() ? header.get(c) : "";
        if (!LIFECYCLE.contains(name)) {
          kept.add(raw.get(c));
        }
      }
      out.append(String.join(",", kept)).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Without a published P−1, every alert of P is NEW, none RESOLVED; its streak is P alone, except
   * for the target and task alerts, whose streak the month-end series of P's year gives (SPEC 7,
   * the indicator and task tables): since a month of P's year, as many months as from it to P.
   */
  static void assertAllNew(YearMonth period, byte[] alertsCsv) {
    List<List<String>> records = CsvFields.records(new String(alertsCsv, StandardCharsets.UTF_8));
    List<String> header = CsvFields.unquoted(records.get(0));
    for (String c : LIFECYCLE) {
      if (!header.contains(c)) {
        fail(period + " alerts.csv has no column " + c + ": " + header);
      }
    }
    for (List<String> raw : records.subList(1, records.size())) {
      List<String> values = CsvFields.unquoted(raw);
      String state = values.get(header.indexOf("state"));
      YearMonth since = YearMonth.parse(values.get(header.indexOf("since")));
      int months = Integer.parseInt(values.get(header.indexOf("months_active")));
      String what = period + " alerts.csv from scratch, lifecycle of " + raw;
      assertEquals("NEW", state, what);
      if (SeriesStreaks.SERIES_RULES.contains(values.get(header.indexOf("rule")))) {
        assertEquals(period.getYear(), since.getYear(), what);
        assertEquals(period.getMonthValue() - since.getMonthValue() + 1, months, what);
      } else {
        assertEquals(List.of(period, 1), List.of(since, months), what);
      }
    }
  }
}
