package org.employmentmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.indicators.SubsidizedTraining;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * One programme, two figures (issue 17): 创业培训 is targeted in persons (SPEC 4.3: distinct persons)
 * while the training-by-programme table counts person-times, so the same programme shows 1,240人 on
 * its card and 1,359人次 in the table. Where the two differ the report says why, on the card and
 * under the table, instead of leaving a leader to wonder which is right.
 */
final class TrainingNote {
  private TrainingNote() {}

  /** The programme (PROGRAM cell of subsidized_training) behind each training sub-target. */
  static final Map<String, String> PROGRAM_OF =
      Map.of(
          SubsidizedTraining.ENTREPRENEURSHIP.id(),
          "ENTREPRENEURSHIP",
          SubsidizedTraining.ECOMMERCE.id(),
          "E_COMMERCE");

  /** "另按培训人次计 1,359人次（一人参加多期按多人次计，见第四部分）", or null when the figures agree. */
  static String cardNote(ReportData d, String id) {
    BigDecimal[] pair = pair(d, id);
    if (pair == null) {
      return null;
    }
    return "另按培训人次计 " + Display.count(pair[1]) + "人次（一人参加多期按多人次计，见第四部分）";
  }

  /** Under the programme table: each programme whose target figure differs from its row. */
  static List<String> tableNotes(ReportData d) {
    List<String> out = new ArrayList<>();
    for (String id :
        List.of(SubsidizedTraining.ENTREPRENEURSHIP.id(), SubsidizedTraining.ECOMMERCE.id())) {
      BigDecimal[] pair = pair(d, id);
      if (pair == null) {
        continue;
      }
      IndicatorDefinition def = IndicatorCatalog.byId(id);
      out.add(
          def.nameZh()
              + "的目标按"
              + def.unit().labelZh()
              + "考核："
              + Display.value(id, def.unit(), pair[0])
              + "；本表按培训人次计为"
              + Display.count(pair[1])
              + "人次"
              + (def.unit().labelZh().equals("人") ? "（同一人参加多期只计一人）。" : "。"));
    }
    return out;
  }

  /** {target figure, programme row} when both exist and differ, else null. */
  private static BigDecimal[] pair(ReportData d, String id) {
    String program = PROGRAM_OF.get(id);
    if (program == null) {
      return null;
    }
    IndicatorRow own = d.district(id);
    IndicatorRow row = d.cell(SubsidizedTraining.DEFINITION.id(), Scope.PROGRAM, program);
    if (own == null || row == null || own.value() == null || row.value() == null) {
      return null;
    }
    if (own.value().compareTo(row.value()) == 0) {
      return null;
    }
    return new BigDecimal[] {own.value(), row.value()};
  }
}
