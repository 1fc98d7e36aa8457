package org.employmentmonitor.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.DocumentTasks;
import org.employmentmonitor.config.TaskRegister;
import org.employmentmonitor.ingest.InputCatalog.ExtractFile;
import org.employmentmonitor.ingest.csv.CsvRecordReader;
import org.employmentmonitor.ingest.schema.Extracts;
import org.employmentmonitor.ingest.validate.RowValidator;
import org.employmentmonitor.io.HadoopFs;
import org.employmentmonitor.io.OutputLayout;

/**
 * The task register a run uses (SPEC 2.2): reference/tasks.csv when delivered, else the built-in
 * register of the seed document ({@link DocumentTasks#BUILT_IN}). Read on the driver with the
 * extracts' reader and validator, like the towns; unlike a town, a task is never dropped: any row
 * that breaks a rule, a task number given twice or a file without tasks is an input error (exit 3)
 * naming the file and line, because a register missing a task would silently stop chasing it.
 * Staged as JSON (staging/tasks/register.json) for the later steps.
 */
public final class TaskRegisterFile {
  private TaskRegisterFile() {}

  /** At most this many broken rows are listed in the error. */
  private static final int MAX_LISTED = 10;

  /** reference/tasks.csv (or .csv.gz), or null when the built-in register applies. */
  public static ExtractFile find(HadoopFs fs, Path inputRoot) throws IOException {
    Path dir = new Path(inputRoot, "reference");
    FileStatus plain = fs.status(new Path(dir, "tasks.csv"));
    FileStatus gz = fs.status(new Path(dir, "tasks.csv.gz"));
    if (plain != null && gz != null) {
      throw MonitorException.input(
          "reference/tasks.csv and reference/tasks.csv.gz are both present: which one is the"
              + " truth is unknowable; remove one");
    }
    FileStatus s = plain != null ? plain : gz;
    if (s == null) {
      return null;
    }
    String rel = "reference/" + s.getPath().getName();
    InputCatalog.requireRegularFile(s, rel);
    return new ExtractFile(
        "tasks", null, s.getPath().toString(), rel, s.getLen(), s.getModificationTime());
  }

  /** The register of the input: the delivered file, validated, or the built-in one. */
  public static TaskRegister load(HadoopFs fs, Path inputRoot, String encodingOverride)
      throws IOException {
    ExtractFile file = find(fs, inputRoot);
    return file == null ? DocumentTasks.BUILT_IN : read(fs, file, encodingOverride);
  }

  /** Reads and validates a delivered register. */
  public static TaskRegister read(HadoopFs fs, ExtractFile file, String encodingOverride)
      throws IOException {
    HeaderProbe.Probe probe = HeaderProbe.probe(fs, file, Extracts.TASK_REGISTER, encodingOverride);
    List<String> problems = new ArrayList<>();
    Map<Integer, Long> lineOf = new LinkedHashMap<>();
    List<DocumentTask> tasks = new ArrayList<>();
    Path path = file.hadoopPath();
    try (InputStream in = HadoopFs.decoded(path, fs.open(path));
        CsvRecordReader reader =
            new CsvRecordReader(in, probe.charset(), ExtractFileParser.MAX_RECORD_BYTES)) {
      reader.next(); // header
      RowValidator validator =
          new RowValidator(Extracts.TASK_REGISTER, probe.header(), null, Set.of(), null);
      while (reader.next()) {
        RowValidator.Result r = validator.validate(reader);
        String at = file.relativePath() + " line " + reader.line() + ": ";
        if (!r.accepted()) {
          problems.add(at + r.reason() + " " + r.detail());
          continue;
        }
        if (!r.warnings().isEmpty()) {
          RowValidator.Warning w = r.warnings().get(0);
          problems.add(at + w.code() + " " + w.detail());
          continue;
        }
        Object[] v = r.staged();
        int number = (Integer) v[0];
        Long earlier = lineOf.put(number, reader.line());
        if (earlier != null) {
          problems.add(at + "task " + number + " is given again (first on line " + earlier + ")");
          continue;
        }
        List<String> leads = list((String) v[3]);
        if (leads.isEmpty()) {
          problems.add(at + "lead_units (牵头单位) names no unit");
          continue;
        }
        tasks.add(
            new DocumentTask(
                number,
                v[1] == null ? "" : (String) v[1],
                (String) v[2],
                leads,
                list((String) v[4]),
                (LocalDate) v[5],
                list((String) v[6])));
      }
    }
    if (!problems.isEmpty()) {
      List<String> shown = problems.subList(0, Math.min(MAX_LISTED, problems.size()));
      throw MonitorException.input(
          "the task register "
              + file.relativePath()
              + " is broken; fix it (docs/extract-guide.md, \"tasks\") or remove it to use the"
              + " built-in register:\n"
              + String.join("\n", shown)
              + (problems.size() > shown.size()
                  ? "\n(" + problems.size() + " problems in all)"
                  : ""));
    }
    if (tasks.isEmpty()) {
      throw MonitorException.input(
          file.relativePath()
              + " holds no task (task_no, title, lead_units): deliver the register or remove the"
              + " file to use the built-in one");
    }
    return new TaskRegister(tasks, file.relativePath());
  }

  /** A list cell of the register: split on 、 ; or , (SPEC 2.2), empty elements ignored. */
  static List<String> list(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split("[、;,；，]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * What a staged partition of {@code source} was validated against: the towns, and for
   * task_progress also the register. Kept in {@link IngestState#townsSha256}, so a changed register
   * re-reads the task reports as changed towns re-read every extract.
   */
  static String referencesSha256(String source, Towns towns, TaskRegister register) {
    if (!Extracts.TASK_PROGRESS.name().equals(source)) {
      return towns.sha256();
    }
    MessageDigest sha = HadoopFs.sha256();
    sha.update(towns.sha256().getBytes(StandardCharsets.UTF_8));
    sha.update(register.fingerprint().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  // ---- staged copy ----

  private static Path stagedPath(OutputLayout layout) {
    return new Path(layout.staging("tasks"), "register.json");
  }

  public static void writeStaged(HadoopFs fs, OutputLayout layout, TaskRegister register)
      throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("origin", register.origin());
    doc.put("fingerprint", register.fingerprint());
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (DocumentTask t : register.tasks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", t.number());
      m.put("section", t.section());
      m.put("title", t.title());
      m.put("lead_units", t.leadUnits());
      m.put("responsible_units", t.responsibleUnits());
      m.put("due_date", t.dueDate() == null ? null : t.dueDate().toString());
      m.put("indicator_ids", t.indicatorIds());
      tasks.add(m);
    }
    doc.put("tasks", tasks);
    fs.write(stagedPath(layout), IngestState.JSON.writeValueAsBytes(doc));
  }

  /**
   * The register the last ingest validated the task reports against; the built-in one when nothing
   * staged one (an output ingested before task registers existed).
   */
  @SuppressWarnings("unchecked")
  public static TaskRegister readStaged(HadoopFs fs, OutputLayout layout) throws IOException {
    Path p = stagedPath(layout);
    if (!fs.exists(p)) {
      return DocumentTasks.BUILT_IN;
    }
    Map<String, Object> doc =
        IngestState.JSON.readValue(fs.readAll(p), new TypeReference<Map<String, Object>>() {});
    List<DocumentTask> tasks = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) doc.get("tasks")) {
      String due = (String) m.get("due_date");
      tasks.add(
          new DocumentTask(
              ((Number) m.get("number")).intValue(),
              (String) m.get("section"),
              (String) m.get("title"),
              (List<String>) m.get("lead_units"),
              (List<String>) m.get("responsible_units"),
              due == null ? null : LocalDate.parse(due),
              (List<String>) m.get("indicator_ids")));
    }
    return new TaskRegister(tasks, (String) doc.get("origin"));
  }
}
