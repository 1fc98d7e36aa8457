package org.employmentmonitor.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** SPEC 2 value formats and SPEC 9 trimming/folding. */
class ValueParsingTest {
  @Test
  void theFourDateFormats() {
    LocalDate d = LocalDate.of(2020, 9, 5);
    assertEquals(d, DateParsers.date("2020-09-05"));
    assertEquals(d, DateParsers.date("2020/9/5"));
    assertEquals(d, DateParsers.date("2020/09/05"));
    assertEquals(d, DateParsers.date("20200905"));
    assertEquals(d, DateParsers.date("2020年9月5日"));
  }

  @Test
  void datesThatAreNotRealOrNotListedAreRejected() {
    assertNull(DateParsers.date("2020-02-30"));
    assertNull(DateParsers.date("2020-9-5"), "yyyy-MM-dd needs two digits");
    assertNull(DateParsers.date("05/09/2020"));
    assertNull(DateParsers.date("2020.09.05"));
    assertNull(DateParsers.date("2020年9月5"));
    assertNull(DateParsers.date("20201305"));
  }

  @Test
  void theFourMonthFormats() {
    YearMonth m = YearMonth.of(2020, 9);
    assertEquals(m, DateParsers.month("2020-09"));
    assertEquals(m, DateParsers.month("202009"));
    assertEquals(m, DateParsers.month("2020/9"));
    assertEquals(m, DateParsers.month("2020年9月"));
    assertNull(DateParsers.month("2020-13"));
    assertNull(DateParsers.month("2020-9"));
    assertNull(DateParsers.month("09/2020"));
  }

  @Test
  void trimmingRemovesAsciiIdeographicNbspAndBom() {
    assertEquals("abc", Normalizer.clean(" \t\u3000\u00A0\uFEFFabc \u3000"));
    assertEquals("", Normalizer.clean("\u3000 "));
  }

  @Test
  void fullWidthDigitsAndLettersFoldButPunctuationStays() {
    assertEquals("500118ABxy", Normalizer.clean("５００１１８ＡＢｘｙ"));
    assertEquals("2020－09", Normalizer.clean("２０２０－０９"), "full-width hyphen is punctuation");
  }

  @Test
  void booleans() {
    for (String t : new String[] {"Y", "y", "1", "是", "true", "True"}) {
      assertEquals(Boolean.TRUE, RowValidator.parseBoolean(t), t);
    }
    for (String f : new String[] {"N", "n", "0", "否", "false", "FALSE"}) {
      assertEquals(Boolean.FALSE, RowValidator.parseBoolean(f), f);
    }
    assertNull(RowValidator.parseBoolean("yes"));
  }

  @Test
  void decimalsArePlainNotation() {
    assertEquals("5.2", RowValidator.parseDecimal("5.2").toPlainString());
    assertEquals("-3", RowValidator.parseDecimal("-3").toPlainString());
    assertNull(RowValidator.parseDecimal("1,200"));
    assertNull(RowValidator.parseDecimal("1e5"));
    assertNull(RowValidator.parseDecimal("."));
    assertNull(RowValidator.parseDecimal("5."));
  }
}
