package org.employmentmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The plan of deliberately bad rows covers every SPEC 2.3 reason a handful of times. */
class BadRowsTest {
  @Test
  void everySpecReasonIsPlantedFiveToTwentyTimes() {
    String[] reasons = {
      "MALFORMED_ROW",
      "MISSING_REQUIRED",
      "INVALID_ID_NUMBER",
      "INVALID_CREDIT_CODE",
      "UNKNOWN_TOWN",
      "INVALID_DATE",
      "DATE_AFTER_EXTRACT",
      "INVALID_ENUM",
      "INVALID_NUMBER"
    };
    for (String reason : reasons) {
      int n = 0;
      Months months = Months.defaults();
      for (Extract x : Extract.values()) {
        for (int m = 0; m < months.count; m++) {
          n +=
              (int)
                  BadRows.forFile(x, months.of(m)).stream()
                      .filter(e -> e.quarantine() && e.reason().equals(reason))
                      .count();
        }
      }
      assertTrue(n >= 5 && n <= 20, reason + " planted " + n + " times");
    }
  }
}
