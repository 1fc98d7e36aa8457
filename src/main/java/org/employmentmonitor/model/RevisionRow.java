package org.employmentmonitor.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the revision table (SPEC 6 {@code revisions.csv}, 数据修订): a cell of a month-end before
 * P whose value differs from the indicator table published for P−1 in the same output. A null value
 * is NOT_AVAILABLE (or a cell absent from that table).
 *
 * @param change value − previousValue (ratios in fraction points); null when either is null
 * @param reason the deliveries that changed it, as {@code cause source/YYYY-MM} tokens joined by
 *     {@code "; "} ({@link RevisionTable#REASON_FORMAT})
 */
public record RevisionRow(
    YearMonth period,
    LocalDate monthEnd,
    String indicatorId,
    String indicatorName,
    Scope scope,
    String scopeKey,
    String scopeName,
    Unit unit,
    BigDecimal previousValue,
    BigDecimal value,
    BigDecimal change,
    String reason)
    implements Serializable {}
