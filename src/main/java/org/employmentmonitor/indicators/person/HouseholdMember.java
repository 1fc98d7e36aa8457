package org.employmentmonitor.indicators.person;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One person's membership of a household at a month-end (the rule's {@code m}): the household of
 * their latest event carrying one (its date, delivery order and town decide the household's town),
 * and whether they are an eligible member and jobless. The zero-employment rule groups these by
 * household.
 */
public record HouseholdMember(
    String household, LocalDate eventDate, long ord, String town, boolean eligible, boolean jobless)
    implements Serializable {

  /** Says, per person and month-end, which household the person belongs to (null: none). */
  @FunctionalInterface
  public interface Rule extends Serializable {
    HouseholdMember of(PersonHistory person, PersonContext context, int m);
  }
}
