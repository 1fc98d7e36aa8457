package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.employmentmonitor.config.MonitorConfig;
import org.employmentmonitor.config.TargetKind;
import org.employmentmonitor.config.TargetSpec;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Status;
import org.junit.jupiter.api.Test;

/** SPEC 4.5 and 9 "Targets and status", boundary by boundary, in exact arithmetic. */
class TargetTrackerTest {
  static final MonitorConfig CONFIG = MonitorConfig.defaults();

  static TargetSpec spec(String target, TargetKind kind) {
    return new TargetSpec("x", new BigDecimal(target), kind, 12, "区人力社保局", "");
  }

  static TargetTracker.Tracking track(TargetSpec s, Scope scope, String value, int month) {
    return TargetTracker.track(
        s, scope, value == null ? null : new BigDecimal(value), month, CONFIG);
  }

  @Test
  void cumulativeStatusAgainstTimeProgress() {
    TargetSpec t = spec("24000", TargetKind.CUMULATIVE);
    // September: time progress 0.75; BEHIND below 0.65 (15,600), AT_RISK below 0.75 (18,000).
    assertEquals(Status.ON_TRACK, track(t, Scope.DISTRICT, "18000", 9).status());
    assertEquals(Status.AT_RISK, track(t, Scope.DISTRICT, "17999", 9).status());
    assertEquals(Status.AT_RISK, track(t, Scope.DISTRICT, "15600", 9).status());
    assertEquals(Status.BEHIND, track(t, Scope.DISTRICT, "15599", 9).status());
    assertEquals(Status.MET, track(t, Scope.DISTRICT, "24000", 9).status());
    TargetTracker.Tracking r = track(t, Scope.DISTRICT, "17068", 9);
    assertEquals(0, new BigDecimal("0.75").compareTo(r.timeProgress()));
    assertEquals(new BigDecimal("0.7111666667"), r.completion());
    assertEquals(0, new BigDecimal("22757.3333333333").compareTo(r.projection()));
  }

  @Test
  void townRowsCarryNoShareOfACumulativeTarget() {
    TargetTracker.Tracking r = track(spec("24000", TargetKind.CUMULATIVE), Scope.TOWN, "10", 9);
    assertEquals(Status.NO_TARGET, r.status());
    assertNull(r.target());
    assertEquals("", r.targetKind(), "a row without a target has no kind");
  }

  @Test
  void ratesDueInDecember() {
    TargetSpec t = spec("0.9", TargetKind.RATE_DUE);
    assertEquals(Status.AT_RISK, track(t, Scope.DISTRICT, "0.899999", 11).status());
    assertEquals(Status.BEHIND, track(t, Scope.DISTRICT, "0.899999", 12).status());
    assertEquals(Status.MET, track(t, Scope.TOWN, "0.9", 9).status());
    assertEquals(
        Status.AT_RISK, track(t, Scope.TOWN, "0.5", 9).status(), "towns carry rate targets");
  }

  @Test
  void monthlyRatesAreBehindMoreThanFivePointsBelow() {
    TargetSpec t = spec("1.0", TargetKind.MONTHLY_RATE);
    assertEquals(Status.MET, track(t, Scope.DISTRICT, "1", 3).status());
    assertEquals(Status.AT_RISK, track(t, Scope.DISTRICT, "0.95", 3).status());
    assertEquals(Status.BEHIND, track(t, Scope.DISTRICT, "0.9499999", 3).status());
  }

  @Test
  void ceilingsAreBreachedOnlyAbove() {
    TargetSpec survey = spec("0.05", TargetKind.CEILING);
    assertEquals(Status.MET, track(survey, Scope.DISTRICT, "0.05", 9).status());
    assertEquals(Status.BREACHED, track(survey, Scope.DISTRICT, "0.0501", 9).status());
    TargetSpec households = spec("0", TargetKind.CEILING);
    assertEquals(Status.MET, track(households, Scope.TOWN, "0", 9).status());
    assertEquals(Status.BREACHED, track(households, Scope.TOWN, "1", 9).status());
    assertNull(track(households, Scope.TOWN, "1", 9).completion(), "no ratio to a zero target");
  }

  @Test
  void missingValuesAndSubIndicators() {
    assertEquals(
        Status.NOT_AVAILABLE,
        track(spec("0.9", TargetKind.RATE_DUE), Scope.DISTRICT, null, 9).status());
    assertEquals(Status.NO_TARGET, track(null, Scope.DISTRICT, "5", 9).status());
    assertEquals(
        Status.NO_TARGET,
        track(spec("1", TargetKind.MONTHLY_RATE), Scope.GROUP, "0.5", 9).status());
  }
}
