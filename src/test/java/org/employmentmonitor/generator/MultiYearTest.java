package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.employmentmonitor.ingest.id.IdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --from 2019-10 --to 2021-12} at the tiny scale: persons carry on across the year boundary,
 * 2021 has its own graduate cohort and no COVID-19, the same range gives the same bytes whatever
 * the threads, and a calendar month's per-record extracts do not depend on the range.
 */
class MultiYearTest {
  static final YearMonth FROM = YearMonth.of(2019, 10);
  static final YearMonth TO = YearMonth.of(2021, 12);

  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void generate() throws IOException {
    out = tmp.resolve("two-years");
    GenerateData.run(Scale.TINY, out, TinyData.SEED, 2, FROM, TO);
  }

  @Test
  void everyMonthOfTheRangeIsWritten() throws IOException {
    List<YearMonth> months = Checks.months(out);
    assertEquals(27, months.size());
    assertEquals(FROM, months.get(0));
    assertEquals(TO, months.get(26));
    for (Extract x : Extract.values()) {
      // June: no graduates ledger yet; task reports only in the 2020 document's year
      boolean expected = x != Extract.GRADUATES && x != Extract.TASK_PROGRESS;
      assertEquals(expected, Checks.file(out, x, YearMonth.of(2021, 6)) != null, x.fileName);
    }
  }

  @Test
  void insuredPersonsCarryOnAcrossTheYearBoundary() throws IOException {
    Set<String> december = insured(YearMonth.of(2020, 12));
    Set<String> january = insured(YearMonth.of(2021, 1));
    Set<String> both = new HashSet<>(december);
    both.retainAll(january);
    // A few hundred insured; about 1% a month leave, fewer come back within a month.
    assertTrue(december.size() > 400, "insured in 2020-12: " + december.size());
    assertTrue(
        both.size() > december.size() * 0.95,
        both.size() + " of " + december.size() + " insured in 2020-12 are insured in 2021-01");
    // And the first month's insured are still there two years on, most of them.
    Set<String> first = insured(FROM);
    first.retainAll(insured(TO));
    assertTrue(first.size() > december.size() * 0.6, "insured 2019-10 and 2021-12: " + first);
  }

  @Test
  void twentyTwentyOneHasItsOwnGraduateCohortFromJuly() throws IOException {
    Map<String, Set<String>> july = graduates(YearMonth.of(2021, 7));
    Map<String, Set<String>> december = graduates(YearMonth.of(2021, 12));
    Map<String, Set<String>> lastYear = graduates(YearMonth.of(2020, 12));
    // The tiny scale's cohort: max(30, 1,300 × 0.02) graduates, the leftovers max(3, 60 × 0.02).
    assertEquals(30, december.get("2021").size());
    assertEquals(3, december.get("2020").size());
    assertEquals(Set.of("2020", "2021"), december.keySet());
    assertEquals(30, lastYear.get("2020").size());
    assertTrue(december.get("2021").containsAll(july.get("2021")), "July's roster grows");
    assertTrue(july.get("2021").size() >= 20, "most register in July: " + july.get("2021"));
    Set<String> overlap = new HashSet<>(december.get("2021"));
    overlap.retainAll(lastYear.get("2020"));
    assertEquals(Set.of(), overlap, "a 2021 graduate is not in the 2020 cohort");
    for (String id : december.get("2021")) {
      IdNumber.Result r = IdNumber.parse(id, TO.atEndOfMonth());
      int age = 2021 - r.birthDate().getYear();
      assertTrue(age >= 20 && age <= 26, id + " is " + age + " in 2021");
    }
    assertNull(Checks.file(out, Extract.GRADUATES, YearMonth.of(2021, 1)));
  }

  @Test
  void covidTouches2020Only() throws IOException {
    assertEquals("5.6", surveyRate(YearMonth.of(2020, 2)));
    assertEquals("5.0", surveyRate(YearMonth.of(2021, 2)));
    assertEquals("4.7", surveyRate(YearMonth.of(2020, 9)));
    assertEquals("4.6", surveyRate(YearMonth.of(2021, 9)));
    // Postings: 380 × 0.02 × the flow, 0.45 in 2020-02, 0.8 in an ordinary February (2020-02
    // also has a corrupted copy of one posting, a deliberately bad row: count distinct ids).
    assertEquals(3, postings(YearMonth.of(2020, 2)));
    assertEquals(6, postings(YearMonth.of(2021, 2)));
  }

  @Test
  void theSameRangeGivesTheSameBytesWhateverTheThreads() throws IOException {
    Path again = tmp.resolve("again");
    GenerateData.run(Scale.TINY, again, TinyData.SEED, 1, FROM, TO);
    assertSameFiles(out, again, files(out));
  }

  @Test
  void aMonthsPerRecordExtractsDoNotDependOnTheRange() throws IOException {
    Path tiny = TinyData.dir(); // the default range, 2018-10 .. 2020-12
    for (Extract x : List.of(Extract.RECRUITMENT, Extract.MARKET_ENTITIES, Extract.SURVEY)) {
      for (YearMonth m : List.of(YearMonth.of(2019, 10), YearMonth.of(2020, 9))) {
        Path a = Checks.file(tiny, x, m);
        Path b = Checks.file(out, x, m);
        assertEquals(tiny.relativize(a).toString(), out.relativize(b).toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a.toString());
      }
    }
  }

  @Test
  void rangesAreChecked() {
    IllegalArgumentException reversed =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new Months(YearMonth.of(2021, 1), YearMonth.of(2020, 12)));
    assertEquals("--from 2021-01 is after --to 2020-12", reversed.getMessage());
    IllegalArgumentException tooLong =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new Months(YearMonth.of(2010, 1), YearMonth.of(2020, 12)));
    assertTrue(tooLong.getMessage().contains("spans 132 months; at most 120"));
    assertFalse(new Months(FROM, TO).contains(27));
  }

  private static Set<String> insured(YearMonth month) throws IOException {
    Path f = Checks.file(out, Extract.SOCIAL_INSURANCE, month);
    List<TestCsv.Rec> recs = TestCsv.read(f);
    int[] at = Checks.columns(Extract.SOCIAL_INSURANCE, recs.get(0).fields());
    int id = at[Extract.SOCIAL_INSURANCE.column("id_number")];
    int contribution = at[Extract.SOCIAL_INSURANCE.column("contribution_month")];
    Set<String> ids = new HashSet<>();
    for (TestCsv.Rec r : recs.subList(1, recs.size())) {
      if (!r.broken()
          && r.fields().size() == recs.get(0).fields().size()
          && month.equals(month(r.fields().get(contribution)))) {
        ids.add(canonical(TestCsv.normal(r.fields().get(id)), month));
      }
    }
    return ids;
  }

  /** yyyy-MM, yyyyMM, yyyy/M or yyyy年M月 (the styles of SPEC 2); null when none of them. */
  private static YearMonth month(String text) {
    String digits = TestCsv.normal(text).replaceAll("[^0-9]", "");
    if (digits.length() < 5) {
      return null;
    }
    int m = Integer.parseInt(digits.substring(4));
    return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(digits.substring(0, 4)), m) : null;
  }

  private static Map<String, Set<String>> graduates(YearMonth month) throws IOException {
    List<TestCsv.Rec> recs = TestCsv.read(Checks.file(out, Extract.GRADUATES, month));
    int[] at = Checks.columns(Extract.GRADUATES, recs.get(0).fields());
    int id = at[Extract.GRADUATES.column("id_number")];
    int year = at[Extract.GRADUATES.column("graduation_year")];
    Map<String, Set<String>> byYear = new HashMap<>();
    for (TestCsv.Rec r : recs.subList(1, recs.size())) {
      byYear
          .computeIfAbsent(TestCsv.normal(r.fields().get(year)), k -> new HashSet<>())
          .add(canonical(TestCsv.normal(r.fields().get(id)), month));
    }
    return byYear;
  }

  private static String canonical(String id, YearMonth month) {
    IdNumber.Result r = IdNumber.parse(id, month.atEndOfMonth());
    return r.valid() ? r.canonical() : id;
  }

  private static String surveyRate(YearMonth month) throws IOException {
    List<TestCsv.Rec> recs = TestCsv.read(Checks.file(out, Extract.SURVEY, month));
    int[] at = Checks.columns(Extract.SURVEY, recs.get(0).fields());
    return TestCsv.normal(recs.get(1).fields().get(at[Extract.SURVEY.column("rate")]));
  }

  private static int postings(YearMonth month) throws IOException {
    List<TestCsv.Rec> recs = TestCsv.read(Checks.file(out, Extract.RECRUITMENT, month));
    int at = Checks.columns(Extract.RECRUITMENT, recs.get(0).fields())[0];
    Set<String> ids = new HashSet<>();
    for (TestCsv.Rec r : recs.subList(1, recs.size())) {
      ids.add(r.fields().get(at));
    }
    return ids.size();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void assertSameFiles(Path a, Path b, List<Path> filesA) throws IOException {
    assertEquals(
        filesA.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
    for (Path f : filesA) {
      Path g = b.resolve(a.relativize(f).toString());
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g), "differs: " + f);
    }
  }
}
