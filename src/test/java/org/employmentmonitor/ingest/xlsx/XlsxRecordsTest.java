package org.employmentmonitor.ingest.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC 9 "Reading: .xlsx": how a cell's stored value becomes text. */
class XlsxRecordsTest {
  @Test
  void anIdTypedAsANumberBecomesThePlainDigitsOfTheDouble() {
    assertEquals("500118197804171008", XlsxRecords.number("5.00118197804171E+17"));
    assertEquals("500118197804171008", XlsxRecords.number("5.0011819780417101E17"));
  }

  @Test
  void integralNumbersHaveNoDecimalsAndOthersNoExponent() {
    assertEquals("500118001", XlsxRecords.number("500118001"));
    assertEquals("12", XlsxRecords.number("12.0"));
    assertEquals("5.2", XlsxRecords.number("5.2"));
    assertEquals("0.000015", XlsxRecords.number("1.5E-5"));
    assertEquals("0.30000000000000004", XlsxRecords.number("0.30000000000000004"));
  }

  @Test
  void dateFormatsAreTheBuiltInIdsAndCustomFormatsWithDayMonthOrYear() {
    assertTrue(XlsxRecords.isDateFormat(14, null));
    assertTrue(XlsxRecords.isDateFormat(31, null)); // yyyy"年"m"月"d"日" on a Chinese Excel
    assertTrue(XlsxRecords.isDateFormat(164, "yyyy/m"));
    assertTrue(XlsxRecords.isDateFormat(165, "yyyy\"年\"m\"月\""));
    assertFalse(XlsxRecords.isDateFormat(0, "General"));
    assertFalse(XlsxRecords.isDateFormat(2, "0.00"));
    assertFalse(XlsxRecords.isDateFormat(166, "\"day\" 0"));
    assertFalse(XlsxRecords.isDateFormat(167, "[Red]0"));
  }

  @Test
  void columnNamesAreExcelLetters() {
    assertEquals("A", XlsxRecords.columnName(0));
    assertEquals("I", XlsxRecords.columnName(8));
    assertEquals("AA", XlsxRecords.columnName(26));
  }
}
