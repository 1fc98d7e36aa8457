package org.employmentmonitor.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.employmentmonitor.generator.Vocabulary.Coded;
import org.employmentmonitor.generator.Vocabulary.Group;

/**
 * Turns typed values into the text of one file in its {@link FileFormat}, with the row-level
 * variations a real delivery has: legacy 15-digit and lower-case-x ID numbers, full-width digits,
 * surrounding spaces and ideographic spaces (U+3000), mixed date styles.
 */
final class Styler {
  private static final String[] BOOLS = {"Y", "N", "1", "0", "是", "否", "true", "false"};

  final FileFormat format;
  private final SplittableRandom r;
  private final Months months;
  private final String[][] monthCache;

  Styler(FileFormat format, SplittableRandom r, Months months) {
    this.format = format;
    this.r = r;
    this.months = months;
    this.monthCache = new String[4][months.count];
  }

  String code(Coded c) {
    return c == null ? "" : format.chineseLabels() ? c.label() : c.name();
  }

  String bool(boolean b) {
    return BOOLS[format.boolStyle() * 2 + (b ? 0 : 1)];
  }

  String date(int epochDay) {
    int style = format.dateStyle() < 0 ? r.nextInt(4) : format.dateStyle();
    String s = date(epochDay, style);
    return format.noise() > 0 && r.nextDouble() < format.noise() / 4 ? Text.fullWidth(s) : s;
  }

  static String date(int epochDay, int style) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    StringBuilder sb = new StringBuilder(12).append(d.getYear());
    switch (style) {
      case 1 -> sb.append('/').append(d.getMonthValue()).append('/').append(d.getDayOfMonth());
      case 2 -> {
        Text.pad2(sb, d.getMonthValue());
        Text.pad2(sb, d.getDayOfMonth());
      }
      case 3 ->
          sb.append('年')
              .append(d.getMonthValue())
              .append('月')
              .append(d.getDayOfMonth())
              .append('日');
      default -> {
        sb.append('-');
        Text.pad2(sb, d.getMonthValue());
        sb.append('-');
        Text.pad2(sb, d.getDayOfMonth());
      }
    }
    return sb.toString();
  }

  /** A month (index of {@link Months}) in the file's month style. */
  String month(int month) {
    int style = format.monthStyle() < 0 ? r.nextInt(4) : format.monthStyle();
    String s = monthCache[style][month];
    if (s == null) {
      s = month(months.year(month), months.monthOfYear(month), style);
      monthCache[style][month] = s;
    }
    return s;
  }

  static String month(int year, int month, int style) {
    StringBuilder sb = new StringBuilder(9).append(year);
    switch (style) {
      case 1 -> Text.pad2(sb, month);
      case 2 -> sb.append('/').append(month);
      case 3 -> sb.append('年').append(month).append('月');
      default -> {
        sb.append('-');
        Text.pad2(sb, month);
      }
    }
    return sb.toString();
  }

  /** A person's ID number, sometimes in a legacy or sloppy but still valid form. */
  String id(Population pop, int person) {
    String id = pop.idNumber(person);
    if (id.charAt(17) == 'X' && r.nextDouble() < 0.3) {
      id = id.substring(0, 17) + 'x';
    }
    if (format.noise() > 0 && r.nextDouble() < format.noise()) {
      double x = r.nextDouble();
      String legacy = pop.legacyIdNumber(person);
      if (x < 0.4 && legacy != null) {
        return legacy;
      } else if (x < 0.55) {
        return Text.fullWidth(id);
      } else {
        return spaced(id);
      }
    }
    return id;
  }

  String town(int town) {
    String code = Towns.CODE[town];
    return format.noise() > 0 && r.nextDouble() < format.noise() / 2 ? spaced(code) : code;
  }

  /** Key groups, by code joined with ';' (sometimes ','), or by label joined with '、'. */
  String groups(int mask) {
    if (mask == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    String sep = format.chineseLabels() ? "、" : r.nextDouble() < 0.1 ? "," : ";";
    for (Group g : Group.values()) {
      if ((mask & g.bit()) != 0) {
        if (sb.length() > 0) {
          sb.append(sep);
        }
        sb.append(code(g));
      }
    }
    return sb.toString();
  }

  private String spaced(String v) {
    return switch (r.nextInt(3)) {
      case 0 -> " " + v;
      case 1 -> v + "  ";
      default -> "\u3000" + v + "\u3000";
    };
  }
}
