package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.LogCapture;
import org.employmentmonitor.testing.TestInput;
import org.employmentmonitor.testing.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, through the batch (options, ingest, the exit code and the log as an operator sees
 * them): an XXE workbook, a billion-laughs workbook, an encrypted workbook and an old .xls saved as
 * .xlsx each stop the run with exit 3 and ONE ERROR line naming the file, what it is and what to do
 * — not the XML parser's or the zip reader's words, and no stack trace.
 */
class UnreadableWorkbookTest {
  private static final String FILE = "2020-09/registration.xlsx";

  @TempDir Path tmp;

  /** A real one-row registration workbook, as fastexcel (like Excel) writes it. */
  private static byte[] goodWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet ws = wb.newWorksheet("登记");
    String[] header = IngestJobTest.REG_HEADER.split(",");
    String[] row = {"R1", Ids.person(1), "某", TestInput.TOWN_A, "UNEMPLOYED", "2020-09-03", ""};
    for (int c = 0; c < header.length; c++) {
      ws.value(0, c, header[c]);
      ws.value(1, c, row[c]);
    }
    wb.finish();
    return out.toByteArray();
  }

  /** {@code zip} with the named entries' content replaced. */
  private static byte[] replace(byte[] zip, Map<String, String> entries) throws IOException {
    Path file = Files.createTempFile("workbook", ".zip");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int replaced = 0;
    try {
      Files.write(file, zip);
      try (ZipFile in = new ZipFile(file.toFile());
          ZipOutputStream z = new ZipOutputStream(out)) {
        for (ZipEntry e : java.util.Collections.list(in.entries())) {
          z.putNextEntry(new ZipEntry(e.getName()));
          String with = entries.get(e.getName());
          if (with != null) {
            z.write(with.getBytes(StandardCharsets.UTF_8));
            replaced++;
          } else {
            try (java.io.InputStream data = in.getInputStream(e)) {
              data.transferTo(z);
            }
          }
          z.closeEntry();
        }
      }
    } finally {
      Files.delete(file);
    }
    assertEquals(entries.size(), replaced, "the workbook has the entries to replace");
    return out.toByteArray();
  }

  /** The first sheet asks for /etc/passwd through an external entity (XXE). */
  private static byte[] xxe() throws IOException {
    return replace(
        goodWorkbook(),
        Map.of(
            "xl/worksheets/sheet1.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "</row></sheetData></worksheet>"));
  }

  /** The workbook part declares entities that expand to 10^9 "lol"s (billion laughs). */
  private static byte[] billionLaughs() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE workbook [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>\n");
    return replace(
        goodWorkbook(),
        Map.of(
            "xl/workbook.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + dtd
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"&l9;\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>"));
  }

  /** An OLE2 compound file holding the named streams (their names as OLE2 stores them). */
  private static byte[] ole2(String... streams) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    out.write(new byte[504]);
    for (String s : streams) {
      out.write(s.getBytes(StandardCharsets.UTF_16LE));
      out.write(new byte[112]);
    }
    return out.toByteArray();
  }

  /** Runs the batch on a month whose registration is {@code workbook}; returns the log. */
  private String run(String name, byte[] workbook) throws IOException {
    TestInput in = TestInput.at(tmp.resolve(name + "/in"));
    in.file(
        "2020-09",
        "social_insurance",
        IngestJobTest.SI_HEADER,
        Ids.person(1) + "," + Ids.employer(1) + ",某公司," + TestInput.TOWN_A + ",2020-09,PENSION");
    in.bytes(FILE, workbook);
    Path out = tmp.resolve(name + "/out");
    String log;
    try (LogCapture capture = new LogCapture()) {
      assertEquals(ExitCode.INPUT_ERROR, TestRun.run(in.root(), out, "2020-09"), name);
      log = capture.text();
    }
    List<String> errors = log.lines().filter(l -> l.startsWith("ERROR ")).toList();
    assertEquals(1, errors.size(), name + ": one ERROR line\n" + log);
    String error = errors.get(0);
    assertTrue(error.contains(FILE), error);
    assertTrue(error.contains(": open it in Excel") || error.contains(": remove the"), error);
    for (String foreign :
        List.of("aalto", "WFCException", "not (yet) implemented", "Zip", "Exception", "\tat ")) {
      assertFalse(log.contains(foreign), name + " log quotes '" + foreign + "':\n" + log);
    }
    // Nothing of /etc/passwd anywhere in what the run left.
    if (Files.exists(out)) {
      try (Stream<Path> files = Files.walk(out)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertFalse(
              new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("root:"),
              f.toString());
        }
      }
    }
    assertFalse(log.contains("root:"), log);
    return error;
  }

  @Test
  void anXxeWorkbookIsOneErrorLineSayingItIsUnsafeXml() throws IOException {
    String error = run("xxe", xxe());
    assertTrue(error.contains(FILE + " holds XML with a DOCTYPE or entity declarations"), error);
  }

  @Test
  void aBillionLaughsWorkbookIsOneErrorLineSayingItIsUnsafeXml() throws IOException {
    String error = run("laughs", billionLaughs());
    assertTrue(error.contains(FILE + " holds XML with a DOCTYPE or entity declarations"), error);
  }

  @Test
  void anEncryptedWorkbookIsOneErrorLineSayingSo() throws IOException {
    String error = run("encrypted", ole2("EncryptionInfo", "EncryptedPackage"));
    assertTrue(error.contains(FILE + " is a password-protected (encrypted) workbook"), error);
    assertTrue(error.contains("remove the password in Excel"), error);
  }

  @Test
  void anOldXlsWorkbookIsOneErrorLineSayingSo() throws IOException {
    String error = run("xls", ole2("Workbook", "SummaryInformation"));
    assertTrue(error.contains(FILE + " is an old Excel 97-2003 workbook (.xls), not .xlsx"), error);
    assertTrue(error.contains("save it as .xlsx"), error);
  }
}
