package org.employmentmonitor.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;

/**
 * Where the month's alerts are delivered (config {@code notify:}, docs/alerts.md "Delivery"). Off
 * when {@code url} is null. The URL carries the robot's secret key in its query, so it is never
 * serialised whole: the run manifest (which records the effective configuration) sees only {@link
 * #endpoint()}.
 */
public record Notify(
    @JsonIgnore URI url,
    Kind kind,
    int attempts,
    BigDecimal backoffSeconds,
    int timeoutSeconds,
    int deadlineSeconds)
    implements Serializable {

  /**
   * The most {@code deadline_seconds} (and {@code timeout_seconds}) may be: a delivery never holds
   * the run longer than this, whatever the robot does (issue 27).
   */
  public static final int MAX_DEADLINE_SECONDS = 300;

  /** The default bound on a whole delivery, all attempts and waits included. */
  public static final int DEFAULT_DEADLINE_SECONDS = 60;

  /** Delivery with the default deadline. */
  public Notify(URI url, Kind kind, int attempts, BigDecimal backoffSeconds, int timeoutSeconds) {
    this(url, kind, attempts, backoffSeconds, timeoutSeconds, DEFAULT_DEADLINE_SECONDS);
  }

  /** The JSON shape of the group robot. */
  public enum Kind {
    /** 企业微信群机器人: {@code {"msgtype":"markdown","markdown":{"content":…}}}. */
    WECOM,
    /** 钉钉自定义机器人: {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}. */
    DINGTALK;

    static Kind parse(String s) {
      return Kind.valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }

  /** Delivery is configured. */
  @JsonIgnore
  public boolean enabled() {
    return url != null;
  }

  /**
   * The URL without its query, user info or fragment ({@code https://qyapi.weixin.qq.com/cgi-bin/
   * webhook/send}): safe to log and to record; empty when delivery is off.
   */
  @JsonProperty("endpoint")
  public String endpoint() {
    if (url == null) {
      return "";
    }
    return url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  /** The URL's host alone, for log lines. */
  @JsonIgnore
  public String host() {
    return url == null ? "" : url.getHost();
  }
}
