package org.employmentmonitor.alerts;

import java.util.Comparator;
import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.model.AlertRow;

/**
 * The alert table's order (SPEC 6, issue 5): active alerts before RESOLVED ones (issue 17); RED
 * first; then rule in {@link AlertRule} order (targets, risks, data); then subject, {@code
 * DISTRICT} before towns, employers and sources (in text order); then indicator in catalogue order;
 * then message. Total, so reruns write identical files.
 */
final class AlertOrder {
  private AlertOrder() {}

  static final Comparator<AlertRow> COMPARATOR =
      Comparator.comparing((AlertRow a) -> !a.active())
          .thenComparing(AlertRow::severity)
          .thenComparing(a -> ruleOrder(a.rule()))
          .thenComparing(a -> !Subjects.DISTRICT.equals(Subjects.key(a.subject())))
          .thenComparing(AlertRow::subject)
          .thenComparing(a -> indicatorOrder(a.indicatorId()))
          .thenComparing(AlertRow::message);

  private static int ruleOrder(String rule) {
    try {
      return AlertRule.valueOf(rule).ordinal();
    } catch (IllegalArgumentException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static int indicatorOrder(String id) {
    if (id == null) {
      return -1;
    }
    try {
      return IndicatorCatalog.order(id);
    } catch (IllegalArgumentException e) {
      return Integer.MAX_VALUE;
    }
  }
}
