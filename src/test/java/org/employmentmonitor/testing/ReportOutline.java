package org.employmentmonitor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The structure of report.html and report.xlsx as reviewable text, for the golden end-to-end test
 * (issue 17): the page-one 综述 and the 数据说明 line by line, every section's headings, the panels'
 * names and status words, the alert groups; each sheet's name, header, row count, print set-up, and
 * the 本月汇总 rows. Run ids and clock times are left out, so the outline of a run is reproducible.
 */
public final class ReportOutline {
  private ReportOutline() {}

  public static String of(Path reports) throws IOException {
    StringBuilder out = new StringBuilder();
    html(Files.readString(reports.resolve("report.html"), StandardCharsets.UTF_8), out);
    xlsx(reports.resolve("report.xlsx"), out);
    return out.toString();
  }

  private static void html(String html, StringBuilder out) {
    out.append("# report.html\n");
    Matcher sections =
        Pattern.compile("<section id=\"([^\"]+)\">(.*?)</section>", Pattern.DOTALL).matcher(html);
    while (sections.find()) {
      String id = sections.group(1);
      String body = sections.group(2);
      out.append("\n## section ").append(id).append('\n');
      switch (id) {
        case "summary", "caveats" -> lines(body, List.of("h2", "h3", "p", "li", "tr"), out);
        case "targets" -> {
          lines(body, List.of("h2", "h3"), out);
          Matcher card =
              Pattern.compile(
                      "<span class=\"name\">([^<]*)</span><span class=\"badge [^\"]*\">([^<]*)</span>")
                  .matcher(body);
          while (card.find()) {
            out.append("card: ").append(card.group(1)).append(" | ").append(card.group(2));
            out.append('\n');
          }
        }
        case "alerts" -> lines(body, List.of("h2", "div class=\"group-head\"", "p"), out);
        default -> lines(body, List.of("h2", "h3"), out);
      }
    }
  }

  /** The text of each element opened by one of {@code opens} (tag and attributes), in order. */
  private static void lines(String body, List<String> opens, StringBuilder out) {
    StringBuilder alternatives = new StringBuilder();
    for (String o : opens) {
      String tag = o.split(" ")[0];
      String attrs = o.contains(" ") ? " " + o.substring(o.indexOf(' ') + 1) : "(?: [^>]*)?";
      alternatives.append(alternatives.length() == 0 ? "" : "|");
      alternatives
          .append("<")
          .append(tag)
          .append(attrs)
          .append(">(?<")
          .append(tag)
          .append(">.*?)</");
      alternatives.append(tag).append(">");
    }
    Matcher m = Pattern.compile(alternatives.toString(), Pattern.DOTALL).matcher(body);
    while (m.find()) {
      for (String o : opens) {
        String tag = o.split(" ")[0];
        String inner = m.group(tag);
        if (inner != null) {
          String text = text(inner);
          if (!text.isEmpty()) {
            out.append(tag).append(": ").append(text).append('\n');
          }
          break;
        }
      }
    }
  }

  private static String text(String html) {
    String t = html.replaceAll("<(td|th|small|span)[^>]*>", " ").replaceAll("<[^>]+>", "");
    t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    return t.replace("&amp;", "&").replaceAll("\\s+", " ").trim();
  }

  private static void xlsx(Path file, StringBuilder out) throws IOException {
    out.append("\n# report.xlsx\n");
    List<String> setups = new ArrayList<>();
    String workbookXml = "";
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (int i = 1; ; i++) {
        ZipEntry e = zip.getEntry("xl/worksheets/sheet" + i + ".xml");
        if (e == null) {
          break;
        }
        String xml = read(zip, e);
        setups.add(first(xml, "<pageSetUpPr[^>]*>") + " " + first(xml, "<pageSetup [^>]*>"));
      }
      workbookXml = read(zip, zip.getEntry("xl/workbook.xml"));
    }
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Sheet> sheets = wb.getSheets().toList();
      for (int i = 0; i < sheets.size(); i++) {
        Sheet s = sheets.get(i);
        List<Row> rows = s.read();
        out.append("\n## sheet ").append(i + 1).append(' ').append(s.getName()).append(": ");
        out.append(rows.size() - 1).append(" rows\n");
        out.append("header: ").append(String.join(" | ", texts(rows.get(0)))).append('\n');
        out.append("print: ").append(setups.get(i)).append('\n');
        out.append("print titles: ")
            .append(
                first(
                    workbookXml,
                    "localSheetId=\"" + i + "\" name=\"_xlnm.Print_Titles\"[^>]*>[^<]*"))
            .append('\n');
        if (i == 0) {
          for (Row r : rows.subList(1, rows.size())) {
            out.append("row: ").append(String.join(" | ", texts(r))).append('\n');
          }
        }
      }
    }
  }

  private static List<String> texts(Row r) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < r.getCellCount(); c++) {
      Cell cell = r.getCell(c);
      out.add(cell == null ? "" : cell.getRawValue() == null ? "" : cell.getRawValue());
    }
    return out;
  }

  private static String read(ZipFile zip, ZipEntry e) throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String first(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    return m.find() ? m.group() : "(none)";
  }
}
