package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.junit.jupiter.api.Test;

/** A file read in chunks gives exactly the records, lines and verdicts of reading it whole. */
class FileChunkTest {
  static String file() {
    StringBuilder sb = new StringBuilder("\uFEFFa,b,c\r\n");
    for (int i = 0; i < 400; i++) {
      switch (i % 7) {
        case 0 -> sb.append(i).append(",\"two\nlines\",x\r\n");
        case 1 -> sb.append("\r\n");
        case 2 -> sb.append(i).append(",\"ab\"c,\"open\n");
        case 3 -> sb.append(i).append(",q\"uote,\"a,b\"\"c\"\n");
        default -> sb.append(i).append(",plain,").append("z".repeat(i % 13)).append('\n');
      }
    }
    return sb.append("999,\"left open\nto the end,").toString();
  }

  static List<String> read(byte[] bytes, FileChunk chunk) throws IOException {
    long end = chunk.end() < 0 ? bytes.length : chunk.end();
    ByteArrayInputStream in =
        new ByteArrayInputStream(bytes, (int) chunk.start(), (int) (end - chunk.start()));
    List<String> out = new ArrayList<>();
    try (CsvRecordReader r =
        new CsvRecordReader(
            in, StandardCharsets.UTF_8, 1 << 20, chunk.start(), chunk.firstLine())) {
      if (chunk.hasHeader()) {
        r.next();
      }
      while (r.next()) {
        out.add(r.line() + ":" + r.rawText(200) + ":" + r.malformation());
      }
    }
    return out;
  }

  @Test
  void chunksReadTogetherAreTheWholeFile() throws IOException {
    byte[] bytes = file().getBytes(StandardCharsets.UTF_8);
    List<String> whole = read(bytes, FileChunk.WHOLE);
    for (int pieces : new int[] {2, 3, 7, 50}) {
      List<FileChunk> chunks =
          FileChunk.split(
              new ByteArrayInputStream(bytes),
              StandardCharsets.UTF_8,
              bytes.length,
              pieces,
              1 << 20);
      assertTrue(
          chunks.size() > 1 && chunks.size() <= pieces, "pieces " + pieces + ": " + chunks.size());
      List<String> together = new ArrayList<>();
      for (FileChunk c : chunks) {
        together.addAll(read(bytes, c));
      }
      assertEquals(whole, together, "pieces " + pieces);
    }
  }
}
