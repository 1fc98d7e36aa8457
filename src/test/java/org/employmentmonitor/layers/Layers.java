package org.employmentmonitor.layers;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The package graph of docs/architecture.md as rules, for any root package (the product's, or a
 * test fixture's that shows a rule failing). Each tier may use only the tiers below it; packages of
 * one tier do not use each other; the generator sits outside the product (it reads ingest's schema
 * declarations, and nothing of the product reads it).
 *
 * <p>The rules read bytecode: a constant ({@code static final} String or number) is inlined by
 * javac where it is used and leaves no edge, so the fixture's edges are calls.
 */
final class Layers {
  private Layers() {}

  /** Bottom to top; the packages of a tier are independent of each other. */
  static final List<List<String>> TIERS =
      List.of(
          List.of("base"),
          List.of("model", "config", "io"),
          List.of("job"),
          List.of("ingest"),
          List.of("staging"),
          List.of("indicators"),
          List.of("tasks"),
          List.of("alerts"),
          List.of("report"),
          List.of("notify"),
          List.of("cli"));

  /** What the generator may use: the declarations below the staging layer. */
  static final List<String> GENERATOR_USES = List.of("base", "model", "config", "io", "ingest");

  /** Every layer (a top-level package with its sub-packages) uses only layers of lower tiers. */
  static LayeredArchitecture layered(String root) {
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (List<String> tier : TIERS) {
      for (String layer : tier) {
        rule = rule.layer(layer).definedBy(root + "." + layer + "..");
      }
    }
    // Optional: the generator may live in a module of its own, outside these classes.
    rule = rule.optionalLayer("generator").definedBy(root + ".generator..");
    List<String> below = new ArrayList<>();
    for (List<String> tier : TIERS) {
      for (String layer : tier) {
        rule =
            below.isEmpty()
                ? rule.whereLayer(layer).mayNotAccessAnyLayer()
                : rule.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
      }
      below.addAll(tier);
    }
    return rule.whereLayer("generator")
        .mayOnlyAccessLayers(GENERATOR_USES.toArray(String[]::new))
        .whereLayer("generator")
        .mayNotBeAccessedByAnyLayer();
  }

  /** No cycle between the layers (top-level packages). */
  static ArchRule acyclicLayers(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** No cycle between any two packages, sub-packages included. */
  static SliceRule acyclicPackages(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }
}
