package org.employmentmonitor.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the indicator table (SPEC 6 {@code indicators.csv}): an indicator's value for one
 * month-end and one cell, with its target tracking and the same cell a year earlier (SPEC 4.6:
 * {@code valueLastYear}, {@code yoyChange}, {@code yoyRate}; null when empty). Ratios are
 * fractions. {@code scopeName} is the cell's human name (the town's name, the group's label) for
 * reports.
 */
public record IndicatorRow(
    YearMonth period,
    LocalDate monthEnd,
    String indicatorId,
    String indicatorName,
    Scope scope,
    String scopeKey,
    String scopeName,
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    Unit unit,
    BigDecimal target,
    String targetKind,
    BigDecimal timeProgress,
    BigDecimal completion,
    BigDecimal projection,
    Status status,
    String leadUnit,
    BigDecimal valueLastYear,
    BigDecimal yoyChange,
    BigDecimal yoyRate)
    implements Serializable {

  /** A row without last year's value (it is added by {@link #withLastYear}). */
  public IndicatorRow(
      YearMonth period,
      LocalDate monthEnd,
      String indicatorId,
      String indicatorName,
      Scope scope,
      String scopeKey,
      String scopeName,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      Unit unit,
      BigDecimal target,
      String targetKind,
      BigDecimal timeProgress,
      BigDecimal completion,
      BigDecimal projection,
      Status status,
      String leadUnit) {
    this(
        period,
        monthEnd,
        indicatorId,
        indicatorName,
        scope,
        scopeKey,
        scopeName,
        value,
        numerator,
        denominator,
        unit,
        target,
        targetKind,
        timeProgress,
        completion,
        projection,
        status,
        leadUnit,
        null,
        null,
        null);
  }

  /** This row with last year's value, its change and its rate (SPEC 4.6). */
  public IndicatorRow withLastYear(BigDecimal lastYear, BigDecimal change, BigDecimal rate) {
    return new IndicatorRow(
        period,
        monthEnd,
        indicatorId,
        indicatorName,
        scope,
        scopeKey,
        scopeName,
        value,
        numerator,
        denominator,
        unit,
        target,
        targetKind,
        timeProgress,
        completion,
        projection,
        status,
        leadUnit,
        lastYear,
        change,
        rate);
  }
}
