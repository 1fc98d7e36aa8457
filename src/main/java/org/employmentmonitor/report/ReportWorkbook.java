package org.employmentmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.ingest.DataQuality;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.ingest.schema.Issue;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.employmentmonitor.model.Unit;

/**
 * {@code report.xlsx} (issues 6 and 17) for the statistician's own Excel 报表, written with fastexcel
 * (small, streaming, no Apache POI dependency tree; docs/report.md). It opens on 本月汇总 (one row per
 * target at P: value, target, completion, 时间进度, status in Chinese, pace, lead unit), then 趋势
 * (indicator × month), 指标, 镇街, 预警 and 数据质量, each with Chinese headers, a frozen header row and
 * filters, printed on A4 (landscape when wide) fitted to the page width with the header row
 * repeated on every page. The 指标, 预警 and 数据质量 sheets hold the cells of indicators.csv, alerts.csv
 * and data_quality.csv (numbers as numbers, ratios as fractions shown as percentages, text
 * neutralised like the CSVs); scope, kind, status, severity, rule and source read in Chinese, and
 * their codes stay in extra columns at the end.
 */
public final class ReportWorkbook {
  private ReportWorkbook() {}

  public static final String FILE_NAME = "report.xlsx";

  static final String PERCENT = "0.0%";
  static final String SHARE = "0.00%";
  static final String COUNT = "#,##0";

  /** Amounts, in 万元 (the value divided by 10,000) with two decimals: 6,193.00. */
  static final String AMOUNT = "#,##0.00";

  static final String MULTIPLE = "0.00";
  static final String DATE = "yyyy-mm-dd";

  private static final String HEADER_FILL = "DCE6F1";
  static final String WARN_FILL = "FDF0D5";
  static final String BAD_FILL = "FBE3E0";

  /** Chinese headers of indicators.csv's columns, in {@link IndicatorTable#CSV_HEADER} order. */
  static final List<String> INDICATOR_HEADERS =
      List.of(
          "统计期", "月末", "指标代码", "指标名称", "范围", "范围代码", "数值", "分子", "分母", "单位", "目标值", "目标类型", "时间进度",
          "完成率", "全年预测", "状态", "牵头单位", "上年同期", "同比增减", "同比增长率", "范围名称");

  /**
   * The 指标名称 column of the 指标 and 修订 sheets (the CSV's Chinese name, shown as the report names it).
   */
  static final int NAME_COL = 3;

  /** Extra columns of the 指标 sheet: the codes behind the Chinese 范围, 目标类型 and 状态. */
  static final List<String> INDICATOR_CODE_HEADERS = List.of("范围（代码）", "目标类型（代码）", "状态（代码）");

  /** Columns of {@link #INDICATOR_HEADERS} shown in Chinese; their codes follow at the end. */
  static final int SCOPE_COL = 4;

  static final int KIND_COL = 11;
  static final int UNIT_COL = 9;
  static final int STATUS_COL = 15;

  static final List<String> SUMMARY_HEADERS =
      List.of(
          "指标",
          "本月数值",
          "单位",
          "目标",
          "目标类型",
          "完成率",
          "时间进度",
          "状态",
          "本月新增",
          "近3个月月均",
          "剩余每月需",
          "全年预计（按1月以来月均）",
          "今年未达标月份",
          "牵头单位",
          "任务",
          "指标代码",
          "状态（代码）");

  static final List<String> ALERT_CODE_HEADERS = List.of("级别（代码）", "规则（代码）", "对象（代码）", "状态（代码）");

  static final double[] ALERT_WIDTHS = {9, 7, 12, 24, 24, 12, 12, 60, 14, 8, 10, 9, 11, 16, 30, 11};

  /** 预警内容, the alert's message: wrapped, and set off from the threshold before it. */
  static final int ALERT_MESSAGE_COL = 7;

  static final List<String> ALERT_HEADERS =
      List.of("统计期", "级别", "规则", "指标代码", "对象", "数值", "阈值", "预警内容", "牵头单位", "状态", "起始月份", "持续月数");

  public static byte[] write(ReportData d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "EmploymentMonitor", "1.0");
    wb.properties()
        .setTitle(d.synthetic() ? d.title() + " " + ReportData.SYNTHETIC_NOTE : d.title())
        .setSubject(d.period().toString());
    summary(wb.newWorksheet("本月汇总"), d);
    trend(wb.newWorksheet("趋势"), d);
    indicators(wb.newWorksheet("指标"), d);
    towns(wb.newWorksheet("镇街"), d);
    alerts(wb.newWorksheet("预警"), d);
    if (!d.tasks().isEmpty()) {
      TaskSheet.write(wb.newWorksheet(TaskSheet.NAME), d); // issue 28
    }
    quality(wb.newWorksheet("数据质量"), d);
    RevisionSheet.write(wb.newWorksheet("修订"), d); // issue 26
    wb.finish();
    return out.toByteArray();
  }

  private static void indicators(Worksheet ws, ReportData d) {
    List<String> headers = new ArrayList<>(INDICATOR_HEADERS);
    headers.addAll(INDICATOR_CODE_HEADERS);
    header(
        ws, headers, 9, 11, 24, 24, 8, 12, 12, 10, 10, 8, 12, 10, 9, 9, 12, 12, 14, 12, 12, 10, 14,
        12, 14, 12);
    int row = 1;
    for (IndicatorRow r : d.indicators()) {
      List<String> csv = IndicatorTable.toCsv(r);
      String valueFormat = unitFormat(r.indicatorId(), r.unit());
      boolean cumulative = TargetKind.CUMULATIVE.name().equals(csv.get(KIND_COL));
      for (int c = 0; c < csv.size(); c++) {
        String v = csv.get(c);
        switch (c) {
          case 1 -> date(ws, row, c, v);
          case NAME_COL -> text(ws, row, c, TargetText.name(r.indicatorId(), v));
          case 6, 10, 14, 17, 18 -> number(ws, row, c, sheetNumber(r.unit(), v), valueFormat);
          case 7, 8 -> number(ws, row, c, v, COUNT);
          case UNIT_COL -> text(ws, row, c, Display.columnUnit(r.indicatorId(), r.unit()));
          case 12, 13 -> {
            if (cumulative) { // 时间进度 and 完成率 mean something for cumulative targets only
              number(ws, row, c, v, PERCENT);
            }
          }
          case 19 -> number(ws, row, c, v, PERCENT);
          case SCOPE_COL -> text(ws, row, c, scopeZh(r.scope()));
          case KIND_COL -> text(ws, row, c, kindZh(v));
          case STATUS_COL -> text(ws, row, c, statusZh(d, r));
          default -> text(ws, row, c, v);
        }
      }
      text(ws, row, csv.size(), csv.get(SCOPE_COL));
      text(ws, row, csv.size() + 1, csv.get(KIND_COL));
      text(ws, row, csv.size() + 2, csv.get(STATUS_COL));
      if (TargetText.lagging(r.status())) {
        ws.style(row, 6).format(valueFormat).fillColor(fill(r.status())).set();
      }
      row++;
    }
    finish(ws, headers.size() - 1, d);
  }

  /** 本月汇总: one row per target at P, what a leader's office copies into its own 报表. */
  private static void summary(Worksheet ws, ReportData d) {
    // 状态 and 今年未达标月份 wide enough for their longest words ("本月未达标，差距较大",
    // "9个月中8个月（1—4月、6—9月）"): LibreOffice cut them off at the next filled cell
    header(ws, SUMMARY_HEADERS, 26, 12, 6, 12, 10, 9, 9, 20, 11, 11, 11, 13, 28, 14, 10, 26, 12);
    ws.rowHeight(0, 32);
    int m = d.period().getMonthValue();
    int row = 1;
    for (IndicatorDefinition def : d.targeted()) {
      TargetSpec spec = d.target(def);
      IndicatorRow r = d.district(def.id());
      Status s = r == null ? Status.NOT_AVAILABLE : r.status();
      String id = def.id();
      text(ws, row, 0, def.nameZh());
      value(ws, row, 1, id, def.unit(), r == null ? null : r.value());
      text(ws, row, 2, Display.columnUnit(id, def.unit()));
      value(ws, row, 3, id, def.unit(), spec.target());
      text(ws, row, 4, kindZh(spec.kind().name()));
      if (spec.kind() == TargetKind.CUMULATIVE) { // a rate or a ceiling has no 完成率 or 时间进度
        value(ws, row, 5, null, Unit.RATIO, r == null ? null : r.completion());
        value(ws, row, 6, null, Unit.RATIO, r == null ? null : r.timeProgress());
      }
      text(ws, row, 7, TargetText.status(spec, s, m));
      if (TargetText.lagging(s)) {
        ws.style(row, 7).fillColor(fill(s)).set();
      }
      if (spec.kind() == TargetKind.CUMULATIVE) {
        Pace p = r == null ? null : Pace.of(d, id, spec.target());
        if (p != null) {
          estimate(ws, row, 8, id, def.unit(), p.thisMonth());
          estimate(ws, row, 9, id, def.unit(), p.recentMonthly());
          estimate(ws, row, 10, id, def.unit(), p.neededMonthly());
        }
        // the one projection of the report: indicators.csv's, which the PROJECTION alert judges
        estimate(ws, row, 11, id, def.unit(), r == null ? null : r.projection());
      } else {
        text(ws, row, 12, SummarySection.record(d, def, spec));
      }
      text(ws, row, 13, spec.leadUnit());
      text(ws, row, 14, TargetText.task(spec));
      text(ws, row, 15, id);
      text(ws, row, 16, s.name());
      row++;
    }
    if (d.synthetic()) {
      text(ws, row + 1, 0, ReportData.SYNTHETIC_NOTE + "：本工作簿由程序生成的虚构数据计算，不反映任何真实地区、单位或人员。");
    }
    finish(ws, SUMMARY_HEADERS.size() - 1, d);
  }

  /** 趋势: each headline indicator's DISTRICT value at every month-end of the year so far. */
  private static void trend(Worksheet ws, ReportData d) {
    int months = d.period().getMonthValue();
    List<String> headers = new ArrayList<>(List.of("指标", "单位"));
    for (int m = 1; m <= months; m++) {
      headers.add(m + "月");
    }
    headers.add("目标");
    headers.add("指标代码");
    double[] widths = new double[headers.size()];
    java.util.Arrays.fill(widths, 11);
    widths[0] = 26;
    widths[1] = 6;
    widths[headers.size() - 1] = 26;
    header(ws, headers, widths);
    int row = 1;
    for (IndicatorDefinition def : IndicatorCatalog.ALL) {
      if (def.isSubIndicator()) {
        continue;
      }
      TargetSpec spec = d.target(def);
      text(ws, row, 0, TargetText.name(def));
      text(ws, row, 1, Display.columnUnit(def.id(), def.unit()));
      for (int m = 1; m <= months; m++) {
        IndicatorRow r =
            d.at(
                java.time.YearMonth.of(d.period().getYear(), m).atEndOfMonth(),
                def.id(),
                Scope.DISTRICT,
                "");
        value(ws, row, m + 1, def.id(), def.unit(), r == null ? null : r.value());
      }
      text(ws, row, months + 2, spec == null ? "" : TargetText.target(def, spec));
      text(ws, row, months + 3, def.id());
      row++;
    }
    finish(ws, headers.size() - 1, d);
  }

  /**
   * A value of an indicator as an exact number cell in the indicator's format; null stays empty.
   */
  private static void value(Worksheet ws, int row, int col, String id, Unit unit, BigDecimal v) {
    if (v == null) {
      return;
    }
    number(ws, row, col, sheetNumber(unit, unit.format(v)), unitFormat(id, unit));
  }

  /**
   * A pace or a projection as the report rounds it: counts to whole units, amounts to two decimals
   * of 万元; ratios are not estimated.
   */
  private static void estimate(Worksheet ws, int row, int col, String id, Unit unit, BigDecimal v) {
    if (v == null) {
      return;
    }
    BigDecimal shown =
        unit == Unit.YUAN
            ? new BigDecimal(sheetNumber(unit, unit.format(v))).setScale(2, RoundingMode.HALF_UP)
            : v.setScale(0, RoundingMode.HALF_UP);
    number(ws, row, col, shown.toPlainString(), unitFormat(id, unit));
  }

  /**
   * A table's number as the workbook holds it: amounts in 万元 (yuan ÷ 10,000, exact), so the cell
   * and the 单位 column beside it agree (issue 29: one convention, the report's); all else as is.
   */
  static String sheetNumber(Unit unit, String v) {
    if (unit != Unit.YUAN || v == null || v.isEmpty()) {
      return v;
    }
    return new BigDecimal(v).movePointLeft(4).toPlainString();
  }

  /** One row per town at P, one column per headline indicator with town cells. */
  private static void towns(Worksheet ws, ReportData d) {
    List<IndicatorDefinition> defs = new ArrayList<>();
    for (IndicatorDefinition def : IndicatorCatalog.ALL) {
      if (!def.isSubIndicator() && def.scopes().contains(Scope.TOWN)) {
        defs.add(def);
      }
    }
    List<String> headers = new ArrayList<>(List.of("镇街代码", "镇街名称"));
    double[] widths = new double[defs.size() + 2];
    widths[0] = 12;
    widths[1] = 14;
    for (int i = 0; i < defs.size(); i++) {
      IndicatorDefinition def = defs.get(i);
      headers.add(TargetText.name(def) + "（" + Display.columnUnit(def.id(), def.unit()) + "）");
      widths[i + 2] = 14;
    }
    header(ws, headers, widths);
    ws.rowHeight(0, 45);
    int row = 1;
    for (Towns.Town t : d.towns()) {
      text(ws, row, 0, t.code());
      text(ws, row, 1, t.name());
      for (int i = 0; i < defs.size(); i++) {
        cell(ws, row, i + 2, d.cell(defs.get(i).id(), Scope.TOWN, t.code()));
      }
      row++;
    }
    text(ws, row, 1, "全区");
    for (int i = 0; i < defs.size(); i++) {
      cell(ws, row, i + 2, d.district(defs.get(i).id()));
    }
    ws.range(row, 0, row, headers.size() - 1).style().bold().set();
    finish(ws, headers.size() - 1, d);
  }

  private static void cell(Worksheet ws, int row, int col, IndicatorRow r) {
    if (r == null || r.value() == null) {
      return;
    }
    String v = sheetNumber(r.unit(), r.unit().format(r.value()));
    String format = unitFormat(r.indicatorId(), r.unit());
    ws.value(row, col, new BigDecimal(v));
    if (TargetText.lagging(r.status())) {
      ws.style(row, col).format(format).fillColor(fill(r.status())).set();
    } else {
      ws.style(row, col).format(format).set();
    }
  }

  private static void alerts(Worksheet ws, ReportData d) {
    List<String> headers = new ArrayList<>(ALERT_HEADERS);
    headers.addAll(ALERT_CODE_HEADERS);
    header(ws, headers, ALERT_WIDTHS);
    int row = 1;
    for (AlertRow a : d.alerts()) {
      List<String> csv = AlertTable.toCsv(a);
      for (int c = 0; c < csv.size(); c++) {
        switch (c) {
          case 1 -> text(ws, row, c, a.severity().labelZh());
          case 2 -> text(ws, row, c, AlertText.rule(a));
          case 4 -> text(ws, row, c, AlertText.subject(a.subject()));
          case 5, 6 -> number(ws, row, c, alertNumber(a, csv.get(c)), alertFormat(a));
          case 9 -> text(ws, row, c, a.state().labelZh());
          case 11 -> number(ws, row, c, csv.get(c), COUNT);
          default -> text(ws, row, c, csv.get(c));
        }
      }
      text(ws, row, csv.size(), csv.get(1));
      text(ws, row, csv.size() + 1, csv.get(2));
      text(ws, row, csv.size() + 2, csv.get(4));
      text(ws, row, csv.size() + 3, csv.get(9));
      if (a.severity() == AlertRow.Severity.RED) {
        ws.style(row, 1).fillColor(BAD_FILL).set();
      }
      // the message wraps in its column (it ran under 牵头单位), every cell from the top; a cell's
      // alignment is set in one go (a second set replaces the first)
      ws.range(row, 0, row, headers.size() - 1).style().verticalAlignment("top").set();
      ws.style(row, ALERT_MESSAGE_COL).verticalAlignment("top").wrapText(true).indent(1).set();
      ws.rowHeight(row, LINE_HEIGHT * lines(a.message(), ALERT_WIDTHS[ALERT_MESSAGE_COL] - 2));
      row++;
    }
    finish(ws, headers.size() - 1, d);
  }

  private static void quality(Worksheet ws, ReportData d) {
    List<String> headers =
        new ArrayList<>(List.of("统计期", "数据来源", "报送月份", "文件", "读取行数", "接收行数", "隔离行数", "警告数", "隔离率"));
    for (Issue i : Issue.QUARANTINE_REASONS) {
      headers.add(i.labelZh());
    }
    headers.add("警告明细");
    headers.add("输入状态");
    headers.add("数据来源（代码）");
    double[] widths = new double[headers.size()];
    java.util.Arrays.fill(widths, 11);
    widths[1] = 16;
    widths[3] = 32;
    widths[headers.size() - 3] = 30;
    widths[headers.size() - 2] = 20;
    widths[headers.size() - 1] = 18;
    header(ws, headers, widths);
    int row = 1;
    for (var state : d.quality()) {
      // A delivery in parts is one row per part, as in data_quality.csv.
      for (List<String> csv : DataQuality.toCsv(d.period(), List.of(state))) {
        for (int c = 0; c < csv.size(); c++) {
          if (c >= 4 && c < csv.size() - 2) { // then warnings_by_code, input_status: text
            number(ws, row, c, csv.get(c), c == 8 ? SHARE : COUNT);
          } else if (c == 1) {
            text(ws, row, c, TargetText.source(csv.get(c))); // the source in Chinese
          } else if (c == csv.size() - 1) {
            text(ws, row, c, inputStatus(csv.get(c)));
          } else {
            text(ws, row, c, csv.get(c));
          }
        }
        text(ws, row, csv.size(), csv.get(1)); // its code at the end
        row++;
      }
    }
    finish(ws, headers.size() - 1, d);
  }

  /** input_status in Chinese (the sheet's other codes are translated too; the CSV keeps codes). */
  static String inputStatus(String code) {
    return switch (code) {
      case DataQuality.DELIVERED -> "已报送";
      case DataQuality.STAGED_WITHOUT_INPUT -> "沿用已入库数据（输入目录中已无文件）";
      default -> code;
    };
  }

  // ---- cells ----

  /** Points per line of wrapped text in the workbook's default font (11 pt). */
  static final double LINE_HEIGHT = 15;

  /**
   * The lines a wrapped text takes in a column of that many characters' width (a Chinese character
   * or full-width sign counts two, any other one): LibreOffice and Excel keep a row written without
   * a height at the default, which shows only a wrapped text's first line, so a sheet with wrapped
   * columns sets each row's height to its longest text.
   */
  static int lines(String text, double width) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int units = 0;
    for (int i = 0; i < text.length(); i++) {
      units += text.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return Math.max(1, (int) Math.ceil(units / Math.max(1, width)));
  }

  static void header(Worksheet ws, List<String> headers, double... widths) {
    for (int c = 0; c < headers.size(); c++) {
      ws.value(0, c, headers.get(c));
      ws.width(c, c < widths.length ? widths[c] : 12);
    }
    ws.range(0, 0, 0, headers.size() - 1)
        .style()
        .bold()
        .fillColor(HEADER_FILL)
        .wrapText(true)
        .horizontalAlignment("center")
        .verticalAlignment("center")
        .set();
  }

  /** Sheets wider than this many columns print landscape. */
  static final int LANDSCAPE_ABOVE_COLUMNS = 8;

  /**
   * Frozen header, filters, and the print set-up (issue 17): A4, landscape when wide, fitted to the
   * page width (any number of pages down; fitToPage must be on or Excel and LibreOffice ignore the
   * fit), the header row repeated on every printed page, the title and page numbers in the margins.
   */
  static void finish(Worksheet ws, int lastCol, ReportData d) {
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, lastCol);
    ws.paperSize(PaperSize.A4_PAPER);
    ws.pageOrientation(lastCol + 1 > LANDSCAPE_ABOVE_COLUMNS ? "landscape" : "portrait");
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    ws.repeatRows(0);
    ws.leftMargin(0.4f);
    ws.rightMargin(0.4f);
    ws.topMargin(0.6f);
    ws.bottomMargin(0.6f);
    ws.header(
        d.synthetic() ? d.title() + " " + ReportData.SYNTHETIC_NOTE : d.title(), Position.CENTER);
    ws.footer("第 &P 页，共 &N 页", Position.CENTER);
  }

  private static final java.util.Map<Scope, String> SCOPE_ZH =
      java.util.Map.of(
          Scope.DISTRICT, "全区",
          Scope.TOWN, "镇街",
          Scope.GROUP, "重点群体",
          Scope.FORM, "就业形式",
          Scope.PROGRAM, "培训类型");

  static String scopeZh(Scope s) {
    return SCOPE_ZH.get(s);
  }

  /** 累计目标 / 年底达标 / 每月达标 / 上限 / 不设目标; empty stays empty. */
  static String kindZh(String kind) {
    if (kind == null || kind.isEmpty()) {
      return "";
    }
    return switch (TargetKind.valueOf(kind)) {
      case CUMULATIVE -> "累计目标";
      case RATE_DUE -> "到期达标";
      case MONTHLY_RATE -> "每月达标";
      case CEILING -> "上限";
      case NONE -> "不设目标";
    };
  }

  /** The status in the words of {@link TargetText#status} for the row's own month. */
  private static String statusZh(ReportData d, IndicatorRow r) {
    TargetSpec spec = d.config().targets().get(IndicatorCatalog.byId(r.indicatorId()).configId());
    if (r.target() == null) {
      spec = null;
    }
    return TargetText.status(spec, r.status(), r.monthEnd().getMonthValue());
  }

  /** Text as the CSVs write it: formula-like cells neutralised (SPEC 6). */
  static void text(Worksheet ws, int row, int col, String v) {
    if (v != null && !v.isEmpty()) {
      ws.value(row, col, CsvFiles.neutralise(v));
    }
  }

  /** The CSV's number as an exact number cell; an empty CSV cell stays empty. */
  static void number(Worksheet ws, int row, int col, String v, String format) {
    if (v == null || v.isEmpty()) {
      return;
    }
    ws.value(row, col, new BigDecimal(v));
    if (format != null) {
      ws.style(row, col).format(format).set();
    }
  }

  static void date(Worksheet ws, int row, int col, String v) {
    ws.value(row, col, LocalDate.parse(v));
    ws.style(row, col).format(DATE).set();
  }

  /**
   * One format per unit, whatever the value (issue 29): percentages for ratios, the 求人倍率 as a
   * multiple, amounts in 万元 with two decimals, counts whole (a fractional projection shows rounded;
   * the cell keeps its exact value).
   */
  static String unitFormat(String indicatorId, Unit unit) {
    if (Display.isMultiple(indicatorId)) {
      return MULTIPLE;
    }
    return switch (unit) {
      case RATIO -> PERCENT;
      case YUAN -> AMOUNT;
      default -> COUNT;
    };
  }

  /** An alert's value or threshold in the unit the report shows it in (amounts in 万元). */
  static String alertNumber(AlertRow a, String v) {
    var def = AlertText.def(a);
    return def != null && AlertText.isIndicatorMeasure(a) ? sheetNumber(def.unit(), v) : v;
  }

  /** The format of an alert's value and threshold, as {@link AlertText#number} shows them. */
  static String alertFormat(AlertRow a) {
    return switch (AlertText.measureOf(a)) {
      case SHARE -> "DATA_QUALITY".equals(a.rule()) ? SHARE : PERCENT;
      case PERSONS, FILES -> COUNT;
      case INDICATOR -> unitFormat(AlertText.def(a).id(), AlertText.def(a).unit());
      case PLAIN -> null;
    };
  }

  private static String fill(Status s) {
    return s == Status.AT_RISK ? WARN_FILL : BAD_FILL;
  }
}
