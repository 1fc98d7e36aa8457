package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.indicators.IndicatorDefinition;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.IndicatorTable;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The 综述's opening (issue 29): its figures recomputed here from the indicators.csv cells of the
 * fixture (the CSV text, not the rows the report read), by arithmetic of the test's own.
 */
class OpeningTest {
  /** The fixture, with 40 graduates reported employed without evidence at September. */
  private static final ReportData DATA = withoutEvidence(40);

  private static ReportData withoutEvidence(long n) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorRow r : ReportFixtures.indicators()) {
      if (r.indicatorId().equals("graduates_reported_without_evidence")) {
        r =
            new IndicatorRow(
                r.period(),
                r.monthEnd(),
                r.indicatorId(),
                r.indicatorName(),
                r.scope(),
                r.scopeKey(),
                r.scopeName(),
                BigDecimal.valueOf(n),
                null,
                null,
                r.unit(),
                r.target(),
                r.targetKind(),
                r.timeProgress(),
                r.completion(),
                r.projection(),
                r.status(),
                r.leadUnit());
      }
      rows.add(r);
    }
    ReportData d = ReportFixtures.data();
    return new ReportData(
        d.period(), d.config(), rows, d.alerts(), d.quality(), d.towns(), d.run());
  }

  /** indicators.csv's DISTRICT cells at September, column name → text, by indicator. */
  private static Map<String, Map<String, String>> csv() {
    List<String> header = IndicatorTable.CSV_HEADER;
    Map<String, Map<String, String>> out = new HashMap<>();
    for (IndicatorRow r : DATA.indicators()) {
      List<String> cells = IndicatorTable.toCsv(r);
      if (!cells.get(header.indexOf("month_end")).equals("2020-09-30")
          || !cells.get(header.indexOf("scope")).equals("DISTRICT")) {
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      out.put(row.get("indicator_id"), row);
    }
    return out;
  }

  private static String opening() {
    return String.join("\n", Opening.paragraphs(DATA));
  }

  /** 17,073 → "1.71万", 7,459 → "7459", as the test's own rule. */
  private static String wan(BigDecimal v) {
    if (v.compareTo(BigDecimal.valueOf(10000)) >= 0) {
      return v.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString()
          + "万";
    }
    return v.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  private static BigDecimal pct(String fraction) {
    return new BigDecimal(fraction)
        .multiply(BigDecimal.valueOf(100))
        .setScale(1, RoundingMode.HALF_UP);
  }

  @Test
  void everyCumulativeTargetsFigureCompletionAndGapEqualIndicatorsCsv() {
    String text = opening();
    Map<String, Map<String, String>> csv = csv();
    int checked = 0;
    for (IndicatorDefinition def : DATA.targeted()) {
      TargetSpec spec = DATA.target(def);
      if (spec.kind() != TargetKind.CUMULATIVE) {
        continue;
      }
      Map<String, String> row = csv.get(def.id());
      BigDecimal value = new BigDecimal(row.get("value"));
      BigDecimal target = new BigDecimal(row.get("target"));
      String figure;
      String goal;
      if (def.unit() == Unit.YUAN) {
        figure =
            value
                    .movePointLeft(4)
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + "万元";
        goal =
            target
                    .movePointLeft(4)
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + "万元";
      } else {
        figure = wan(value) + def.unit().labelZh();
        goal = wan(target) + def.unit().labelZh();
      }
      BigDecimal completion = pct(row.get("completion"));
      BigDecimal gap = pct(row.get("time_progress")).subtract(completion);
      boolean done = new BigDecimal(row.get("completion")).compareTo(BigDecimal.ONE) >= 0;
      String expected =
          Opening.shortName(def)
              + figure
              + "，完成全年目标"
              + goal
              + "的"
              + completion.toPlainString()
              + "%"
              + (done
                  ? "，已完成全年目标"
                  : gap.signum() > 0
                      ? "，低于时间进度" + gap.toPlainString() + "个百分点"
                      : gap.signum() < 0
                          ? "，高于时间进度" + gap.negate().toPlainString() + "个百分点"
                          : "，与时间进度持平");
      assertTrue(text.contains(expected), expected + "\n in: " + text);
      checked++;
    }
    assertTrue(checked >= 5, "every cumulative target: " + checked);
    // the fixture's 1,897 a month: 17,073 → 1.71万人, 71.1% of 2.4万人, 3.9 points behind 75.0%
    assertTrue(text.contains("城镇新增就业1.71万人，完成全年目标2.4万人的71.1%，低于时间进度3.9个百分点"), text);
    assertTrue(text.startsWith("1—9月，全区"), text);
  }

  @Test
  void theGraduateRateStandsWithItsEvidencedOnlyRate() {
    Map<String, String> grad = csv().get("graduate_placement_rate");
    BigDecimal num = new BigDecimal(grad.get("numerator"));
    BigDecimal den = new BigDecimal(grad.get("denominator"));
    String rate = pct(grad.get("value")).toPlainString() + "%";
    String evidenced =
        num.subtract(BigDecimal.valueOf(40))
                .multiply(BigDecimal.valueOf(100))
                .divide(den, 1, RoundingMode.HALF_UP)
                .toPlainString()
            + "%";
    String text = opening();
    assertTrue(
        text.contains("离校未就业高校毕业生就业率" + rate + "（剔除40名无就业登记或参保佐证的毕业生后为" + evidenced + "）"), text);
    BigDecimal short_ = BigDecimal.valueOf(90).setScale(1).subtract(pct(grad.get("value")));
    assertTrue(text.contains("距12月底目标90.0%还差" + short_.toPlainString() + "个百分点"), text);
  }

  @Test
  void withoutLastYearsValuesTheOpeningSaysSoAndAMissingSurveyIsLeftOut() {
    String text = opening();
    assertTrue(text.contains(Opening.NO_YEAR_AGO), text);
    assertFalse(text.contains("城镇调查失业率"), "the fixture has no survey rate in September");
  }

  @Test
  void theNationalIndicatorsStandBesideNewUrbanEmploymentWhenTheTableHasThem() {
    List<IndicatorRow> rows = new ArrayList<>(DATA.indicators());
    rows.removeIf(r -> Opening.NATIONAL.contains(r.indicatorId()));
    ReportData without =
        new ReportData(
            DATA.period(),
            DATA.config(),
            rows,
            DATA.alerts(),
            DATA.quality(),
            DATA.towns(),
            DATA.run());
    assertFalse(
        String.join("\n", Opening.paragraphs(without)).contains("失业人员再就业"),
        "absent ids are skipped silently");
    IndicatorRow nue = DATA.district("new_urban_employment");
    rows.add(
        new IndicatorRow(
            nue.period(),
            nue.monthEnd(),
            "reemployment_of_unemployed",
            "失业人员再就业",
            Scope.DISTRICT,
            "",
            "永川区",
            BigDecimal.valueOf(5120),
            null,
            null,
            Unit.PERSONS,
            null,
            null,
            null,
            null,
            null,
            org.employmentmonitor.model.Status.NO_TARGET,
            "区人力社保局"));
    ReportData d =
        new ReportData(
            DATA.period(),
            DATA.config(),
            rows,
            DATA.alerts(),
            DATA.quality(),
            DATA.towns(),
            DATA.run());
    String text = String.join("\n", Opening.paragraphs(d));
    assertTrue(text.contains("低于时间进度3.9个百分点；失业人员再就业5120人"), text);
  }

  @Test
  void numbersReadAsAStatisticalBulletinWritesThem() {
    assertEquals("1.71万人", Opening.amount(Unit.PERSONS, new BigDecimal("17068")));
    assertEquals("2.4万人", Opening.amount(Unit.PERSONS, new BigDecimal("24000")));
    assertEquals("7459人", Opening.amount(Unit.PERSONS, new BigDecimal("7459")));
    assertEquals("8000万元", Opening.amount(Unit.YUAN, new BigDecimal("80000000.00")));
    assertEquals("6193万元", Opening.amount(Unit.YUAN, new BigDecimal("61930000.00")));
    assertEquals(
        "，低于时间进度3.9个百分点", Opening.gap(new BigDecimal("0.71116667"), new BigDecimal("0.75")));
    assertEquals("，与时间进度持平", Opening.gap(new BigDecimal("0.75004"), new BigDecimal("0.75")));
  }
}
