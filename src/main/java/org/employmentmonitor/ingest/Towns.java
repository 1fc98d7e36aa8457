package org.employmentmonitor.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.validate.RowValidator;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * reference/towns.csv (SPEC 2.2): the district's streets and towns, in code order. Read on the
 * driver (it is small) with the same reader and validator as the extracts; staged as JSON for the
 * later steps. A missing file, or one without a single valid town, is an input error.
 */
public final class Towns {
  /** One town. */
  public record Town(String code, String name, String kind) {}

  private final Map<String, Town> byCode;
  private final String sha256;

  public Towns(List<Town> towns, String sha256) {
    Map<String, Town> m = new TreeMap<>();
    for (Town t : towns) {
      m.put(t.code(), t);
    }
    this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(m));
    this.sha256 = sha256;
  }

  /** Towns in code order. */
  public List<Town> list() {
    return List.copyOf(byCode.values());
  }

  public Set<String> codes() {
    return byCode.keySet();
  }

  public String name(String code) {
    Town t = byCode.get(code);
    return t == null ? null : t.name();
  }

  /** SHA-256 of the delivered towns file: staging validated against other towns is redone. */
  public String sha256() {
    return sha256;
  }

  /** What reading the towns file found, for the data-quality table. */
  public record Loaded(Towns towns, FileCounts counts, List<String> problems) {}

  /** Reads and validates the delivered file (last row wins for a repeated code). */
  public static Loaded read(HadoopFs fs, ExtractFile file, String encodingOverride)
      throws IOException {
    HeaderProbe.Probe probe = HeaderProbe.probe(fs, file, Extracts.TOWNS, encodingOverride);
    MessageDigest sha = HadoopFs.sha256();
    FileCounts counts = new FileCounts();
    List<String> problems = new ArrayList<>();
    Map<String, Town> towns = new LinkedHashMap<>();
    Path path = file.hadoopPath();
    InputStream raw = new DigestInputStream(fs.open(path), sha);
    InputStream in = HadoopFs.decoded(path, raw);
    try (CsvRecordReader reader =
        new CsvRecordReader(in, probe.charset(), ExtractFileParser.MAX_RECORD_BYTES)) {
      reader.next(); // header
      RowValidator validator =
          new RowValidator(Extracts.TOWNS, probe.header(), null, Set.of(), null);
      while (reader.next()) {
        counts.read++;
        RowValidator.Result r = validator.validate(reader);
        if (r.accepted()) {
          counts.accepted++;
          Object[] v = r.staged();
          towns.put((String) v[0], new Town((String) v[0], (String) v[1], (String) v[2]));
        } else {
          counts.countQuarantine(r.reason().name());
          problems.add(
              file.relativePath()
                  + " line "
                  + reader.line()
                  + ": "
                  + r.reason()
                  + " "
                  + r.detail());
        }
      }
    }
    counts.sha256 = HexFormat.of().formatHex(sha.digest());
    if (towns.isEmpty()) {
      throw MonitorException.input(
          file.relativePath()
              + " holds no valid town (town_code, town_name): the list of towns is required");
    }
    return new Loaded(new Towns(new ArrayList<>(towns.values()), counts.sha256), counts, problems);
  }

  // ---- staged copy ----

  private static Path stagedPath(OutputLayout layout) {
    return new Path(layout.staging("towns"), "towns.json");
  }

  public void writeStaged(HadoopFs fs, OutputLayout layout) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("sha256", sha256);
    doc.put("towns", list());
    fs.write(stagedPath(layout), IngestState.JSON.writeValueAsBytes(doc));
  }

  /** The towns the last ingest validated against; an error when nothing was ingested yet. */
  public static Towns readStaged(HadoopFs fs, OutputLayout layout) throws IOException {
    Path p = stagedPath(layout);
    if (!fs.exists(p)) {
      throw MonitorException.input(
          "no staged towns under " + layout.staging() + ": run the ingest step first");
    }
    Map<String, Object> doc =
        IngestState.JSON.readValue(fs.readAll(p), new TypeReference<Map<String, Object>>() {});
    List<Town> towns = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Map<String, String>> list = (List<Map<String, String>>) doc.get("towns");
    for (Map<String, String> t : list) {
      towns.add(new Town(t.get("code"), t.get("name"), t.get("kind")));
    }
    return new Towns(towns, (String) doc.get("sha256"));
  }
}
