package org.employmentmonitor.ingest.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data clerks' one-page guide ({@code docs/extract-guide.md}) and the extract templates ({@code
 * docs/templates/NAME.zh.csv}, {@code NAME.en.csv}), generated from the same declarations the
 * reader uses ({@link Extracts}), so they can never disagree with what is validated. A test fails
 * when the committed files are stale; {@code -Dem.regenerateDocs=true} rewrites them.
 */
public final class ExtractGuide {
  private ExtractGuide() {}

  /** A template: the header row (Chinese aliases or canonical names), UTF-8 with a BOM. */
  public static String template(Extract e, boolean chinese) {
    return "\uFEFF"
        + e.columns().stream()
            .map(c -> chinese ? c.alias() : c.name())
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  /** The guide in Markdown. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# 数据报送指南 · Extract guide for data clerks\n\n");
    sb.append(
        "_Generated from the schema declarations the pipeline validates with "
            + "(`ingest/schema/Extracts.java`); do not edit by hand._\n\n");
    sb.append("## How to deliver (报送方式)\n\n");
    sb.append(
        "- One folder per month, named `YYYY-MM` (e.g. `2020-09/`), holding that month's extracts"
            + " as `NAME.csv` or `NAME.csv.gz` — never both. `reference/towns.csv` lists the towns."
            + "\n");
    sb.append(
        "- `registration` and `social_insurance` are mandatory every month; the others may be"
            + " absent (their indicators then show 无数据). `graduates` is a full snapshot.\n");
    sb.append(
        "- Encoding: UTF-8 (with or without BOM) or GBK/GB18030 as Excel saves it (\"CSV\" or"
            + " \"CSV UTF-8\"); not \"Unicode text\" (UTF-16).\n");
    sb.append(
        "- First row: column names, either the English name or the Chinese name below; any"
            + " order; extra columns are ignored. Templates: `docs/templates/NAME.zh.csv` and"
            + " `NAME.en.csv`.\n");
    sb.append(
        "- Codes: the code or its Chinese label (`EMPLOYED` or `就业登记`). Yes/no: `Y`/`N`,"
            + " `1`/`0`, `是`/`否`, `true`/`false`.\n");
    sb.append(
        "- Dates: `2020-09-05`, `2020/9/5`, `20200905` or `2020年9月5日`. Months: `2020-09`,"
            + " `202009`, `2020/9` or `2020年9月`.\n");
    sb.append(
        "- ID numbers (公民身份号码): 18 characters (15-digit legacy numbers are accepted). In"
            + " Excel, format the column as **text** first — a number like `5.00118E+17` has lost"
            + " its digits and is rejected.\n");
    sb.append(
        "- Rejected rows come back in the quarantine with the file, line, column and reason;"
            + " fix them at source and deliver the month again (the whole file replaces the old"
            + " one).\n\n");
    sb.append("## Reasons a row is rejected (拒收原因)\n\n");
    sb.append("| code | 中文 | meaning |\n|---|---|---|\n");
    for (Issue i : Issue.QUARANTINE_REASONS) {
      sb.append("| `")
          .append(i.name())
          .append("` | ")
          .append(i.labelZh())
          .append(" | ")
          .append(i.description())
          .append(" |\n");
    }
    sb.append(
        "\nA broken value in an optional column is not a rejection: the value is emptied and"
            + " listed as a warning.\n");
    List<Extract> all = new ArrayList<>(Extracts.MONTHLY);
    all.add(Extracts.TOWNS);
    for (Extract e : all) {
      sb.append("\n## ")
          .append(e.name())
          .append(" · ")
          .append(e.titleZh())
          .append(e.isMandatory() ? " (mandatory 必报)" : "")
          .append("\n\n");
      sb.append("Identity (a later delivery replaces the earlier): `")
          .append(String.join("`, `", e.identity()).replace(Extract.PERSON_KEY, "id_number"))
          .append("`\n\n");
      sb.append("| column | 中文列名 | required | rule / codes |\n|---|---|---|---|\n");
      for (Column c : e.columns()) {
        sb.append("| `")
            .append(c.name())
            .append("` | ")
            .append(c.alias())
            .append(" | ")
            .append(c.isRequired() ? "**yes**" : "")
            .append(" | ")
            .append(rule(c))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String rule(Column c) {
    List<String> parts = new ArrayList<>();
    switch (c.type()) {
      case ID_NUMBER -> parts.add("valid GB 11643 ID number");
      case CREDIT_CODE -> parts.add("valid GB 32100 credit code");
      case TOWN -> parts.add("a town_code of reference/towns.csv");
      case DATE -> parts.add("date");
      case MONTH -> parts.add("month");
      case YEAR -> parts.add("4-digit year");
      case INTEGER -> parts.add("whole number");
      case DECIMAL -> parts.add("number");
      case BOOLEAN ->
          parts.add(
              "yes/no"
                  + (c.booleanDefault() == null
                      ? ""
                      : c.booleanDefault() ? ", default Y" : ", default N"));
      case CODE_LIST -> parts.add("list separated by `;` `、` or `,`");
      default -> {}
    }
    if (c.isNotAfterExtract()) {
      parts.add("not after the extract month");
    }
    if (!c.ruleText().isEmpty()) {
      parts.add(c.ruleText());
    }
    if (c.codes() != null && c.type() != ColumnType.DROPPED) {
      parts.add(
          c.codes().labels().entrySet().stream()
              .map(ExtractGuide::code)
              .collect(Collectors.joining(" · ")));
    }
    return String.join("; ", parts);
  }

  private static String code(Map.Entry<String, String> e) {
    return "`" + e.getKey() + "` " + e.getValue();
  }
}
