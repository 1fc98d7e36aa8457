package org.employmentmonitor.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
    return new FileFormat(
        v,
        charset,
        bom,
        crlf,
        chineseHeader,
        chineseLabels,
        shuffled,
        extraColumn,
        dateStyle,
        monthStyle,
        boolStyle,
        noise);
  }

  FileFormat withBom() {
    return new FileFormat(
        gzip,
        charset,
        true,
        crlf,
        chineseHeader,
        chineseLabels,
        shuffled,
        extraColumn,
        dateStyle,
        monthStyle,
        boolStyle,
        noise);
  }

  FileFormat withCrlf() {
    return new FileFormat(
        gzip,
        charset,
        bom,
        true,
        chineseHeader,
        chineseLabels,
        shuffled,
        extraColumn,
        dateStyle,
        monthStyle,
        boolStyle,
        noise);
  }

  /** GB18030 with Chinese header names and Chinese enumeration labels (是/否 booleans). */
  FileFormat chineseExcel() {
    return new FileFormat(
        gzip, GBK, false, true, true, true, shuffled, extraColumn, 3, 3, 2, noise);
  }

  /** Chinese header names and labels, still UTF-8 (with BOM). */
  FileFormat chineseUtf8() {
    return new FileFormat(
        gzip,
        charset,
        true,
        crlf,
        true,
        true,
        shuffled,
        extraColumn,
        dateStyle,
        monthStyle,
        2,
        noise);
  }

  FileFormat withShuffle(String extra) {
    return new FileFormat(
        gzip,
        charset,
        bom,
        crlf,
        chineseHeader,
        chineseLabels,
        true,
        extra,
        dateStyle,
        monthStyle,
        boolStyle,
        noise);
  }

  FileFormat withStyles(int date, int month, int bool) {
    return new FileFormat(
        gzip,
        charset,
        bom,
        crlf,
        chineseHeader,
        chineseLabels,
        shuffled,
        extraColumn,
        date,
        month,
        bool,
        noise);
  }

  FileFormat withNoise(double v) {
    return new FileFormat(
        gzip,
        charset,
        bom,
        crlf,
        chineseHeader,
        chineseLabels,
        shuffled,
        extraColumn,
        dateStyle,
        monthStyle,
        boolStyle,
        v);
  }
}
