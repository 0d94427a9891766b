// English wordings of the rules' refusals not worded beside their screens: throttling, forces,
// assumptions, negotiation and whole-record analyses. `{detail}` is the server's own message, kept
// where it names the unit, clause or rule at stake.
export const enErrors = {
  'error.RATE_LIMITED': '{detail}',
  // Forces (shared/src/forces/errors.ts).
  'error.PHASE_CLOSED': 'Orders are taken in the decision phase; wait for it to open.',
  'error.NO_SUCH_UNIT': '{detail}',
  'error.NO_SUCH_PLACE': '{detail}',
  'error.NO_SUCH_ROUTE': '{detail}',
  'error.NOT_YOUR_UNIT': '{detail}',
  'error.BEYOND_AUTHORITY': '{detail}',
  'error.UNIT_DESTROYED': '{detail}',
  'error.NOT_READY': '{detail}',
  'error.ALREADY_DONE': '{detail}',
  'error.OUT_OF_REACH': '{detail}',
  'error.NO_FORCES': 'This exercise has no forces to command.',
  'error.NO_SUCH_VARIANT': '{detail}',
  // The assumption register (ADR 0027).
  'error.NO_SUCH_ASSUMPTION': '{detail}',
  'error.ASSUMPTION_OUT_OF_BOUNDS': '{detail}',
  // Negotiation (ADR 0008).
  'error.NO_NEGOTIATION': 'This scenario has no negotiation.',
  'error.NOT_A_PARTY': 'Only a party to the talks can do this.',
  'error.NOT_YOUR_PARTY': '{detail}',
  'error.NO_DRAFT': 'Propose a draft before amending it.',
  'error.NO_SUCH_CLAUSE': '{detail}',
  'error.NO_SUCH_OPTION': '{detail}',
  'error.DRAFT_INCOMPLETE': '{detail}',
  'error.DEAL_SIGNED': 'The deal is signed: its text can no longer change.',
  'error.WALKED_OUT': 'Your party has left the talks: return to them first.',
  'error.TALKS_COLLAPSED':
    'The talks have collapsed: a required party walked out and did not return in time.',
  'error.NOT_EU_MONEY': '{detail}',
  'error.TOO_FEW_MEMBERS': '{detail}',
  'error.NO_EU_CONSENT': '{detail}',
  'error.NO_NAC_CONSENSUS': '{detail}',
  // Analyses of the whole record (ADR 0020).
  'error.NOT_ALLOWED':
    'This analysis works from the whole record: Control may ask for it, or a seat once Control has opened the record.',
} as const;
