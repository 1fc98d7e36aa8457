package org.employmentmonitor.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One alert (SPEC 6 {@code alerts.csv}, SPEC 7). {@code subject} starts with the machine key
 * (employer credit code, {@code DISTRICT}, a town code, {@code source/YYYY-MM}, a scope key),
 * optionally followed by a space and a human name. No personal data, ever.
 *
 * <p>{@code state}, {@code since} and {@code monthsActive} are the alert's lifecycle (SPEC 7
 * "Lifecycle", docs/alerts.md): the rules raise rows as {@link State#NEW} since their own period
 * for one month (the nine-argument constructor), and the lifecycle step of the alerts job replaces
 * them with what the previous period's published alerts say.
 */
public record AlertRow(
    YearMonth period,
    Severity severity,
    String rule,
    String indicatorId,
    String subject,
    BigDecimal value,
    BigDecimal threshold,
    String message,
    String leadUnit,
    State state,
    YearMonth since,
    int monthsActive)
    implements Serializable {

  public AlertRow {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(since, "since");
  }

  /** A freshly raised alert: {@link State#NEW}, since {@code period}, active one month. */
  public AlertRow(
      YearMonth period,
      Severity severity,
      String rule,
      String indicatorId,
      String subject,
      BigDecimal value,
      BigDecimal threshold,
      String message,
      String leadUnit) {
    this(
        period,
        severity,
        rule,
        indicatorId,
        subject,
        value,
        threshold,
        message,
        leadUnit,
        State.NEW,
        period,
        1);
  }

  /** This alert with its lifecycle replaced. */
  public AlertRow withLifecycle(State newState, YearMonth newSince, int newMonthsActive) {
    return new AlertRow(
        period,
        severity,
        rule,
        indicatorId,
        subject,
        value,
        threshold,
        message,
        leadUnit,
        newState,
        newSince,
        newMonthsActive);
  }

  /** True unless {@link State#RESOLVED}: the alert's condition holds in its period. */
  public boolean active() {
    return state != State.RESOLVED;
  }

  /** RED outranks YELLOW. */
  public enum Severity {
    RED("红色"),
    YELLOW("黄色");

    private final String labelZh;

    Severity(String labelZh) {
      this.labelZh = labelZh;
    }

    public String labelZh() {
      return labelZh;
    }
  }

  /**
   * Where the alert stands against the previous period's published alerts (SPEC 7): new this
   * period, lasting, worse or better than last period (at the precision the report prints), or no
   * longer raised (written once, in the first period without it).
   */
  public enum State {
    NEW("新增"),
    ONGOING("持续"),
    WORSENED("加重"),
    IMPROVED("好转"),
    RESOLVED("已解除");

    private final String labelZh;

    State(String labelZh) {
      this.labelZh = labelZh;
    }

    public String labelZh() {
      return labelZh;
    }
  }
}
