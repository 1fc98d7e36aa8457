package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

class DisplayTest {
  @Test
  void countsGetThousandsSeparators() {
    assertEquals("24,000", Display.number("new_urban_employment", Unit.PERSONS, bd("24000")));
    assertEquals("24,000人", Display.value("new_urban_employment", Unit.PERSONS, bd("24000")));
    assertEquals("-3", Display.number("new_urban_employment", Unit.PERSONS, bd("-3")));
    assertEquals("12,892人次", Display.value("subsidized_training", Unit.PERSON_TIMES, bd("12892")));
  }

  @Test
  void ratiosArePercentagesWithOneDecimal() {
    assertEquals("82.3%", Display.number("graduate_placement_rate", Unit.RATIO, bd("0.82307692")));
    assertEquals("82.3%", Display.value("graduate_placement_rate", Unit.RATIO, bd("0.82307692")));
    assertEquals("100.0%", Display.percent(bd("0.9995")));
    assertEquals("0.0%", Display.percent(bd("0.0004")));
    assertEquals("0.04%", Display.percent(bd("0.0004"), 2));
    assertEquals("4.7%", Display.percent(bd("0.047")));
  }

  @Test
  void demandSupplyRatioIsAMultipleNotAPercentage() {
    assertEquals("1.37", Display.number("demand_supply_ratio", Unit.RATIO, bd("1.37084811")));
    assertEquals("1.37", Display.value("demand_supply_ratio", Unit.RATIO, bd("1.37084811")));
    assertEquals("倍", Display.columnUnit("demand_supply_ratio", Unit.RATIO));
    assertEquals("%", Display.columnUnit("graduate_placement_rate", Unit.RATIO));
    assertEquals("万元", Display.columnUnit("guarantee_loans_amount", Unit.YUAN));
  }

  @Test
  void amountsAreShownIn10kYuan() {
    assertEquals(
        "6,193.00万元", Display.value("guarantee_loans_amount", Unit.YUAN, bd("61930000.00")));
    assertEquals("8,000.00", Display.number("guarantee_loans_amount", Unit.YUAN, bd("80000000")));
  }

  @Test
  void projectionsOfCountsAreWholePersons() {
    assertEquals("22,757人", Display.estimate("new_urban_employment", Unit.PERSONS, bd("22757.33")));
    assertEquals(
        "8,257.33万元", Display.estimate("guarantee_loans_amount", Unit.YUAN, bd("82573333.33")));
  }

  @Test
  void notAvailableReadsAsNoData() {
    assertEquals("无数据", Display.number("graduate_placement_rate", Unit.RATIO, null));
    assertEquals("无数据", Display.value("new_urban_employment", Unit.PERSONS, null));
    assertEquals("无数据", Display.percent(null));
  }

  @Test
  void pointsAndPlainNumbers() {
    assertEquals("5.1个百分点", Display.points(bd("0.05068424")));
    assertEquals("0.0197", Display.plain(bd("0.0197")));
    assertEquals("1,234.5", Display.plain(bd("1234.50000")));
    assertEquals("60", Display.plain(bd("60.0000000000")));
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
