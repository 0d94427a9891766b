// Français : refus des règles non formulés à côté de leurs écrans (limitation du débit, forces,
// hypothèses, négociation, analyses du dossier complet), quand le serveur n’en précise pas le motif ;
// les motifs précis sont dans fr.refusals.ts.
import type { enErrors } from './en.errors';

export const frErrors: Record<keyof typeof enErrors, string> = {
  'error.RATE_LIMITED': 'Trop de demandes à la fois : patientez un instant, puis réessayez.',
  // Forces.
  'error.PHASE_CLOSED': 'Les ordres se donnent pendant la phase de décision ; attendez son ouverture.',
  'error.NO_SUCH_UNIT': 'Cette unité ne figure pas dans cette partie.',
  'error.NO_SUCH_PLACE': 'Ce lieu ne figure pas sur la carte.',
  'error.NO_SUCH_ROUTE': 'Aucun itinéraire praticable pour cet ordre.',
  'error.NOT_YOUR_UNIT': 'Cette unité n’est pas sous votre commandement.',
  'error.BEYOND_AUTHORITY': 'Cet ordre dépasse l’autorité dont vous disposez.',
  'error.UNIT_DESTROYED': 'Cette unité a été détruite.',
  'error.NOT_READY': 'Cet ordre ne peut pas être exécuté dans la situation actuelle.',
  'error.ALREADY_DONE': 'C’est déjà fait.',
  'error.OUT_OF_REACH': 'Cet itinéraire est hors de portée des feux de Rouge.',
  'error.NO_FORCES': 'Cet exercice n’a aucune force à commander.',
  'error.NO_SUCH_VARIANT': 'Ce scénario n’a pas cette variante.',
  // Registre des hypothèses.
  'error.NO_SUCH_ASSUMPTION': 'Ce scénario n’a pas cette hypothèse.',
  'error.ASSUMPTION_OUT_OF_BOUNDS': 'Cette valeur sort de la plage admise pour l’hypothèse.',
  // Négociation.
  'error.NO_NEGOTIATION': 'Ce scénario ne comporte pas de négociation.',
  'error.NOT_A_PARTY': 'Seule une partie à la négociation peut faire cela.',
  'error.NOT_YOUR_PARTY': 'Une partie n’agit que pour elle-même.',
  'error.NO_DRAFT': 'Proposez un projet avant de l’amender.',
  'error.NO_SUCH_CLAUSE': 'Cette clause n’est pas sur la table.',
  'error.NO_SUCH_OPTION': 'Cette option n’existe pas pour cette question.',
  'error.DRAFT_INCOMPLETE':
    'Chaque clause doit d’abord être rédigée, puis paraphée par toutes les parties requises.',
  'error.DEAL_SIGNED': 'L’accord est signé : son texte ne peut plus changer.',
  'error.WALKED_OUT': 'Votre partie a quitté la négociation : revenez d’abord à la table.',
  'error.TALKS_COLLAPSED':
    'La négociation est rompue : une partie requise a quitté la table et n’est pas revenue à temps.',
  'error.NOT_EU_MONEY': 'La coopération renforcée n’est pas ouverte à cette clause.',
  'error.TOO_FEW_MEMBERS': 'Trop peu d’États membres pour une coopération renforcée.',
  'error.NO_EU_CONSENT':
    'L’Union n’a pas donné son accord : chaque État membre doit parapher, ou une coopération renforcée doit être en vigueur.',
  'error.NO_NAC_CONSENSUS': 'Le CAN n’a pas adopté ce à quoi le texte engage l’OTAN.',
  // Analyses du dossier complet.
  'error.NOT_ALLOWED':
    'Cette analyse porte sur le dossier complet : Control peut la demander, ou un siège une fois que Control a ouvert le dossier.',
};
