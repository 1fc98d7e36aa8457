package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.employmentmonitor.indicators.IndicatorCatalog;
import org.employmentmonitor.indicators.IndicatorDef;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionsTest {
  @Test
  void everyIndicatorOfTheCatalogueHasAChineseDefinition() {
    for (IndicatorDef d : IndicatorCatalog.ALL) {
      assertTrue(IndicatorDefinitions.has(d.id()), d.id());
      assertTrue(IndicatorDefinitions.of(d.id()).endsWith("。"), d.id());
    }
  }
}
