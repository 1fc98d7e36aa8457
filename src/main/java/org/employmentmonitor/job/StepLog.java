package org.employmentmonitor.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run did, step by step: names, seconds and row counts, for the log's closing summary and
 * the manifest. Thread-safe: ingest records from several threads.
 */
public final class StepLog {
  /** One timed piece of work. */
  public record Entry(String step, String what, double seconds, Map<String, Long> counts) {}

  private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

  public void record(String step, String what, double seconds, Map<String, Long> counts) {
    entries.add(new Entry(step, what, seconds, new LinkedHashMap<>(counts)));
  }

  public List<Entry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }
}
