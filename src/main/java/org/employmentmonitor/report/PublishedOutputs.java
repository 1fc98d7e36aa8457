package org.employmentmonitor.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;
import org.employmentmonitor.job.RunContext;

/**
 * The {@code outputs} list of manifest.json (issue 18): every file of the period's published
 * folders (the Parquet tables, the CSVs, the report, the workbook) with its size, SHA-256 and the
 * run that wrote it. It is how a reader ties each file to a run id: a file whose checksum is not
 * the manifest's was not published with it. A single-step run ({@code --step}) replaces only its
 * own files; the others keep the entries (and run ids) of the previous manifest.
 */
final class PublishedOutputs {
  private PublishedOutputs() {}

  /** Folders of one period that a run publishes. */
  static List<Path> folders(OutputLayout layout, java.time.YearMonth period) {
    return List.of(
        layout.indicators(period),
        layout.alerts(period),
        layout.revisions(period),
        layout.reports(period));
  }

  static List<Map<String, Object>> list(RunContext ctx, JsonNode previous) throws IOException {
    HadoopFs fs = ctx.fs();
    Map<String, Map<String, Object>> out = new TreeMap<>();
    String workRoot = bare(ctx.work().root());
    for (Path dir : folders(ctx.work(), ctx.period())) {
      for (Path f : files(fs, dir)) {
        String rel = bare(f).substring(workRoot.length() + 1);
        if (rel.endsWith(RunManifest.FILE_NAME)) {
          continue; // the manifest cannot list its own checksum
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("path", rel);
        e.put("bytes", fs.status(f).getLen());
        e.put("sha256", fs.sha256Hex(f));
        e.put("run_id", ctx.runId());
        out.put(rel, e);
      }
    }
    if (previous != null) {
      // A table folder is replaced whole; report files one by one.
      java.util.Set<String> ownKeys = java.util.Set.copyOf(out.keySet());
      String root = bare(ctx.published().root());
      for (JsonNode o : previous.path("outputs")) {
        String rel = o.path("path").asText();
        String top = rel.substring(0, rel.indexOf('/', rel.indexOf('/') + 1) + 1);
        boolean replacedFolder =
            ownKeys.stream().anyMatch(k -> !top.startsWith("reports") && k.startsWith(top));
        if (out.containsKey(rel) || replacedFolder) {
          continue;
        }
        if (fs.exists(new Path(root + "/" + rel))) {
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("path", rel);
          e.put("bytes", o.path("bytes").asLong());
          e.put("sha256", o.path("sha256").asText());
          e.put("run_id", o.path("run_id").asText());
          out.put(rel, e);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Every file under {@code dir}, recursively, in name order. */
  static List<Path> files(HadoopFs fs, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (FileStatus s : fs.list(dir)) {
      if (s.isDirectory()) {
        out.addAll(files(fs, s.getPath()));
      } else {
        out.add(s.getPath());
      }
    }
    out.sort(null);
    return out;
  }

  private static String bare(Path p) {
    return Path.getPathWithoutSchemeAndAuthority(p).toString();
  }
}
