package org.employmentmonitor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of a written workbook that the reader does not expose — page set-up, frozen panes,
 * column widths, cell alignment — read from its XML, for the tests of what LibreOffice and Excel
 * show (looked at in jobs/screenshots.sh's pictures, asserted here).
 */
final class WorkbookXml {
  private final Map<String, String> parts = new HashMap<>();

  WorkbookXml(byte[] xlsx) throws IOException {
    // The package's entries carry data descriptors: read them through the central directory.
    Path file = Files.createTempFile("workbook", ".xlsx");
    try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        parts.put(
            e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      Files.delete(file);
    }
  }

  /** The XML of the n-th sheet (1 = the first). */
  String sheet(int n) {
    return parts.get("xl/worksheets/sheet" + n + ".xml");
  }

  /** A part of the package by its name, such as "xl/workbook.xml". */
  String part(String name) {
    return parts.get(name);
  }

  /** A column's width in characters (column 0 = A). */
  double width(int sheet, int col) {
    Matcher m =
        Pattern.compile(
                "<col min=\"" + (col + 1) + "\" max=\"" + (col + 1) + "\" width=\"([0-9.]+)\"")
            .matcher(sheet(sheet));
    if (!m.find()) {
      throw new AssertionError("sheet " + sheet + " sets no width for column " + (col + 1));
    }
    return Double.parseDouble(m.group(1));
  }

  /** The cell format (an {@code <xf>} of styles.xml's cellXfs) of a cell such as "C2". */
  String style(int sheet, String ref) {
    Matcher c = Pattern.compile("<c r=\"" + ref + "\"(?: s=\"(\\d+)\")?").matcher(sheet(sheet));
    if (!c.find()) {
      throw new AssertionError("sheet " + sheet + " has no cell " + ref);
    }
    int index = c.group(1) == null ? 0 : Integer.parseInt(c.group(1));
    String styles = parts.get("xl/styles.xml");
    String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
    Matcher xf = Pattern.compile("<xf [^>]*?(?:/>|>.*?</xf>)").matcher(xfs);
    for (int i = 0; xf.find(); i++) {
      if (i == index) {
        return xf.group();
      }
    }
    throw new AssertionError("styles.xml has no cell format " + index);
  }
}
