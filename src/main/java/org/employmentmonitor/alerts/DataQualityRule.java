package org.employmentmonitor.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.indicators.NewUrbanEmployment;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.schema.Issue;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertRow.Severity;
import org.employmentmonitor.model.IndicatorRow;
import org.employmentmonitor.model.Scope;

/**
 * DATA_QUALITY (SPEC 7, 9; task 63 "提升数据质量"): extracts that cannot be fully trusted.
 *
 * <ul>
 *   <li>Each source-month of the period's own month with more than {@code alerts.data_quality.red}
 *       (5%) of its rows quarantined is RED, more than {@code yellow} (1%) YELLOW (strictly above;
 *       decided exactly as quarantined &gt; share × read). Subject {@code source/YYYY-MM}; value =
 *       quarantined ÷ read, threshold = the line crossed; addressed to the unit that delivers the
 *       source ({@code sources.*.lead_unit}).
 *   <li>Undecidable insurance starts (SPEC 4.1): the indicator {@code insurance_starts_undecidable}
 *       above zero at P (persons since January whose start month cannot be told because the
 *       insurance history delivered is too short) is YELLOW. Subject {@code social_insurance/P};
 *       value = those persons, threshold = 0.
 *   <li>A month of P's year (January to P) for which a mandatory extract ({@code registration},
 *       {@code social_insurance}) was never staged is RED (issue 18): year-to-date flows then lack
 *       that month. Subject {@code source/YYYY-MM} of the missing month; value and threshold empty.
 *       A month staged earlier whose input folder is gone is not missing (SPEC 2).
 *   <li>Unrecognised files (SPEC 2, issue 19): entries of the period's month folder that match no
 *       extract are YELLOW, one alert for all of them. Subject {@code unrecognised_files/P}; value
 *       = their number, threshold = 0.
 *   <li>An optional extract delivered for P−1 but not for P (issue 19: its indicators turn
 *       NOT_AVAILABLE, which must not go unexplained) is YELLOW. Subject {@code source/P}; no value
 *       or threshold.
 * </ul>
 */
public final class DataQualityRule {
  public static final String UNDECIDABLE = NewUrbanEmployment.STARTS_UNDECIDABLE.id();
  private static final String SOCIAL_INSURANCE = Extracts.SOCIAL_INSURANCE.name();
  private static final int REASONS_SHOWN = 3;

  /** The subject key of the unrecognised-files alert, before {@code /P}. */
  public static final String UNRECOGNISED = "unrecognised_files";

  private static final int FILES_SHOWN = 5;

  private DataQualityRule() {}

  /**
   * SPEC 2: files of the period's month folder that match no extract are never silently skipped.
   *
   * @param files their paths relative to the input folder ({@code 2020-09/参保明细(1).csv})
   */
  public static List<AlertRow> unrecognisedFiles(
      List<String> files, YearMonth period, MonitorConfig config) {
    if (files.isEmpty()) {
      return List.of();
    }
    String shown =
        files.stream()
                .limit(FILES_SHOWN)
                .map(DataQualityRule::shortName)
                .collect(Collectors.joining("、"))
            + (files.size() > FILES_SHOWN ? "等" : "");
    String message =
        ZhFormat.month(period, period)
            + "报送文件夹中有"
            + files.size()
            + "个未识别的文件（"
            + shown
            + "）未读取：文件名不是任何数据表的名称。如为数据表，请按报送指南更名"
            + "（如 registration.csv、就业失业登记.xlsx、social_insurance-1.csv）后重新报送；"
            + "否则请移出该文件夹";
    return List.of(
        new AlertRow(
            period,
            Severity.YELLOW,
            AlertRule.DATA_QUALITY.name(),
            null,
            UNRECOGNISED + "/" + period,
            BigDecimal.valueOf(files.size()),
            BigDecimal.ZERO,
            message,
            config.sourceLeadUnit(Extracts.REGISTRATION.name())));
  }

  /** A file's name without its month folder, cut to a readable length. */
  private static String shortName(String relativePath) {
    String name = relativePath.substring(relativePath.indexOf('/') + 1);
    return name.length() > 60 ? name.substring(0, 60) + "…" : name;
  }

  /**
   * An optional extract delivered for P−1 but not for P: its indicators are NOT_AVAILABLE this
   * month (the graduates roster falls back to the latest snapshot), which must not go unexplained.
   */
  public static List<AlertRow> missingOptional(
      List<IngestState> states, YearMonth period, MonitorConfig config) {
    String previous = period.minusMonths(1).toString();
    List<AlertRow> out = new ArrayList<>();
    for (Extract e : Extracts.MONTHLY) {
      if (e.isMandatory()) {
        continue;
      }
      boolean before = states.stream().anyMatch(s -> is(s, e, previous));
      boolean now = states.stream().anyMatch(s -> is(s, e, period.toString()));
      if (!before || now) {
        continue;
      }
      String consequence =
          e == Extracts.GRADUATES
              ? "本月沿用最近一次报送的名册"
              : e == Extracts.TASK_PROGRESS ? "各牵头单位的重点任务本月均按未报送评级" : "依赖该数据的指标本月为“无数据”";
      String message =
          ZhFormat.month(period, period)
              + "未报送"
              + e.titleZh()
              + "（"
              + e.name()
              + "），"
              + ZhFormat.month(period.minusMonths(1), period)
              + "曾报送；"
              + consequence
              + "。请报送单位核实后补报";
      out.add(notDelivered(period, Severity.YELLOW, e, period, message, config));
    }
    return out;
  }

  /** A period's alert that {@code e}'s {@code month} was not delivered; no value or threshold. */
  private static AlertRow notDelivered(
      YearMonth period,
      Severity severity,
      Extract e,
      YearMonth month,
      String message,
      MonitorConfig config) {
    return new AlertRow(
        period,
        severity,
        AlertRule.DATA_QUALITY.name(),
        null,
        Subjects.sourceMonth(e.name(), month),
        null,
        null,
        message,
        config.sourceLeadUnit(e.name()));
  }

  private static boolean is(IngestState s, Extract e, String month) {
    return e.name().equals(s.source) && month.equals(s.extractMonth);
  }

  /** Quarantine shares of the period's own source-months. */
  public static List<AlertRow> quarantine(
      List<IngestState> states, YearMonth period, MonitorConfig config) {
    MonitorConfig.Alerts t = config.alerts();
    List<AlertRow> out = new ArrayList<>();
    for (IngestState s : states) {
      if (!period.toString().equals(s.extractMonth) || s.read <= 0) {
        continue;
      }
      Severity severity = severity(s.quarantined, s.read, t);
      if (severity != null) {
        out.add(quarantineAlert(s, severity, period, config));
      }
    }
    return out;
  }

  /** Mandatory source-months of January..P never staged (no data-quality record). */
  public static List<AlertRow> missingMonths(
      List<IngestState> states, YearMonth period, MonitorConfig config) {
    List<AlertRow> out = new ArrayList<>();
    for (Extract e : Extracts.MONTHLY) {
      if (!e.isMandatory()) {
        continue;
      }
      for (YearMonth m = YearMonth.of(period.getYear(), 1);
          !m.isAfter(period);
          m = m.plusMonths(1)) {
        String month = m.toString();
        boolean staged = states.stream().anyMatch(s -> is(s, e, month));
        if (staged) {
          continue;
        }
        String message =
            ZhFormat.month(m, period)
                + e.titleZh()
                + "（"
                + e.name()
                + "）未报送，也无已入库的数据：本年累计指标缺少该月数据，可能偏低。请报送单位补报该月数据（放入输入目录的"
                + month
                + "文件夹）后重新运行";
        out.add(notDelivered(period, Severity.RED, e, m, message, config));
      }
    }
    return out;
  }

  /** quarantined &gt; share × read, strictly. */
  static Severity severity(long quarantined, long read, MonitorConfig.Alerts t) {
    if (read <= 0) {
      return null;
    }
    BigDecimal q = BigDecimal.valueOf(quarantined);
    BigDecimal r = BigDecimal.valueOf(read);
    if (q.compareTo(t.dataQualityRed().multiply(r)) > 0) {
      return Severity.RED;
    }
    if (q.compareTo(t.dataQualityYellow().multiply(r)) > 0) {
      return Severity.YELLOW;
    }
    return null;
  }

  private static AlertRow quarantineAlert(
      IngestState s, Severity severity, YearMonth period, MonitorConfig config) {
    MonitorConfig.Alerts t = config.alerts();
    BigDecimal threshold = severity == Severity.RED ? t.dataQualityRed() : t.dataQualityYellow();
    BigDecimal share =
        BigDecimal.valueOf(s.quarantined)
            .divide(BigDecimal.valueOf(s.read), 10, RoundingMode.HALF_EVEN);
    String message =
        ZhFormat.month(period, period)
            + title(s.source)
            + "数据读取"
            + ZhFormat.count(s.read)
            + "行，其中"
            + ZhFormat.count(s.quarantined)
            + "行未通过校验被隔离，占"
            + ZhFormat.percentBeside(share, threshold)
            + "，超过"
            + ZhFormat.percent(threshold)
            + reasons(s.byReason)
            + "。相关指标可能偏低，请报送单位核实更正后重新报送";
    return new AlertRow(
        period,
        severity,
        AlertRule.DATA_QUALITY.name(),
        null,
        Subjects.sourceMonth(s.source, period),
        share,
        threshold,
        message,
        config.sourceLeadUnit(s.source));
  }

  /** "；主要原因：身份证号无效8行、镇街代码未知3行" — the most frequent reasons, in Chinese. */
  static String reasons(Map<String, Long> byReason) {
    if (byReason == null || byReason.isEmpty()) {
      return "";
    }
    String top =
        byReason.entrySet().stream()
            .filter(e -> e.getValue() != null && e.getValue() > 0)
            .sorted(
                Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .limit(REASONS_SHOWN)
            .map(e -> reasonLabel(e.getKey()) + ZhFormat.count(e.getValue()) + "行")
            .collect(Collectors.joining("、"));
    return top.isEmpty() ? "" : "；主要原因：" + top;
  }

  private static String reasonLabel(String code) {
    try {
      return Issue.valueOf(code).labelZh();
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /**
   * The extract's Chinese title ({@code 参保缴费明细}), {@code 未识别的文件} for the unrecognised-files
   * subject, or {@code source} if it is neither.
   */
  static String title(String source) {
    if (UNRECOGNISED.equals(source)) {
      return "未识别的文件";
    }
    try {
      Extract e = Extracts.byName(source);
      return e.titleZh();
    } catch (IllegalArgumentException e) {
      return source;
    }
  }

  /**
   * The undecidable-starts warning: the DISTRICT value of {@value #UNDECIDABLE} at P, when above
   * zero.
   *
   * @param earliestInsurance the earliest delivered social_insurance month, for the message
   */
  public static List<AlertRow> undecidableStarts(
      List<IndicatorRow> rows,
      YearMonth period,
      Optional<YearMonth> earliestInsurance,
      MonitorConfig config) {
    List<AlertRow> out = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (!r.indicatorId().equals(UNDECIDABLE)
          || r.scope() != Scope.DISTRICT
          || !r.monthEnd().equals(period.atEndOfMonth())
          || r.value() == null
          || r.value().signum() <= 0) {
        continue;
      }
      String since =
          earliestInsurance
              .map(m -> "最早报送的参保缴费明细为" + m.getYear() + "年" + m.getMonthValue() + "月，")
              .orElse("");
      String message =
          ZhFormat.yearToDate(period)
              + "有"
              + ZhFormat.value(r.value(), r.unit())
              + "的参保起始月份无法判定："
              + since
              + "此前的参保记录未报送，无法确认其是否为新参保，未计入城镇新增就业人数。请补报更早月份的参保缴费明细";
      out.add(
          new AlertRow(
              period,
              Severity.YELLOW,
              AlertRule.DATA_QUALITY.name(),
              UNDECIDABLE,
              Subjects.sourceMonth(SOCIAL_INSURANCE, period),
              r.value(),
              BigDecimal.ZERO,
              message,
              config.sourceLeadUnit(SOCIAL_INSURANCE)));
    }
    return out;
  }
}
