package org.employmentmonitor.ingest.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.employmentmonitor.config.DocumentTask;
import org.employmentmonitor.config.TaskRegister;

/**
 * The clerks' task_progress templates (issue 28): one per lead unit of a register, the Chinese
 * header of {@link Extracts#TASK_PROGRESS} and one row per task the unit leads, task number and
 * unit filled in, the rest (进展状态, 报送日期 required) left for the clerk. UTF-8 with a BOM and CRLF, as
 * Excel writes and reads it. An unfilled row sent as is is quarantined as MISSING_REQUIRED.
 */
public final class TaskTemplates {
  private TaskTemplates() {}

  /** File name (the unit's name + .csv) → content, lead units in register order. */
  public static Map<String, String> forRegister(TaskRegister register) {
    String header =
        Extracts.TASK_PROGRESS.columns().stream()
            .map(Column::alias)
            .collect(Collectors.joining(","));
    int width = Extracts.TASK_PROGRESS.columns().size();
    Map<String, String> out = new LinkedHashMap<>();
    for (String unit : register.leadUnits()) {
      StringBuilder b = new StringBuilder("\uFEFF").append(header).append("\r\n");
      for (DocumentTask t : register.ledBy(unit)) {
        b.append(t.number()).append(',').append(csv(unit));
        b.append(",".repeat(width - 2)).append("\r\n");
      }
      out.put(fileName(unit), b.toString());
    }
    return out;
  }

  /** The template's file name: the unit's name, with characters a file system forbids replaced. */
  public static String fileName(String unit) {
    return unit.replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv";
  }

  private static String csv(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
