package org.employmentmonitor.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of deliberately bad rows (SPEC 2.3). {@code Q} rows are extra, corrupted copies of the
 * row just written (so quarantining them changes no indicator); {@code W} rows are real rows with a
 * broken optional value (nulled with a warning, the row stays). The same plan applies at every
 * scale; each entry lands at a pseudo-random row of its file. recruitment 2020-09 is the one
 * source-month with ≈2% quarantined (a DATA_QUALITY alert on the sample's 2020-09 run).
 *
 * <p>Columns: extract | month | Q/W | reason | variant | column | argument | condition on the
 * template row ("col=VALUE", code or label; "col=" empty; "col=*" non-empty; "col=Y" any true).
 */
final class BadRows {
  /** One planned bad row. */
  record Entry(
      Extract extract,
      YearMonth month,
      boolean quarantine,
      String reason,
      String variant,
      String column,
      String argument,
      String condition) {}

  /** One bad row as written: where it is and what the pipeline should make of it. */
  record Written(String file, int line, String outcome, String reason, String column, String note) {
    String csv() {
      StringBuilder sb = new StringBuilder();
      for (String v : new String[] {file, Integer.toString(line), outcome, reason, column, note}) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        CsvSink.appendField(sb, v);
      }
      return sb.toString();
    }
  }

  static final String HEADER = "file,line,outcome,reason,column,note";

  private static final String[] PLAN = {
    // MALFORMED_ROW
    "registration|2019-11|Q|MALFORMED_ROW|extra_field|||",
    "registration|2020-03|Q|MALFORMED_ROW|missing_field|||",
    "social_insurance|2020-01|Q|MALFORMED_ROW|extra_field|||",
    "social_insurance|2020-05|Q|MALFORMED_ROW|after_quote|employer_name||",
    "training|2020-04|Q|MALFORMED_ROW|missing_field|||",
    "recruitment|2020-06|Q|MALFORMED_ROW|after_quote|channel||",
    "market_entities|2020-04|Q|MALFORMED_ROW|open_quote_eof|name||",
    "graduates|2020-10|Q|MALFORMED_ROW|extra_field|||",
    "social_insurance|2020-09|Q|MALFORMED_ROW|missing_field|||",
    "recruitment|2020-09|Q|MALFORMED_ROW|extra_field|||",
    // MISSING_REQUIRED
    "registration|2020-01|Q|MISSING_REQUIRED|set|id_number||",
    "registration|2020-04|Q|MISSING_REQUIRED|set|employment_form||event_type=EMPLOYED",
    "registration|2020-08|Q|MISSING_REQUIRED|set|employment_form||event_type=EMPLOYED",
    "social_insurance|2019-12|Q|MISSING_REQUIRED|set|town_code||",
    "social_insurance|2020-07|Q|MISSING_REQUIRED|set|insurance_type||",
    "training|2020-06|Q|MISSING_REQUIRED|set|end_date||status=COMPLETED",
    "training|2020-10|Q|MISSING_REQUIRED|set|end_date||status=COMPLETED",
    "loans|2020-12|Q|MISSING_REQUIRED|blank2|id_number|employer_credit_code|",
    "graduates|2020-11|Q|MISSING_REQUIRED|set|registered_date||",
    "recruitment|2020-09|Q|MISSING_REQUIRED|set|posted_date||",
    "market_entities|2020-03|Q|MISSING_REQUIRED|set|entity_type||",
    // INVALID_ID_NUMBER
    "registration|2020-02|Q|INVALID_ID_NUMBER|id_check|id_number||",
    "social_insurance|2020-02|Q|INVALID_ID_NUMBER|id_check|id_number||",
    "training|2020-07|Q|INVALID_ID_NUMBER|id_check|id_number||",
    "registration|2020-06|Q|INVALID_ID_NUMBER|id_scientific|id_number||",
    "social_insurance|2020-10|Q|INVALID_ID_NUMBER|id_scientific|id_number||",
    "graduates|2020-08|Q|INVALID_ID_NUMBER|id_scientific|id_number||",
    "registration|2020-09|Q|INVALID_ID_NUMBER|id_future|id_number||",
    "social_insurance|2020-11|Q|INVALID_ID_NUMBER|id_future|id_number||",
    "training|2020-03|Q|INVALID_ID_NUMBER|id_future|id_number||",
    "social_insurance|2019-10|Q|INVALID_ID_NUMBER|set|id_number|50038319850612123|",
    // INVALID_CREDIT_CODE
    "social_insurance|2019-11|Q|INVALID_CREDIT_CODE|code_check|employer_credit_code||",
    "social_insurance|2020-04|Q|INVALID_CREDIT_CODE|code_letter|employer_credit_code||",
    "social_insurance|2020-09|Q|INVALID_CREDIT_CODE|code_check|employer_credit_code||",
    "recruitment|2020-02|Q|INVALID_CREDIT_CODE|code_check|employer_credit_code||",
    "recruitment|2020-09|Q|INVALID_CREDIT_CODE|code_letter|employer_credit_code||",
    "market_entities|2020-06|Q|INVALID_CREDIT_CODE|code_check|employer_credit_code||",
    "market_entities|2020-11|Q|INVALID_CREDIT_CODE|code_letter|employer_credit_code||",
    "loans|2020-06|Q|INVALID_CREDIT_CODE|code_check|employer_credit_code||id_number=",
    // UNKNOWN_TOWN
    "registration|2020-01|Q|UNKNOWN_TOWN|set|town_code|500118999|",
    "registration|2020-12|Q|UNKNOWN_TOWN|set|town_code|500119001|",
    "social_insurance|2020-03|Q|UNKNOWN_TOWN|set|town_code|500118200|",
    "social_insurance|2020-08|Q|UNKNOWN_TOWN|set|town_code|5001180|",
    "training|2020-09|Q|UNKNOWN_TOWN|set|town_code|500118999|",
    "recruitment|2020-05|Q|UNKNOWN_TOWN|set|town_code|500118116|",
    "graduates|2020-09|Q|UNKNOWN_TOWN|set|town_code|500101001|",
    "market_entities|2020-07|Q|UNKNOWN_TOWN|set|town_code|500118099|",
    "recruitment|2020-09|Q|UNKNOWN_TOWN|set|town_code|500118999|",
    // INVALID_DATE
    "registration|2020-03|Q|INVALID_DATE|set|event_date|2020-02-30|",
    "registration|2020-08|Q|INVALID_DATE|set|event_date|2020-13-05|",
    "training|2020-06|Q|INVALID_DATE|set|start_date|2020/6/31|",
    "training|2020-11|Q|INVALID_DATE|set|end_date|2019-12-31|status=COMPLETED",
    "recruitment|2020-01|Q|INVALID_DATE|set|posted_date|20200230|",
    "graduates|2020-07|Q|INVALID_DATE|set|registered_date|2020年7月32日|",
    "market_entities|2020-04|Q|INVALID_DATE|set|registered_date|2020-04-31|",
    "social_insurance|2020-06|Q|INVALID_DATE|set|contribution_month|2020-13|",
    "recruitment|2020-09|Q|INVALID_DATE|set|posted_date|2020-09-31|",
    // DATE_AFTER_EXTRACT
    "registration|2019-12|Q|DATE_AFTER_EXTRACT|after_date|event_date||",
    "registration|2020-05|Q|DATE_AFTER_EXTRACT|after_date|event_date||",
    "registration|2020-09|Q|DATE_AFTER_EXTRACT|after_date|event_date||",
    "social_insurance|2020-02|Q|DATE_AFTER_EXTRACT|after_month|contribution_month||",
    "social_insurance|2020-07|Q|DATE_AFTER_EXTRACT|after_month|contribution_month||",
    "social_insurance|2020-12|Q|DATE_AFTER_EXTRACT|after_month|contribution_month||",
    "recruitment|2020-08|Q|DATE_AFTER_EXTRACT|after_date|posted_date||",
    "recruitment|2020-09|Q|DATE_AFTER_EXTRACT|after_date|posted_date||",
    // INVALID_ENUM
    "registration|2020-04|Q|INVALID_ENUM|set|event_type|TRANSFER|",
    "registration|2020-06|Q|INVALID_ENUM|set|employment_form|PART_TIME|event_type=EMPLOYED",
    "registration|2020-11|Q|INVALID_ENUM|set|event_type|转移登记|",
    "social_insurance|2020-05|Q|INVALID_ENUM|set|insurance_type|HOUSING_FUND|",
    "social_insurance|2020-06|Q|INVALID_ENUM|set|insurance_type|生育|",
    "training|2020-02|Q|INVALID_ENUM|set|program_type|SAFETY|",
    "training|2020-09|Q|INVALID_ENUM|set|status|FINISHED|",
    "graduates|2020-12|Q|INVALID_ENUM|set|reported_status|WORKING|",
    "market_entities|2020-10|Q|INVALID_ENUM|set|entity_type|FOREIGN|",
    // INVALID_NUMBER
    "recruitment|2020-03|Q|INVALID_NUMBER|set|positions|十|",
    "recruitment|2020-07|Q|INVALID_NUMBER|set|positions|1.5|",
    "recruitment|2020-09|Q|INVALID_NUMBER|set|positions|0|",
    "recruitment|2020-09|Q|INVALID_NUMBER|set|positions|abc|",
    "recruitment|2020-10|Q|INVALID_NUMBER|set|positions|-3|",
    "recruitment|2020-11|Q|INVALID_NUMBER|set|positions|250000|",
    "graduates|2020-09|Q|INVALID_NUMBER|set|graduation_year|20二0|",
    "graduates|2020-11|Q|INVALID_NUMBER|set|graduation_year|2O20|",
    "graduates|2020-12|Q|INVALID_NUMBER|set|graduation_year|20|",
    // Broken optional values: warnings, the row stays
    "social_insurance|2020-03|W|INVALID_ENUM|set|industry_code|Z|",
    "social_insurance|2020-09|W|INVALID_ENUM|set|industry_code|U|",
    "social_insurance|2020-07|W|INVALID_ENUM|set|enterprise_size|HUGE|",
    "social_insurance|2020-04|W|INVALID_NUMBER|set|contribution_base|-3200|",
    "social_insurance|2020-10|W|INVALID_NUMBER|set|contribution_base|-4500|",
    "registration|2020-03|W|INVALID_ENUM|set|groups|低保户|groups=",
    "registration|2020-06|W|INVALID_ENUM|set|groups|GRADUATE;STUDENT|groups=",
    "registration|2020-09|W|INVALID_ENUM|set|groups|LEFT_BEHIND|groups=",
    "registration|2020-05|W|INVALID_ENUM|set|able_and_willing|maybe|able_and_willing=Y",
    "registration|2020-10|W|INVALID_CREDIT_CODE|code_check|employer_credit_code||employer_credit_code=*",
    "recruitment|2020-04|W|SALARY_MIN_ABOVE_MAX|swap_salary|salary_min||",
    "recruitment|2020-09|W|SALARY_MIN_ABOVE_MAX|swap_salary|salary_min||",
    "recruitment|2020-08|W|INVALID_ENUM|set|industry_code|Z|",
    "training|2020-07|W|END_BEFORE_START|set|end_date|2019-12-31|status=DROPPED",
    "training|2020-11|W|INVALID_ENUM|set|certificate|EXPERT|",
    "graduates|2020-10|W|INVALID_ENUM|set|education_level|COLLEGE|",
    "loans|2020-09|W|LOAN_ABOVE_CAP|set|amount|250000|employer_credit_code=",
    "market_entities|2020-05|W|INVALID_NUMBER|set|jobs_created|-3|",
  };

  private BadRows() {}

  /** The entries planned for one file, in plan order (none for a month the plan does not name). */
  static List<Entry> forFile(Extract x, YearMonth month) {
    List<Entry> out = new ArrayList<>();
    String label = month.toString();
    for (String line : PLAN) {
      String[] p = line.split("\\|", -1);
      if (p[0].equals(x.fileName) && p[1].equals(label)) {
        out.add(new Entry(x, month, p[2].equals("Q"), p[3], p[4], p[5], p[6], p[7]));
      }
    }
    return out;
  }
}
