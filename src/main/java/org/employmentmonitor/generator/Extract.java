package org.employmentmonitor.generator;

import java.util.List;
import org.employmentmonitor.ingest.schema.Column;
import org.employmentmonitor.ingest.schema.Extracts;

/**
 * The eight extracts of SPEC 2.2 as the generator writes them: file name, canonical columns (in
 * table order) and their Chinese aliases, read from ingest's schema declarations ({@link Extracts})
 * so that the generator never restates a column (issue 15).
 */
enum Extract {
  REGISTRATION(Extracts.REGISTRATION),
  SOCIAL_INSURANCE(Extracts.SOCIAL_INSURANCE),
  RECRUITMENT(Extracts.RECRUITMENT),
  TRAINING(Extracts.TRAINING),
  GRADUATES(Extracts.GRADUATES),
  SURVEY(Extracts.SURVEY),
  LOANS(Extracts.LOANS),
  MARKET_ENTITIES(Extracts.MARKET_ENTITIES),
  /** Issue 28; last, so that the other extracts keep their ordinals (and their random streams). */
  TASK_PROGRESS(Extracts.TASK_PROGRESS);

  final String fileName;
  final String[] columns;
  final String[] aliases;

  Extract(org.employmentmonitor.ingest.schema.Extract schema) {
    this.fileName = schema.name();
    List<Column> declared = schema.columns();
    columns = declared.stream().map(Column::name).toArray(String[]::new);
    aliases = declared.stream().map(Column::alias).toArray(String[]::new);
  }

  int column(String name) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " is not a column of " + fileName);
  }

  int width() {
    return columns.length;
  }
}
