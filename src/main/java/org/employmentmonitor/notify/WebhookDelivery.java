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

  /** Sends {@code m}; true when a robot accepted it within the configured attempts. */
  public boolean send(AlertDigest.Message m) {
    String body = body(config.kind(), m);
    HttpRequest request =
        HttpRequest.newBuilder(config.url())
            .timeout(Duration.ofSeconds(config.timeoutSeconds()))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    Duration wait = seconds(config.backoffSeconds());
    for (int attempt = 1; attempt <= config.attempts(); attempt++) {
      String failure;
      try {
        HttpResponse<String> r =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        failure = refusal(r.statusCode(), r.body());
      } catch (IOException e) {
        failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + clip(e));
      } catch (InterruptedException e) {
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
        LOG.warn(
            "notify: delivery to {} failed ({}); gave up after {} attempt(s). The run is not"
                + " affected and every alert stays in alerts.csv; check notify.url and the"
                + " robot's security settings",
            host(),
            failure,
            attempt);
        return false;
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

  private static String clip(Exception e) {
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
