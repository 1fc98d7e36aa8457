package org.employmentmonitor.layers;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.employmentmonitor.base.MonitorException;
import org.employmentmonitor.layers.fixture.base.BackEdge;
import org.employmentmonitor.layers.fixture.base.Failure;
import org.employmentmonitor.layers.fixture.cli.Main;
import org.employmentmonitor.layers.fixture.report.Section;
import org.employmentmonitor.layers.fixture.report.chart.Chart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's classes (not the tests') keep the package graph of docs/architecture.md; and the
 * rules themselves, on a fixture of a few classes, reject a back-edge and a cycle.
 */
class LayersTest {
  private static final String PRODUCT = "org.employmentmonitor";
  private static final String FIXTURE = "org.employmentmonitor.layers.fixture";

  private static JavaClasses product;

  @BeforeAll
  static void importProduct() throws Exception {
    // The product's class folder only (target/classes), not the package across the classpath.
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(
                Path.of(
                    MonitorException.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
  }

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() {
    Layers.layered(PRODUCT).check(product);
  }

  @Test
  void noTwoLayersDependOnEachOther() {
    Layers.acyclicLayers(PRODUCT).check(product);
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    Layers.acyclicPackages(PRODUCT).check(product);
  }

  private static JavaClasses fixture(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  @Test
  void aBackEdgeFromTheBottomToTheTopBreaksTheLayerRule() {
    // Without the back-edge the fixture keeps the rule: the failure below is the edge alone.
    Layers.layered(FIXTURE).withOptionalLayers(true).check(fixture(Failure.class, Main.class));

    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Layers.layered(FIXTURE)
                    .withOptionalLayers(true)
                    .check(fixture(Failure.class, Main.class, BackEdge.class)));
    assertTrue(e.getMessage().contains(BackEdge.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(Main.class.getName()), e.getMessage());
  }

  @Test
  void aCycleInsideOneLayerPassesTheLayerRuleButBreaksTheCycleRule() {
    JavaClasses cycle = fixture(Section.class, Chart.class, Failure.class);
    Layers.layered(FIXTURE).withOptionalLayers(true).check(cycle);
    Layers.acyclicLayers(FIXTURE).check(cycle);

    AssertionError e =
        assertThrows(AssertionError.class, () -> Layers.acyclicPackages(FIXTURE).check(cycle));
    assertTrue(e.getMessage().contains("Cycle detected"), e.getMessage());
    assertTrue(e.getMessage().contains(Chart.class.getName()), e.getMessage());
  }
}
