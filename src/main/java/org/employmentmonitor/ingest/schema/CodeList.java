package org.employmentmonitor.ingest.schema;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An enumeration of SPEC 2.2: canonical codes with their Chinese labels. A value matches a code
 * case-insensitively or a label exactly (SPEC 9).
 */
public final class CodeList {
  private final String name;
  private final Map<String, String> labels; // code -> label, declaration order
  private final Map<String, String> lookup = new HashMap<>();

  private CodeList(String name, Map<String, String> labels) {
    this.name = name;
    this.labels = Collections.unmodifiableMap(labels);
    for (Map.Entry<String, String> e : labels.entrySet()) {
      lookup.put(e.getKey().toUpperCase(Locale.ROOT), e.getKey());
      if (e.getValue() != null) {
        lookup.put(e.getValue(), e.getKey());
      }
    }
  }

  /** {@code of("event_type", "EMPLOYED", "就业登记", "UNEMPLOYED", "失业登记", ...)}. */
  public static CodeList of(String name, String... codeLabelPairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < codeLabelPairs.length; i += 2) {
      m.put(codeLabelPairs[i], codeLabelPairs[i + 1]);
    }
    return new CodeList(name, m);
  }

  public String name() {
    return name;
  }

  /** Code to Chinese label, in declaration order. */
  public Map<String, String> labels() {
    return labels;
  }

  public String label(String code) {
    return labels.get(code);
  }

  /** The canonical code for a cleaned value, or null when it matches nothing. */
  public String canonical(String value) {
    String hit = lookup.get(value);
    if (hit != null) {
      return hit;
    }
    return lookup.get(value.toUpperCase(Locale.ROOT));
  }
}
