package org.employmentmonitor.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One indicator of SPEC 4 (with its "also output" sub-indicators): a pure function from the run's
 * facts to {@link Measures} rows for every month-end of the window at once.
 */
public interface Indicator {
  Dataset<Row> measure(Facts facts);
}
