package org.employmentmonitor.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.employmentmonitor.ingest.id.CreditCode;
import org.employmentmonitor.ingest.id.IdNumber;

/**
 * Applies the {@link BadRows} plan to one file while it is written, and records each bad row's
 * line. A writer calls {@link #before} with each row about to be written (warnings mutate it),
 * {@link #after} once it is written (quarantine entries add a corrupted copy), and {@link #finish}
 * at the end (entries whose row never came are added after the last row).
 */
final class Injector {
  private final Extract extract;
  private final String file;
  private final List<BadRows.Entry> pending;
  private final int[] at;
  private final List<BadRows.Written> written = new ArrayList<>();
  private String[] last;
  private long rows;

  /** The injector of one file: {@code key} seeds where the file's bad rows land. */
  Injector(long seed, Extract extract, YearMonth month, long key, long estimate) {
    this.extract = extract;
    this.file = month + "/" + extract.fileName;
    this.pending = new ArrayList<>(BadRows.forFile(extract, month));
    this.at = new int[pending.size()];
    SplittableRandom r = Rng.of(seed, Rng.Purpose.ERRORS, key);
    for (int k = 0; k < at.length; k++) {
      // A warning mutates a row before it is written, so it must not aim past the file's end:
      // warnings aim at the first quarter, corrupted copies anywhere in the first 90%.
      long span = pending.get(k).quarantine() ? estimate * 9 / 10 : estimate / 4;
      at[k] = 1 + r.nextInt((int) Math.max(1, Math.min(Integer.MAX_VALUE, span)));
    }
  }

  String file(FileFormat f) {
    return file + (f.gzip() ? ".csv.gz" : ".csv");
  }

  void before(String[] row, CsvSink sink, FileFormat f) {
    rows++;
    for (int k = 0; k < pending.size(); k++) {
      BadRows.Entry e = pending.get(k);
      if (!e.quarantine() && rows >= at[k] && applies(e, row)) {
        String before = row[extract.column(e.column())];
        corrupt(e, row);
        record(e, sink.line(), f, e.column() + " was " + show(before));
        remove(k--);
      }
    }
  }

  void after(String[] row, CsvSink sink, FileFormat f) {
    last = row.clone();
    for (int k = 0; k < pending.size(); k++) {
      BadRows.Entry e = pending.get(k);
      if (e.quarantine()
          && !e.variant().equals("open_quote_eof")
          && rows >= at[k]
          && applies(e, row)) {
        writeCopy(e, row, sink, f);
        remove(k--);
      }
    }
  }

  /** Writes what is still pending after the last row; returns an unterminated last record. */
  String finish(CsvSink sink, FileFormat f) {
    String open = null;
    for (BadRows.Entry e : pending) {
      if (last == null || !applies(e, last)) {
        continue;
      }
      if (e.variant().equals("open_quote_eof")) {
        String[] copy = last.clone();
        copy[extract.column(e.column())] = "\u0000";
        open = sink.text(copy).replace("\u0000", "\"重庆永川未闭合引号,有限公司");
        record(e, sink.line(), f, "quote opened and never closed: the record runs to end of file");
      } else if (e.quarantine()) {
        writeCopy(e, last, sink, f);
      }
    }
    pending.clear();
    return open;
  }

  List<BadRows.Written> written() {
    return written;
  }

  private void remove(int k) {
    pending.remove(k);
    System.arraycopy(at, k + 1, at, k, at.length - k - 1);
  }

  private void writeCopy(BadRows.Entry e, String[] row, CsvSink sink, FileFormat f) {
    String[] copy = row.clone();
    int line = sink.line();
    switch (e.variant()) {
      case "extra_field" -> {
        sink.raw(sink.text(copy) + ",多余字段");
        record(e, line, f, "one field too many");
      }
      case "missing_field" -> {
        String text = sink.text(copy);
        sink.raw(text.charAt(0) == '"' ? text + ",多余字段" : text.substring(text.indexOf(',') + 1));
        record(e, line, f, "field count differs from the header");
      }
      case "after_quote" -> {
        copy[extract.column(e.column())] = "\u0000";
        sink.raw(sink.text(copy).replace("\u0000", "\"重庆永川精工\"机械厂"));
        record(e, line, f, "text after a closing quote");
      }
      default -> {
        String before = copy[extract.column(e.column())];
        corrupt(e, copy);
        sink.record(copy);
        String now = copy[extract.column(e.column())];
        record(
            e,
            line,
            f,
            "copy of the row above, " + e.column() + " " + show(before) + " -> " + show(now));
      }
    }
  }

  private static String show(String v) {
    return v.isEmpty() ? "empty" : v.replace(',', ';');
  }

  private void corrupt(BadRows.Entry e, String[] row) {
    int c = extract.column(e.column());
    YearMonth next = e.month().plusMonths(1);
    switch (e.variant()) {
      case "set" -> row[c] = e.argument();
      case "blank2" -> {
        row[c] = "";
        row[extract.column(e.argument())] = "";
      }
      case "id_check" -> row[c] = row[c].substring(0, 17) + (row[c].charAt(17) == '1' ? '0' : '1');
      case "id_scientific" -> row[c] = row[c].charAt(0) + "." + row[c].substring(1, 6) + "E+17";
      case "id_future" -> {
        String first17 =
            row[c].substring(0, 6)
                + next.getYear()
                + Text.padded(next.getMonthValue(), 2)
                + "05"
                + row[c].substring(14, 17);
        row[c] = first17 + IdNumber.checkCharacter(first17);
      }
      case "code_check" -> {
        char now = row[c].charAt(17);
        char other = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(now) + 7) % 31);
        row[c] = row[c].substring(0, 17) + other;
      }
      case "code_letter" -> row[c] = row[c].substring(0, 10) + 'O' + row[c].substring(11);
      case "after_date" -> row[c] = next + "-05";
      case "after_month" -> row[c] = next.toString();
      case "swap_salary" -> {
        int max = extract.column("salary_max");
        String t = row[c];
        row[c] = row[max];
        row[max] = t;
      }
      default -> throw new IllegalStateException("unknown variant " + e.variant());
    }
  }

  /** Whether the template row fits the entry (condition, and a plain value to corrupt). */
  private boolean applies(BadRows.Entry e, String[] row) {
    if (e.variant().startsWith("id_")) {
      String id = row[extract.column("id_number")];
      if (id.length() != 18 || !id.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == 'X')) {
        return false;
      }
    }
    if (e.variant().startsWith("code_") && row[extract.column(e.column())].length() != 18) {
      return false;
    }
    if (e.variant().equals("swap_salary")) {
      return row[extract.column("salary_min")].length() > 0;
    }
    if (e.condition().isEmpty()) {
      return true;
    }
    int eq = e.condition().indexOf('=');
    String value = row[extract.column(e.condition().substring(0, eq))].trim();
    String want = e.condition().substring(eq + 1);
    if (want.equals("*")) {
      return !value.isEmpty();
    }
    if (want.equals("Y")) {
      return value.equals("Y") || value.equals("1") || value.equals("是") || value.equals("true");
    }
    return value.equals(want) || (!want.isEmpty() && value.equals(label(want)));
  }

  private static String label(String code) {
    return switch (code) {
      case "EMPLOYED" -> Vocabulary.EventType.EMPLOYED.label();
      case "COMPLETED" -> Vocabulary.TrainingStatus.COMPLETED.label();
      case "DROPPED" -> Vocabulary.TrainingStatus.DROPPED.label();
      default -> code;
    };
  }

  private void record(BadRows.Entry e, int line, FileFormat f, String note) {
    String outcome = e.quarantine() ? "QUARANTINED" : "WARNING";
    written.add(new BadRows.Written(file(f), line, outcome, e.reason(), e.column(), note));
  }
}
