package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.InputCatalog.Delivery;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.io.HadoopFs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a month folder are which extract (SPEC 2, issue 19), and what is refused. */
class InputCatalogTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);

  @TempDir Path root;

  private void touch(String relative) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x\n");
  }

  private InputCatalog list() throws IOException {
    return InputCatalog.list(
        new HadoopFs(new Configuration()), new org.apache.hadoop.fs.Path(root.toUri()), SEPTEMBER);
  }

  private MonitorException refused() {
    MonitorException e = assertThrows(MonitorException.class, this::list);
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    return e;
  }

  private void base() throws IOException {
    touch("reference/towns.csv");
    touch("2020-09/social_insurance.csv");
  }

  @Test
  void partsOfAnExtractAreOneDeliveryInPartNumberOrder() throws IOException {
    base();
    touch("2020-09/registration-2.csv.gz");
    touch("2020-09/registration-1.csv");
    touch("2020-09/registration-10.csv");
    for (int n = 3; n <= 9; n++) {
      touch("2020-09/registration-" + n + ".csv");
    }
    Delivery d = list().delivery("registration", SEPTEMBER).orElseThrow();
    assertTrue(d.inParts());
    assertEquals(10, d.files().size());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), d.files().stream().map(ExtractFile::part).toList());
    assertEquals("2020-09/registration-2.csv.gz", d.files().get(1).relativePath());
    assertTrue(d.files().get(1).isGzip());
  }

  @Test
  void theChineseNameOfSpec22IsTheExtractAndXlsxIsAFormat() throws IOException {
    touch("reference/towns.csv");
    touch("2020-09/就业失业登记.xlsx");
    touch("2020-09/参保缴费明细-1.CSV");
    touch("2020-09/招聘岗位.csv.gz");
    InputCatalog c = list();
    ExtractFile reg = c.find("registration", SEPTEMBER).orElseThrow();
    assertTrue(reg.isXlsx());
    assertEquals(0, reg.part());
    assertEquals(1, c.find("social_insurance", SEPTEMBER).orElseThrow().part());
    assertEquals("recruitment", c.find("recruitment", SEPTEMBER).orElseThrow().source());
    assertTrue(c.unrecognised().isEmpty());
  }

  @Test
  void oneFileAndPartsOfTheSameExtractIsAnInputErrorNamingBoth() throws IOException {
    base();
    touch("2020-09/registration.csv");
    touch("2020-09/registration-1.csv");
    String m = refused().getMessage();
    assertTrue(m.contains("2020-09/registration.csv"), m);
    assertTrue(m.contains("2020-09/registration-1.csv"), m);
  }

  @Test
  void theCanonicalAndTheChineseNameAtOnceIsAnInputError() throws IOException {
    base();
    touch("2020-09/registration.csv");
    touch("2020-09/就业失业登记.xlsx");
    String m = refused().getMessage();
    assertTrue(m.contains("2020-09/registration.csv, 2020-09/就业失业登记.xlsx"), m);
  }

  @Test
  void aMissingPartIsAnInputError() throws IOException {
    base();
    touch("2020-09/registration-1.csv");
    touch("2020-09/registration-3.csv");
    String m = refused().getMessage();
    assertTrue(m.startsWith("part 2 of the registration extract of 2020-09 is missing"), m);
  }

  @Test
  void filesThatAreNoExtractAreListedNotSkipped() throws IOException {
    base();
    touch("2020-09/registration.csv");
    touch("2020-09/notes.txt");
    touch("2020-09/registration-0.csv");
    touch("2020-09/就业登记.xls");
    Files.createDirectories(root.resolve("2020-09/old"));
    touch("2020-08/social_insurance.csv");
    touch("2020-08/copy of social_insurance.csv");
    List<String> listed =
        list().unrecognised().stream().map(InputCatalog.Unrecognised::relativePath).toList();
    assertEquals(
        List.of(
            "2020-08/copy of social_insurance.csv",
            "2020-09/notes.txt",
            "2020-09/old",
            "2020-09/registration-0.csv",
            "2020-09/就业登记.xls"),
        listed);
    assertEquals(
        4,
        InputCatalog.unrecognisedIn(
                new HadoopFs(new Configuration()),
                new org.apache.hadoop.fs.Path(root.toUri()),
                SEPTEMBER)
            .size());
  }

  @Test
  void aMissingMandatoryExtractNamesTheFilesTheFolderHolds() throws IOException {
    base();
    touch("2020-09/就业失业登记表.xlsx");
    String m = refused().getMessage();
    assertTrue(m.startsWith("2020-09/registration.csv is missing"), m);
    assertTrue(m.contains("就业失业登记.csv"), m);
    assertTrue(
        m.contains("the folder holds file(s) that are no extract: [2020-09/就业失业登记表.xlsx]"), m);
  }

  @Test
  void aFolderWhereAnExtractIsExpectedIsAnInputError() throws IOException {
    base();
    Files.createDirectories(root.resolve("2020-09/registration.csv"));
    String m = refused().getMessage();
    assertTrue(m.startsWith("2020-09/registration.csv is not a regular file (a folder)"), m);
  }

  @Test
  void aLinkToADeviceIsAnInputErrorNotAnEndlessRead() throws IOException {
    base();
    Files.createSymbolicLink(root.resolve("2020-09/registration.csv"), Path.of("/dev/zero"));
    String m = refused().getMessage();
    assertTrue(m.startsWith("2020-09/registration.csv is not a regular file"), m);
  }

  @Test
  void aNamedPipeIsAnInputError() throws Exception {
    base();
    Path fifo = root.resolve("2020-09/registration.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, p.waitFor());
    String m = refused().getMessage();
    assertTrue(m.startsWith("2020-09/registration.csv is not a regular file"), m);
    assertFalse(m.contains("folder"), m);
  }
}
