package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.employmentmonitor.indicators.GraduatePlacementRate;
import org.employmentmonitor.indicators.HardshipEmployment;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.InsuredEmployment;
import org.employmentmonitor.indicators.LongTermUnemploymentShare;
import org.employmentmonitor.indicators.NewUrbanEmployment;
import org.employmentmonitor.indicators.PovertyEmploymentRate;
import org.employmentmonitor.indicators.ReemploymentOfUnemployed;
import org.employmentmonitor.indicators.RegisteredUnemployment;
import org.employmentmonitor.indicators.SubsidizedTraining;
import org.employmentmonitor.indicators.UnemployedFollowUpRate;
import org.employmentmonitor.indicators.ZeroEmploymentHouseholds;
import org.employmentmonitor.ingest.Towns;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;

/**
 * Section 三: every town at P. Cells whose rate or ceiling target a town misses are coloured (SPEC
 * 9: towns carry only rate and ceiling targets), and towns with most such cells come first.
 */
final class TownSection {
  private TownSection() {}

  /**
   * A column of the town table: an indicator and its short header. A {@code |} in the header marks
   * where it may wrap (a {@code <wbr>}); headers never break elsewhere, so a narrow printed column
   * reads 跟踪服务/覆盖率, not 跟踪服务覆/盖率.
   */
  record Column(String id, String header) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column(NewUrbanEmployment.DEFINITION.id(), "城镇|新增就业"),
          new Column(ReemploymentOfUnemployed.DEFINITION.id(), "失业人员|再就业"),
          new Column(HardshipEmployment.DEFINITION.id(), "困难人员|就业"),
          new Column(InsuredEmployment.DEFINITION.id(), "参保|就业"),
          new Column(RegisteredUnemployment.UNEMPLOYED.id(), "登记|失业人员"),
          new Column(LongTermUnemploymentShare.DEFINITION.id(), "长期失业|占比"),
          new Column(RegisteredUnemployment.RATE.id(), "登记|失业率|（参考）"),
          new Column(UnemployedFollowUpRate.DEFINITION.id(), "跟踪服务|覆盖率"),
          new Column(GraduatePlacementRate.DEFINITION.id(), "毕业生|就业率"),
          new Column(PovertyEmploymentRate.DEFINITION.id(), "贫困人员|就业率"),
          new Column(ZeroEmploymentHouseholds.DEFINITION.id(), "零就业|家庭"),
          new Column(SubsidizedTraining.DEFINITION.id(), "补贴性|培训"));

  private record TownRow(Towns.Town town, List<IndicatorRow> cells, int lagging) {}

  static void write(Html h, ReportData d) {
    h.raw("<section id=\"towns\"><h2>三、镇街情况</h2>");
    List<Towns.Town> towns = d.towns();
    bars(h, d, towns);
    List<TownRow> rows = new ArrayList<>();
    for (Towns.Town t : towns) {
      List<IndicatorRow> cells = new ArrayList<>();
      int lagging = 0;
      for (Column c : COLUMNS) {
        IndicatorRow r = d.cell(c.id(), Scope.TOWN, t.code());
        cells.add(r);
        if (r != null && TargetText.lagging(r.status())) {
          lagging++;
        }
      }
      rows.add(new TownRow(t, cells, lagging));
    }
    rows.sort(Comparator.comparingInt(TownRow::lagging).reversed());
    h.raw("<p class=\"note\">");
    h.text(d.period().getMonthValue() + "月末数据；累计指标为1月至" + d.period().getMonthValue() + "月累计。");
    h.raw("底色：<span class=\"c-bad\">未达标且差距超过");
    h.text(Display.points(d.config().monthlyRateBehindMargin()));
    h.raw("，或超出上限</span> <span class=\"c-warn\">未达标</span>；");
    h.raw("未达标项目多的镇街排在前面。登记失业人员占比为参考口径，不是城镇登记失业率，不可与调查失业率比较。</p>");
    h.raw("<div class=\"scroll\"><table class=\"grid towns\"><thead><tr><th>镇街</th>");
    for (Column c : COLUMNS) {
      IndicatorDefinition def = IndicatorCatalog.byId(c.id());
      h.raw("<th>");
      String[] parts = c.header().split("\\|");
      for (int i = 0; i < parts.length; i++) {
        h.raw(i == 0 ? "" : "<wbr>").text(parts[i]);
      }
      h.raw("<small>").text(Display.columnUnit(def.id(), def.unit())).raw("</small></th>");
    }
    h.raw("<th>未达标<wbr>项</th></tr></thead><tbody>");
    for (TownRow r : rows) {
      h.raw(r.lagging() > 0 ? "<tr class=\"flag\">" : "<tr>");
      h.el("td", "", r.town().name());
      for (int i = 0; i < COLUMNS.size(); i++) {
        cell(h, d, COLUMNS.get(i), r.cells().get(i));
      }
      h.el("td", "num", r.lagging() == 0 ? "" : Integer.toString(r.lagging())).raw("</tr>");
    }
    h.raw("</tbody><tfoot><tr>").el("td", "", "全区");
    for (Column c : COLUMNS) {
      cell(h, d, c, d.district(c.id()));
    }
    h.raw("<td></td></tr></tfoot></table></div></section>");
  }

  private static void cell(Html h, ReportData d, Column c, IndicatorRow r) {
    IndicatorDefinition def = IndicatorCatalog.byId(c.id());
    BigDecimal v = r == null ? null : r.value();
    Status s = r == null ? Status.NOT_AVAILABLE : r.status();
    String cls = "num";
    if (s == Status.AT_RISK) {
      cls += " c-warn";
    } else if (s == Status.BEHIND || s == Status.BREACHED) {
      cls += " c-bad";
    } else if (v == null) {
      cls += " muted";
    }
    h.raw("<td class=\"" + cls + "\"");
    if (r != null && r.target() != null) {
      h.raw(" title=\"")
          .text(
              TargetText.status(
                      d.config().targets().get(def.configId()), s, d.period().getMonthValue())
                  + "，目标 "
                  + Display.value(def.id(), def.unit(), r.target()));
      h.raw("\"");
    }
    h.raw(">").text(Display.number(def.id(), def.unit(), v)).raw("</td>");
  }

  /** New urban employment per town, largest first. */
  private static void bars(Html h, ReportData d, List<Towns.Town> towns) {
    IndicatorDefinition def = NewUrbanEmployment.DEFINITION;
    List<SvgChart.Bar> bars = new ArrayList<>();
    for (Towns.Town t : towns) {
      IndicatorRow r = d.cell(def.id(), Scope.TOWN, t.code());
      if (r != null && r.value() != null) {
        double v = r.value().doubleValue();
        bars.add(
            new SvgChart.Bar(
                t.name(),
                v,
                Display.value(def.id(), def.unit(), r.value()),
                v < 0 ? TrendSection.CEILING : TrendSection.ACTUAL));
      }
    }
    if (bars.isEmpty()) {
      return;
    }
    bars.sort(Comparator.comparingDouble(SvgChart.Bar::value).reversed());
    String title = "各镇街城镇新增就业人数（1月至" + d.period().getMonthValue() + "月累计）";
    h.raw("<figure class=\"chart-box wide\"><figcaption>");
    h.el("span", "name", title).raw("</figcaption>");
    h.raw(SvgChart.bars(title, bars)).raw("</figure>");
  }
}
