package org.employmentmonitor.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-8 (with or without BOM) from GBK/GB18030, what Excel on a Chinese Windows machine
 * writes (SPEC 2). A UTF-8 BOM decides at once; otherwise the first non-ASCII bytes of the file
 * decide: a run of valid UTF-8 sequences means UTF-8, anything else GB18030 (a superset of GBK). A
 * file with no non-ASCII byte in its first {@value #SCAN_LIMIT} bytes is read as UTF-8.
 */
public final class EncodingDetector {
  /** How far to look for the first non-ASCII byte. */
  public static final int SCAN_LIMIT = 16 << 20;

  /** How many bytes after the first non-ASCII one are judged. */
  private static final int JUDGE_WINDOW = 64 << 10;

  public static final Charset GB18030 = Charset.forName("GB18030");

  private EncodingDetector() {}

  /** The outcome; {@code problem} is set for encodings the pipeline does not read. */
  public record Detection(Charset charset, String problem) {}

  /** Reads from the start of the (decompressed) stream; the caller closes it. */
  public static Detection detect(InputStream in) throws IOException {
    byte[] buf = new byte[JUDGE_WINDOW];
    int n = readFully(in, buf, 0, 4);
    if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      return new Detection(StandardCharsets.UTF_8, null);
    }
    if (n >= 2
        && (((buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE)
            || ((buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF))) {
      return new Detection(
          null, "is UTF-16 (\"Unicode text\" in Excel); save it as \"CSV UTF-8\" instead");
    }
    long scanned = 0;
    int start = 0;
    int len = n;
    while (true) {
      for (int i = start; i < len; i++) {
        if (buf[i] < 0) {
          // Judge from here: move the window to the first non-ASCII byte and fill it.
          int keep = len - i;
          System.arraycopy(buf, i, buf, 0, keep);
          int got = keep + readFully(in, buf, keep, buf.length - keep);
          return new Detection(validUtf8(buf, got) ? StandardCharsets.UTF_8 : GB18030, null);
        }
      }
      scanned += len;
      if (scanned >= SCAN_LIMIT) {
        return new Detection(StandardCharsets.UTF_8, null);
      }
      start = 0;
      len = readFully(in, buf, 0, buf.length);
      if (len <= 0) {
        return new Detection(StandardCharsets.UTF_8, null);
      }
    }
  }

  /** True when {@code b[0..n)} is valid UTF-8, allowing a sequence cut at the end. */
  static boolean validUtf8(byte[] b, int n) {
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xFF;
      int more;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
      } else {
        return false;
      }
      for (int k = 1; k <= more; k++) {
        if (i + k >= n) {
          return true;
        }
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += more + 1;
    }
    return true;
  }

  private static int readFully(InputStream in, byte[] b, int off, int len) throws IOException {
    int total = 0;
    while (total < len) {
      int r = in.read(b, off + total, len - total);
      if (r < 0) {
        break;
      }
      total += r;
    }
    return total;
  }
}
