// Français : les refus par code et par motif (shared/src/protocol/refusals.ts), formulés à partir des
// précisions que le serveur envoie, jamais de sa phrase anglaise.
import type { enRefusals } from './en.refusals';

export const frRefusals: Record<keyof typeof enRefusals, string> = {
  'error.PROTOCOL_MISMATCH.reload':
    'Ce serveur parle une version plus récente du protocole : rechargez la page pour mettre à jour le client.',
  'error.NO_SUCH_MOMENT.notInLog': 'Ce moment ne figure pas dans le journal.',
  'error.ARCHIVE_TOO_NEW.version':
    'Cette archive est au format {version} ; cette version lit jusqu’au format {supported}. Mettez cette installation à jour pour l’importer.',
  'error.BAD_REQUEST.invalid': 'La demande n’est pas valide : elle ne suit pas le protocole.',
  'error.BAD_REQUEST.repairSeq':
    'Le premier événement qui ne peut pas être appliqué est le numéro {first}, pas le {sent}.',
  'error.BAD_REQUEST.phrase': '« {phrase} » ne va pas avec la position « {position} ».',
  'error.BAD_REQUEST.observerAccess': 'Les observateurs lisent déjà {access}.',
  'error.BAD_REQUEST.seeds': 'Le nombre de tirages est un nombre entier de 1 à {max}.',
  'error.MESSAGE_TOO_LARGE.command': 'Une commande compte au plus {max} octets ; celle-ci en compte {size}.',
  'error.NO_SUCH_EXERCISE.code':
    'Aucun exercice ne porte le code {code}. Vérifiez le code auprès de l’animateur.',
  'error.NO_SUCH_SCENARIO.unknown':
    'Le scénario « {scenarioId} » n’est plus disponible. Choisissez-en un autre.',
  'error.BAD_CONTROL_KEY.code': 'La clé de contrôle de l’exercice {code} n’est pas la bonne.',
  'error.BAD_CONTROL_KEY.controlOnly': 'Seul Control peut faire cela : envoyez la clé de contrôle.',
  'error.STORAGE_FAILED.conflict':
    'L’exercice a changé entre-temps ; rien n’a été enregistré. Regardez de nouveau, puis réessayez.',
  'error.STORAGE_FAILED.unconfirmed':
    'Le serveur n’a pas pu confirmer l’enregistrement ; regardez de nouveau avant de réessayer.',
  'error.NO_SUCH_SEAT.unknown': 'Il n’y a pas de siège « {seatId} ».',
  'error.NO_SUCH_SEAT.noneHeld': 'Aucun des deux sièges n’est occupé : il n’y a personne à échanger.',
  'error.SEAT_TAKEN.held': 'Le siège {seat} est déjà occupé par {name}. Choisissez-en un autre.',
  'error.SEAT_TAKEN.heldNotBot': '{name} occupe le siège {seat} ; libérez-le avant de le confier à un robot.',
  'error.NAME_TAKEN.taken':
    'Quelqu’un dans cet exercice porte déjà le nom « {name} » ou un nom qui se lit pareil : choisissez-en un autre.',
  'error.NAME_CLAIMS_ROLE.holder':
    'Un nom ne peut pas se faire passer pour {role} : choisissez un nom à vous.',
  'error.NAME_CLAIMS_ROLE.channel': 'Le canal d’un joueur ne peut pas porter le nom de {role}.',
  'error.NOTHING_TO_DO.soundRecord': 'Le dossier de l’exercice est sain : il n’y a rien à réparer.',
  'error.NOTHING_TO_DO.alreadyRead': 'Vous avez déjà lu jusqu’à ce message.',
  'error.WRONG_PHASE.notStarted': 'L’exercice n’a pas encore commencé.',
  'error.WRONG_PHASE.paused': 'L’exercice est en pause.',
  'error.WRONG_PHASE.ended': 'L’exercice est terminé.',
  'error.WRONG_PHASE.alreadyPaused': 'L’exercice est déjà en pause.',
  'error.WRONG_PHASE.notPaused': 'L’exercice n’est pas en pause.',
  'error.WRONG_PHASE.alreadyStarted': 'L’exercice a déjà commencé.',
  'error.WRONG_PHASE.onlyDuring':
    'Cela ne se fait que pendant la phase : {phases} (phase en cours : {phase}).',
  'error.WRONG_PHASE.noTurnYet': 'L’exercice n’a pas commencé : il n’y a aucun tour où revenir.',
  'error.WRONG_PHASE.noPhase': 'Il n’y a aucune phase à reprendre.',
  'error.WRONG_PHASE.nothingAdjudicated': 'Rien n’a été arbitré avant le début de l’exercice.',
  'error.WRONG_PHASE.hotwash':
    'Posez les questions de débriefing à la fin d’un tour (arbitrage ou débriefing à chaud) ou après la fin.',
  'error.NO_SUCH_INJECT.unknown': 'L’événement « {injectId} » ne figure pas dans le scénario.',
  'error.INJECT_ALREADY_FIRED.released': '« {inject} » a déjà été diffusé.',
  'error.NO_SUCH_TURN.rollBack':
    'Il n’y a pas de tour {turn} où revenir ; cette partie compte les tours 1 à {last}.',
  'error.NO_SUCH_TURN.branch':
    'Il n’y a pas de tour {turn} d’où bifurquer ; cette partie compte les tours 1 à {last}.',
  'error.NOT_AN_ALLY.unknown': '« {allyId} » n’est pas un Allié au Conseil.',
  'error.NOT_THE_CHAIR.chairHeld':
    'Le siège {seat} préside : Control ne préside le Conseil que tant que ce siège est libre.',
  'error.NO_SUCH_ITEM.unknown': 'Le catalogue n’a pas de point « {itemId} ».',
  'error.ITEM_ON_TABLE.onDraft': '« {item} » figure déjà dans le projet {draft} : amendez ce projet.',
  'error.ITEM_ADOPTED.decided': '« {item} » a déjà été décidé.',
  'error.NO_SUCH_DRAFT.unknown': 'Il n’y a pas de projet {draft}.',
  'error.DRAFT_CLOSED.closed': 'Le projet {draft} est clos ({status}).',
  'error.DRAFT_CLOSED.offTable': 'Ce projet n’est plus sur la table.',
  'error.DRAFT_BLOCKED.blockers':
    'Le silence serait rompu aussitôt : {allies} bloquent encore le projet {draft}. Amendez-le d’abord.',
  'error.ALREADY_UNDER_SILENCE.draft': 'Le projet {draft} est déjà sous procédure d’approbation tacite.',
  'error.DEADLINE_PASSED.adopted':
    'L’approbation tacite du projet {draft} a pris fin le {at} ; il a été adopté.',
  'error.DEADLINE_PASSED.beforeInstructions':
    'L’approbation tacite du projet {draft} prend fin le {at}, avant l’arrivée de vos instructions.',
  'error.INSTRUCTIONS_PENDING.arrive':
    'Les instructions de votre capitale sur le projet {draft} arrivent le {at}, après ce tour.',
  'error.TEXT_REQUIRED.amendment': 'Rédigez l’amendement que vous demandez.',
  'error.TEXT_REQUIRED.reservation': 'Rédigez la note de bas de page de votre réserve.',
  'error.NO_SUCH_CHANNEL.unknown': 'Ce canal n’existe pas.',
  'error.NOT_IN_CHANNEL.noSeat': 'Prenez un siège pour suivre ses canaux.',
  'error.NOT_IN_CHANNEL.observer': 'Les observateurs lisent les déclarations publiques ; ils n’en font pas.',
  'error.NOT_IN_CHANNEL.notMember': 'Vous n’êtes pas membre de ce canal.',
  'error.BAD_MEMBERS.self': 'Ouvrez un canal où vous siégez : ajoutez votre propre siège à ses membres.',
  'error.BAD_MEMBERS.unknownSeat': 'Il n’y a pas de siège « {seatId} » dans ce scénario.',
  'error.BAD_MEMBERS.control': 'Control lit déjà tous les canaux : laissez-le hors des membres.',
  'error.BAD_MEMBERS.observer': 'Les observateurs lisent ; ils ne siègent dans aucun canal.',
  'error.BAD_MENTIONS.unseen': '{seat} ne peut pas lire ce canal : ne citez que ses membres.',
  'error.NO_SUCH_MESSAGE.unknown': 'Ce message n’existe pas.',
  'error.NO_SUCH_UNIT.unknown': 'Il n’y a pas d’unité « {unitId} » dans cette partie.',
  'error.NO_SUCH_PLACE.unknown': 'Il n’y a pas de lieu « {placeId} » sur la carte.',
  'error.NO_SUCH_ROUTE.noRoute': '{unit} n’a aucun itinéraire praticable de {from} à {to}.',
  'error.NO_SUCH_ROUTE.unknownLeg': 'Il n’y a pas d’itinéraire « {legId} ».',
  'error.NOT_YOUR_UNIT.notRed': '{unit} n’est pas une unité de Rouge.',
  'error.NOT_YOUR_UNIT.assignedToNato':
    '{unit} est affectée à l’OTAN : c’est le SACEUR qui la commande désormais.',
  'error.NOT_YOUR_UNIT.otherNation': '{unit} relève d’une autre délégation ({owner}), pas de la vôtre.',
  'error.NOT_YOUR_UNIT.notAllied': '{unit} n’est pas une unité alliée.',
  'error.NOT_YOUR_UNIT.nationalCommand':
    '{unit} reste sous commandement national ({owner}) tant qu’elle n’est pas affectée à l’OTAN.',
  'error.NOT_YOUR_UNIT.observer': 'Les observateurs ne donnent pas d’ordres.',
  'error.NOT_YOUR_UNIT.assignOwn': 'Seule sa délégation ({owner}) peut affecter {unit} à l’OTAN.',
  'error.NOT_YOUR_UNIT.interdictRed': 'Seul Rouge (ou Control) interdit des itinéraires.',
  'error.NOT_YOUR_UNIT.redOption': '« {signal} » est une option de Rouge.',
  'error.NOT_YOUR_UNIT.saceurSignal': '« {signal} » est mené par le SACEUR pour l’Alliance.',
  'error.NOT_YOUR_UNIT.usConsent':
    'Seule la délégation des États-Unis (ou Control pour elle) donne ce consentement.',
  'error.BEYOND_AUTHORITY.usCommand':
    '{unit} est sous commandement national américain : elle ne bouge qu’avec le consentement du siège des États-Unis.',
  'error.BEYOND_AUTHORITY.deployVjtf':
    'Le SACEUR peut mettre en alerte, prépositionner et préparer {unit}, mais la déployer demande une décision du CAN de déployer la VJTF, un plan de réponse graduée actif ou l’article 5.',
  'error.BEYOND_AUTHORITY.deployBattlegroups':
    'Le SACEUR peut mettre en alerte, prépositionner et préparer {unit}, mais la déployer demande une décision du CAN de renforcer les groupements tactiques, un plan de réponse graduée actif ou l’article 5.',
  'error.BEYOND_AUTHORITY.deployPlan':
    'Le SACEUR peut mettre en alerte, prépositionner et préparer {unit}, mais la déployer demande un plan de réponse graduée actif ou l’article 5.',
  'error.BEYOND_AUTHORITY.stageWithin':
    'Avec cette autorité, {unit} ne peut se prépositionner qu’en {countries}, et tout itinéraire de {from} à {to} en sort : déployez-la plutôt, une fois l’autorité de la déployer au-delà des frontières donnée.',
  'error.BEYOND_AUTHORITY.moveWithin':
    'Avec cette autorité, {unit} ne peut se déplacer qu’en {countries}, et tout itinéraire de {from} à {to} en sort : déployez-la plutôt, une fois l’autorité de la déployer au-delà des frontières donnée.',
  'error.BEYOND_AUTHORITY.article5':
    'Attaquer un terrain tenu par Rouge demande que l’article 5 ait été invoqué.',
  'error.BEYOND_AUTHORITY.acrossBorder':
    '{place} est de l’autre côté d’une frontière : c’est un déploiement, pas un déplacement.',
  'error.BEYOND_AUTHORITY.npg':
    'La signalisation nucléaire alliée demande une décision du Groupe des plans nucléaires.',
  'error.BEYOND_AUTHORITY.escalation': 'Seul Control fixe directement l’échelon d’escalade.',
  'error.BEYOND_AUTHORITY.redControl': 'Seul Control confie Rouge à une cellule humaine ou au script.',
  'error.UNIT_DESTROYED.destroyed': '{unit} a été détruite.',
  'error.NOT_READY.onTheRoad':
    '{unit} fait route vers {place} : donnez-lui un nouvel ordre une fois arrivée.',
  'error.NOT_READY.noStaging': '{unit} n’a ni port ni aérodrome d’embarquement où se prépositionner.',
  'error.NOT_READY.unknownRung': 'Échelon « {rung} » inconnu.',
  'error.ALREADY_DONE.readiness': '{unit} est déjà {readiness}.',
  'error.ALREADY_DONE.assigned': '{unit} est déjà affectée à l’OTAN.',
  'error.ALREADY_DONE.noOrder': '{unit} n’a aucun ordre de mouvement à arrêter.',
  'error.ALREADY_DONE.at': '{unit} est déjà à {place}.',
  'error.ALREADY_DONE.rung': 'L’échelle d’escalade est déjà à l’échelon « {rung} ».',
  'error.ALREADY_DONE.redMode': 'Rouge est déjà {mode}.',
  'error.ALREADY_DONE.usConsentGranted': 'Le SACEUR a déjà le consentement des États-Unis.',
  'error.ALREADY_DONE.usConsentNone': 'Le SACEUR n’a aucun consentement des États-Unis à retirer.',
  'error.ALREADY_DONE.measure': '{measure} est déjà à {value}.',
  'error.ALREADY_DONE.position': 'La position de cet Allié est déjà « {position} ».',
  'error.ALREADY_DONE.placeHeld': '{side} tient déjà ce lieu.',
  'error.ALREADY_DONE.destroyedBelow':
    '{unit} est déjà détruite ; pour la rétablir, donnez-lui une force d’au moins {threshold}.',
  'error.ALREADY_DONE.strength': '{unit} est déjà à {strength} %.',
  'error.ALREADY_DONE.botPlays': 'Un robot joue déjà le siège {seat}.',
  'error.ALREADY_DONE.euConsented': 'Tous les États membres de l’UE ont consenti à {issue}.',
  'error.ALREADY_DONE.enhancedInvoked': 'La coopération renforcée est déjà invoquée pour {issue}.',
  'error.ALREADY_DONE.clauseReads': 'La clause dit déjà cela.',
  'error.ALREADY_DONE.initialled': 'Vous avez déjà paraphé cette clause.',
  'error.ALREADY_DONE.atTable': 'Votre partie est à la table.',
  'error.ALREADY_DONE.signed': 'Vous avez déjà signé.',
  'error.OUT_OF_REACH.leg': 'L’itinéraire {from}–{to} est hors de portée des feux de Rouge.',
  'error.NO_SUCH_VARIANT.unknown':
    '« {variant} » n’est pas une variante de ce scénario ; choisissez parmi : {choices}.',
  'error.NO_SUCH_VARIANT.none': 'Ce scénario n’a pas de forces, donc pas de variantes.',
  'error.NO_SUCH_ASSUMPTION.unknown': '« {key} » n’est pas une hypothèse de ce scénario ; il a : {known}.',
  'error.NO_SUCH_ASSUMPTION.none': 'Ce scénario n’a pas de registre d’hypothèses.',
  'error.ASSUMPTION_OUT_OF_BOUNDS.choice':
    '{assumption} : « {value} » n’est pas un choix possible ; choisissez parmi : {choices}.',
  'error.ASSUMPTION_OUT_OF_BOUNDS.range':
    '{assumption} : il faut un nombre de {min} à {max}, pas « {value} ».',
  'error.NOT_YOUR_PARTY.euSeatHeld':
    'Le siège de l’Union est occupé : c’est son joueur qui invoque la coopération renforcée.',
  'error.NOT_YOUR_PARTY.notEu': 'Seule la partie qui parle pour l’Union peut faire cela.',
  'error.NOT_YOUR_PARTY.initialOwn': 'Seule une partie paraphe ses propres clauses.',
  'error.NOT_YOUR_PARTY.initialSelf': 'Une partie ne paraphe des clauses que pour elle-même.',
  'error.NOT_YOUR_PARTY.returnSelf': 'Une partie ne revient à la table que pour elle-même.',
  'error.NO_SUCH_CLAUSE.unknownIssue': 'La négociation n’a pas de question « {issueId} ».',
  'error.NO_SUCH_CLAUSE.notDrafted': 'Le projet n’a pas de clause sur {issue}.',
  'error.NO_SUCH_OPTION.notAnOption': '« {optionId} » n’est pas une option pour {issue}.',
  'error.DRAFT_INCOMPLETE.missing':
    'Chaque clause doit d’abord être rédigée, puis paraphée par toutes les parties requises (manquent : {clauses}).',
  'error.NOT_EU_MONEY.notEuMoney': '{issue} n’est pas une clause qui engage des fonds de l’UE.',
  'error.NOT_EU_MONEY.unanimity':
    '{issue} demande le consentement de chaque État membre : la coopération renforcée n’y est pas permise.',
  'error.TOO_FEW_MEMBERS.members':
    'Seuls {participants} États membres y prendraient part ; la coopération renforcée en demande {minimum}.',
  'error.NO_EU_CONSENT.issues':
    'L’Union n’a pas consenti à {issues} : chaque État membre doit parapher, ou une coopération renforcée doit être en vigueur.',
  'error.NO_NAC_CONSENSUS.issues':
    'Le Conseil de l’Atlantique Nord n’a pas adopté ce à quoi le texte engage l’OTAN ({issues}) : {items}.',
  'error.NO_SUCH_MOMENT.beyondLog': 'Il n’y a pas de moment {seq} : le journal s’arrête à {last}.',
  'error.NO_SUCH_QUESTION.unknown': 'Cette question de débriefing n’existe pas.',
  'error.REVIEW_FULL.tags': 'Le dossier est plein : un exercice garde au plus {max} marqueurs.',
  'error.REVIEW_FULL.questions':
    'Le dossier est plein : un exercice garde au plus {max} questions de débriefing.',
  'error.SEAT_NOT_PLAYABLE.seat': 'Un robot ne peut pas jouer le siège {seat}.',
  'error.NOT_A_BOT_SEAT.seat': 'Aucun robot ne joue le siège {seat}.',
  'error.NO_SUCH_ASSISTANT.unknown': 'Cette clé d’assistant n’existe pas ou a déjà été révoquée.',
  // Libellés des identifiants que nomment les refus.
  'refusal.side.blue': 'Bleu',
  'refusal.side.red': 'Rouge',
  'refusal.redMode.scripted': 'joué par le script',
  'refusal.redMode.human': 'joué par une cellule humaine',
  'refusal.access.all': 'tous les canaux',
  'refusal.access.public': 'les déclarations publiques seulement',
  'refusal.draftStatus.open': 'ouvert',
  'refusal.draftStatus.silence': 'sous approbation tacite',
  'refusal.draftStatus.adopted': 'adopté',
  'refusal.draftStatus.superseded': 'remplacé',
  'refusal.draftStatus.withdrawn': 'retiré',
  'phase.none': 'aucune',
};
