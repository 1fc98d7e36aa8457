package org.employmentmonitor.indicators.person;

/**
 * A person-level indicator of SPEC 4: adds one person's contribution to its cells for every
 * month-end of the window. Each implementation is one indicator (with its "also output"
 * sub-indicators), a pure function of the person's history.
 */
public interface PersonIndicator {
  void measure(PersonHistory person, PersonContext context, Cells out);
}
