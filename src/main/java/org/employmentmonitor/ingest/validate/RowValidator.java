package org.employmentmonitor.ingest.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.employmentmonitor.ingest.csv.Records;
import org.employmentmonitor.ingest.id.CreditCode;
import org.employmentmonitor.ingest.id.IdNumber;
import org.employmentmonitor.ingest.schema.Column;
import org.employmentmonitor.ingest.schema.ColumnType;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Issue;
import org.employmentmonitor.ingest.schema.RowRule;
import org.employmentmonitor.ingest.schema.RowView;

/**
 * Turns one CSV record into a staged row or a quarantine verdict, by the declarations of {@link
 * Extract} (SPEC 2.2, 2.3, 9). Exactly one outcome per record: MALFORMED_ROW first; else the first
 * required column, in declaration order, that is missing or broken; else the row rules; else
 * accepted, with each broken optional value nulled and recorded as a warning.
 *
 * <p>One instance per Spark task (it owns a {@link Pseudonymizer}); {@link #validate} reuses one
 * {@link Result} object, so a caller copies what it keeps.
 */
public final class RowValidator {
  private static final int MAX_DECIMAL_SCALE = 6;

  private final Extract extract;
  private final List<Column> columns;
  private final HeaderMapping header;
  private final Set<String> towns;
  private final Map<Integer, Set<String>> taskLeadUnits;
  private final Pseudonymizer pseudonymizer;
  private final YearMonth extractMonth;
  private final LocalDate lastDayOfExtract;
  private final int[] stagedPosition;
  private final int stagedWidth;

  // Per-row state.
  private final Object[] values;
  private final Issue[] problems;
  private final String[] problemDetails;
  private final boolean[] empty;
  private final Result result = new Result();
  private final View view = new View();

  public RowValidator(
      Extract extract,
      HeaderMapping header,
      YearMonth extractMonth,
      Set<String> towns,
      Pseudonymizer pseudonymizer) {
    this(extract, header, extractMonth, towns, Map.of(), pseudonymizer);
  }

  /**
   * @param taskLeadUnits the task register's lead units by task number, for {@code task_progress}
   *     (SPEC 9: a task of the register, a lead unit of that task)
   */
  public RowValidator(
      Extract extract,
      HeaderMapping header,
      YearMonth extractMonth,
      Set<String> towns,
      Map<Integer, Set<String>> taskLeadUnits,
      Pseudonymizer pseudonymizer) {
    this.extract = extract;
    this.taskLeadUnits = taskLeadUnits;
    this.columns = extract.columns();
    this.header = header;
    this.towns = towns;
    this.pseudonymizer = pseudonymizer;
    this.extractMonth = extractMonth;
    this.lastDayOfExtract = extractMonth == null ? LocalDate.MAX : extractMonth.atEndOfMonth();
    this.stagedPosition = new int[columns.size()];
    int p = 0;
    for (int c = 0; c < columns.size(); c++) {
      ColumnType t = columns.get(c).type();
      stagedPosition[c] = t == ColumnType.DROPPED ? -1 : p;
      p += t == ColumnType.ID_NUMBER ? 3 : t == ColumnType.DROPPED ? 0 : 1;
    }
    this.stagedWidth = p + 1; // + source_line
    this.values = new Object[columns.size()];
    this.problems = new Issue[columns.size()];
    this.problemDetails = new String[columns.size()];
    this.empty = new boolean[columns.size()];
  }

  /** A warning on a kept row. */
  public record Warning(Issue code, String column, String detail) {}

  /** The outcome of one record; reused between calls. */
  public static final class Result {
    private boolean accepted;
    private Object[] staged;
    private Issue reason;
    private String column;
    private String detail;
    private final List<Warning> warnings = new ArrayList<>();

    public boolean accepted() {
      return accepted;
    }

    /** The staged values, in {@link Extract#stagedSchema()} order (a fresh array per row). */
    public Object[] staged() {
      return staged;
    }

    public Issue reason() {
      return reason;
    }

    public String column() {
      return column;
    }

    public String detail() {
      return detail;
    }

    public List<Warning> warnings() {
      return warnings;
    }
  }

  public Result validate(Records record) {
    Result r = result;
    r.accepted = false;
    r.staged = null;
    r.reason = null;
    r.column = null;
    r.detail = null;
    r.warnings.clear();

    if (record.size() != header.headerSize()) {
      return quarantine(
          Issue.MALFORMED_ROW,
          null,
          record.malformation() != null
              ? record.malformation()
              : "has " + record.size() + " fields where the header has " + header.headerSize());
    }
    String[] raw = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      int f = header.field(c);
      if (f >= 0 && columns.get(c).type() != ColumnType.DROPPED) {
        raw[c] = record.field(f);
      }
    }
    if (record.malformation() != null) {
      return quarantine(Issue.MALFORMED_ROW, null, record.malformation());
    }

    Arrays.fill(values, null);
    Arrays.fill(problems, null);
    Arrays.fill(problemDetails, null);
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      if (col.type() == ColumnType.DROPPED) {
        continue;
      }
      String v = raw[c] == null ? "" : Normalizer.clean(raw[c]);
      empty[c] = v.isEmpty();
      if (empty[c]) {
        if (col.isRequired()) {
          return quarantine(
              Issue.MISSING_REQUIRED, col.name(), col.name() + " (" + col.alias() + ") is empty");
        }
        values[c] = col.booleanDefault();
        continue;
      }
      parse(c, col, v);
      if (problems[c] != null && col.isRequired()) {
        return quarantine(problems[c], col.name(), col.name() + " " + problemDetails[c]);
      }
    }

    for (RowRule rule : extract.rules()) {
      rule.check(view);
      if (r.reason != null) {
        return r;
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      if (problems[c] != null) {
        Column col = columns.get(c);
        r.warnings.add(
            new Warning(
                problems[c], col.name(), col.name() + " " + problemDetails[c] + "; nulled"));
        values[c] = col.booleanDefault();
      }
    }
    r.accepted = true;
    r.staged = stage(record.line());
    return r;
  }

  private Result quarantine(Issue reason, String column, String detail) {
    result.accepted = false;
    result.reason = reason;
    result.column = column;
    result.detail = detail;
    result.warnings.clear();
    return result;
  }

  private Object[] stage(long line) {
    Object[] out = new Object[stagedWidth];
    for (int c = 0; c < columns.size(); c++) {
      int p = stagedPosition[c];
      if (p < 0) {
        continue;
      }
      Object v = values[c];
      if (columns.get(c).type() == ColumnType.ID_NUMBER) {
        if (v != null) {
          IdNumber.Result id = (IdNumber.Result) v;
          out[p] = pseudonymizer.personKey(id.canonical());
          out[p + 1] = id.birthDate();
          out[p + 2] = id.male() ? "M" : "F";
        }
      } else if (v instanceof YearMonth ym) {
        out[p] = ym.atDay(1);
      } else {
        out[p] = v;
      }
    }
    out[stagedWidth - 1] = (int) line;
    return out;
  }

  /** The row's value of its TASK_NO column (declared, and so parsed, before its LEAD_UNIT). */
  private Integer taskOfRow() {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).type() == ColumnType.TASK_NO) {
        return (Integer) values[c];
      }
    }
    return null;
  }

  private void problem(int c, Issue issue, String detail) {
    problems[c] = issue;
    problemDetails[c] = detail;
  }

  private void parse(int c, Column col, String v) {
    switch (col.type()) {
      case TEXT -> values[c] = v;
      case ID_NUMBER -> {
        IdNumber.Result id = IdNumber.parse(v, lastDayOfExtract);
        if (id.valid()) {
          values[c] = id;
        } else {
          problem(c, Issue.INVALID_ID_NUMBER, id.error());
        }
      }
      case CREDIT_CODE -> {
        String error = CreditCode.validate(v);
        if (error == null) {
          values[c] = CreditCode.fold(v);
        } else {
          problem(c, Issue.INVALID_CREDIT_CODE, error);
        }
      }
      case TOWN -> {
        if (towns.contains(v)) {
          values[c] = v;
        } else {
          problem(c, Issue.UNKNOWN_TOWN, "is not a town_code of reference/towns.csv");
        }
      }
      case TASK_NO -> {
        Integer n = isDigits(v) && v.length() <= 9 ? Integer.valueOf(v) : null;
        if (n != null && taskLeadUnits.containsKey(n)) {
          values[c] = n;
        } else {
          problem(
              c,
              Issue.INVALID_NUMBER,
              n == null ? "is not a whole number" : "is not a task number of the task register");
        }
      }
      case LEAD_UNIT -> {
        Set<String> leads = taskLeadUnits.get(taskOfRow());
        if (leads != null && leads.contains(v)) {
          values[c] = v;
        } else {
          problem(
              c,
              Issue.INVALID_ENUM,
              "is not a lead unit (牵头单位) of task " + taskOfRow() + ": " + leads);
        }
      }
      case ENUM -> {
        String code = col.codes().canonical(v);
        if (code != null) {
          values[c] = code;
        } else {
          problem(c, Issue.INVALID_ENUM, "is not one of " + col.codes().labels().keySet());
        }
      }
      case CODE_LIST -> parseCodeList(c, col, v);
      case BOOLEAN -> {
        Boolean b = parseBoolean(v);
        if (b != null) {
          values[c] = b;
        } else {
          problem(c, Issue.INVALID_ENUM, "is not a boolean (Y/N, 1/0, 是/否, true/false)");
        }
      }
      case DATE -> {
        LocalDate d = DateParsers.date(v);
        if (d == null) {
          problem(
              c,
              Issue.INVALID_DATE,
              "is not a real date as yyyy-MM-dd, yyyy/M/d, yyyyMMdd or yyyy年M月d日");
        } else if (col.isNotAfterExtract() && d.isAfter(lastDayOfExtract)) {
          problem(c, Issue.DATE_AFTER_EXTRACT, "is after the extract month " + extractMonth);
        } else {
          values[c] = d;
        }
      }
      case MONTH -> {
        YearMonth m = DateParsers.month(v);
        if (m == null) {
          problem(c, Issue.INVALID_DATE, "is not a month as yyyy-MM, yyyyMM, yyyy/M or yyyy年M月");
        } else if (col.isNotAfterExtract() && extractMonth != null && m.isAfter(extractMonth)) {
          problem(c, Issue.DATE_AFTER_EXTRACT, "is after the extract month " + extractMonth);
        } else {
          values[c] = m;
        }
      }
      case YEAR -> {
        if (v.length() == 4 && isDigits(v)) {
          values[c] = Integer.parseInt(v);
        } else {
          problem(c, Issue.INVALID_NUMBER, "is not a 4-digit year");
        }
      }
      case INTEGER -> parseNumber(c, col, v, true);
      case DECIMAL -> parseNumber(c, col, v, false);
      case DROPPED -> {}
    }
  }

  private void parseCodeList(int c, Column col, String v) {
    Set<String> codes = new LinkedHashSet<>();
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || v.charAt(i) == ';' || v.charAt(i) == '、' || v.charAt(i) == ',') {
        String part = Normalizer.clean(v.substring(start, i));
        start = i + 1;
        if (part.isEmpty()) {
          continue;
        }
        String code = col.codes().canonical(part);
        if (code == null) {
          problem(c, Issue.INVALID_ENUM, "holds an element that is not a listed group");
          return;
        }
        codes.add(code);
      }
    }
    values[c] = codes.toArray(new String[0]);
  }

  static Boolean parseBoolean(String v) {
    switch (v) {
      case "是", "1" -> {
        return Boolean.TRUE;
      }
      case "否", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        if (v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (v.equalsIgnoreCase("N") || v.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
        return null;
      }
    }
  }

  private void parseNumber(int c, Column col, String v, boolean integer) {
    BigDecimal d = parseDecimal(v);
    if (d == null) {
      problem(c, Issue.INVALID_NUMBER, "is not a number");
      return;
    }
    if (integer) {
      if (d.stripTrailingZeros().scale() > 0) {
        problem(c, Issue.INVALID_NUMBER, "is not a whole number");
        return;
      }
    }
    if (col.min() != null) {
      int cmp = d.compareTo(col.min());
      if (cmp < 0 || (cmp == 0 && col.isMinExclusive())) {
        problem(
            c,
            Issue.INVALID_NUMBER,
            "must be " + (col.isMinExclusive() ? "> " : ">= ") + col.min().toPlainString());
        return;
      }
    }
    if (col.max() != null && d.compareTo(col.max()) > 0) {
      problem(c, Issue.INVALID_NUMBER, "must be <= " + col.max().toPlainString());
      return;
    }
    if (!integer && d.precision() - d.scale() > Extract.DECIMAL_INTEGER_DIGITS) {
      problem(c, Issue.INVALID_NUMBER, "is too large");
      return;
    }
    if (integer) {
      try {
        values[c] = d.intValueExact();
      } catch (ArithmeticException e) {
        problem(c, Issue.INVALID_NUMBER, "is too large");
      }
    } else {
      values[c] = d.setScale(MAX_DECIMAL_SCALE, RoundingMode.HALF_UP);
    }
  }

  /** Plain decimal notation only: optional sign, digits, optional fraction. */
  static BigDecimal parseDecimal(String v) {
    int n = v.length();
    int i = 0;
    if (n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
      i = 1;
    }
    int digits = 0;
    boolean point = false;
    for (int k = i; k < n; k++) {
      char ch = v.charAt(k);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.' && !point && digits > 0 && k < n - 1) {
        point = true;
      } else {
        return null;
      }
    }
    if (digits == 0 || digits > 30) {
      return null;
    }
    return new BigDecimal(v);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private int indexOf(String column) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).name().equals(column)) {
        return c;
      }
    }
    throw new IllegalArgumentException(extract.name() + " has no column " + column);
  }

  /** The row as the rules see it. */
  private final class View implements RowView {
    @Override
    public Object value(String column) {
      int c = indexOf(column);
      return problems[c] != null ? null : values[c];
    }

    @Override
    public boolean isEmpty(String column) {
      int c = indexOf(column);
      return header.field(c) < 0 || empty[c];
    }

    @Override
    public Issue problem(String column) {
      return problems[indexOf(column)];
    }

    @Override
    public void quarantine(Issue reason, String column, String detail) {
      if (result.reason == null) {
        RowValidator.this.quarantine(reason, column, detail);
      }
    }

    @Override
    public void warn(Issue code, String column, String detail, boolean nullify) {
      int c = indexOf(column);
      result.warnings.add(new Warning(code, column, detail));
      if (nullify) {
        values[c] = null;
      }
    }
  }
}
