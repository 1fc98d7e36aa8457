package org.employmentmonitor.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An indicator of SPEC 4 over an extract that is not about persons (postings, loans, market
 * entities, the survey): a pure function from the staged data to {@link Measures} rows for every
 * month-end of the window.
 */
public interface SourceIndicator {
  Dataset<Row> measure(StagedData staged);
}
