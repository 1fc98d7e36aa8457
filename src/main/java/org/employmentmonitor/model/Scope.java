package org.employmentmonitor.model;

/** The breakdown an indicator row belongs to (SPEC 6): its {@code scope_key} means this. */
public enum Scope {
  /** The whole district; scope_key empty. */
  DISTRICT,
  /** A town or street; scope_key is its town_code. */
  TOWN,
  /** A key group (重点群体); scope_key is the group code. */
  GROUP,
  /** An employment form; scope_key is the form code. */
  FORM,
  /** A training programme; scope_key is the program_type code. */
  PROGRAM
}
