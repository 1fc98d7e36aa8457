package org.employmentmonitor.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The comparison of the equality tests, on hand-written alerts.csv files: what it ignores, what
 * not.
 */
class SameAsFromScratchTest {
  private static final YearMonth P = YearMonth.of(2020, 5);
  private static final String HEADER =
      "\uFEFFperiod,severity,rule,indicator_id,subject,value,threshold,message,lead_unit,state,since,months_active\r\n";
  private static final String RED =
      "2020-05,RED,INSURED_DROP,insured_employment,DISTRICT,0.04,0.03,\"全区参保就业人数由4月的3,593人降至5月的3,436人\",区人力社保局,";

  private static byte[] csv(String... rows) {
    return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theLifecycleColumnsAndResolvedRowsAreLeftOutAndNothingElse() {
    byte[] monthByMonth =
        csv(
            RED + "WORSENED,2020-03,3\r\n",
            "2020-05,YELLOW,LAYOFF,,91500118MA4000CT7X,5,5,本月未再触发,区人力社保局,RESOLVED,2020-04,1\r\n");
    byte[] fromScratch = csv(RED + "NEW,2020-05,1\r\n");
    SameAsFromScratch.assertAllNew(P, fromScratch);
    SameAsFromScratch.assertSameBytes(
        "month by month",
        P,
        "alerts.csv",
        SameAsFromScratch.withoutLifecycle(monthByMonth),
        SameAsFromScratch.withoutLifecycle(fromScratch));
  }

  @Test
  void aDifferentValueFailsNamingPeriodFileAndTheFirstDifferingLineOfEachSide() {
    byte[] a = csv(RED + "NEW,2020-05,1\r\n");
    byte[] b = csv(RED.replace("0.04", "0.05") + "NEW,2020-05,1\r\n");
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                SameAsFromScratch.assertSameBytes(
                    "month by month",
                    P,
                    "alerts.csv",
                    SameAsFromScratch.withoutLifecycle(a),
                    SameAsFromScratch.withoutLifecycle(b)));
    assertEquals(
        String.join(
            "\n",
            "2020-05 alerts.csv: the run (month by month) differs from the from-scratch run at line 2"
                + " (2 vs 2 lines)",
            "  this run:      " + RED.substring(0, RED.length() - 1) + "\\r\\n",
            "  from scratch:  "
                + RED.replace("0.04", "0.05").substring(0, RED.length() - 1)
                + "\\r\\n"),
        e.getMessage().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aFromScratchAlertThatIsNotNewFails() {
    assertThrows(
        AssertionFailedError.class,
        () -> SameAsFromScratch.assertAllNew(P, csv(RED + "ONGOING,2020-04,2\r\n")));
  }
}
