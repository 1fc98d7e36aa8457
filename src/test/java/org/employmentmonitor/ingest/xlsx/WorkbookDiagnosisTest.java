package org.employmentmonitor.ingest.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** Issue 27: an unreadable "workbook" is named for what it is, with what to do. */
class WorkbookDiagnosisTest {
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static String explain(byte[] file, Throwable error) throws IOException {
    return WorkbookDiagnosis.explain(new ByteArrayInputStream(file), error);
  }

  private static byte[] ole2(String... streams) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(OLE2);
    out.write(new byte[504]);
    for (String s : streams) {
      out.write(s.getBytes(StandardCharsets.UTF_16LE));
      out.write(new byte[16]);
    }
    return out.toByteArray();
  }

  @Test
  void anEncryptedWorkbookIsNamedAsSuch() throws IOException {
    String m =
        explain(
            ole2("EncryptionInfo", "EncryptedPackage"),
            new ZipException("zip END header not found"));
    assertTrue(m.startsWith("is a password-protected (encrypted) workbook"), m);
    assertTrue(m.contains("remove the password in Excel"), m);
    assertTrue(!m.contains("Zip"), m);
  }

  @Test
  void anOldXlsWorkbookIsNamedAsSuch() throws IOException {
    String m = explain(ole2("Workbook", "SummaryInformation"), new ZipException("bad"));
    assertTrue(m.startsWith("is an old Excel 97-2003 workbook (.xls), not .xlsx"), m);
    assertTrue(m.contains("save it as .xlsx"), m);
  }

  @Test
  void aRenamedTextFileIsNotAWorkbook() throws IOException {
    String m =
        explain(
            "record_id,id_number\nR1,1\n".getBytes(StandardCharsets.UTF_8),
            new ZipException("Error reading Zip content"));
    assertTrue(m.startsWith("is not an Excel workbook"), m);
  }

  @Test
  void aWorkbookWithADoctypeIsUnsafeXml() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};
    String m =
        explain(
            zip,
            new RuntimeException(
                "read failed",
                new IOException("Unexpected DOCTYPE declaration: not (yet) implemented")));
    assertTrue(m.startsWith("holds XML with a DOCTYPE or entity declarations"), m);
    assertTrue(!m.contains("not (yet) implemented"), m);
    String damaged = explain(zip, new IOException("invalid LOC header"));
    assertTrue(damaged.startsWith("is a damaged .xlsx workbook (invalid LOC header)"), damaged);
  }
}
