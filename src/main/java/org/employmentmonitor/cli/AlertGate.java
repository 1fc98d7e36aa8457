package org.employmentmonitor.cli;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.ExitCode;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;

/**
 * {@code --fail-on red|yellow} (issue 5): a scheduler can stop a pipeline when the period has
 * alerts of that severity (or worse). Without it, alerts never change the exit code. RESOLVED rows
 * (issue 17) are not alerts of the period and never fail it.
 */
final class AlertGate {
  private static final Logger LOG = LogManager.getLogger(AlertGate.class);

  private AlertGate() {}

  static ExitCode exitCode(RunContext ctx, String failOn) throws IOException {
    if ("none".equals(failOn)) {
      return ExitCode.SUCCESS;
    }
    Path alerts = ctx.published().alerts(ctx.period());
    if (!ctx.fs().exists(alerts)) {
      return ExitCode.SUCCESS;
    }
    List<AlertRow> rows =
        AlertTable.read(ctx.spark(), alerts.toString()).stream().filter(AlertRow::active).toList();
    long red = rows.stream().filter(a -> a.severity() == AlertRow.Severity.RED).count();
    long yellow = rows.size() - red;
    boolean fail = red > 0 || ("yellow".equals(failOn) && yellow > 0);
    if (fail) {
      LOG.warn(
          "--fail-on {}: {} RED and {} YELLOW alert(s) for {}; exit code {}",
          failOn,
          red,
          yellow,
          ctx.period(),
          ExitCode.ALERTS_AT_OR_ABOVE_FAIL_ON.code());
      return ExitCode.ALERTS_AT_OR_ABOVE_FAIL_ON;
    }
    return ExitCode.SUCCESS;
  }
}
