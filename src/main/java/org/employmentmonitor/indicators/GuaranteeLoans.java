package org.employmentmonitor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.indicators.person.PersonContext;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.model.Scope;
import org.employmentmonitor.model.Unit;
import org.employmentmonitor.staging.MonthWindow;

/**
 * 创业担保贷款发放额 (SPEC 4.4, task 23): the amounts issued in the year to date, latest version of each
 * loan, district only.
 */
public final class GuaranteeLoans implements SourceIndicator {
  public static final IndicatorDefinition DEFINITION =
      IndicatorDefinition.of(
              "guarantee_loans_amount", "创业担保贷款发放额", "Business guarantee loans issued", Unit.YUAN)
          .withScopes(Scope.DISTRICT)
          .withSources(Extracts.LOANS)
          .withDefinition("年内发放的创业担保贷款金额。");

  private static final String ID = DEFINITION.id();

  @Override
  public Extract extract() {
    return Extracts.LOANS;
  }

  @Override
  public List<String> columns() {
    return List.of("issue_date", "amount");
  }

  @Override
  public void measure(List<Row> latest, MonthWindow w, Amounts out) {
    for (Row r : latest) {
      int issued = PersonContext.month((LocalDate) r.get(0));
      if (issued < w.first()) {
        continue;
      }
      BigDecimal amount = r.getDecimal(1);
      for (int m = issued; m <= w.last(); m++) {
        out.add(ID, m, Scope.DISTRICT, "", Measures.NUM, amount);
      }
    }
  }
}
