package org.employmentmonitor.incremental;

import org.employmentmonitor.testing.Ids;
import org.employmentmonitor.testing.TestInput;

/**
 * The hand-written extracts of the small incremental tests ({@link RevisionsRunTest}, {@link
 * RestatementLogTest}, {@link DamagedStateTest}): the registration and social_insurance headers and
 * one pension contribution row.
 */
final class HandRows {
  static final String REG =
      "record_id,id_number,name,town_code,household_id,event_type,event_date,employment_form";
  static final String SI =
      "id_number,employer_credit_code,employer_name,town_code,contribution_month,insurance_type";

  private HandRows() {}

  /** Person {@code person} insured by employer {@code employer} (甲公司) in {@code town}. */
  static String si(int person, int employer, String town, String month) {
    return Ids.person(person)
        + ","
        + Ids.employer(employer)
        + ",甲公司,"
        + town
        + ","
        + month
        + ",PENSION";
  }

  /** As {@link #si(int, int, String, String)} in town A. */
  static String si(int person, int employer, String month) {
    return si(person, employer, TestInput.TOWN_A, month);
  }
}
