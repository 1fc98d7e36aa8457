package org.employmentmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTextTest {
  @Test
  void aLongListIsCutWithACountOfWhatWasLeftOut() {
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= 5000; i++) {
      columns.add("c" + i);
    }
    assertEquals("[c1, c2, c3, … and 4997 more]", LogText.list(columns, 3));
    assertEquals(
        "[c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,"
            + " c20, … and 4980 more]",
        LogText.list(columns));
  }

  @Test
  void aLongTextIsCutWithACountOfCharacters() {
    assertEquals("abc… (4 more characters)", LogText.cut("abcdefg", 3));
    assertEquals("abc", LogText.cut("abc", 3));
  }
}
