package org.employmentmonitor.generator;

/** What kind of life a person index stands for; persons are laid out segment after segment. */
enum Segment {
  /** Insured in the first month, placed in employer blocks (so insurance rows come grouped). */
  SI_INITIAL,
  /** Not insured in the first month; starts insurance in a later month (a new start). */
  SI_ENTRANT,
  /** Registration only: one EMPLOYED event (returnees, flexible, self-employed, borrowers). */
  REG_EMPLOYED,
  /** Registration only: registered unemployed, followed up, maybe re-employed. */
  REG_UNEMPLOYED,
  /** Registration only: job seekers without a status change. */
  REG_SEEKER,
  /** Registration only: RETIRED (or a few DECEASED) events, natural attrition. */
  REG_RETIREE,
  /** 建卡贫困户: four slots per household; a working breadwinner in each. */
  HOUSEHOLD,
  /** Designed zero-employment households (two slots each), cleared one after another. */
  ZERO_HOUSEHOLD,
  /** The 离校未就业 graduates, one cohort per graduation year whose July is in the range. */
  GRADUATE,
  /** The previous cohort's rows left in each year's ledger (the pipeline ignores them). */
  GRADUATE_LEFTOVER,
  /** Persons seen only in training records. */
  TRAINEE
}
