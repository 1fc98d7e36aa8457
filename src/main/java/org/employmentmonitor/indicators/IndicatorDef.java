package org.employmentmonitor.indicators;

import java.util.List;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * An indicator of SPEC 4 as the table shows it: id, Chinese and English names, unit, the cells it
 * is broken down into, the extracts it needs (absent in a month's folder: NOT_AVAILABLE), and for a
 * sub-indicator the headline indicator whose configuration (lead unit) it shares.
 */
public record IndicatorDef(
    String id,
    String nameZh,
    String nameEn,
    Unit unit,
    List<Scope> scopes,
    List<String> sources,
    String parent) {

  /** The id whose configuration entry applies (its own, or its parent's). */
  public String configId() {
    return parent == null ? id : parent;
  }

  public boolean isSubIndicator() {
    return parent != null;
  }
}
