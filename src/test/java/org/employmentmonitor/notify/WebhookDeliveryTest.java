package org.employmentmonitor.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.employmentmonitor.config.Notify;
import org.employmentmonitor.testing.LogCapture;
import org.junit.jupiter.api.Test;

/** Delivery against a robot on 127.0.0.1: success, retry after a 500, giving up, JSON shapes. */
class WebhookDeliveryTest {
  private static final AlertDigest.Message MESSAGE =
      new AlertDigest.Message("永川区稳就业监测预警（2020年9月）", "### 标题\n- 一行", 1);

  private final List<Duration> sleeps = new ArrayList<>();

  private WebhookDelivery delivery(RobotServer robot, Notify.Kind kind, int attempts) {
    Notify n = new Notify(URI.create(robot.url()), kind, attempts, new BigDecimal("1.5"), 5);
    return new WebhookDelivery(n, sleeps::add);
  }

  @Test
  void aWecomRobotGetsOneMarkdownMessage() throws Exception {
    try (RobotServer robot = new RobotServer(RobotServer.OK)) {
      assertTrue(delivery(robot, Notify.Kind.WECOM, 3).send(MESSAGE));
      assertEquals(1, robot.bodies().size());
      JsonNode body = new ObjectMapper().readTree(robot.bodies().get(0));
      assertEquals("markdown", body.get("msgtype").asText());
      assertEquals("### 标题\n- 一行", body.get("markdown").get("content").asText());
      assertEquals(1, body.get("markdown").size(), "WeCom markdown has content only");
      assertEquals("key=secret-key-123", robot.queries().get(0));
      assertEquals("application/json; charset=utf-8", robot.contentTypes().get(0));
      assertEquals(List.of(), sleeps);
    }
  }

  @Test
  void aDingtalkRobotGetsTitleAndText() throws Exception {
    try (RobotServer robot = new RobotServer(RobotServer.OK)) {
      assertTrue(delivery(robot, Notify.Kind.DINGTALK, 1).send(MESSAGE));
      JsonNode md = new ObjectMapper().readTree(robot.bodies().get(0)).get("markdown");
      assertEquals("永川区稳就业监测预警（2020年9月）", md.get("title").asText());
      assertEquals("### 标题\n- 一行", md.get("text").asText());
    }
  }

  @Test
  void aServerErrorIsRetriedAfterTheBackoff() throws Exception {
    try (RobotServer robot = new RobotServer(RobotServer.FAIL, RobotServer.OK);
        LogCapture log = new LogCapture()) {
      assertTrue(delivery(robot, Notify.Kind.WECOM, 3).send(MESSAGE));
      assertEquals(2, robot.bodies().size());
      assertEquals(robot.bodies().get(0), robot.bodies().get(1));
      assertEquals(List.of(Duration.ofMillis(1500)), sleeps);
      assertTrue(
          log.text()
              .contains(
                  "notify: delivery to 127.0.0.1 failed (HTTP 500, reply: upstream broken),"
                      + " attempt 1 of 3; retrying in 1.5 s"),
          log.text());
    }
  }

  @Test
  void aRobotThatKeepsRefusingIsGivenUpOnWithoutLeakingItsKey() throws Exception {
    try (RobotServer robot =
            new RobotServer(new RobotServer.Reply(200, "{\"errcode\":93000,\"errmsg\":\"bad\"}"));
        LogCapture log = new LogCapture()) {
      assertFalse(delivery(robot, Notify.Kind.WECOM, 3).send(MESSAGE));
      assertEquals(3, robot.bodies().size());
      assertEquals(List.of(Duration.ofMillis(1500), Duration.ofMillis(3000)), sleeps);
      assertTrue(log.text().contains("gave up after 3 attempt(s)"), log.text());
      assertTrue(log.text().contains("robot errcode 93000"), log.text());
      assertFalse(log.text().contains("secret-key-123"), log.text());
    }
  }

  @Test
  void anUnreachableRobotIsAWarningNotAnError() {
    Notify n =
        new Notify(
            URI.create("http://127.0.0.1:9/hook?key=k"), Notify.Kind.WECOM, 2, BigDecimal.ZERO, 2);
    try (LogCapture log = new LogCapture()) {
      assertFalse(new WebhookDelivery(n, sleeps::add).send(MESSAGE));
      assertTrue(
          log.text().contains("WARN WebhookDelivery notify: delivery to 127.0.0.1 failed ("),
          log.text());
    }
  }

  @Test
  void aRobotThatDoesNotAnswerWithinTheTimeoutIsAFailedAttempt() throws Exception {
    try (RobotServer robot =
            new RobotServer(new RobotServer.Reply(200, "{\"errcode\":0}", 2500), RobotServer.OK);
        LogCapture log = new LogCapture()) {
      Notify n = new Notify(URI.create(robot.url()), Notify.Kind.WECOM, 2, BigDecimal.ZERO, 1);
      long t0 = System.nanoTime();
      assertTrue(new WebhookDelivery(n, sleeps::add).send(MESSAGE));
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 2500, "did not wait for the slow reply");
      assertTrue(
          log.text().contains("HttpTimeoutException")
              || log.text().contains("no complete answer within 1.0 s"),
          log.text());
      assertTrue(log.text().contains("attempt 1 of 2"), log.text());
    }
  }

  @Test
  void refusalReadsStatusAndErrcode() {
    assertEquals(null, WebhookDelivery.refusal(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
    assertEquals(null, WebhookDelivery.refusal(204, ""));
    assertEquals("HTTP 404", WebhookDelivery.refusal(404, ""));
    assertEquals(
        "robot errcode 45009, reply: {\"errcode\":45009}",
        WebhookDelivery.refusal(200, "{\"errcode\":45009}"));
  }

  @Test
  void aRobotThatTricklesItsBodyIsCutOffAtTheDeadline() throws Exception {
    // Issue 27: HttpClient's timeout ends when the headers arrive; this robot sends them at once
    // and then one byte a second. Each attempt is bounded as a whole (1 s), and so is the delivery
    // (2 s: the third attempt never starts).
    try (RobotServer robot = new RobotServer(RobotServer.TRICKLE);
        LogCapture log = new LogCapture()) {
      Notify n = new Notify(URI.create(robot.url()), Notify.Kind.WECOM, 3, BigDecimal.ZERO, 1, 2);
      boolean sent =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30), () -> new WebhookDelivery(n, d -> {}).send(MESSAGE));
      assertFalse(sent);
      assertEquals(2, robot.bodies().size(), "two attempts of 1 s fill the 2 s deadline");
      String text = log.text();
      assertTrue(
          text.contains("failed (no complete answer within 1.0 s (connect, headers and body))"),
          text);
      assertTrue(
          text.contains(
              "; the delivery deadline of 2 s (notify.deadline_seconds) passed); gave up after 2 attempt(s)"),
          text);
      assertFalse(text.contains("secret-key-123"), text);
    }
  }

  @Test
  void noWaitRunsPastTheDeadline() throws Exception {
    try (RobotServer robot = new RobotServer(RobotServer.FAIL);
        LogCapture log = new LogCapture()) {
      Notify n =
          new Notify(URI.create(robot.url()), Notify.Kind.WECOM, 5, new BigDecimal("30"), 5, 20);
      List<Duration> slept = new java.util.ArrayList<>();
      assertFalse(new WebhookDelivery(n, slept::add).send(MESSAGE));
      assertEquals(1, robot.bodies().size());
      assertEquals(List.of(), slept, "a 30 s wait would pass the 20 s deadline");
      assertTrue(
          log.text()
              .contains(
                  "another attempt after 30.0 s would pass the delivery deadline of 20 s"
                      + " (notify.deadline_seconds)"),
          log.text());
    }
  }
}
