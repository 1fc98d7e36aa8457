package org.employmentmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.ingest.csv.CsvRecordReader;

/**
 * A part of a plain (not gzip) file that starts at a record boundary: [start, end) in bytes, the
 * physical line of its first byte, its index. A month's big file is read by several tasks at once
 * when the run has more cores than files to read; {@link #split} finds the boundaries with the same
 * reader the tasks use, so a chunk never starts inside a record (a quoted line break, a quote left
 * open) and line numbers stay those of the whole file.
 *
 * @param end the byte after the chunk, or -1 for the end of the file
 */
public record FileChunk(int index, long start, long end, long firstLine, int count)
    implements Serializable {
  /** The whole file, header included. */
  public static final FileChunk WHOLE = new FileChunk(0, 0, -1, 1, 1);

  public boolean isWhole() {
    return count == 1;
  }

  /** Chunks start after the header; the first one reads it. */
  public boolean hasHeader() {
    return index == 0;
  }

  /**
   * Reads the whole stream (so a digest wrapped around it sees every byte) and cuts it into at most
   * {@code pieces} chunks of about equal size, each starting at a record.
   */
  public static List<FileChunk> split(
      InputStream in, Charset charset, long size, int pieces, int maxRecordBytes)
      throws IOException {
    List<long[]> starts = new ArrayList<>();
    starts.add(new long[] {0, 1});
    CsvRecordReader reader = new CsvRecordReader(in, charset, maxRecordBytes);
    long step = Math.max(1, size / pieces);
    if (reader.next()) {
      long target = step;
      while (reader.next()) {
        if (reader.recordOffset() >= target && starts.size() < pieces) {
          starts.add(new long[] {reader.recordOffset(), reader.line()});
          target = reader.recordOffset() + step;
        }
      }
    }
    in.transferTo(OutputStream.nullOutputStream());
    List<FileChunk> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      long end = i + 1 < starts.size() ? starts.get(i + 1)[0] : -1;
      out.add(new FileChunk(i, starts.get(i)[0], end, starts.get(i)[1], starts.size()));
    }
    return out;
  }
}
