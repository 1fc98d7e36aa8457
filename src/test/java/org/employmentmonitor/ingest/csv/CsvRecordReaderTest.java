package org.employmentmonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC 9 "Reading": RFC 4180 records, physical line numbers, malformed records, blank lines. */
class CsvRecordReaderTest {
  /** A parsed record: start line, fields, malformation. */
  record Rec(long line, List<String> fields, String malformation) {}

  static List<Rec> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 1 << 20);
  }

  static List<Rec> read(byte[] bytes, Charset cs, int max) throws IOException {
    List<Rec> out = new ArrayList<>();
    try (CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(bytes), cs, max)) {
      while (r.next()) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          f.add(r.field(i));
        }
        out.add(new Rec(r.line(), f, r.malformation()));
      }
    }
    return out;
  }

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
    List<Rec> recs = read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,q,r\n");
    assertEquals(4, recs.size());
    assertEquals(List.of("1", "x, y", "say \"hi\""), recs.get(1).fields());
    assertEquals(List.of("2", "two\nlines", "z"), recs.get(2).fields());
    assertEquals(2, recs.get(1).line());
    assertEquals(3, recs.get(2).line(), "a record's line is where it starts");
    assertEquals(5, recs.get(3).line(), "the quoted line break moved the next record to line 5");
  }

  @Test
  void crlfAndLoneLfBothEndLines() throws IOException {
    List<Rec> recs = read("a,b\r\n1,2\r\n3,4\n5,6");
    assertEquals(4, recs.size());
    assertEquals(List.of("5", "6"), recs.get(3).fields());
    assertEquals(4, recs.get(3).line());
    assertEquals(List.of("1", "2"), recs.get(1).fields(), "no CR left in the last field");
  }

  @Test
  void blankLinesAreNotRecordsButCountAsLines() throws IOException {
    List<Rec> recs = read("a,b\n\n1,2\n   \n\r\n3,4\n\n");
    assertEquals(3, recs.size());
    assertEquals(3, recs.get(1).line());
    assertEquals(6, recs.get(2).line());
  }

  @Test
  void aLineOfCommasIsARecordNotABlankLine() throws IOException {
    List<Rec> recs = read("a,b\n,\n");
    assertEquals(2, recs.size());
    assertEquals(List.of("", ""), recs.get(1).fields());
  }

  @Test
  void textAfterAClosingQuoteIsMalformedToTheEndOfThatLine() throws IOException {
    List<Rec> recs = read("a,b,c\n1,\"ab\"c,3,\"x\ny\"\n4,5,6\n");
    assertEquals(4, recs.size());
    assertNotNull(recs.get(1).malformation());
    assertEquals(2, recs.get(1).line());
    // The bad record ended at the end of line 2, its open quote included: line 3 is a record of
    // its own (an unquoted field whose quote is ordinary), line 4 the next good one.
    assertEquals(3, recs.get(2).line());
    assertEquals(List.of("y\""), recs.get(2).fields());
    assertNull(recs.get(2).malformation());
    assertEquals(List.of("4", "5", "6"), recs.get(3).fields());
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws IOException {
    List<Rec> recs = read("a,b\nab\"c,d\n");
    assertNull(recs.get(1).malformation());
    assertEquals(List.of("ab\"c", "d"), recs.get(1).fields());
  }

  @Test
  void anOpenQuoteRunsToTheEndOfTheFileAsOneRecord() throws IOException {
    List<Rec> recs = read("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    assertEquals(3, recs.size());
    assertEquals(3, recs.get(2).line());
    assertTrue(recs.get(2).malformation().contains("never closed"));
    assertTrue(recs.get(2).fields().get(1).contains("6,7"));
  }

  @Test
  void aUtf8BomIsSkipped() throws IOException {
    byte[] body = "town_code,x\n1,2\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    List<Rec> recs = read(withBom, StandardCharsets.UTF_8, 1 << 20);
    assertEquals("town_code", recs.get(0).fields().get(0));
  }

  @Test
  void gbkTextDecodes() throws IOException {
    Charset gb = Charset.forName("GB18030");
    List<Rec> recs = read("登记类型,镇街代码\n就业登记,\"中山路,街道\"\n".getBytes(gb), gb, 1 << 20);
    assertEquals(List.of("就业登记", "中山路,街道"), recs.get(1).fields());
  }

  @Test
  void bytesInvalidInTheFileEncodingMakeTheRecordMalformed() throws IOException {
    Charset gb = Charset.forName("GB18030");
    byte[] gbk = "就业登记".getBytes(gb);
    byte[] head = "a,b\nx,".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + gbk.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(gbk, 0, all, head.length, gbk.length);
    all[all.length - 1] = '\n';
    List<Rec> recs = read(all, StandardCharsets.UTF_8, 1 << 20);
    assertTrue(recs.get(1).malformation().contains("not valid UTF-8"));
  }

  @Test
  void anOverlongRecordIsMalformedWithoutBeingKept() throws IOException {
    String longField = "x".repeat(5000);
    List<Rec> recs =
        read(
            ("a,b\n1," + longField + "\n2,3\n").getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8,
            1000);
    assertEquals(3, recs.size());
    assertTrue(recs.get(1).malformation().contains("longer than"));
    assertFalse(recs.get(1).fields().get(1).length() > 1000);
    assertEquals(List.of("2", "3"), recs.get(2).fields());
  }

  @Test
  void recordsAcrossBufferBoundariesKeepTheirLines() throws IOException {
    StringBuilder sb = new StringBuilder("a,b\n");
    for (int i = 0; i < 20000; i++) {
      sb.append(i).append(",\"v").append(i).append("\"\r\n");
    }
    List<Rec> recs = read(sb.toString());
    assertEquals(20001, recs.size());
    assertEquals(20001, recs.get(20000).line());
    assertEquals(List.of("19999", "v19999"), recs.get(20000).fields());
  }

  @Test
  void aLineOfCommasPastTheFieldLimitIsCutOffNotMaterialised() throws IOException {
    String commas = ",".repeat(200_000);
    byte[] bytes = ("a,b\n" + commas + "\nc,d\n").getBytes(StandardCharsets.UTF_8);
    List<Rec> out = new ArrayList<>();
    try (CsvRecordReader r =
        new CsvRecordReader(
            new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 1 << 20, 16, 0, 1)) {
      while (r.next()) {
        out.add(new Rec(r.line(), List.of(), r.malformation()));
        assertTrue(r.size() <= 16);
      }
    }
    assertEquals(3, out.size());
    assertEquals("record with more than 16 fields (cut off)", out.get(1).malformation());
    assertEquals(2, out.get(1).line());
    assertEquals(3, out.get(2).line());
    assertEquals(null, out.get(2).malformation());
  }

  @Test
  void nulBytesAreDroppedAndCounted() throws IOException {
    byte[] bytes = "a,b\nx\0y,\"q\0\"\nz,w\n".getBytes(StandardCharsets.UTF_8);
    try (CsvRecordReader r =
        new CsvRecordReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 1 << 20)) {
      assertTrue(r.next());
      assertEquals(0, r.nulsStripped());
      assertTrue(r.next());
      assertEquals("xy", r.field(0));
      assertEquals("q", r.field(1));
      assertEquals(2, r.nulsStripped());
      assertTrue(r.next());
      assertEquals(0, r.nulsStripped());
    }
  }

  @Test
  void linesOfWhiteSpaceAreReportedButEmptyLinesAreNot() throws IOException {
    byte[] bytes = "a,b\n\n   \n1,2\n\t\u3000\n\n3,4\n".getBytes(StandardCharsets.UTF_8);
    List<Long> blank = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CsvRecordReader r =
        new CsvRecordReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 1 << 20)) {
      r.onWhitespaceLine(blank::add);
      while (r.next()) {
        lines.add(r.line());
      }
    }
    assertEquals(List.of(1L, 4L, 7L), lines);
    assertEquals(List.of(3L, 5L), blank);
  }
}
