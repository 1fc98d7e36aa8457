package org.employmentmonitor.indicators;

import java.util.List;
import java.util.Objects;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;

/**
 * An indicator of SPEC 4, declared once, next to its rule (issue 15): id, Chinese and English
 * names, unit, the cells it is broken down into, the extracts it needs (absent in a month's folder:
 * NOT_AVAILABLE), for a sub-indicator the headline indicator whose configuration entry (target,
 * lead unit) it shares, how the report shows its value, and its definition in Chinese as the
 * report's appendix prints it. The catalogue, the report, the workbook and the person engine read
 * these; the id string itself appears nowhere else in the product.
 *
 * <p>Declared with {@link #of} and the {@code with…} steps below, so each declaration reads as a
 * sentence and leaves out what is usual (district and town cells, persons as the parts of a rate,
 * shown by unit).
 *
 * @param partsUnit what the numerator and denominator of a rate count (人 but for the SOE share)
 */
public record IndicatorDefinition(
    String id,
    String nameZh,
    String nameEn,
    Unit unit,
    List<Scope> scopes,
    List<String> sources,
    String parent,
    DisplayKind display,
    Unit partsUnit,
    String definitionZh) {

  /** How the report writes a value, where the unit alone does not say it. */
  public enum DisplayKind {
    /** By the unit: counts, 万元, percentages for ratios. */
    BY_UNIT,
    /** A ratio of two counts read as a multiple ("1.35", 倍), never as a percentage. */
    MULTIPLE
  }

  public IndicatorDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, id);
    Objects.requireNonNull(unit, id);
    scopes = List.copyOf(scopes);
    sources = List.copyOf(sources);
  }

  /** A headline indicator of the district and its towns, shown by unit, without definition yet. */
  public static IndicatorDefinition of(String id, String nameZh, String nameEn, Unit unit) {
    return new IndicatorDefinition(
        id,
        nameZh,
        nameEn,
        unit,
        List.of(Scope.DISTRICT, Scope.TOWN),
        List.of(),
        null,
        DisplayKind.BY_UNIT,
        Unit.PERSONS,
        null);
  }

  public IndicatorDefinition withScopes(Scope... s) {
    return new IndicatorDefinition(
        id, nameZh, nameEn, unit, List.of(s), sources, parent, display, partsUnit, definitionZh);
  }

  public IndicatorDefinition withSources(Extract... extracts) {
    List<String> names = java.util.Arrays.stream(extracts).map(Extract::name).toList();
    return new IndicatorDefinition(
        id, nameZh, nameEn, unit, scopes, names, parent, display, partsUnit, definitionZh);
  }

  /** "Also output" of {@code headline}: shares its configuration entry, has no target. */
  public IndicatorDefinition withParent(IndicatorDefinition headline) {
    return new IndicatorDefinition(
        id, nameZh, nameEn, unit, scopes, sources, headline.id(), display, partsUnit, definitionZh);
  }

  public IndicatorDefinition withDisplay(DisplayKind kind) {
    return new IndicatorDefinition(
        id, nameZh, nameEn, unit, scopes, sources, parent, kind, partsUnit, definitionZh);
  }

  public IndicatorDefinition withPartsUnit(Unit parts) {
    return new IndicatorDefinition(
        id, nameZh, nameEn, unit, scopes, sources, parent, display, parts, definitionZh);
  }

  /** The definition in Chinese, one or more sentences ending in 。 (the report's appendix). */
  public IndicatorDefinition withDefinition(String zh) {
    return new IndicatorDefinition(
        id, nameZh, nameEn, unit, scopes, sources, parent, display, partsUnit, zh);
  }

  /** The id whose configuration entry applies (its own, or its parent's). */
  public String configId() {
    return parent == null ? id : parent;
  }

  public boolean isSubIndicator() {
    return parent != null;
  }

  /** Whether the report reads the value as a multiple (倍) rather than by its unit. */
  public boolean isMultiple() {
    return display == DisplayKind.MULTIPLE;
  }
}
