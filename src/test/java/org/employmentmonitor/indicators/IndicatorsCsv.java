package org.employmentmonitor.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A run's indicators.csv read back by cell, for the job tests that check values by hand. */
final class IndicatorsCsv {
  private IndicatorsCsv() {}

  /** Every row of {@code csv} (UTF-8 with BOM) by "month_end indicator_id scope scope_key". */
  static Map<String, CSVRecord> read(Path csv) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      if (r.read() != '\uFEFF') {
        throw new IOException(csv + " does not start with a BOM");
      }
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
        rows.put(
            key(
                rec.get("month_end"),
                rec.get("indicator_id"),
                rec.get("scope"),
                rec.get("scope_key")),
            rec);
      }
    }
    return rows;
  }

  static String key(String monthEnd, String id, String scope, String scopeKey) {
    return monthEnd + " " + id + " " + scope + " " + scopeKey;
  }
}
