package org.employmentmonitor.indicators;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.employmentmonitor.ingest.IngestState;
import org.employmentmonitor.ingest.schema.Extract;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.job.RunContext;
import org.employmentmonitor.model.IndicatorRow;

/**
 * Says which earlier month-ends this run restates and why (issue 16). Every month-end of the window
 * is evaluated over everything delivered up to P (SPEC 9), so a month-end published last month
 * changes when a later delivery reaches back: an earlier month delivered again (corrected,
 * completed, withdrawn) or rows of P's files dated in an earlier month. The log compares the run's
 * rows with the table published for P−1 and names the month-ends that differ and the deliveries of
 * earlier months this run staged.
 */
final class Restatement {
  private static final Logger LOG = LogManager.getLogger(Restatement.class);

  private Restatement() {}

  /**
   * Logs the month-ends of this run's {@code rows} that differ from {@code published}, the table
   * published for P−1 ({@link Revisions#previous}, null when there is none): value, numerator or
   * denominator changed, or a cell only one of the tables has.
   */
  static void log(
      RunContext ctx, List<IndicatorRow> rows, Map<Revisions.Cell, Revisions.Published> published)
      throws IOException {
    YearMonth period = ctx.period();
    if (period.getMonthValue() == 1) {
      return; // a new year: no earlier month-end of the window was published
    }
    YearMonth before = period.minusMonths(1);
    if (published == null) {
      LOG.info("restatement: no indicator table published for {}: nothing to compare", before);
      return;
    }
    Set<Revisions.Cell> seen = new HashSet<>();
    TreeMap<YearMonth, Integer> changed = new TreeMap<>();
    for (IndicatorRow r : rows) {
      if (!r.monthEnd().isBefore(period.atDay(1))) {
        continue;
      }
      Revisions.Cell cell =
          new Revisions.Cell(r.monthEnd(), r.indicatorId(), r.scope(), r.scopeKey());
      seen.add(cell);
      Revisions.Published was = published.get(cell);
      if (was == null
          || !Revisions.same(was.value(), r.value())
          || !Revisions.same(was.numerator(), r.numerator())
          || !Revisions.same(was.denominator(), r.denominator())) {
        changed.merge(YearMonth.from(r.monthEnd()), 1, Integer::sum);
      }
    }
    for (Revisions.Cell c : published.keySet()) {
      if (!seen.contains(c)) {
        changed.merge(YearMonth.from(c.monthEnd()), 1, Integer::sum);
      }
    }
    if (changed.isEmpty()) {
      LOG.info(
          "restatement: month-ends {}..{} are unchanged from the table published for {}",
          period.withMonth(1),
          before,
          before);
      return;
    }
    List<String> months = new ArrayList<>();
    changed.forEach((m, n) -> months.add(m + " (" + n + " cells)"));
    LOG.info(
        "restatement: month-ends restated against the table published for {}: {}",
        before,
        String.join(", ", months));
    List<String> causes = redelivered(ctx);
    LOG.info(
        "restatement: why: {}",
        causes.isEmpty()
            ? "no earlier month was delivered again in this run; rows of "
                + period
                + "'s files dated in earlier months (SPEC 9) or a run of a different period in"
                + " between changed them"
            : "earlier months delivered again in this run: " + String.join(", ", causes));
  }

  /** The staged source-months before P that this run ingested (delivered again or late). */
  private static List<String> redelivered(RunContext ctx) throws IOException {
    List<String> out = new ArrayList<>();
    for (Extract e : Extracts.MONTHLY) {
      for (org.apache.hadoop.fs.FileStatus s : ctx.fs().list(ctx.published().staging(e.name()))) {
        YearMonth m = org.employmentmonitor.io.OutputLayout.partitionMonth(s.getPath().getName());
        if (m == null || !m.isBefore(ctx.period())) {
          continue;
        }
        IngestState state = IngestState.read(ctx.fs(), s.getPath());
        if (state != null && Objects.equals(state.runId, ctx.runId())) {
          out.add(e.name() + " " + m);
        }
      }
    }
    return out;
  }
}
