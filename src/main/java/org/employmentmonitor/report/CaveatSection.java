package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.indicators.GraduatePlacementRate;
import org.employmentmonitor.indicators.NewUrbanEmployment;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.model.IndicatorRow;

/**
 * 数据说明 (issue 17): the data-quality signals behind the headline numbers, in the body where a leader
 * sees them, each with what to do — the share of new employment known from a registration alone (no
 * insurance record), graduates reported employed without evidence, and the share of the month's
 * delivered rows that were quarantined. Details stay in sections 四 and 六.
 */
final class CaveatSection {
  private CaveatSection() {}

  /** One caveat: what the data says, and what to do about it. */
  record Caveat(String fact, String action) {}

  static void write(Html h, ReportData d) {
    List<Caveat> caveats = caveats(d);
    if (caveats.isEmpty()) {
      return;
    }
    h.raw("<section id=\"caveats\"><h2>数据说明</h2><ul class=\"caveats\">");
    for (Caveat c : caveats) {
      h.raw("<li>").text(c.fact()).raw("<span class=\"todo\">").text("建议：" + c.action());
      h.raw("</span></li>");
    }
    h.raw("</ul></section>");
  }

  static List<Caveat> caveats(ReportData d) {
    List<Caveat> out = new ArrayList<>();
    BigDecimal regOnly = value(d, NewUrbanEmployment.CHECK_REGISTRATION_ONLY.id());
    BigDecimal newly = value(d, NewUrbanEmployment.NEWLY_EMPLOYED.id());
    BigDecimal share = BreakdownSection.share(regOnly, newly);
    if (share != null && regOnly.signum() > 0) {
      out.add(
          new Caveat(
              "今年新就业人员"
                  + Display.count(newly)
                  + "人中，"
                  + Display.count(regOnly)
                  + "人（"
                  + Display.percent(share)
                  + "）只有就业登记、没有参保记录，城镇新增就业人数主要依据登记数据。",
              "抽样核实仅登记未参保人员的就业情况，督促用人单位依法参保；比对结果见第四部分。"));
    }
    BigDecimal unproven = value(d, GraduatePlacementRate.REPORTED_WITHOUT_EVIDENCE.id());
    BigDecimal reported = value(d, GraduatePlacementRate.PLACED_BY_REPORT.id());
    if (unproven != null && unproven.signum() > 0) {
      BigDecimal s = BreakdownSection.share(unproven, reported);
      out.add(
          new Caveat(
              Display.count(unproven)
                  + "名离校未就业高校毕业生在台账中报告已就业，但没有就业登记或参保佐证"
                  + (s == null ? "" : "（占报告已就业的" + Display.percent(s) + "）")
                  + "，仍计入毕业生就业率。",
              "逐人核实并补充就业佐证，年底考核前清理台账。"));
    }
    long read = 0;
    long quarantined = 0;
    String worst = null;
    BigDecimal worstShare = null;
    for (IngestState s : d.quality()) {
      if (!d.period().toString().equals(s.extractMonth)) {
        continue;
      }
      read += s.read;
      quarantined += s.quarantined;
      BigDecimal sh = QualitySection.share(s.quarantined, s.read);
      if (sh != null && s.quarantined > 0 && (worstShare == null || sh.compareTo(worstShare) > 0)) {
        worst = TargetText.source(s.source);
        worstShare = sh;
      }
    }
    if (read > 0) {
      BigDecimal sh = QualitySection.share(quarantined, read);
      String fact =
          "本月报送数据读取"
              + Display.count(read)
              + "行，"
              + (quarantined == 0
                  ? "全部通过校验。"
                  : "因不合规被隔离"
                      + Display.count(quarantined)
                      + "行（"
                      + Display.percent(sh, 2)
                      + "），不参与计算"
                      + (worst == null
                          ? "。"
                          : "；隔离比例最高的是" + worst + "（" + Display.percent(worstShare, 2) + "）。"));
      out.add(
          new Caveat(
              fact, quarantined == 0 ? "无需处理。" : "各报送单位按隔离明细（可向数据管理员调取）在源系统更正后重新报送；详见附件第五部分。"));
    }
    return out;
  }

  private static BigDecimal value(ReportData d, String id) {
    IndicatorRow r = d.district(id);
    return r == null ? null : r.value();
  }
}
