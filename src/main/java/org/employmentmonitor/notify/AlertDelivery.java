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
 * delivered. In two halves (issue 27): {@link #prepare} reads the published table while the run
 * still holds the output's lock, so what is sent is what alerts.csv holds; {@link Pending#send}
 * posts it after the lock is released, within the delivery's deadline, so a slow robot never holds
 * up the next run. A digest already delivered for the period ({@link DeliveryRecord}) is not posted
 * again. Never fails the run: whatever goes wrong is one WARN line.
 */
public final class AlertDelivery {
  private static final Logger LOG = LogManager.getLogger(AlertDelivery.class);

  private AlertDelivery() {}

  /** A digest ready to post, with where to record it once delivered. */
  public static final class Pending {
    private final Notify notify;
    private final AlertDigest.Message message;
    private final DeliveryRecord record;

    private Pending(Notify notify, AlertDigest.Message message, DeliveryRecord record) {
      this.notify = notify;
      this.message = message;
      this.record = record;
    }

    /** Posts the digest (bounded by {@code notify.deadline_seconds}); true when delivered. */
    public boolean send() {
      boolean sent = new WebhookDelivery(notify).send(message);
      if (sent) {
        record.write();
      }
      return sent;
    }
  }

  /**
   * The digest of {@code ctx}'s period to post once the lock is released, or null when delivery is
   * off, there is nothing to say, or this very digest was already delivered to this robot.
   */
  public static Pending prepare(RunContext ctx) {
    Notify notify = ctx.config().delivery();
    if (!notify.enabled()) {
      return null;
    }
    try {
      Path path = ctx.published().alerts(ctx.period());
      if (!ctx.fs().exists(path)) {
        LOG.warn("notify: no published alerts for {} at {}; nothing sent", ctx.period(), path);
        return null;
      }
      List<AlertRow> alerts = AlertTable.read(ctx.spark(), path.toString());
      AlertDigest.Message m = AlertDigest.of(alerts, ctx.period(), ctx.config().districtName());
      if (m == null) {
        LOG.info(
            "notify: no RED, new or worsened alert for {}; nothing sent to {}",
            ctx.period(),
            notify.host());
        return null;
      }
      DeliveryRecord record =
          DeliveryRecord.of(ctx, notify, WebhookDelivery.body(notify.kind(), m), m.itemsSent());
      DeliveryRecord.Sent before = record.previous();
      if (before != null) {
        LOG.info(
            "notify: this digest of {} was already delivered to {} by run {} at {}; not posted"
                + " again (delete {} to post it again)",
            ctx.period(),
            notify.host(),
            before.runId,
            before.deliveredAt,
            record.path());
        return null;
      }
      return new Pending(notify, m, record);
    } catch (RuntimeException | java.io.IOException e) {
      LOG.warn(
          "notify: delivery to {} not attempted ({}: {}); the run is not affected and every alert"
              + " stays in alerts.csv",
          notify.host(),
          e.getClass().getSimpleName(),
          e.getMessage());
      return null;
    }
  }

  /** Prepares and sends at once: for callers that hold no lock (tests). */
  public static boolean afterRun(RunContext ctx) {
    Pending p = prepare(ctx);
    return p != null && p.send();
  }
}
