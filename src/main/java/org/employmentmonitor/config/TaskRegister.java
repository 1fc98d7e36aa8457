package org.employmentmonitor.config;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The document's tasks in number order (SPEC 2.2 reference/tasks.csv, 4.7): the built-in register
 * of the seed document ({@link DocumentTasks#BUILT_IN}) or the one a district delivers. Ingest
 * validates {@code task_progress} against it (a task of the register, a lead unit of that task);
 * the task rating, the alerts and the report read it.
 */
public final class TaskRegister implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<Integer, DocumentTask> byNumber;
  private final String origin;

  /**
   * @param origin where the register comes from, for the log and the report: {@code built-in} or
   *     the delivered file's path
   */
  public TaskRegister(List<DocumentTask> tasks, String origin) {
    Map<Integer, DocumentTask> m = new TreeMap<>();
    for (DocumentTask t : tasks) {
      if (m.put(t.number(), t) != null) {
        throw new IllegalArgumentException("task " + t.number() + " is declared twice");
      }
    }
    this.byNumber = Collections.unmodifiableMap(new LinkedHashMap<>(m));
    this.origin = origin;
  }

  /** Tasks in number order. */
  public List<DocumentTask> tasks() {
    return List.copyOf(byNumber.values());
  }

  public DocumentTask task(int number) {
    return byNumber.get(number);
  }

  public int size() {
    return byNumber.size();
  }

  public String origin() {
    return origin;
  }

  /** Every lead unit, in the order of its first task. */
  public List<String> leadUnits() {
    Set<String> out = new LinkedHashSet<>();
    byNumber.values().forEach(t -> out.addAll(t.leadUnits()));
    return List.copyOf(out);
  }

  /** The tasks a unit leads, in number order. */
  public List<DocumentTask> ledBy(String unit) {
    List<DocumentTask> out = new ArrayList<>();
    for (DocumentTask t : byNumber.values()) {
      if (t.leadUnits().contains(unit)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Task number → its lead units: what ingest checks a report's task_no and unit against. */
  public Map<Integer, Set<String>> leadUnitsByTask() {
    Map<Integer, Set<String>> out = new TreeMap<>();
    for (DocumentTask t : byNumber.values()) {
      out.put(t.number(), Set.copyOf(t.leadUnits()));
    }
    return out;
  }

  /**
   * SHA-256 over every field of every task: staged reports validated against another register are
   * read again (as staging validated against other towns is).
   */
  public String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (DocumentTask t : byNumber.values()) {
      b.append(t.number())
          .append('\u001f')
          .append(t.section())
          .append('\u001f')
          .append(t.title())
          .append('\u001f')
          .append(String.join("\u001e", t.leadUnits()))
          .append('\u001f')
          .append(String.join("\u001e", t.responsibleUnits()))
          .append('\u001f')
          .append(t.dueDate())
          .append('\u001f')
          .append(String.join("\u001e", t.indicatorIds()))
          .append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
