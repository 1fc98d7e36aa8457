package org.employmentmonitor.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.config.Notify;

/**
 * POSTs one markdown message to a group robot's webhook (docs/alerts.md "Delivery"), retrying a
 * bounded number of times with doubling waits. Never throws: a failure is a WARN that names the
 * host only (the URL's query holds the robot's key) and the caller goes on.
 */
public final class WebhookDelivery {
  private static final Logger LOG = LogManager.getLogger(WebhookDelivery.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REPLY_SHOWN = 200;

  /** A robot's reply is a short JSON object; more than this is not read into memory. */
  private static final int REPLY_KEPT = 64 << 10;

  /** Waits between attempts; tests pass one that does not sleep. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Notify config;
  private final HttpClient client;
  private final Sleeper sleeper;

  public WebhookDelivery(Notify config) {
    this(config, d -> Thread.sleep(d.toMillis()));
  }

  WebhookDelivery(Notify config, Sleeper sleeper) {
    this.config = config;
    this.sleeper = sleeper;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(config.timeoutSeconds()))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The request body in the robot's markdown shape. */
  static String body(Notify.Kind kind, AlertDigest.Message m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("msgtype", "markdown");
    ObjectNode md = root.putObject("markdown");
    switch (kind) {
      case WECOM -> md.put("content", m.markdown());
      case DINGTALK -> {
        md.put("title", m.title());
        md.put("text", m.markdown());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON object of strings", e);
    }
  }

  /**
   * Sends {@code m}; true when a robot accepted it within the configured attempts and before the
   * delivery's deadline ({@code notify.deadline_seconds}): each attempt's whole exchange — connect,
   * headers and body — is bounded by {@code timeout_seconds} and by what is left of the deadline,
   * and no wait runs past it (issue 27: HttpClient's own timeout ends when the headers arrive, so a
   * robot trickling its body held the run for days).
   */
  public boolean send(AlertDigest.Message m) {
    String body = body(config.kind(), m);
    long deadline = System.nanoTime() + Duration.ofSeconds(config.deadlineSeconds()).toNanos();
    Duration wait = seconds(config.backoffSeconds());
    for (int attempt = 1; attempt <= config.attempts(); attempt++) {
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      Duration limit = min(Duration.ofSeconds(config.timeoutSeconds()), left);
      if (limit.toMillis() < 1) {
        return gaveUp(
            "the delivery deadline of "
                + config.deadlineSeconds()
                + " s (notify.deadline_seconds) passed",
            attempt - 1);
      }
      HttpRequest request =
          HttpRequest.newBuilder(config.url())
              .timeout(limit)
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      String failure;
      CompletableFuture<HttpResponse<String>> exchange =
          client.sendAsync(request, info -> CappedBody.subscriber(REPLY_KEPT));
      try {
        HttpResponse<String> r = exchange.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        failure = refusal(r.statusCode(), r.body());
      } catch (TimeoutException e) {
        exchange.cancel(true); // aborts the exchange: nothing of it outlives the attempt
        failure =
            "no complete answer within "
                + limit.toMillis() / 1000.0
                + " s (connect, headers and body)";
      } catch (ExecutionException e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        failure = c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + clip(c));
      } catch (InterruptedException e) {
        exchange.cancel(true);
        Thread.currentThread().interrupt();
        LOG.warn("notify: delivery to {} interrupted; the alerts stay in alerts.csv", host());
        return false;
      }
      if (failure == null) {
        LOG.info(
            "notify: digest of {} RED, new or worsened alert(s) delivered to {} ({}), attempt {}",
            m.itemsSent(),
            host(),
            config.kind().name().toLowerCase(java.util.Locale.ROOT),
            attempt);
        return true;
      }
      if (attempt == config.attempts()) {
        return gaveUp(failure, attempt);
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return gaveUp(
            failure
                + "; the delivery deadline of "
                + config.deadlineSeconds()
                + " s (notify.deadline_seconds) passed",
            attempt);
      }
      if (wait.toNanos() >= remaining) {
        return gaveUp(
            failure
                + "; another attempt after "
                + wait.toMillis() / 1000.0
                + " s would pass the delivery deadline of "
                + config.deadlineSeconds()
                + " s (notify.deadline_seconds)",
            attempt);
      }
      LOG.warn(
          "notify: delivery to {} failed ({}), attempt {} of {}; retrying in {} s",
          host(),
          failure,
          attempt,
          config.attempts(),
          wait.toMillis() / 1000.0);
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      wait = wait.multipliedBy(2);
    }
    return false;
  }

  private boolean gaveUp(String failure, int attempts) {
    LOG.warn(
        "notify: delivery to {} failed ({}); gave up after {} attempt(s). The run is not"
            + " affected and every alert stays in alerts.csv; check notify.url and the"
            + " robot's security settings",
        host(),
        failure,
        attempts);
    return false;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Null when the robot accepted the message: HTTP 2xx and, when the reply is JSON with an {@code
   * errcode} (both robots answer 200 with {@code {"errcode":0,"errmsg":"ok"}}), errcode 0.
   */
  static String refusal(int status, String reply) {
    if (status < 200 || status > 299) {
      return "HTTP " + status + reply(reply);
    }
    try {
      JsonNode n = JSON.readTree(reply == null ? "" : reply);
      if (n != null && n.has("errcode") && n.get("errcode").asInt(-1) != 0) {
        return "robot errcode " + n.get("errcode").asText() + reply(reply);
      }
    } catch (IOException e) {
      // not JSON: a 2xx from a plain endpoint counts as accepted
    }
    return null;
  }

  private static String reply(String reply) {
    if (reply == null || reply.isBlank()) {
      return "";
    }
    String r = reply.strip().replaceAll("\\s+", " ");
    return ", reply: " + (r.length() > REPLY_SHOWN ? r.substring(0, REPLY_SHOWN) + "…" : r);
  }

  private static String clip(Throwable e) {
    String s = e.getMessage().replaceAll("\\s+", " ");
    return s.length() > REPLY_SHOWN ? s.substring(0, REPLY_SHOWN) + "…" : s;
  }

  private String host() {
    return config.host();
  }

  private static Duration seconds(BigDecimal s) {
    return Duration.ofMillis(s.movePointRight(3).longValue());
  }
}
