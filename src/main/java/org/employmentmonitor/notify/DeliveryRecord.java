package org.employmentmonitor.notify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.config.Notify;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.job.RunContext;

/**
 * What was delivered for a period ({@code OUTPUT/notify/YYYY-MM.json}): the SHA-256 of the posted
 * body, the robot's endpoint (never its key), the run and the time. A re-run whose digest and
 * endpoint are the same does not post it again (issue 27: a re-run of {@code --step alerts} posted
 * the same digest twice); a changed digest (the alerts changed) or another robot is posted.
 */
final class DeliveryRecord {
  private static final Logger LOG = LogManager.getLogger(DeliveryRecord.class);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** The record's content. */
  static final class Sent {
    public String period;
    public String bodySha256;
    public String endpoint;
    public int items;
    public String runId;
    public String deliveredAt;
  }

  private final HadoopFs fs;
  private final Path path;
  private final Sent sent = new Sent();

  private DeliveryRecord(HadoopFs fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  static DeliveryRecord of(RunContext ctx, Notify notify, String body, int items) {
    DeliveryRecord r =
        new DeliveryRecord(
            ctx.fs(), new Path(new Path(ctx.published().root(), "notify"), ctx.period() + ".json"));
    r.sent.period = ctx.period().toString();
    r.sent.bodySha256 =
        HexFormat.of().formatHex(HadoopFs.sha256().digest(body.getBytes(StandardCharsets.UTF_8)));
    r.sent.endpoint = notify.endpoint();
    r.sent.items = items;
    r.sent.runId = ctx.runId();
    return r;
  }

  Path path() {
    return path;
  }

  /** The earlier delivery of this same body to this same endpoint, or null. */
  Sent previous() throws IOException {
    if (!fs.exists(path)) {
      return null;
    }
    Sent before;
    try {
      before = JSON.readValue(fs.readAll(path), Sent.class);
    } catch (IOException e) {
      LOG.warn("notify: {} is unreadable ({}); the digest is posted", path, e.getMessage());
      return null;
    }
    return sent.bodySha256.equals(before.bodySha256) && sent.endpoint.equals(before.endpoint)
        ? before
        : null;
  }

  /** Records the delivery (written aside, then renamed over the previous record). */
  void write() {
    sent.deliveredAt = Instant.now().toString();
    Path tmp = new Path(path.getParent(), "." + path.getName() + "." + sent.runId);
    try {
      fs.mkdirs(path.getParent());
      fs.write(tmp, JSON.writeValueAsBytes(sent));
      if (fs.exists(path)) {
        fs.delete(path);
      }
      fs.rename(tmp, path);
    } catch (IOException e) {
      LOG.warn(
          "notify: delivered, but the record {} could not be written ({}); a re-run would post"
              + " the digest again",
          path,
          e.getMessage());
    }
  }
}
