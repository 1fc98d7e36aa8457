package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.employmentmonitor.ingest.id.CreditCode;
import org.employmentmonitor.ingest.id.IdNumber;
import org.junit.jupiter.api.Test;

/**
 * Every ID number and credit code in every file is valid (after the folding SPEC 2 allows:
 * trimming, full width, lower-case x, 15-digit legacy), except the catalogued bad rows; and the
 * catalogue tells the truth: each listed line starts a record, the INVALID_ID_NUMBER and
 * INVALID_CREDIT_CODE rows are invalid, the MALFORMED_ROW rows are malformed, the rest are not.
 */
class IdentifiersTest {
  /** -Dem.generator.dataDir=DIR checks another generated folder (e.g. the sample) instead. */
  private final Path out =
      System.getProperty("em.generator.dataDir") == null
          ? TinyData.dir()
          : Path.of(System.getProperty("em.generator.dataDir"));

  @Test
  void identifiersAreValidExceptTheCataloguedBadRows() throws IOException {
    Map<String, String> catalogue = Checks.catalogue(out);
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    int ids = 0;
    for (YearMonth m : Checks.months(out)) {
      LocalDate lastDay = m.atEndOfMonth();
      for (Extract x : Extract.values()) {
        Path f = Checks.file(out, x, m);
        if (f == null) {
          continue;
        }
        String name = out.relativize(f).toString();
        List<TestCsv.Rec> recs = TestCsv.read(f);
        int[] at = Checks.columns(x, recs.get(0).fields());
        int width = recs.get(0).fields().size();
        for (TestCsv.Rec r : recs.subList(1, recs.size())) {
          String key = name + ":" + r.line();
          String listed = catalogue.get(key);
          if (listed != null) {
            seen.add(key);
          }
          boolean malformed = r.broken() || r.fields().size() != width;
          if (listed != null && listed.endsWith("MALFORMED_ROW")) {
            assertTrue(malformed, key + " is listed as malformed but is not");
            continue;
          }
          if (malformed) {
            problems.add(key + " malformed but not listed");
            continue;
          }
          String id = value(x, at, r, "id_number");
          if (id != null && !id.isEmpty()) {
            ids++;
            boolean valid = IdNumber.parse(id, lastDay).valid();
            check(problems, key, listed, "INVALID_ID_NUMBER", valid, id);
          }
          String code = value(x, at, r, "employer_credit_code");
          if (code != null && !code.isEmpty()) {
            check(
                problems,
                key,
                listed,
                "INVALID_CREDIT_CODE",
                CreditCode.validate(code) == null,
                code);
          }
        }
      }
    }
    assertTrue(ids > 10_000, "too few ID numbers checked: " + ids);
    assertEquals(List.of(), problems);
    Set<String> missing = new HashSet<>(catalogue.keySet());
    missing.removeAll(seen);
    // Reshaped files (parts, .xlsx: the sample's defaults) are not read here; ReshapeTest checks
    // their catalogue lines against what ingest quarantines.
    missing.removeIf(k -> !k.matches("\\d{4}-\\d{2}/[a-z_]+\\.csv(\\.gz)?:\\d+"));
    assertEquals(Set.of(), missing, "catalogued lines where no record starts");
  }

  private static void check(
      List<String> problems, String key, String listed, String reason, boolean valid, String v) {
    boolean expectInvalid = listed != null && listed.endsWith(reason);
    if (valid == expectInvalid) {
      problems.add(
          key
              + (valid ? " listed as " + reason + " but valid: " : " invalid but not listed: ")
              + v);
    }
  }

  private static String value(Extract x, int[] at, TestCsv.Rec r, String column) {
    int c;
    try {
      c = x.column(column);
    } catch (IllegalArgumentException e) {
      return null;
    }
    assertNotNull(r.fields());
    return TestCsv.normal(r.fields().get(at[c]));
  }
}
