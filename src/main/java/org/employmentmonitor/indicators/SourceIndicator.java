package org.employmentmonitor.indicators;

import java.util.List;
import org.apache.spark.sql.Row;
import org.employmentmonitor.indicators.SmallExtracts.Amounts;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.staging.MonthWindow;

/**
 * An indicator of SPEC 4 over a small extract that is not about persons (postings, loans, market
 * entities, the survey): a pure function of the latest version of each of its records, as rows of
 * {@link #columns()}, to its cells for every month-end of the window.
 */
public interface SourceIndicator {
  Extract extract();

  List<String> columns();

  void measure(List<Row> latest, MonthWindow window, Amounts out);
}
