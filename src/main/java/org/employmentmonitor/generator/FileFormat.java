package org.employmentmonitor.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * How one extract file is written: what Excel on a Chinese Windows machine, or a database export,
 * would deliver. Date styles: 0 yyyy-MM-dd, 1 yyyy/M/d, 2 yyyyMMdd, 3 yyyy年M月d日, −1 mixed row by
 * row; month styles likewise (yyyy-MM, yyyyMM, yyyy/M, yyyy年M月); boolean styles: 0 Y/N, 1 1/0, 2
 * 是/否, 3 true/false. {@code noise} is the share of rows with an ID number in 15-digit legacy form,
 * in full-width digits or padded with spaces.
 */
record FileFormat(
    boolean gzip,
    Charset charset,
    boolean bom,
    boolean crlf,
    boolean chineseHeader,
    boolean chineseLabels,
    boolean shuffled,
    String extraColumn,
    int dateStyle,
    int monthStyle,
    int boolStyle,
    double noise) {

  static final Charset GBK = Charset.forName("GB18030");

  static FileFormat plain(boolean gzip) {
    return new FileFormat(
        gzip, StandardCharsets.UTF_8, false, false, false, false, false, null, 0, 0, 0, 0.003);
  }

  FileFormat withGzip(boolean v) {
    return with(b -> b.gzip = v);
  }

  FileFormat withBom() {
    return with(b -> b.bom = true);
  }

  FileFormat withCrlf() {
    return with(b -> b.crlf = true);
  }

  /** GB18030 with Chinese header names and Chinese enumeration labels (是/否 booleans). */
  FileFormat chineseExcel() {
    return with(
        b -> {
          b.charset = GBK;
          b.bom = false;
          b.crlf = true;
          b.chineseHeader = true;
          b.chineseLabels = true;
          b.dateStyle = 3;
          b.monthStyle = 3;
          b.boolStyle = 2;
        });
  }

  /** Chinese header names and labels, still UTF-8 (with BOM). */
  FileFormat chineseUtf8() {
    return with(
        b -> {
          b.bom = true;
          b.chineseHeader = true;
          b.chineseLabels = true;
          b.boolStyle = 2;
        });
  }

  FileFormat withShuffle(String extra) {
    return with(
        b -> {
          b.shuffled = true;
          b.extraColumn = extra;
        });
  }

  FileFormat withStyles(int date, int month, int bool) {
    return with(
        b -> {
          b.dateStyle = date;
          b.monthStyle = month;
          b.boolStyle = bool;
        });
  }

  FileFormat withNoise(double v) {
    return with(b -> b.noise = v);
  }

  private FileFormat with(Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return new FileFormat(
        b.gzip,
        b.charset,
        b.bom,
        b.crlf,
        b.chineseHeader,
        b.chineseLabels,
        b.shuffled,
        b.extraColumn,
        b.dateStyle,
        b.monthStyle,
        b.boolStyle,
        b.noise);
  }

  /** A mutable copy, so that each variation names only what it changes. */
  private static final class Builder {
    boolean gzip;
    Charset charset;
    boolean bom;
    boolean crlf;
    boolean chineseHeader;
    boolean chineseLabels;
    boolean shuffled;
    String extraColumn;
    int dateStyle;
    int monthStyle;
    int boolStyle;
    double noise;

    Builder(FileFormat f) {
      gzip = f.gzip;
      charset = f.charset;
      bom = f.bom;
      crlf = f.crlf;
      chineseHeader = f.chineseHeader;
      chineseLabels = f.chineseLabels;
      shuffled = f.shuffled;
      extraColumn = f.extraColumn;
      dateStyle = f.dateStyle;
      monthStyle = f.monthStyle;
      boolStyle = f.boolStyle;
      noise = f.noise;
    }
  }
}
