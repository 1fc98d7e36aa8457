package org.employmentmonitor.generator;

/**
 * Which variation each extract file gets (documented in docs/data-generator.md, "Format
 * variations"). Everything not listed is UTF-8 without BOM, LF, canonical header and order, ISO
 * dates, Y/N.
 */
final class FormatPlan {
  private FormatPlan() {}

  static FileFormat of(Extract x, Months months, int month, Scale scale) {
    String m = months.label(month);
    boolean big =
        x == Extract.SOCIAL_INSURANCE || x == Extract.REGISTRATION || x == Extract.TRAINING;
    FileFormat f = FileFormat.plain(scale.gzipBig && big);
    return switch (x) {
      case REGISTRATION ->
          switch (m) {
            case "2019-11" -> f.withBom().withCrlf();
            case "2020-02" -> f.chineseExcel().withGzip(false);
            case "2020-05" -> f.withShuffle(null).withStyles(1, 0, 1);
            case "2020-07" -> f.withShuffle("备注").withStyles(2, 0, 3);
            case "2020-09" -> f.withBom().withStyles(-1, 0, 0).withNoise(0.02).withGzip(false);
            case "2020-11" -> f.chineseExcel();
            default -> f;
          };
      case SOCIAL_INSURANCE ->
          switch (m) {
            case "2019-12" -> f.withStyles(0, 3, 0);
            case "2020-01" -> f.withBom();
            case "2020-03" -> f.withCrlf();
            case "2020-04" -> f.withStyles(0, 2, 0);
            case "2020-06" -> f.chineseUtf8();
            case "2020-08" -> f.withShuffle(null);
            case "2020-10" -> f.withStyles(0, 1, 1);
            case "2020-12" -> f.withBom().withCrlf().withStyles(0, -1, 3);
            default -> f;
          };
      case RECRUITMENT ->
          switch (m) {
            case "2020-03" -> f.withBom();
            case "2020-04" -> f.withShuffle("联系人");
            case "2020-06" -> f.chineseUtf8().withStyles(3, 0, 2);
            case "2020-08" -> f.withStyles(2, 0, 3);
            case "2020-09" -> f.withBom().withCrlf().withStyles(-1, 0, 0);
            case "2020-11" -> f.chineseExcel();
            default -> f;
          };
      case TRAINING ->
          switch (m) {
            case "2020-02" -> f.withBom();
            case "2020-05" -> f.chineseExcel().withGzip(false);
            case "2020-08" -> f.withBom().withCrlf().withStyles(1, 0, 1);
            case "2020-10" -> f.withShuffle(null).withStyles(-1, 0, 0);
            default -> f;
          };
      case GRADUATES ->
          switch (m) {
            case "2020-08" -> f.chineseUtf8().withStyles(3, 0, 0);
            case "2020-10" -> f.withCrlf().withStyles(1, 0, 0);
            case "2020-12" -> f.withShuffle(null);
            default -> f;
          };
      case SURVEY ->
          switch (m) {
            case "2020-03" -> f.chineseExcel();
            case "2020-06" -> f.chineseUtf8().withStyles(0, 0, 0);
            default -> f.withStyles(0, months.key(month) % 4, 0);
          };
      case LOANS ->
          switch (m) {
            case "2020-06" -> f.withStyles(2, 0, 0);
            case "2020-09" -> f.chineseUtf8();
            case "2020-12" -> f.withCrlf().withStyles(3, 0, 0);
            default -> f;
          };
      case TASK_PROGRESS ->
          switch (m) {
            case "2020-04" -> f.chineseExcel();
            case "2020-07" -> f.withBom().withCrlf();
            default -> f.chineseUtf8();
          };
      case MARKET_ENTITIES ->
          switch (m) {
            case "2020-02" -> f.chineseExcel();
            case "2020-05" -> f.withShuffle(null);
            case "2020-07" -> f.withStyles(1, 0, 0);
            case "2020-10" -> f.withBom().withCrlf();
            default -> f;
          };
    };
  }
}
