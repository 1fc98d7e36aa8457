package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.employmentmonitor.indicators.GraduatePlacementRate;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.NewUrbanEmployment;
import org.employmentmonitor.indicators.SubsidizedTraining;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * Section 四: the key groups (重点群体), employment forms, training programmes, the cross-check of
 * registration against insurance (大数据比对) and the evidence behind the graduate rate.
 */
final class BreakdownSection {
  private BreakdownSection() {}

  static void write(Html h, ReportData d) {
    int m = d.period().getMonthValue();
    h.raw("<section id=\"groups\"><h2>四、重点群体与培训项目</h2>");
    h.el("p", "note", "以下均为1月至" + m + "月累计。");
    h.raw("<div class=\"pair\">");
    groups(h, d);
    shares(
        h, d, NewUrbanEmployment.NEWLY_EMPLOYED.id(), Scope.FORM, "新就业人员就业形式", "就业形式", List.of());
    h.raw("</div><div class=\"pair\">");
    shares(
        h,
        d,
        SubsidizedTraining.DEFINITION.id(),
        Scope.PROGRAM,
        "补贴性职业技能培训（按培训类型）",
        "培训类型",
        TrainingNote.tableNotes(d));
    list(
        h,
        d,
        "新就业比对与毕业生就业佐证",
        List.of(
            NewUrbanEmployment.CHECK_REGISTRATION_ONLY.id(),
            NewUrbanEmployment.CHECK_INSURANCE_ONLY.id(),
            NewUrbanEmployment.CHECK_BOTH.id(),
            NewUrbanEmployment.STARTS_UNDECIDABLE.id(),
            GraduatePlacementRate.PLACED_BY_REPORT.id(),
            GraduatePlacementRate.PLACED_BY_EVIDENCE.id(),
            GraduatePlacementRate.REPORTED_WITHOUT_EVIDENCE.id()));
    h.raw("</div></section>");
  }

  /** New urban employment per key group: newly employed − attrition = net. */
  private static void groups(Html h, ReportData d) {
    List<IndicatorRow> net = d.cells(NewUrbanEmployment.DEFINITION.id(), Scope.GROUP);
    h.raw("<div class=\"mini\"><h3>重点群体城镇新增就业</h3>");
    if (net.isEmpty()) {
      h.el("p", "muted", Display.NOT_AVAILABLE).raw("</div>");
      return;
    }
    h.raw("<table class=\"grid keep\">");
    h.head("重点群体", "新就业", "自然减员", "城镇新增就业");
    h.raw("<tbody>");
    IndicatorDefinition def = NewUrbanEmployment.DEFINITION;
    for (IndicatorRow r : net) {
      IndicatorRow born = d.cell(NewUrbanEmployment.NEWLY_EMPLOYED.id(), Scope.GROUP, r.scopeKey());
      IndicatorRow gone =
          d.cell(NewUrbanEmployment.NATURAL_ATTRITION.id(), Scope.GROUP, r.scopeKey());
      h.raw("<tr>").el("td", "", r.scopeName());
      h.el("td", "num", Display.number(def.id(), def.unit(), born == null ? null : born.value()));
      h.el("td", "num", Display.number(def.id(), def.unit(), gone == null ? null : gone.value()));
      h.el("td", "num strong", Display.number(def.id(), def.unit(), r.value()));
      h.raw("</tr>");
    }
    h.raw("</tbody></table>");
    h.el("p", "note", "一人可属多个群体，各群体之和可大于全区合计。").raw("</div>");
  }

  /** The cells of one breakdown with their share of the district value and a bar. */
  private static void shares(
      Html h,
      ReportData d,
      String id,
      Scope scope,
      String title,
      String keyHeader,
      List<String> notes) {
    IndicatorDefinition def = IndicatorCatalog.byId(id);
    List<IndicatorRow> rows = d.cells(id, scope);
    IndicatorRow total = d.district(id);
    h.raw("<div class=\"mini\">").el("h3", "", title);
    if (rows.isEmpty() || total == null || total.value() == null) {
      h.el("p", "muted", Display.NOT_AVAILABLE).raw("</div>");
      return;
    }
    h.raw("<table class=\"grid keep\">");
    h.head(keyHeader, def.unit().labelZh(), "占比", "");
    h.raw("<tbody>");
    for (IndicatorRow r : rows) {
      BigDecimal share = share(r.value(), total.value());
      h.raw("<tr>").el("td", "", r.scopeName());
      h.el("td", "num", Display.number(id, def.unit(), r.value()));
      h.el("td", "num", Display.percent(share));
      h.raw("<td class=\"barcell\">");
      if (share != null) {
        h.raw("<span class=\"hbar\" style=\"width:" + HeadlineSection.pct(share) + "\"></span>");
      }
      h.raw("</td></tr>");
    }
    h.raw("</tbody><tfoot><tr>").el("td", "", "合计");
    h.el("td", "num", Display.number(id, def.unit(), total.value()));
    h.raw("<td></td><td></td></tr></tfoot></table>");
    for (String note : notes) {
      h.el("p", "note", note);
    }
    h.raw("</div>");
  }

  /** District values of a few sub-indicators. */
  private static void list(Html h, ReportData d, String title, List<String> ids) {
    h.raw("<div class=\"mini\">").el("h3", "", title);
    h.raw("<table class=\"grid keep\">");
    h.head("指标", "数值");
    h.raw("<tbody>");
    for (String id : ids) {
      IndicatorDefinition def = IndicatorCatalog.byId(id);
      IndicatorRow r = d.district(id);
      h.raw("<tr>").el("td", "", def.nameZh());
      h.el("td", "num", Display.value(id, def.unit(), r == null ? null : r.value()));
      h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
  }

  static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.divide(whole, 6, RoundingMode.HALF_EVEN);
  }
}
