package org.employmentmonitor.indicators;

import static org.employmentmonitor.indicators.SourceRows.SEPT;
import static org.employmentmonitor.indicators.SourceRows.day;
import static org.employmentmonitor.indicators.SourceRows.district;
import static org.employmentmonitor.indicators.SourceRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.junit.jupiter.api.Test;

/** 创业担保贷款发放额 (SPEC 4.4, task 23): the year to date's amounts, with cents. */
class GuaranteeLoansTest {
  @Test
  void amountsAddUpFromTheirIssueMonthAndLastYearsDoNotCount() {
    Amounts a = new Amounts();
    new GuaranteeLoans()
        .measure(
            List.of(
                row(day("2020-02-14"), new BigDecimal("100000.50")),
                row(day("2020-09-30"), new BigDecimal("50000.25")),
                row(day("2019-12-31"), new BigDecimal("999999.00"))),
            SEPT,
            a);
    String id = "guarantee_loans_amount";
    assertNull(district(a, id, "2020-01"));
    assertEquals(new BigDecimal("100000.50"), district(a, id, "2020-02"));
    assertEquals(new BigDecimal("100000.50"), district(a, id, "2020-08"));
    assertEquals(new BigDecimal("150000.75"), district(a, id, "2020-09"));
  }
}
