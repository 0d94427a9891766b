// French strings of Control's branch controls; typed against the English ones.
import type { enBranch } from './en.branch';

export const frBranch: Record<keyof typeof enBranch, string> = {
  'branch.title': 'Tours : revenir en arrière ou bifurquer',
  'branch.turn': 'Début du tour',
  'branch.turnOption': 'Tour {turn}',
  'branch.rollBack': 'Revenir au début du tour {turn}…',
  'branch.rollBackConfirm': 'Oui, revenir au début du tour {turn}',
  'branch.rollBackWarning':
    'Tout le monde revient au début du tour {turn}. Ce qui s’est passé depuis reste dans le journal pour le retour d’expérience, marqué comme écarté, mais ne compte plus. Les sièges restent à leurs joueurs.',
  'branch.cancel': 'Annuler',
  'branch.fork': 'Bifurquer depuis le tour {turn} dans un nouvel exercice',
  'branch.forkHint':
    'Un nouvel exercice démarre en pause au début de ce tour, avec son propre code et sa propre clé de Control, tous les sièges libres ; celui-ci continue sans changement.',
  'branch.forked':
    'La bifurcation {code} est prête. Son lien de Control n’est affiché qu’une fois : gardez-le maintenant.',
  'branch.forkCode': 'Code de la bifurcation',
  'branch.forkKey': 'Clé de Control de la bifurcation',
  'branch.forkLink': 'Lien de Control de la bifurcation',
  'branch.forkFailed': 'La bifurcation n’a pas pu être créée.',
  'branch.setAside': 'écarté',
  'branch.setAsideMoment':
    'Un retour en arrière a écarté ce moment : il reste dans le journal mais ne compte plus dans la partie.',
  'error.NO_SUCH_TURN': 'Ce tour n’existe pas dans cette partie.',
};
