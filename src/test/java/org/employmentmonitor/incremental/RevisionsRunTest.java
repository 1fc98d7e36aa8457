package org.employmentmonitor.incremental;

import static org.employmentmonitor.incremental.HandRows.REG;
import static org.employmentmonitor.incremental.HandRows.SI;
import static org.employmentmonitor.incremental.HandRows.si;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 6 revisions.csv (issue 26), by hand: July has person 3 insured, August persons 2 and 4 (and
 * person 1 registered UNEMPLOYED), September person 2. The table published for 2020-08 says
 * insured_employment = 1 at July's end and 2 at August's. The run for 2020-09 is then repeated on
 * the same output as deliveries change, each time compared with that August table.
 */
class RevisionsRunTest {
  private static final String HEADER =
      "period,month_end,indicator_id,indicator_name,scope,scope_key,previous_value,value,change,"
          + "reason,unit,scope_name";

  @TempDir Path tmp;

  private TestInput input() {
    TestInput in = TestInput.at(tmp.resolve("in"));
    in.file("2020-07", "registration", REG);
    in.file("2020-07", "social_insurance", SI, si(3, 1, "2020-07"));
    in.file(
        "2020-08",
        "registration",
        REG,
        "R1," + Ids.person(1) + ",王秀英," + TestInput.TOWN_A + ",H1,UNEMPLOYED,2020-08-03,");
    in.file("2020-08", "social_insurance", SI, si(2, 1, "2020-08"), si(4, 2, "2020-08"));
    in.file(
        "2020-09",
        "registration",
        REG,
        "R2," + Ids.person(2) + ",李建国," + TestInput.TOWN_B + ",,EMPLOYED,2020-09-03,EMPLOYER");
    in.file("2020-09", "social_insurance", SI, si(2, 1, "2020-09"));
    return in;
  }

  /** revisions.csv of {@code period}: its lines without the BOM. */
  private static List<String> revisions(Path out, String period) throws IOException {
    byte[] bytes = Files.readAllBytes(out.resolve("reports/" + period + "/revisions.csv"));
    assertEquals((byte) 0xEF, bytes[0], "UTF-8 with a BOM like indicators.csv");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    return List.of(text.split("\r\n"));
  }

  /** The rows of one indicator, without period and names. */
  private static List<String> rowsOf(List<String> lines, String indicator) {
    List<String> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      if (f[2].equals(indicator)) {
        out.add(f[1] + "," + f[4] + "," + f[5] + "," + f[6] + "," + f[7] + "," + f[8] + "," + f[9]);
      }
    }
    return out;
  }

  private static void assertEveryReason(List<String> lines, String reason) {
    for (String l : lines.subList(1, lines.size())) {
      assertTrue(l.contains("," + reason + ","), l);
    }
  }

  @Test
  void withoutATableForTheMonthBeforeTheFileIsHeaderOnly() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(input().root(), out, "2020-09"));
    assertEquals(List.of(HEADER), revisions(out, "2020-09"));
    assertTrue(Files.isDirectory(out.resolve("revisions/period=2020-09")), "the Parquet copy");
    String manifest = Files.readString(out.resolve("reports/2020-09/manifest.json"));
    assertTrue(manifest.contains("\"path\" : \"reports/2020-09/revisions.csv\""), manifest);
    assertTrue(manifest.contains("\"path\" : \"revisions/period=2020-09/"), manifest);
    assertTrue(manifest.contains("\"revision_rows\" : 0"), manifest);
  }

  @Test
  void eachChangeOfADeliveryIsListedWithBothValuesAndItsCause() throws IOException {
    TestInput in = input();
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-08"));
    assertEquals(List.of(HEADER), revisions(out, "2020-08"), "no earlier month-end was published");

    // Nothing changed: September's rows are all dated in September.
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    assertEquals(List.of(HEADER), revisions(out, "2020-09"));

    // Rows of a later month dated back: September's file also holds person 5 for August.
    in.file("2020-09", "social_insurance", SI, si(2, 1, "2020-09"), si(5, 1, "2020-08"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    List<String> lines = revisions(out, "2020-09");
    assertEquals(HEADER, lines.get(0));
    String back = "dated_back social_insurance/2020-09";
    assertEquals(
        List.of(
            "2020-08-31,DISTRICT,,2,3,1," + back,
            "2020-08-31,TOWN," + TestInput.TOWN_A + ",2,3,1," + back),
        rowsOf(lines, "insured_employment"));
    // 1 unemployed ÷ (1 + 2 insured) → 1 ÷ (1 + 3): a ratio's change in fraction points
    assertEquals(
        List.of("2020-08-31,DISTRICT,,0.33333333,0.25000000,-0.08333333," + back),
        rowsOf(lines, "registered_unemployment_rate").subList(0, 1));
    assertTrue(lines.get(1).startsWith("2020-09,2020-08-31,"), lines.get(1));
    assertEveryReason(lines, back);

    // An earlier month re-delivered: August's corrected file drops person 4 (September as first).
    in.file("2020-09", "social_insurance", SI, si(2, 1, "2020-09"));
    in.file("2020-08", "social_insurance", SI, si(2, 1, "2020-08"));
    assertEquals(ExitCode.SUCCESS, TestRun.run(in.root(), out, "2020-09"));
    lines = revisions(out, "2020-09");
    String again = "redelivered social_insurance/2020-08";
    assertEquals(
        List.of(
            "2020-08-31,DISTRICT,,2,1,-1," + again,
            "2020-08-31,TOWN," + TestInput.TOWN_A + ",2,1,-1," + again),
        rowsOf(lines, "insured_employment"));
    assertEquals(
        List.of("2020-08-31,DISTRICT,,0.33333333,0.50000000,0.16666667," + again),
        rowsOf(lines, "registered_unemployment_rate").subList(0, 1));
    assertEveryReason(lines, again);

    // A month withdrawn: July's contributions taken out on purpose; July's insured counts are then
    // NOT_AVAILABLE (empty), and July's cells name both changes of social_insurance since.
    Files.delete(in.root().resolve("2020-07/social_insurance.csv"));
    assertEquals(
        ExitCode.SUCCESS,
        TestRun.run(in.root(), out, "2020-09", "--withdraw", "social_insurance:2020-07"));
    lines = revisions(out, "2020-09");
    String both = "withdrawn social_insurance/2020-07; redelivered social_insurance/2020-08";
    assertEquals(
        List.of(
            "2020-07-31,DISTRICT,,1,,," + both,
            "2020-07-31,TOWN," + TestInput.TOWN_A + ",1,,," + both,
            // the other towns' zeros become NOT_AVAILABLE too: a published figure that changed
            "2020-07-31,TOWN," + TestInput.TOWN_B + ",0,,," + both,
            "2020-07-31,TOWN," + TestInput.TOWN_C + ",0,,," + both,
            "2020-08-31,DISTRICT,,2,1,-1," + both,
            "2020-08-31,TOWN," + TestInput.TOWN_A + ",2,1,-1," + both),
        rowsOf(lines, "insured_employment"));
  }
}
