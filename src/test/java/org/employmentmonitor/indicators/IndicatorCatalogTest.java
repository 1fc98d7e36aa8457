package org.employmentmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.employmentmonitor.model.Unit;
import org.junit.jupiter.api.Test;

/** The list of definitions every other part derives from (issue 15: one definition each). */
class IndicatorCatalogTest {
  @Test
  void everyIndicatorOfTheCatalogueHasAChineseDefinition() {
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      assertTrue(d.definitionZh() != null && d.definitionZh().endsWith("。"), d.id());
      assertFalse(d.nameEn() == null || d.nameEn().isBlank(), d.id());
      assertFalse(d.sources().isEmpty(), d.id());
    }
  }

  @Test
  void idsAreUniqueAndSubIndicatorsBelongToAHeadlineOfTheList() {
    Set<String> ids = new HashSet<>();
    for (IndicatorDefinition d : IndicatorCatalog.ALL) {
      assertTrue(ids.add(d.id()), "declared twice: " + d.id());
      if (d.isSubIndicator()) {
        assertFalse(IndicatorCatalog.byId(d.parent()).isSubIndicator(), d.id());
      }
    }
    assertEquals(32, ids.size());
    // 9 sub-indicators (6 of new urban employment, 3 of the graduate rate); 23 configured
    assertEquals(23, IndicatorCatalog.ALL.stream().filter(d -> !d.isSubIndicator()).count());
  }

  @Test
  void reportOrderIsTheOrderOfTheList() {
    assertEquals(0, IndicatorCatalog.order("new_urban_employment"));
    assertEquals(7, IndicatorCatalog.order("graduate_placement_rate"));
    assertEquals(31, IndicatorCatalog.order("market_entity_jobs"));
    assertThrows(
        IllegalArgumentException.class, () -> IndicatorCatalog.order("new_urban_employmnt"));
  }

  @Test
  void theDeclarationsSayWhatTheReportSpecialCased() {
    IndicatorDefinition ratio = IndicatorCatalog.byId("demand_supply_ratio");
    assertTrue(ratio.isMultiple());
    assertEquals(List.of("recruitment", "registration"), ratio.sources());
    assertEquals(Unit.POSITIONS, IndicatorCatalog.byId("soe_graduate_position_share").partsUnit());
    assertEquals(Unit.PERSONS, IndicatorCatalog.byId("graduate_placement_rate").partsUnit());
    assertFalse(IndicatorCatalog.byId("graduate_placement_rate").isMultiple());
    IndicatorDefinition checkBoth = IndicatorCatalog.byId("employment_check_both");
    assertEquals("new_urban_employment", checkBoth.configId());
    assertTrue(IndicatorCatalog.find("employment_check_bothh").isEmpty());
  }

  @Test
  void thePersonEngineIsHandedOneRuleOfEachPersonLevelClass() {
    Set<Class<?>> classes = new HashSet<>();
    IndicatorCatalog.PERSON_RULES.forEach(r -> assertTrue(classes.add(r.getClass())));
    assertEquals(12, classes.size());
    assertTrue(classes.contains(InsuredEmployment.class));
    assertTrue(classes.contains(ReemploymentOfUnemployed.class));
    assertTrue(classes.contains(HardshipEmployment.class));
    assertTrue(classes.contains(LongTermUnemploymentShare.class));
    assertEquals(4, IndicatorCatalog.SOURCE_RULES.size());
  }
}
