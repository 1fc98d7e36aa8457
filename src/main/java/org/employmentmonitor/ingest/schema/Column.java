package org.employmentmonitor.ingest.schema;

import java.math.BigDecimal;

/**
 * One column of an extract (SPEC 2.2): canonical name, Chinese alias, type, whether required, and
 * the rule details its type needs. Declared once in {@link Extracts}; the reader, the validator,
 * the staging schema, the templates and the clerks' guide all read these declarations.
 */
public final class Column {
  private final String name;
  private final String alias;
  private final ColumnType type;
  private boolean required;
  private CodeList codes;
  private Boolean booleanDefault;
  private boolean notAfterExtract;
  private BigDecimal min;
  private boolean minExclusive;
  private BigDecimal max;
  private String rule = "";

  private Column(String name, String alias, ColumnType type) {
    this.name = name;
    this.alias = alias;
    this.type = type;
  }

  public static Column of(String name, String alias, ColumnType type) {
    return new Column(name, alias, type);
  }

  public static Column enumeration(String name, String alias, CodeList codes) {
    Column c = new Column(name, alias, ColumnType.ENUM);
    c.codes = codes;
    return c;
  }

  public static Column codeList(String name, String alias, CodeList codes) {
    Column c = new Column(name, alias, ColumnType.CODE_LIST);
    c.codes = codes;
    return c;
  }

  public Column required() {
    this.required = true;
    return this;
  }

  /** A boolean that is empty or broken takes this value (SPEC 9). */
  public Column defaultValue(boolean value) {
    this.booleanDefault = value;
    return this;
  }

  /** A value after the extract month is DATE_AFTER_EXTRACT (SPEC 9). */
  public Column notAfterExtract() {
    this.notAfterExtract = true;
    return this;
  }

  public Column range(BigDecimal min, boolean minExclusive, BigDecimal max) {
    this.min = min;
    this.minExclusive = minExclusive;
    this.max = max;
    return this;
  }

  /** The rule in words, for the clerks' guide. */
  public Column rule(String words) {
    this.rule = words;
    return this;
  }

  public String name() {
    return name;
  }

  public String alias() {
    return alias;
  }

  public ColumnType type() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  public CodeList codes() {
    return codes;
  }

  public Boolean booleanDefault() {
    return booleanDefault;
  }

  public boolean isNotAfterExtract() {
    return notAfterExtract;
  }

  public BigDecimal min() {
    return min;
  }

  public boolean isMinExclusive() {
    return minExclusive;
  }

  public BigDecimal max() {
    return max;
  }

  public String ruleText() {
    return rule;
  }
}
