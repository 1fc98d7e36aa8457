package org.employmentmonitor.alerts;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.employmentmonitor.io.CsvFiles;
import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.AlertRow;
import org.employmentmonitor.model.AlertTable;

/** The alerts step (SPEC 3.3). Thin for now: writes the (empty) alert table. */
public final class AlertsJob implements Job {
  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public void run(RunContext ctx) throws Exception {
    List<AlertRow> alerts = new ArrayList<>();
    AlertTable.toDataset(ctx.spark(), alerts)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(ctx.work().alerts(ctx.period()).toString());
    Path reports = ctx.work().reports(ctx.period());
    ctx.fs().mkdirs(reports);
    List<List<String>> csv = new ArrayList<>();
    for (AlertRow a : alerts) {
      csv.add(AlertTable.toCsv(a));
    }
    CsvFiles.write(ctx.fs(), new Path(reports, "alerts.csv"), AlertTable.CSV_HEADER, csv);
  }
}
