package org.employmentmonitor.incremental;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records split into their raw fields (quotes kept), so a test can cut columns out of a
 * CSV file and compare what is left byte for byte. A leading BOM stays in the first field.
 */
final class CsvFields {
  private CsvFields() {}

  /** The records of {@code text}, each a list of raw fields; CRLF or LF ends a record. */
  static List<List<String>> records(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted; // a doubled quote toggles twice
        field.append(c);
      } else if (!quoted && c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        out.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      out.add(fields);
    }
    return out;
  }

  /** The fields' values: surrounding quotes removed, doubled quotes undone, a BOM dropped. */
  static List<String> unquoted(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String f : raw) {
      String v = f.startsWith("\uFEFF") ? f.substring(1) : f;
      if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
        v = v.substring(1, v.length() - 1).replace("\"\"", "\"");
      }
      out.add(v);
    }
    return out;
  }
}
