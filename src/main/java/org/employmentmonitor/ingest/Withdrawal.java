package org.employmentmonitor.ingest;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * {@code --withdraw [SOURCE:]YYYY-MM} (SPEC 2, issue 18): the explicit act that removes a staged
 * month. A staged month whose input is gone is otherwise kept and used (archiving input folders is
 * normal), so withdrawing data is never a side effect of a missing folder. A month is withdrawn
 * only when its input file is no longer in the input folder (else the same run would stage it
 * again); every withdrawal is logged.
 *
 * @param source a monthly extract's name, or null for every source of the month
 */
public record Withdrawal(String source, YearMonth month) {
  private static final Logger LOG = LogManager.getLogger(Withdrawal.class);

  /** Parses {@code 2020-05} or {@code registration:2020-05}; a bad one is exit 2. */
  public static Withdrawal parse(String text) {
    String t = text.trim();
    int colon = t.indexOf(':');
    String source = colon < 0 ? null : t.substring(0, colon).trim();
    String month = colon < 0 ? t : t.substring(colon + 1).trim();
    if (source != null && Extracts.MONTHLY.stream().noneMatch(e -> e.name().equals(source))) {
      throw MonitorException.usage(
          "--withdraw '"
              + text
              + "': unknown source '"
              + source
              + "'; use one of "
              + Extracts.MONTHLY.stream().map(Extract::name).toList()
              + " or a month alone");
    }
    try {
      return new Withdrawal(source, YearMonth.parse(month));
    } catch (DateTimeParseException e) {
      throw MonitorException.usage(
          "--withdraw '"
              + text
              + "': expected YYYY-MM or SOURCE:YYYY-MM, e.g. registration:2020-05");
    }
  }

  @Override
  public String toString() {
    return (source == null ? "" : source + ":") + month;
  }

  /**
   * Deletes the staged partitions (and quarantine) named by {@code withdrawals}, after checking all
   * of them: each must name at least one staged month whose input file is gone. Exit 2 otherwise,
   * before anything is deleted.
   */
  public static void apply(
      HadoopFs fs, OutputLayout published, Path input, List<Withdrawal> withdrawals)
      throws IOException {
    record Staged(String source, YearMonth month, IngestState state) {}
    List<Staged> doomed = new ArrayList<>();
    for (Withdrawal w : withdrawals) {
      int found = 0;
      for (Extract e : Extracts.MONTHLY) {
        if (w.source() != null && !w.source().equals(e.name())) {
          continue;
        }
        Path partition = published.stagingPartition(e.name(), w.month());
        if (!fs.exists(partition)) {
          continue;
        }
        IngestState state = IngestState.read(fs, partition);
        String present = state == null ? null : state.presentInput(fs, input);
        if (present == null) {
          // Delivered again under another accepted name (就业失业登记.xlsx, parts): the same run
          // would stage it at once.
          present =
              InputCatalog.deliveryIn(fs, input, w.month(), e.name())
                  .map(InputCatalog.Delivery::label)
                  .orElse(null);
        }
        if (present != null) {
          throw MonitorException.usage(
              "--withdraw "
                  + w
                  + ": "
                  + present
                  + " is still in the input folder "
                  + input
                  + "; move it out first, else this run would stage it again");
        }
        doomed.add(new Staged(e.name(), w.month(), state));
        found++;
      }
      if (found == 0) {
        throw MonitorException.usage(
            "--withdraw " + w + ": nothing is staged for it in " + published.staging());
      }
    }
    for (Staged s : doomed) {
      fs.delete(published.stagingPartition(s.source(), s.month()));
      fs.delete(published.quarantinePartition(s.source(), s.month()));
      LOG.warn(
          "withdrawn on request (--withdraw): staging {} {} (made from {} by run {}) and its"
              + " quarantine deleted",
          s.source(),
          s.month(),
          s.state() == null ? "an unknown file" : s.state().file,
          s.state() == null ? "?" : s.state().runId);
    }
  }
}
