package org.employmentmonitor.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A month folder delivered again a year later: every date in every file moved on by one year and
 * every record id made new, the persons and employers the same — a month of next year whose persons
 * carry on from this year's. Used where a test needs data across the year boundary (the generator
 * writes one year).
 *
 * <p>Files are rewritten byte for byte apart from the years (read and written as ISO-8859-1, so
 * GB18030 and UTF-8 files, BOMs and NUL bytes keep their bytes): a year is four digits 19xx/20xx
 * not preceded by a letter or digit and followed by {@code -}, {@code /}, {@code .}, a non-ASCII
 * byte (年) or a month (and day) in compact form ({@code 20200230}); an identity field's leading two
 * capitals before a digit ({@code DJ2020…}, {@code PX…}, {@code ZP…}, {@code DK…}) get a {@code Y}
 * after them, so a record of next year never versions one of this year. ID numbers (digits within
 * digits) and credit codes (starting with digits) keep theirs. {@code market_entities} is not
 * carried over: an entity is identified by its credit code and would be registered again.
 */
final class NextYear {
  private static final Pattern YEAR =
      Pattern.compile(
          "(?<![0-9A-Za-z])((?:19|20)\\d\\d)(?=[-/.\\x80-\\xff]|(?:0[1-9]|1[0-2])(?:[0-3]\\d)?(?![0-9]))");
  private static final Pattern RECORD_ID = Pattern.compile("(?<=^|,)([A-Z]{2})(?=\\d)");

  private NextYear() {}

  /** Writes {@code month}'s folder of {@code input} as the folder of the same month next year. */
  static void copy(Path input, YearMonth month) {
    Path from = input.resolve(month.toString());
    Path to = input.resolve(month.plusYears(1).toString());
    try {
      Files.createDirectories(to);
      List<Path> files;
      try (Stream<Path> s = Files.list(from)) {
        files = s.sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.startsWith("market_entities")) {
          continue;
        }
        if (!name.endsWith(".csv")) {
          throw new IllegalArgumentException("only plain CSV files can be moved on: " + f);
        }
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        Files.write(to.resolve(name), shift(text).getBytes(StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every year one later and every record id new (see the class comment). */
  static String shift(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (String line : text.split("(?<=\n)", -1)) {
      Matcher y = YEAR.matcher(line);
      StringBuilder l = new StringBuilder();
      while (y.find()) {
        y.appendReplacement(l, String.valueOf(Integer.parseInt(y.group(1)) + 1));
      }
      y.appendTail(l);
      out.append(RECORD_ID.matcher(l).replaceAll("$1Y"));
    }
    return out.toString();
  }
}
