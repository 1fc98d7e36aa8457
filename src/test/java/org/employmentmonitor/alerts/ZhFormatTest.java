package org.employmentmonitor.alerts;

import static org.employmentmonitor.alerts.AlertFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

class ZhFormatTest {
  @Test
  void percentagesNeverLookEqualToTheirThresholdNorZeroWhenTheyAreNot() {
    assertEquals("68.2%", ZhFormat.percentBeside(dec("0.6823"), dec("0.75")));
    assertEquals("1.0%", ZhFormat.percentBeside(dec("0.01"), dec("0.01")));
    assertEquals("1.004%", ZhFormat.percentBeside(dec("0.01004"), dec("0.01")));
    assertEquals("0.02%", ZhFormat.percentBeside(dec("0.0001666667"), dec("0.25")));
    assertEquals("0.0%", ZhFormat.percentBeside(dec("0"), dec("0.25")));
  }

  @Test
  void valuesInTheirUnits() {
    assertEquals("24,000人", ZhFormat.value(dec("24000"), Unit.PERSONS));
    assertEquals("8,000万元", ZhFormat.value(dec("80000000.00"), Unit.YUAN));
    assertEquals("1,234.57万元", ZhFormat.value(dec("12345678.9"), Unit.YUAN));
    assertEquals("90.0%", ZhFormat.value(dec("0.9"), Unit.RATIO));
  }

  @Test
  void monthsOutsideThePeriodsYearCarryTheirYear() {
    YearMonth jan = YearMonth.of(2021, 1);
    assertEquals("1月", ZhFormat.month(jan, jan));
    assertEquals("2020年12月", ZhFormat.month(jan.minusMonths(1), jan));
    assertEquals("1月", ZhFormat.yearToDate(jan));
    assertEquals("1—9月", ZhFormat.yearToDate(YearMonth.of(2020, 9)));
  }
}
