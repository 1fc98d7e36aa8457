package org.employmentmonitor.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An RFC 4180 reader over raw bytes that keeps the physical line where each record starts, as SPEC
 * 9 requires: quoted fields may hold commas, doubled quotes and line breaks; text after a closing
 * quote makes the record malformed up to the end of that line; a quote left open runs to the end of
 * the file as one malformed record; a quote inside an unquoted field is an ordinary character;
 * blank lines are not records.
 *
 * <p>Splitting works on bytes, which is safe for UTF-8 and GB18030 alike: neither uses the bytes of
 * {@code , " CR LF} inside a multi-byte character. Fields are decoded strictly, so bytes that are
 * not valid in the file's encoding make the record malformed instead of turning into U+FFFD. A
 * record longer than {@code maxRecordBytes} or with more than {@code maxFields} fields is read to
 * its end but not kept: memory stays bounded on hostile input (a 200 MB line of commas). NUL bytes
 * are dropped (and counted, {@link #nulsStripped}); lines of white space alone are not records but
 * are reported to a listener, so they can be counted as warnings.
 */
public final class CsvRecordReader implements Records {
  private static final int BUFFER = 1 << 16;
  private static final byte QUOTE = '"';
  private static final byte COMMA = ',';
  private static final byte LF = '\n';
  private static final byte CR = '\r';

  private final InputStream in;
  private final Charset charset;
  private final boolean utf8;
  private final CharsetDecoder decoder;
  private final int maxRecordBytes;
  private final int maxFields;
  private java.util.function.LongConsumer whitespaceLines = line -> {};

  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long bytesRead;
  private final long baseOffset;
  private long recordOffset;

  /** Line number of the next byte to read (1-based). */
  private long currentLine;

  // The current record.
  private byte[] rec = new byte[1024];
  private int recLen;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private boolean[] quoted = new boolean[32];
  private int fields;
  private long recordLine;
  private String malformation;
  private boolean tooLong;
  private boolean tooManyFields;
  private int nuls;
  private String[] decoded = new String[32];

  /** The default limit on fields per record: far beyond any extract's columns. */
  public static final int DEFAULT_MAX_FIELDS = 4096;

  public CsvRecordReader(InputStream in, Charset charset, int maxRecordBytes) throws IOException {
    this(in, charset, maxRecordBytes, DEFAULT_MAX_FIELDS, 0, 1);
  }

  public CsvRecordReader(
      InputStream in, Charset charset, int maxRecordBytes, long offset, long firstLine)
      throws IOException {
    this(in, charset, maxRecordBytes, DEFAULT_MAX_FIELDS, offset, firstLine);
  }

  /**
   * A reader over a part of a file that starts at a record boundary: {@code offset} is the position
   * of {@code in}'s first byte in the file, {@code firstLine} that byte's line number. Only a
   * reader at offset 0 skips a byte-order mark.
   */
  public CsvRecordReader(
      InputStream in,
      Charset charset,
      int maxRecordBytes,
      int maxFields,
      long offset,
      long firstLine)
      throws IOException {
    this.in = in;
    this.maxFields = maxFields;
    this.baseOffset = offset;
    this.currentLine = firstLine;
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.maxRecordBytes = maxRecordBytes;
    fill();
    if (utf8
        && offset == 0
        && limit - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /** Called with the line number of every line of white space alone (not a record). */
  public CsvRecordReader onWhitespaceLine(java.util.function.LongConsumer listener) {
    this.whitespaceLines = listener;
    return this;
  }

  @Override
  public int nulsStripped() {
    return nuls;
  }

  /** Physical line (1-based, header = line 1) where the current record starts. */
  @Override
  public long line() {
    return recordLine;
  }

  public int size() {
    return fields;
  }

  /** Why the current record breaks RFC 4180 or the encoding, or null. */
  public String malformation() {
    return malformation;
  }

  /** Position in the file of the current record's first byte (after a BOM, blank lines). */
  public long recordOffset() {
    return recordOffset;
  }

  /**
   * Advances to the next record that is not a blank line.
   *
   * @return false at the end of the input
   */
  public boolean next() throws IOException {
    while (true) {
      if (!readRecord()) {
        return false;
      }
      if (!isBlankLine()) {
        return true;
      }
      if (recLen > 0 || nuls > 0) {
        whitespaceLines.accept(recordLine);
      }
    }
  }

  /** The decoded, untrimmed text of field {@code i}. */
  public String field(int i) {
    String s = decoded[i];
    if (s == null) {
      s = decode(i);
      decoded[i] = s;
    }
    return s;
  }

  /**
   * The record as text, fields re-joined with commas and re-quoted where needed, cut at {@code
   * maxChars}: what the clerk sees next to a quarantined row.
   */
  public String rawText(int maxChars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields && sb.length() < maxChars; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Records.appendField(sb, decodeLenient(i), quoted[i]);
    }
    if (tooLong) {
      sb.append(" …");
    }
    return Records.cut(sb, maxChars);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  // ---- scanning ----

  private boolean readRecord() throws IOException {
    if (pos >= limit && !fill()) {
      return false;
    }
    recLen = 0;
    fields = 0;
    malformation = null;
    tooLong = false;
    tooManyFields = false;
    nuls = 0;
    recordLine = currentLine;
    recordOffset = baseOffset + bytesRead - (limit - pos);
    while (true) {
      // At the start of a field.
      int b = peekByte();
      if (b == QUOTE) {
        pos++;
        boolean endOfRecord = readQuotedField();
        if (endOfRecord) {
          break;
        }
      } else {
        boolean endOfRecord = readUnquotedField();
        if (endOfRecord) {
          break;
        }
      }
    }
    if (tooManyFields && malformation == null) {
      malformation = "record with more than " + maxFields + " fields (cut off)";
    }
    if (tooLong && malformation == null) {
      malformation = "record longer than " + maxRecordBytes + " bytes (cut off)";
    }
    if (decoded.length < fields) {
      decoded = new String[fields];
    } else {
      Arrays.fill(decoded, 0, fields, null);
    }
    return true;
  }

  /** Reads an unquoted field and its delimiter; returns true when the record ended. */
  private boolean readUnquotedField() throws IOException {
    int start = recLen;
    while (true) {
      if (pos >= limit && !fill()) {
        endField(start, false);
        return true;
      }
      int runStart = pos;
      int p = pos;
      byte[] b = buf;
      int lim = limit;
      while (p < lim) {
        byte c = b[p];
        if (c == COMMA || c == LF || c == CR || c == 0) {
          break;
        }
        p++;
      }
      append(b, runStart, p - runStart);
      pos = p;
      if (p < lim) {
        byte c = b[p];
        pos++;
        if (c == 0) {
          nuls++;
          continue;
        }
        endField(start, false);
        if (c == COMMA) {
          return false;
        }
        consumeLineBreak(c);
        return true;
      }
    }
  }

  /**
   * Reads a quoted field (the opening quote already consumed) and its delimiter; returns true when
   * the record ended.
   */
  private boolean readQuotedField() throws IOException {
    int start = recLen;
    while (true) {
      if (pos >= limit && !fill()) {
        endField(start, true);
        malformation = "a quote opened on line " + recordLine + " is never closed";
        return true;
      }
      byte c = buf[pos++];
      if (c == QUOTE) {
        int next = peekByte();
        if (next == QUOTE) {
          pos++;
          appendByte(QUOTE);
          continue;
        }
        endField(start, true);
        if (next < 0) {
          return true;
        }
        pos++;
        if (next == COMMA) {
          return false;
        }
        if (next == LF || next == CR) {
          consumeLineBreak((byte) next);
          return true;
        }
        // Text after the closing quote: the record is bad up to the end of this line.
        malformation = "text after a closing quote";
        reopenLastField();
        appendByte(QUOTE);
        appendByte((byte) next);
        skipToEndOfLineKeeping();
        return true;
      }
      if (c == LF) {
        currentLine++;
      } else if (c == CR && peekByte() != LF) {
        currentLine++;
      } else if (c == 0) {
        nuls++;
        continue;
      }
      appendByte(c);
    }
  }

  /** After a malformed closing quote: keep the rest of the line in the last field, then stop. */
  private void skipToEndOfLineKeeping() throws IOException {
    while (true) {
      if (pos >= limit && !fill()) {
        ends[fields - 1] = recLen;
        return;
      }
      byte c = buf[pos++];
      if (c == LF || c == CR) {
        ends[fields - 1] = recLen;
        consumeLineBreak(c);
        return;
      }
      appendByte(c);
    }
  }

  private void consumeLineBreak(byte c) throws IOException {
    currentLine++;
    if (c == CR && peekByte() == LF) {
      pos++;
    }
  }

  private void reopenLastField() {
    // The field stays the last one; later bytes extend it.
    recLen = ends[fields - 1];
  }

  private boolean isBlankLine() {
    if (fields != 1 || quoted[0] || malformation != null) {
      return false;
    }
    String s = field(0);
    for (int i = 0; i < s.length(); i++) {
      if (!WhiteSpace.isTrimmable(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---- buffers ----

  private int peekByte() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buf[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, BUFFER);
    while (n == 0) {
      n = in.read(buf, 0, BUFFER);
    }
    if (n < 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    bytesRead += n;
    return true;
  }

  private void append(byte[] src, int off, int len) {
    if (len == 0) {
      return;
    }
    if (recLen + len > maxRecordBytes) {
      tooLong = true;
      return;
    }
    if (recLen + len > rec.length) {
      rec = Arrays.copyOf(rec, Math.max(rec.length * 2, recLen + len));
    }
    System.arraycopy(src, off, rec, recLen, len);
    recLen += len;
  }

  private void appendByte(byte c) {
    if (recLen + 1 > maxRecordBytes) {
      tooLong = true;
      return;
    }
    if (recLen == rec.length) {
      rec = Arrays.copyOf(rec, rec.length * 2);
    }
    rec[recLen++] = c;
  }

  private void endField(int start, boolean wasQuoted) {
    if (fields >= maxFields) {
      // Past the limit fields are not kept (nor their bytes): the record is malformed anyway.
      tooManyFields = true;
      recLen = ends[fields - 1];
      return;
    }
    if (fields == starts.length) {
      int n = fields * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      quoted = Arrays.copyOf(quoted, n);
    }
    starts[fields] = start;
    ends[fields] = recLen;
    quoted[fields] = wasQuoted;
    fields++;
  }

  // ---- decoding ----

  private String decode(int i) {
    int s = starts[i];
    int len = ends[i] - s;
    boolean ascii = true;
    for (int p = s; p < s + len; p++) {
      if (rec[p] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(rec, s, len, StandardCharsets.ISO_8859_1);
    }
    if (utf8) {
      String fast = new String(rec, s, len, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    try {
      decoder.reset();
      CharBuffer out = decoder.decode(ByteBuffer.wrap(rec, s, len));
      return out.toString();
    } catch (CharacterCodingException e) {
      if (malformation == null) {
        malformation =
            "field "
                + (i + 1)
                + " holds bytes that are not valid "
                + charset.name()
                + " (does the file mix encodings?)";
      }
      return new String(rec, s, len, charset);
    }
  }

  private String decodeLenient(int i) {
    return new String(rec, starts[i], ends[i] - starts[i], charset);
  }
}
