package org.employmentmonitor.generator;

/** What kind of life a person index stands for; persons are laid out segment after segment. */
enum Segment {
  /** Insured at 2019-10, placed in employer blocks (so insurance rows come grouped). */
  SI_INITIAL,
  /** Not insured at 2019-10; starts insurance in a later month (a new start). */
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
  /** The 2020 cohort of 离校未就业 graduates. */
  GRADUATE_2020,
  /** 2019-cohort rows left in the ledger (the pipeline ignores them). */
  GRADUATE_2019,
  /** Persons seen only in training records. */
  TRAINEE
}
