package org.employmentmonitor.indicators.person;

import java.io.Serializable;

/**
 * A person-level indicator of SPEC 4: adds one person's contribution to its cells for every
 * month-end of the window. Each implementation is one indicator (with its "also output"
 * sub-indicators), a pure function of the person's history. Serializable because the engine ({@link
 * PersonStream}) is handed its indicators and ships them to the executors with the task.
 */
public interface PersonIndicator extends Serializable {
  void measure(PersonHistory person, PersonContext context, Cells out);
}
