package org.employmentmonitor.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.Withdrawal;

/**
 * The command line of SPEC 8, declared once. {@link #parse} returns typed {@link RunOptions};
 * {@link #help} is generated from the same declarations.
 */
public final class Options {
  private Options() {}

  public static final Option PERIOD =
      new Option("period", "YYYY-MM", null, "the month to report on (required)");
  public static final Option INPUT =
      new Option("input", "DIR", "sample-data", "input folder: YYYY-MM/ extracts + reference/");
  public static final Option OUTPUT =
      new Option("output", "DIR", "output", "output folder (staging, indicators, reports, ...)");
  public static final Option MASTER =
      new Option("master", "URL", "local[*]", "Spark master; ignored under spark-submit");
  public static final Option CONFIG =
      new Option("config", "FILE", null, "targets/thresholds YAML merged over jobs/monitor.yaml");
  public static final Option STEP =
      new Option(
          "step",
          "STEP",
          "monthly",
          "monthly (all five) or one of ingest, indicators, tasks, alerts, report");
  public static final Option FAIL_ON =
      new Option(
          "fail-on", "LEVEL", "none", "exit 4 when alerts of this severity exist: red|yellow|none");
  public static final Option ENCODING =
      new Option("encoding", "NAME", "auto", "input encoding: auto (detect), UTF-8 or GB18030");
  public static final Option KEY_FILE =
      new Option(
          "key-file",
          "FILE",
          null,
          "file holding the pseudonymisation key (else $EM_PSEUDONYM_KEY_FILE)");
  public static final Option ALLOW_DEVELOPMENT_KEY =
      new Option(
          "allow-development-key",
          null,
          null,
          "accept the development key on input not marked synthetic (tests only)");
  public static final Option REINGEST =
      new Option("reingest", null, null, "read every month again, even when staged and unchanged");
  public static final Option WITHDRAW =
      new Option(
          "withdraw",
          "[SOURCE:]YYYY-MM,...",
          null,
          "delete staged months on purpose (their input must be gone; docs/operations.md)");
  public static final Option HELP = new Option("help", null, null, "print this help");

  public static final List<Option> ALL =
      List.of(
          PERIOD,
          INPUT,
          OUTPUT,
          MASTER,
          CONFIG,
          STEP,
          FAIL_ON,
          ENCODING,
          KEY_FILE,
          ALLOW_DEVELOPMENT_KEY,
          REINGEST,
          WITHDRAW,
          HELP);

  public static final List<String> STEPS =
      List.of("monthly", "ingest", "indicators", "tasks", "alerts", "report");

  /** Parsed, typed options. Relative paths are resolved by the caller. */
  public record RunOptions(
      boolean help,
      YearMonth period,
      String input,
      String output,
      String master,
      String config,
      String step,
      String failOn,
      String encoding,
      String keyFile,
      boolean allowDevelopmentKey,
      boolean reingest,
      List<Withdrawal> withdraw) {}

  public static RunOptions parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name;
      String value = null;
      if (!a.startsWith("--")) {
        throw MonitorException.usage("unexpected argument '" + a + "' (options start with --)");
      }
      int eq = a.indexOf('=');
      if (eq > 0) {
        name = a.substring(2, eq);
        value = a.substring(eq + 1);
      } else {
        name = a.substring(2);
      }
      Option opt = byName(name);
      if (values.containsKey(opt.name())) {
        // Issue 27: "--output A --output B" silently used B; which one was meant is unknowable.
        throw MonitorException.usage(
            opt.flag()
                + " is given twice; give it once"
                + (opt.name().equals(WITHDRAW.name())
                    ? " (several months separated by commas: --withdraw 2020-05,training:2020-06)"
                    : ""));
      }
      if (opt.isFlag()) {
        if (value != null) {
          throw MonitorException.usage(opt.flag() + " takes no value");
        }
        values.put(name, "true");
      } else {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw MonitorException.usage(opt.flag() + " needs a value: " + opt.valueName());
          }
          value = args[++i];
        }
        values.put(name, value);
      }
    }
    if (values.containsKey(HELP.name())) {
      return new RunOptions(
          true, null, null, null, null, null, null, null, null, null, false, false, List.of());
    }
    String periodText = values.get(PERIOD.name());
    if (periodText == null) {
      throw MonitorException.usage("--period YYYY-MM is required (e.g. --period 2020-09)");
    }
    YearMonth period;
    try {
      period = YearMonth.parse(periodText);
    } catch (DateTimeParseException e) {
      throw MonitorException.usage(
          "--period must be YYYY-MM, e.g. 2020-09, not '" + periodText + "'");
    }
    String step = get(values, STEP).toLowerCase(Locale.ROOT);
    if (!STEPS.contains(step)) {
      throw MonitorException.usage("--step must be one of " + STEPS + ", not '" + step + "'");
    }
    String failOn = get(values, FAIL_ON).toLowerCase(Locale.ROOT);
    if (!List.of("none", "red", "yellow").contains(failOn)) {
      throw MonitorException.usage("--fail-on must be red, yellow or none, not '" + failOn + "'");
    }
    String encoding = get(values, ENCODING);
    if (encoding.equalsIgnoreCase("auto")) {
      encoding = null;
    } else if (encoding.equalsIgnoreCase("utf-8") || encoding.equalsIgnoreCase("utf8")) {
      encoding = "UTF-8";
    } else if (List.of("gbk", "gb18030", "gb2312").contains(encoding.toLowerCase(Locale.ROOT))) {
      encoding = "GB18030";
    } else {
      throw MonitorException.usage(
          "--encoding must be auto, UTF-8 or GB18030, not '" + encoding + "'");
    }
    List<Withdrawal> withdraw = new ArrayList<>();
    if (values.containsKey(WITHDRAW.name())) {
      for (String w : values.get(WITHDRAW.name()).split(",")) {
        Withdrawal parsed = Withdrawal.parse(w);
        if (parsed.month().isAfter(period)) {
          throw MonitorException.usage(
              "--withdraw " + parsed + " is after --period " + period + "; nothing to withdraw");
        }
        withdraw.add(parsed);
      }
      if (!step.equals("monthly") && !step.equals("ingest")) {
        throw MonitorException.usage(
            "--withdraw changes staging: use it with --step monthly or ingest, not " + step);
      }
    }
    return new RunOptions(
        false,
        period,
        get(values, INPUT),
        get(values, OUTPUT),
        get(values, MASTER),
        values.get(CONFIG.name()),
        step,
        failOn,
        encoding,
        values.get(KEY_FILE.name()),
        values.containsKey(ALLOW_DEVELOPMENT_KEY.name()),
        values.containsKey(REINGEST.name()),
        List.copyOf(withdraw));
  }

  private static String get(Map<String, String> values, Option o) {
    return values.getOrDefault(o.name(), o.defaultValue());
  }

  private static Option byName(String name) {
    for (Option o : ALL) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    throw MonitorException.usage("unknown option --" + name);
  }

  /** The --help text, generated from the declarations. */
  public static String help() {
    StringBuilder sb = new StringBuilder();
    sb.append("usage: jobs/monthly-batch.sh --period YYYY-MM [options]\n\n");
    sb.append(
        "Runs the Employment Monitor's monthly batch (ingest, indicators, alerts, report).\n\n");
    for (Option o : ALL) {
      String left = o.flag() + (o.isFlag() ? "" : " " + o.valueName());
      sb.append(String.format("  %-28s %s", left, o.help()));
      if (o.defaultValue() != null) {
        sb.append(" [default: ").append(o.defaultValue()).append(']');
      }
      sb.append('\n');
    }
    sb.append(
        "\nexit codes: 0 success, 1 failure, 2 bad usage or configuration, 3 input error,\n"
            + "            4 alerts at or above --fail-on\n"
            + "environment: EM_PSEUDONYM_KEY_FILE (key file), EM_JAVA_OPTS (JVM options)\n");
    return sb.toString();
  }
}
