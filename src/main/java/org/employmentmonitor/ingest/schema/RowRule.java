package org.employmentmonitor.ingest.schema;

/** A rule over two or more columns (SPEC 9), run after every column passed on its own. */
@FunctionalInterface
public interface RowRule {
  void check(RowView row);
}
