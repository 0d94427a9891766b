// English strings for the steps a deal still needs (ADR 0019): why signing waits, who takes a NATO
// clause to the Council, which capitals answer for the Union's money.
export const enTalkSteps = {
  'negotiation.signBlock.WRONG_PHASE': 'You can sign only during consultation or the decision phase.',
  'negotiation.signBlock.DEAL_SIGNED': 'The deal is signed.',
  'negotiation.signBlock.TALKS_COLLAPSED': 'The talks have collapsed.',
  'negotiation.signBlock.WALKED_OUT': 'Your party has left the talks: return to them first.',
  'negotiation.signBlock.ALREADY_DONE': 'Your party has signed.',
  'negotiation.signBlock.DRAFT_INCOMPLETE':
    'You can sign once every clause is drafted and initialled by every required party. Still missing: {missing}.',
  'negotiation.signBlock.noClause': '{issue} (no clause yet)',
  'negotiation.signBlock.initials': '{issue} (initials of {names})',
  'negotiation.signBlock.more': '{count} more clauses',
  'negotiation.signBlock.NO_EU_CONSENT':
    'The Union has not consented to {issues}: every member state must consent, or enhanced cooperation must be in force.',
  'negotiation.signBlock.NO_NAC_CONSENSUS':
    'The North Atlantic Council has not adopted what {issues} commits NATO to.',
  'negotiation.nac.chairSeat': 'the chair, {name}, takes it to the Council',
  'negotiation.nac.chairControl':
    'requested of Control, which chairs the Council while the Secretary General’s seat is free',
  'negotiation.nac.youChair': 'you chair the Council: table it there',
  'negotiation.nac.table': 'Table in the Council',
  'negotiation.nac.tableLabel': 'Table “{item}” in the North Atlantic Council',
  'negotiation.eu.refused': 'refused by the capitals of {names}',
  'negotiation.eu.awaitingCapitals': 'the capitals of {names} answer when the turn is played out',
};
