package org.employmentmonitor.notify;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.config.Notify;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;

/**
 * The run's last act when {@code notify.url} is set: the period's published alerts, digested and
 * delivered. Called after publishing, so what is sent is what alerts.csv holds. Never fails the
 * run: whatever goes wrong is one WARN line.
 */
public final class AlertDelivery {
  private static final Logger LOG = LogManager.getLogger(AlertDelivery.class);

  private AlertDelivery() {}

  /** Delivers the digest of {@code ctx}'s period if delivery is configured; true when sent. */
  public static boolean afterRun(RunContext ctx) {
    Notify notify = ctx.config().delivery();
    if (!notify.enabled()) {
      return false;
    }
    try {
      Path path = ctx.published().alerts(ctx.period());
      if (!ctx.fs().exists(path)) {
        LOG.warn("notify: no published alerts for {} at {}; nothing sent", ctx.period(), path);
        return false;
      }
      List<AlertRow> alerts = AlertTable.read(ctx.spark(), path.toString());
      AlertDigest.Message m = AlertDigest.of(alerts, ctx.period(), ctx.config().districtName());
      if (m == null) {
        LOG.info(
            "notify: no RED, new or worsened alert for {}; nothing sent to {}",
            ctx.period(),
            notify.host());
        return false;
      }
      return new WebhookDelivery(notify).send(m);
    } catch (RuntimeException | java.io.IOException e) {
      LOG.warn(
          "notify: delivery to {} not attempted ({}: {}); the run is not affected and every alert"
              + " stays in alerts.csv",
          notify.host(),
          e.getClass().getSimpleName(),
          e.getMessage());
      return false;
    }
  }
}
