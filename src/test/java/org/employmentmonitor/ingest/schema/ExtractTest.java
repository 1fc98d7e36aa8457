package org.employmentmonitor.ingest.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractTest {
  @Test
  void uniqueColumnsAreSourceLinePersonKeyAndAOneColumnIdentity() {
    assertEquals(
        List.of(Extract.SOURCE_LINE, Extract.PERSON_KEY),
        Extracts.SOCIAL_INSURANCE.uniqueColumns());
    assertEquals(
        List.of(Extract.SOURCE_LINE, Extract.PERSON_KEY, "record_id"),
        Extracts.REGISTRATION.uniqueColumns());
    assertEquals(List.of(Extract.SOURCE_LINE, "posting_id"), Extracts.RECRUITMENT.uniqueColumns());
    assertEquals(
        List.of(Extract.SOURCE_LINE, Extract.PERSON_KEY), Extracts.GRADUATES.uniqueColumns());
  }
}
