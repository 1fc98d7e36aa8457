package org.employmentmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDef;
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
 * {@code report.xlsx} (issue 6) for the statistician's own Excel 报表, written with fastexcel (small,
 * streaming, no Apache POI dependency tree; docs/report.md). Four sheets — 指标, 镇街, 预警, 数据质量 — with
 * Chinese headers, a frozen header row and filters. The 指标, 预警 and 数据质量 sheets hold exactly the
 * cells of indicators.csv, alerts.csv and data_quality.csv (numbers as numbers, ratios as fractions
 * shown as percentages, text neutralised like the CSVs) plus a Chinese label column.
 */
public final class ReportWorkbook {
  private ReportWorkbook() {}

  public static final String FILE_NAME = "report.xlsx";

  static final String PERCENT = "0.0%";
  static final String SHARE = "0.00%";
  static final String COUNT = "#,##0";
  static final String DECIMAL = "#,##0.00";
  static final String DATE = "yyyy-mm-dd";

  private static final String HEADER_FILL = "DCE6F1";
  private static final String WARN_FILL = "FDF0D5";
  private static final String BAD_FILL = "FBE3E0";

  /** Chinese headers of indicators.csv's columns, in {@link IndicatorTable#CSV_HEADER} order. */
  static final List<String> INDICATOR_HEADERS =
      List.of(
          "统计期", "月末", "指标代码", "指标名称", "范围", "范围代码", "数值", "分子", "分母", "单位", "目标值", "目标类型", "时间进度",
          "完成率", "全年预测", "状态", "牵头单位", "范围名称");

  static final List<String> ALERT_HEADERS =
      List.of("统计期", "级别", "规则", "指标代码", "对象", "数值", "阈值", "预警内容", "牵头单位", "状态", "起始月份", "持续月数");

  public static byte[] write(ReportData d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "EmploymentMonitor", "1.0");
    wb.properties().setTitle(d.title()).setSubject(d.period().toString());
    indicators(wb.newWorksheet("指标"), d);
    towns(wb.newWorksheet("镇街"), d);
    alerts(wb.newWorksheet("预警"), d);
    quality(wb.newWorksheet("数据质量"), d);
    wb.finish();
    return out.toByteArray();
  }

  private static void indicators(Worksheet ws, ReportData d) {
    List<String> headers = new ArrayList<>(INDICATOR_HEADERS);
    headers.add("状态说明");
    header(ws, headers, 9, 11, 24, 24, 10, 12, 12, 10, 10, 12, 12, 13, 10, 10, 12, 12, 14, 14, 10);
    int row = 1;
    for (IndicatorRow r : d.indicators()) {
      List<String> csv = IndicatorTable.toCsv(r);
      String valueFormat = unitFormat(r.indicatorId(), r.unit(), csv.get(6));
      for (int c = 0; c < csv.size(); c++) {
        String v = csv.get(c);
        switch (c) {
          case 1 -> date(ws, row, c, v);
          case 6, 10, 14 -> number(ws, row, c, v, unitFormat(r.indicatorId(), r.unit(), v));
          case 7, 8 -> number(ws, row, c, v, integral(v) ? COUNT : DECIMAL);
          case 12, 13 -> number(ws, row, c, v, PERCENT);
          default -> text(ws, row, c, v);
        }
      }
      text(ws, row, csv.size(), r.status().labelZh());
      if (TargetText.lagging(r.status())) {
        ws.style(row, 6).format(valueFormat).fillColor(fill(r.status())).set();
      }
      row++;
    }
    finish(ws, headers.size() - 1);
  }

  /** One row per town at P, one column per headline indicator with town cells. */
  private static void towns(Worksheet ws, ReportData d) {
    List<IndicatorDef> defs = new ArrayList<>();
    for (IndicatorDef def : IndicatorCatalog.ALL) {
      if (!def.isSubIndicator() && def.scopes().contains(Scope.TOWN)) {
        defs.add(def);
      }
    }
    List<String> headers = new ArrayList<>(List.of("镇街代码", "镇街名称"));
    double[] widths = new double[defs.size() + 2];
    widths[0] = 12;
    widths[1] = 14;
    for (int i = 0; i < defs.size(); i++) {
      IndicatorDef def = defs.get(i);
      headers.add(def.nameZh() + "（" + Display.columnUnit(def.id(), def.unit()) + "）");
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
    finish(ws, headers.size() - 1);
  }

  private static void cell(Worksheet ws, int row, int col, IndicatorRow r) {
    if (r == null || r.value() == null) {
      return;
    }
    String v = r.unit().format(r.value());
    String format = unitFormat(r.indicatorId(), r.unit(), v);
    ws.value(row, col, new BigDecimal(v));
    if (TargetText.lagging(r.status())) {
      ws.style(row, col).format(format).fillColor(fill(r.status())).set();
    } else {
      ws.style(row, col).format(format).set();
    }
  }

  private static void alerts(Worksheet ws, ReportData d) {
    List<String> headers = new ArrayList<>(ALERT_HEADERS);
    headers.add("级别说明");
    header(ws, headers, 9, 9, 18, 24, 30, 12, 12, 60, 14, 10, 9, 9, 9);
    int row = 1;
    for (AlertRow a : d.alerts()) {
      List<String> csv = AlertTable.toCsv(a);
      for (int c = 0; c < csv.size(); c++) {
        if (c == 5 || c == 6) {
          number(ws, row, c, csv.get(c), null);
        } else {
          text(ws, row, c, csv.get(c));
        }
      }
      text(ws, row, csv.size(), a.severity().labelZh());
      if (a.severity() == AlertRow.Severity.RED) {
        ws.style(row, 1).fillColor(BAD_FILL).set();
      }
      row++;
    }
    finish(ws, headers.size() - 1);
  }

  private static void quality(Worksheet ws, ReportData d) {
    List<String> headers =
        new ArrayList<>(List.of("统计期", "数据来源", "报送月份", "文件", "读取行数", "接收行数", "隔离行数", "警告数", "隔离率"));
    for (Issue i : Issue.QUARANTINE_REASONS) {
      headers.add(i.labelZh());
    }
    headers.add("警告明细");
    headers.add("输入状态");
    headers.add("来源名称");
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
          } else {
            text(ws, row, c, csv.get(c));
          }
        }
        text(ws, row, csv.size(), TargetText.source(state.source));
        row++;
      }
    }
    finish(ws, headers.size() - 1);
  }

  // ---- cells ----

  private static void header(Worksheet ws, List<String> headers, double... widths) {
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

  private static void finish(Worksheet ws, int lastCol) {
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, lastCol);
  }

  /** Text as the CSVs write it: formula-like cells neutralised (SPEC 6). */
  private static void text(Worksheet ws, int row, int col, String v) {
    if (v != null && !v.isEmpty()) {
      ws.value(row, col, CsvFiles.neutralise(v));
    }
  }

  /** The CSV's number as an exact number cell; an empty CSV cell stays empty. */
  private static void number(Worksheet ws, int row, int col, String v, String format) {
    if (v == null || v.isEmpty()) {
      return;
    }
    ws.value(row, col, new BigDecimal(v));
    if (format != null) {
      ws.style(row, col).format(format).set();
    }
  }

  private static void date(Worksheet ws, int row, int col, String v) {
    ws.value(row, col, LocalDate.parse(v));
    ws.style(row, col).format(DATE).set();
  }

  /** Percentages for ratios (the 求人倍率 as a plain multiple), yuan with cents, counts. */
  static String unitFormat(String indicatorId, Unit unit, String v) {
    if ("demand_supply_ratio".equals(indicatorId)) {
      return "0.00";
    }
    return switch (unit) {
      case RATIO -> PERCENT;
      case YUAN -> DECIMAL;
      default -> integral(v) ? COUNT : DECIMAL;
    };
  }

  private static boolean integral(String v) {
    return v == null || v.isEmpty() || new BigDecimal(v).stripTrailingZeros().scale() <= 0;
  }

  private static String fill(Status s) {
    return s == Status.AT_RISK ? WARN_FILL : BAD_FILL;
  }
}
