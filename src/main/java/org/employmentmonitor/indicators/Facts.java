package org.employmentmonitor.indicators;

import org.employmentmonitor.ingest.Towns;

/**
 * The derived fact tables of a run (dbt's "intermediate" layer), each built once and read by many
 * indicators: registration facts, insurance facts, the newly employed. Built lazily, so an
 * indicator class run on its own in a test builds only what it needs.
 */
public final class Facts {
  private final StagedData staged;
  private final Towns towns;
  private RegistrationFacts registration;
  private InsuranceFacts insurance;
  private NewlyEmployed newlyEmployed;

  public Facts(StagedData staged, Towns towns) {
    this.staged = staged;
    this.towns = towns;
  }

  public StagedData staged() {
    return staged;
  }

  public MonthWindow window() {
    return staged.window();
  }

  public Towns towns() {
    return towns;
  }

  public RegistrationFacts registration() {
    if (registration == null) {
      registration = new RegistrationFacts(staged);
    }
    return registration;
  }

  public InsuranceFacts insurance() {
    if (insurance == null) {
      insurance = new InsuranceFacts(staged);
    }
    return insurance;
  }

  public NewlyEmployed newlyEmployed() {
    if (newlyEmployed == null) {
      newlyEmployed = new NewlyEmployed(registration(), insurance(), window());
    }
    return newlyEmployed;
  }
}
