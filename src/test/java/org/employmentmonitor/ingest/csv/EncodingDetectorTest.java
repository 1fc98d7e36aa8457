package org.employmentmonitor.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {
  private static EncodingDetector.Detection detect(byte[] b) throws IOException {
    return EncodingDetector.detect(new ByteArrayInputStream(b));
  }

  @Test
  void utf8WithAndWithoutBom() throws IOException {
    byte[] plain = "镇街代码,x\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, detect(plain).charset());
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertEquals(StandardCharsets.UTF_8, detect(bom).charset());
  }

  @Test
  void gbkIsReadAsGb18030() throws IOException {
    byte[] gbk = "镇街代码,登记类型\n500118001,就业登记\n".getBytes(Charset.forName("GBK"));
    assertEquals(EncodingDetector.GB18030, detect(gbk).charset());
  }

  @Test
  void chineseAfterALongAsciiStretchStillDecides() throws IOException {
    byte[] head = "a,b\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "中山路街道,x\n".getBytes(Charset.forName("GBK"));
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    assertEquals(EncodingDetector.GB18030, detect(all).charset());
  }

  @Test
  void pureAsciiIsUtf8() throws IOException {
    assertEquals(StandardCharsets.UTF_8, detect("a,b\n1,2\n".getBytes()).charset());
  }

  @Test
  void utf16IsRefusedWithAnExplanation() throws IOException {
    byte[] utf16 = "a,b\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    assertNotNull(detect(withBom).problem());
  }
}
