package org.employmentmonitor.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the indicator table (SPEC 6 {@code indicators.csv}): an indicator's value for one
 * month-end and one cell, with its target tracking. Ratios are fractions. {@code scopeName} is the
 * cell's human name (the town's name, the group's label) for reports.
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
    String leadUnit)
    implements Serializable {}
