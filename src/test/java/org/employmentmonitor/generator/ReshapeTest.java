package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.SparkTestSupport;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery shapes of issue 19 (an extract in parts, an .xlsx export under its Chinese name):
 * the catalogue of deliberately bad rows follows the rows to their new file and line, as ingest
 * finds them.
 */
class ReshapeTest {
  @TempDir Path tmp;

  @Test
  void partsAndXlsxKeepEveryRowAndTheCatalogueFollowsThem() throws IOException {
    Path out = tmp.resolve("in");
    // Three months are enough: only ingest runs, and it checks each row where it is.
    GenerateData.run(
        Scale.TINY,
        out,
        GenerateData.DEFAULT_SEED,
        2,
        new Months(YearMonth.of(2020, 7), YearMonth.of(2020, 9)),
        List.of(
            new Reshape.Shape("2020-08", Extract.SOCIAL_INSURANCE, 3),
            new Reshape.Shape("2020-07", Extract.RECRUITMENT, 0)));
    // Parts alternate gzip and plain, whatever the original was.
    assertTrue(Files.exists(out.resolve("2020-08/social_insurance-1.csv.gz")));
    assertTrue(Files.exists(out.resolve("2020-08/social_insurance-2.csv")));
    assertTrue(Files.exists(out.resolve("2020-08/social_insurance-3.csv.gz")));
    assertFalse(Files.exists(out.resolve("2020-08/social_insurance.csv")));
    assertTrue(Files.exists(out.resolve("2020-07/招聘岗位.xlsx")));
    assertFalse(Files.exists(out.resolve("2020-07/recruitment.csv")));

    Map<String, String> catalogue = Checks.catalogue(out);
    Set<String> expected =
        catalogue.entrySet().stream()
            .filter(e -> e.getValue().startsWith("QUARANTINED"))
            .filter(
                e ->
                    e.getKey().startsWith("2020-08/social_insurance-")
                        || e.getKey().startsWith("2020-07/招聘岗位"))
            .map(e -> e.getKey() + " " + e.getValue().substring("QUARANTINED ".length()))
            .collect(Collectors.toSet());
    assertFalse(expected.isEmpty());

    Path output = tmp.resolve("out");
    assertEquals(ExitCode.SUCCESS, TestRun.run(out, output, "2020-09", "--step", "ingest"));
    Set<String> found =
        Set.of("social_insurance/extract_month=2020-08", "recruitment/extract_month=2020-07")
            .stream()
            .flatMap(
                p ->
                    SparkTestSupport.spark()
                        .read()
                        .parquet(output.resolve("quarantine/" + p).toString())
                        .filter("kind = 'QUARANTINED'")
                        .collectAsList()
                        .stream())
            .map(
                r ->
                    r.getAs("file")
                        + ":"
                        + r.getLong(r.fieldIndex("line"))
                        + " "
                        + r.getAs("reason"))
            .collect(Collectors.toSet());
    assertEquals(expected, found);
  }
}
