package org.employmentmonitor.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.ingest.id.IdNumber;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equality with from-scratch when a delivery changes the past (SPEC 2.3, 3.2; issue 16
 * "Restatement, never stale numbers"). The sample runs month by month, March and April 2020 (the
 * first run stages every earlier month), on one output folder; then, each time followed by a run on
 * that output and a from-scratch run of the same period on a fresh output with the same input,
 * compared as in {@link MonthByMonthEqualityTest} ({@link SameAsFromScratch}: indicators.csv and
 * data_quality.csv byte for byte, alerts.csv without the lifecycle columns and RESOLVED rows):
 *
 * <ol>
 *   <li><b>an earlier month corrected</b> — 2020-03's social_insurance and registration replaced by
 *       corrected files (every 50th row withdrawn; contribution rows moved to another town or
 *       another employer; registration events re-dated into February or given another type; a
 *       brand-new person insured and registered employed in March), then May delivered and run;
 *   <li><b>rows back-dated into the new month's files</b> — June delivered with contribution rows
 *       of March and April appended to its social_insurance (other employers for persons insured in
 *       June, and a brand-new person's back payments) and registration events dated in April and
 *       May appended to its registration, then June run;
 *   <li><b>the period's own file corrected</b> — June's social_insurance corrected again (rows
 *       withdrawn, rows moved to another town) and June run again on the same output.
 * </ol>
 *
 * Every correction keeps its rows valid: the data-quality counts must show the rows accepted (the
 * accepted count moves by exactly the rows withdrawn and appended, the quarantined count stays the
 * sample's deliberate errors), so the test cannot pass by quarantining the corrections. Files keep
 * their names and formats (a corrected {@code .csv.gz} is a new {@code .csv.gz}): only size and
 * time tell ingest that they changed.
 */
class CorrectedMonthEqualityTest {
  private static final String SI = "social_insurance";
  private static final String REG = "registration";

  /** Persons the sample does not hold (area code 110101, born 29 February 1996). */
  private static final String NEW_PERSON_MARCH = newPerson("777");

  private static final String NEW_PERSON_BACK_PAID = newPerson("778");

  @TempDir Path tmp;

  private Path input;
  private Path output;

  private static String newPerson(String sequence) {
    String first17 = "11010119960229" + sequence;
    return first17 + IdNumber.checkCharacter(first17);
  }

  @Test
  void correctedAndBackDatedDeliveriesGiveTheTablesOfAFromScratchRun() throws IOException {
    input = SampleDelivery.start(tmp.resolve("input"));
    output = tmp.resolve("output");
    for (YearMonth m = SampleDelivery.FIRST;
        !m.isAfter(YearMonth.of(2020, 4));
        m = m.plusMonths(1)) {
      SampleDelivery.deliver(input, m);
    }
    for (String p : List.of("2020-03", "2020-04")) {
      run(p);
    }

    // 1. March corrected at source, then May.
    Map<String, Long> siBefore = quality("2020-04", SI, "2020-03");
    Map<String, Long> regBefore = quality("2020-04", REG, "2020-03");
    ExtractEdit si = correctMarchInsurance();
    ExtractEdit reg = correctMarchRegistration();
    SampleDelivery.deliver(input, YearMonth.of(2020, 5));
    run("2020-05");
    compareWithFromScratch("2020-05", "after 2020-03 was corrected");
    assertAccepted("2020-05", SI, "2020-03", siBefore, si);
    assertAccepted("2020-05", REG, "2020-03", regBefore, reg);

    // 2. June delivered with rows back-dated into March, April and May.
    SampleDelivery.deliver(input, YearMonth.of(2020, 6));
    ExtractEdit siJune = backDateIntoJuneInsurance();
    ExtractEdit regJune = backDateIntoJuneRegistration();
    run("2020-06");
    compareWithFromScratch("2020-06", "with back-dated rows in 2020-06's files");
    assertAccepted("2020-06", SI, "2020-06", null, siJune);
    assertAccepted("2020-06", REG, "2020-06", null, regJune);

    // 3. June's own social_insurance corrected, June run again.
    Map<String, Long> juneBefore = quality("2020-06", SI, "2020-06");
    ExtractEdit siJuneAgain = correctJuneInsurance();
    run("2020-06");
    compareWithFromScratch("2020-06", "run again after 2020-06's social_insurance was corrected");
    assertAccepted("2020-06", SI, "2020-06", juneBefore, siJuneAgain);
  }

  private void run(String period) {
    assertEquals(ExitCode.SUCCESS, TestRun.run(input, output, period), "run " + period);
  }

  private void compareWithFromScratch(String period, String how) {
    Path scratch = tmp.resolve("from-scratch-" + period + "-" + how.hashCode());
    assertEquals(
        ExitCode.SUCCESS, TestRun.run(input, scratch, period), "from-scratch run " + period);
    SameAsFromScratch.assertSame(how, YearMonth.parse(period), output, scratch);
  }

  /** Towns of the sample's reference list, to move rows to a town that exists. */
  private List<String> towns() throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(input.resolve("reference/towns.csv"))) {
      String code = l.split(",")[0].replace("\uFEFF", "");
      if (code.matches("\\d+")) {
        out.add(code);
      }
    }
    return out;
  }

  private static String otherTown(List<String> towns, String town) {
    return towns.get((towns.indexOf(town) + 1) % towns.size());
  }

  /** Employers (credit code, name, town) of the file's clean lines, for moves and new rows. */
  private static List<String[]> employers(ExtractEdit e) {
    Map<String, String[]> byCode = new LinkedHashMap<>();
    for (int i : e.cleanLines()) {
      byCode.putIfAbsent(
          e.get(i, "employer_credit_code"),
          new String[] {
            e.get(i, "employer_credit_code"), e.get(i, "employer_name"), e.get(i, "town_code")
          });
    }
    return new ArrayList<>(byCode.values());
  }

  private static String[] otherEmployer(List<String[]> employers, String code, int n) {
    String[] e = employers.get(n % employers.size());
    return e[0].equals(code) ? employers.get((n + 1) % employers.size()) : e;
  }

  private static Map<String, String> contribution(
      String id, String[] employer, String month, String base) {
    Map<String, String> row = new HashMap<>();
    row.put("id_number", id);
    row.put("employer_credit_code", employer[0]);
    row.put("employer_name", employer[1]);
    row.put("town_code", employer[2]);
    row.put("contribution_month", month);
    row.put("insurance_type", "PENSION");
    row.put("contribution_base", base);
    row.put("payment_status", "PAID");
    return row;
  }

  private ExtractEdit correctMarchInsurance() throws IOException {
    String file = "social_insurance.csv.gz";
    ExtractEdit e = ExtractEdit.open(input, "2020-03", file, SI);
    List<String> towns = towns();
    List<String[]> employers = employers(e);
    int moved = 0;
    List<Integer> lines = e.cleanLines();
    for (int n = 0; n < lines.size(); n++) {
      int i = lines.get(n);
      switch (n % 50) {
        case 0 -> e.drop(i);
        case 17 -> {
          e.set(i, "town_code", otherTown(towns, e.get(i, "town_code")));
          moved++;
        }
        case 33 -> {
          String[] to = otherEmployer(employers, e.get(i, "employer_credit_code"), n);
          e.set(i, "employer_credit_code", to[0]);
          e.set(i, "employer_name", to[1]);
          e.set(i, "town_code", to[2]);
          moved++;
        }
        default -> {}
      }
    }
    e.append(contribution(NEW_PERSON_MARCH, employers.get(0), "2020-03", "5200"));
    assertTrue(e.droppedCount() > 400 && moved > 900, "corrections made: " + moved);
    e.writeTo(input, "2020-03", file);
    return e;
  }

  private ExtractEdit correctMarchRegistration() {
    String file = "registration.csv.gz";
    ExtractEdit e = ExtractEdit.open(input, "2020-03", file, REG);
    Map<String, String> retype =
        Map.of(
            "FOLLOW_UP", "JOB_SEEKING",
            "JOB_SEEKING", "FOLLOW_UP",
            "EMPLOYED", "UNEMPLOYED",
            "UNEMPLOYED", "EMPLOYED",
            "RETIRED", "FOLLOW_UP",
            "DECEASED", "FOLLOW_UP");
    int redated = 0;
    int retyped = 0;
    List<Integer> lines = e.cleanLines();
    for (int n = 0; n < lines.size(); n++) {
      int i = lines.get(n);
      switch (n % 50) {
        case 0 -> e.drop(i);
        case 11 -> {
          String date = e.get(i, "event_date");
          if (date.matches("2020-03-\\d\\d")) {
            int day = Math.min(28, Integer.parseInt(date.substring(8)));
            e.set(i, "event_date", String.format("2020-02-%02d", day));
            redated++;
          }
        }
        case 23 -> {
          String to = retype.get(e.get(i, "event_type"));
          if (to != null) {
            e.set(i, "event_type", to);
            if (to.equals("EMPLOYED") && e.get(i, "employment_form").isEmpty()) {
              e.set(i, "employment_form", "FLEXIBLE");
            }
            retyped++;
          }
        }
        default -> {}
      }
    }
    Map<String, String> employed = new HashMap<>();
    employed.put("record_id", "DJ-CORRECTION-0001");
    employed.put("id_number", NEW_PERSON_MARCH);
    employed.put("town_code", "500118001");
    employed.put("event_type", "EMPLOYED");
    employed.put("event_date", "2020-03-16");
    employed.put("employment_form", "FLEXIBLE");
    employed.put("able_and_willing", "Y");
    e.append(employed);
    assertTrue(
        e.droppedCount() > 150 && redated > 100 && retyped > 100,
        "corrections made: " + redated + " re-dated, " + retyped + " retyped");
    e.writeTo(input, "2020-03", file);
    return e;
  }

  private ExtractEdit backDateIntoJuneInsurance() {
    String file = "social_insurance.csv.gz";
    ExtractEdit e = ExtractEdit.open(input, "2020-06", file, SI);
    List<String[]> employers = employers(e);
    List<Integer> lines = e.cleanLines();
    for (int n = 0; n < lines.size(); n++) {
      int i = lines.get(n);
      if (n % 40 == 5) {
        String[] other = otherEmployer(employers, e.get(i, "employer_credit_code"), n);
        e.append(
            contribution(
                e.get(i, "id_number"), other, n % 80 == 5 ? "2020-03" : "2020-04", "4100"));
      }
    }
    for (String month : List.of("2020-02", "2020-03", "2020-04")) {
      e.append(contribution(NEW_PERSON_BACK_PAID, employers.get(1), month, "4300"));
    }
    assertTrue(e.appendedCount() > 600, "back-dated rows: " + e.appendedCount());
    e.writeTo(input, "2020-06", file);
    return e;
  }

  private ExtractEdit backDateIntoJuneRegistration() {
    String file = "registration.csv.gz";
    ExtractEdit e = ExtractEdit.open(input, "2020-06", file, REG);
    List<Integer> lines = e.cleanLines();
    for (int n = 0; n < lines.size(); n++) {
      int i = lines.get(n);
      String type =
          switch (n % 40) {
            case 7 -> "JOB_SEEKING";
            case 27 -> "UNEMPLOYED";
            default -> null;
          };
      if (type != null) {
        Map<String, String> event = new HashMap<>();
        event.put("record_id", "DJ-BACKDATED-" + n);
        event.put("id_number", e.get(i, "id_number"));
        event.put("town_code", e.get(i, "town_code"));
        event.put("event_type", type);
        event.put("event_date", type.equals("JOB_SEEKING") ? "2020-04-15" : "2020-05-06");
        event.put("able_and_willing", "Y");
        e.append(event);
      }
    }
    assertTrue(e.appendedCount() > 400, "back-dated events: " + e.appendedCount());
    e.writeTo(input, "2020-06", file);
    return e;
  }

  private ExtractEdit correctJuneInsurance() throws IOException {
    String file = "social_insurance.csv.gz";
    ExtractEdit e = ExtractEdit.open(input, "2020-06", file, SI);
    List<String> towns = towns();
    List<Integer> lines = e.cleanLines();
    for (int n = 0; n < lines.size(); n++) {
      int i = lines.get(n);
      if (n % 30 == 0) {
        e.drop(i);
      } else if (n % 30 == 11) {
        e.set(i, "town_code", otherTown(towns, e.get(i, "town_code")));
      }
    }
    e.writeTo(input, "2020-06", file);
    return e;
  }

  /** read, accepted, quarantined of one source-month in reports/PERIOD/data_quality.csv. */
  private Map<String, Long> quality(String period, String source, String month) throws IOException {
    String text =
        Files.readString(
            output.resolve("reports/" + period + "/data_quality.csv"), StandardCharsets.UTF_8);
    List<List<String>> records = CsvFields.records(text);
    List<String> header = CsvFields.unquoted(records.get(0));
    for (List<String> raw : records.subList(1, records.size())) {
      List<String> r = CsvFields.unquoted(raw);
      if (r.get(header.indexOf("source")).equals(source)
          && r.get(header.indexOf("extract_month")).equals(month)) {
        Map<String, Long> out = new HashMap<>();
        for (String c : List.of("read", "accepted", "quarantined")) {
          out.put(c, Long.parseLong(r.get(header.indexOf(c))));
        }
        return out;
      }
    }
    throw new AssertionError(period + " data_quality.csv has no row " + source + " " + month);
  }

  /**
   * The corrected delivery was read again and its rows accepted: the accepted count moved by the
   * rows withdrawn and appended (when the count before is known), and only the sample's deliberate
   * errors are quarantined.
   */
  private void assertAccepted(
      String period, String source, String month, Map<String, Long> before, ExtractEdit edit)
      throws IOException {
    Map<String, Long> now = quality(period, source, month);
    String what = period + " data_quality.csv " + source + " " + month;
    if (before != null) {
      assertEquals(
          before.get("accepted") - edit.droppedCount() + edit.appendedCount(),
          now.get("accepted"),
          what + ": accepted = before − withdrawn + appended");
      assertEquals(before.get("quarantined"), now.get("quarantined"), what + ": quarantined");
    }
    assertEquals(
        deliberateErrors(month, source),
        now.get("quarantined"),
        what + ": only the deliberate errors");
  }

  private static long deliberateErrors(String month, String source) throws IOException {
    return Files.readAllLines(SampleDelivery.SAMPLE.resolve("deliberate_errors.csv")).stream()
        .filter(l -> l.startsWith(month + "/" + source + ".") && l.contains(",QUARANTINED,"))
        .count();
  }
}
