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
        "- One folder per month, named `YYYY-MM` (e.g. `2020-09/`), holding that month's extracts."
            + " `reference/towns.csv` lists the towns.\n");
    sb.append(
        "- File names (文件名): `NAME.csv`, `NAME.csv.gz` or `NAME.xlsx`, where NAME is the"
            + " English name or the Chinese name of the extract (`registration.csv`,"
            + " `就业失业登记.xlsx`; table below). An .xlsx is read from its first sheet; its first"
            + " non-empty row is the header.\n");
    sb.append(
        "- Too big for one file (Excel stops at 1,048,576 rows)? Deliver parts `NAME-1.csv`,"
            + " `NAME-2.csv.gz`, `NAME-3.xlsx`, … numbered from 1 without a gap, each with the"
            + " header row: they are read together as one delivery, a later part counting as later"
            + " in the delivery. Correcting one part re-reads the whole month.\n");
    sb.append(
        "- One extract, one form: `registration.csv` together with `registration.csv.gz`,"
            + " `就业失业登记.csv` or `registration-1.csv` is refused (which one is the truth is"
            + " unknowable). Any other file in a month folder is not read: the run names it in"
            + " its log and in a data-quality alert (未识别的文件).\n");
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
    sb.append("\n## Excel workbooks (.xlsx)\n\n");
    sb.append(
        "Only `.xlsx` workbooks are read: an old `.xls` (Excel 97-2003), a password-protected"
            + " workbook or a file merely renamed `.xlsx` stops the run with one line saying which"
            + " it is — save it again from Excel as `.xlsx` (without a password) or as `.csv`. "
            + "Cells are read as text the way they show: a text cell as typed; a whole number as its"
            + " digits (an ID number typed as a number has already lost its last digits in Excel"
            + " and is rejected — format ID columns as text); a date cell as the date (a month in"
            + " a month column). Empty rows are skipped; a value to the right of the last header"
            + " column rejects the row (`MALFORMED_ROW`). Line numbers in the quarantine are sheet"
            + " row numbers.\n");
    sb.append("\n## Limits (读取限制)\n\n");
    sb.append(
        "- Only plain files are read; a folder, pipe or device named like an extract stops the"
            + " run.\n");
    sb.append(
        "- A record longer than 1 MB or with more than 4,096 fields is rejected (`MALFORMED_ROW`)"
            + " without being read into memory (`ingest.max_record_bytes`, `ingest.max_fields`).\n");
    sb.append(
        "- An extract with more than 10 times the rows of the previous delivery of the same extract"
            + " (and more than 2 million rows) stops the run before anything is staged: a runaway"
            + " export, not a month's data (`ingest.plausible_rows`).\n");
    sb.append(
        "- Warnings, not rejections: a file with a header and no rows (`HEADER_ONLY`), NUL"
            + " characters removed from a record (`NUL_STRIPPED`), a line of white space alone"
            + " (`BLANK_LINE`).\n");
    taskProgressPage(sb);
    List<Extract> all = new ArrayList<>(Extracts.MONTHLY);
    all.add(Extracts.TOWNS);
    all.add(Extracts.TASK_REGISTER);
    for (Extract e : all) {
      sb.append("\n## ")
          .append(e.name())
          .append(" · ")
          .append(e.titleZh())
          .append(e.isMandatory() ? " (mandatory 必报)" : "")
          .append("\n\n");
      if (e == Extracts.TASK_REGISTER) {
        sb.append(
            "File: `reference/tasks.csv` (optional; also `.csv.gz`). Without it the built-in"
                + " register of the 2020 document applies (67 tasks). A broken row, a task number"
                + " given twice or an unknown indicator id stops the run (exit 3): a register"
                + " missing a task would silently stop chasing it.\n\n");
      } else if (e != Extracts.TOWNS) {
        sb.append("Files: `")
            .append(e.name())
            .append(".csv` or `")
            .append(e.titleZh())
            .append(".csv` (also `.csv.gz`, `.xlsx`, or parts `")
            .append(e.name())
            .append("-1.csv`, `")
            .append(e.name())
            .append("-2.csv`, …)\n\n");
      }
      if (e != Extracts.TASK_REGISTER) {
        sb.append("Identity (a later delivery replaces the earlier): `")
            .append(String.join("`, `", e.identity()).replace(Extract.PERSON_KEY, "id_number"))
            .append("`\n\n");
      }
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

  /** For the lead units' clerks (issue 28): how to report task progress each month. */
  private static void taskProgressPage(StringBuilder sb) {
    sb.append("\n## 重点任务进展：各牵头单位填报说明 (task_progress, for the lead units)\n\n");
    sb.append(
        "- Who: each lead unit (牵头单位) of the document's tasks, once a month, for every task it"
            + " leads. The employment office collects the units' files into the month folder as one"
            + " `重点任务进展.csv` (or parts `task_progress-1.csv`, `task_progress-2.csv`, … one per"
            + " unit).\n");
    sb.append(
        "- Template: `docs/templates/task_progress/<单位>.csv`, pre-filled with the unit's task"
            + " numbers and name (`jobs/task-templates.sh --out DIR [--input INPUT]` writes them for"
            + " a delivered register). Fill 进展状态 (已完成 / 按序时推进 / 滞后 / 未启动) and 报送日期 on"
            + " every row; 工作进展, 存在问题, 下步措施 as free text. A row left unfilled is rejected"
            + " (`MISSING_REQUIRED`).\n");
    sb.append(
        "- 报送单位 must be written exactly as the register names the unit (e.g. `区发展改革委`), and"
            + " only for tasks the unit leads: a responsible unit (责任单位) does not report; a task"
            + " number not in the register is `INVALID_NUMBER`, a unit that does not lead the task"
            + " `INVALID_ENUM`.\n");
    sb.append(
        "- Rating (SPEC 4.7, docs/tasks.md): BEHIND two months running, or no report two months"
            + " running, makes the task red (督办); one month BEHIND, or no report this month, yellow"
            + " (关注). A task all its lead units report DONE stays done for the year. Report every"
            + " month, also when nothing changed.\n");
  }

  private static String rule(Column c) {
    List<String> parts = new ArrayList<>();
    switch (c.type()) {
      case ID_NUMBER -> parts.add("valid GB 11643 ID number");
      case CREDIT_CODE -> parts.add("valid GB 32100 credit code");
      case TOWN -> parts.add("a town_code of reference/towns.csv");
      case TASK_NO -> parts.add("whole number");
      case LEAD_UNIT -> parts.add("unit name");
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
