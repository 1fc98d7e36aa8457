package org.employmentmonitor.config;

/** How an indicator is judged against its target (SPEC 4.5, 9 "Targets and status"). */
public enum TargetKind {
  /** A count or amount that accumulates over the year, judged against time progress. */
  CUMULATIVE,
  /** A rate due by a month (December): AT_RISK below target before it, BEHIND from it on. */
  RATE_DUE,
  /** A rate due every month: AT_RISK below target, BEHIND more than a margin below. */
  MONTHLY_RATE,
  /** Must stay at or below the target: BREACHED above, else MET. */
  CEILING,
  /** Reported without a target. */
  NONE
}
