// Chaînes françaises des étapes qu'un accord attend encore (ADR 0019).
export const frTalkSteps = {
  'negotiation.signBlock.WRONG_PHASE':
    'Vous ne pouvez signer que pendant la consultation ou la phase de décision.',
  'negotiation.signBlock.DEAL_SIGNED': 'L’accord est signé.',
  'negotiation.signBlock.TALKS_COLLAPSED': 'La négociation est rompue.',
  'negotiation.signBlock.WALKED_OUT': 'Votre partie a quitté la négociation : revenez d’abord à la table.',
  'negotiation.signBlock.ALREADY_DONE': 'Votre partie a signé.',
  'negotiation.signBlock.DRAFT_INCOMPLETE':
    'Vous pourrez signer quand chaque clause sera rédigée et paraphée par chaque partie requise. Manque encore : {missing}.',
  'negotiation.signBlock.noClause': '{issue} (pas encore de clause)',
  'negotiation.signBlock.initials': '{issue} (paraphe de {names})',
  'negotiation.signBlock.more': '{count} autres clauses',
  'negotiation.signBlock.NO_EU_CONSENT':
    'L’Union n’a pas donné son accord sur {issues} : chaque État membre doit y consentir, ou une coopération renforcée doit être en vigueur.',
  'negotiation.signBlock.NO_NAC_CONSENSUS':
    'Le Conseil de l’Atlantique Nord n’a pas adopté ce à quoi {issues} engage l’OTAN.',
  'negotiation.nac.chairSeat': 'la présidence, {name}, la porte devant le Conseil',
  'negotiation.nac.chairControl':
    'demandé au Contrôle, qui préside le Conseil tant que le siège du Secrétaire général est libre',
  'negotiation.nac.youChair': 'vous présidez le Conseil : déposez-la',
  'negotiation.nac.table': 'Déposer au Conseil',
  'negotiation.nac.tableLabel': 'Déposer « {item} » au Conseil de l’Atlantique Nord',
  'negotiation.eu.refused': 'refusé par les capitales de {names}',
  'negotiation.eu.awaitingCapitals': 'les capitales de {names} répondent quand le tour est joué',
};
