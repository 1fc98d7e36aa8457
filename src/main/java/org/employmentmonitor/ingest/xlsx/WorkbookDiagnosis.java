package org.employmentmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a file named {@code .xlsx} that cannot be read actually is, and what the clerk should do, in
 * words (issue 27: an encrypted or old .xls file said "Error reading Zip content", an XXE workbook
 * quoted the XML parser's exception). Judged from the file's first bytes and the error.
 */
public final class WorkbookDiagnosis {
  /** How much of the file is looked at for the encryption stream's name. */
  static final int HEAD_BYTES = 1 << 20;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** The name of the stream an encrypted Office file holds, as OLE2 stores it (UTF-16LE). */
  private static final byte[] ENCRYPTION_INFO =
      "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

  private WorkbookDiagnosis() {}

  /** "is …: do …", for a message that starts with the file's name. */
  public static String explain(InputStream file, Throwable error) throws IOException {
    byte[] head = file.readNBytes(HEAD_BYTES);
    if (startsWith(head, OLE2)) {
      return indexOf(head, ENCRYPTION_INFO) >= 0
          ? "is a password-protected (encrypted) workbook, which cannot be read: remove the"
              + " password in Excel and save it again as .xlsx, or export the sheet as .csv"
          : "is an old Excel 97-2003 workbook (.xls), not .xlsx: open it in Excel and save it as"
              + " .xlsx (Excel Workbook), or as .csv";
    }
    if (!startsWith(head, ZIP)) {
      return "is not an Excel workbook (its bytes are neither .xlsx nor .xls; perhaps a CSV, HTML"
          + " or text export renamed .xlsx): export it again from Excel as .xlsx, or as .csv";
    }
    if (unsafeXml(error)) {
      return "holds XML with a DOCTYPE or entity declarations, which a workbook saved by Excel"
          + " never has (an XXE or entity-expansion attack, or a broken export tool); it was not"
          + " read: open it in Excel and save it again as .xlsx, or as .csv";
    }
    return "is a damaged .xlsx workbook ("
        + summary(error)
        + "): open it in Excel and save it again as .xlsx, or export it as .csv";
  }

  /** The XML parser refused a DTD or an entity: the message says so, whatever the parser. */
  static boolean unsafeXml(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("doctype")
          || m.contains("dtd")
          || m.contains("entity")
          || t.getClass().getName().contains("WFCException")) {
        return true;
      }
    }
    return false;
  }

  private static String summary(Throwable error) {
    String m = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    m = m.replaceAll("\\s+", " ");
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= bytes.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
