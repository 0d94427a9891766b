// Français : « ce qu’a coûté le délai de votre Conseil » dans le retour d’expérience (ADR 0020).
export const frDelay = {
  'delay.title': 'Ce qu’a coûté le délai de votre Conseil',
  'delay.intro':
    'Rejoue les décisions de ce Conseil depuis l’état de cette partie, adoptées plus tôt et plus tard, sous de nombreux tirages ; le SACEUR et les alliés envoient ce que les décisions permettent, au plus vite.',
  'delay.run': 'Calculer',
  'delay.seeds': 'Parties par heure de décision',
  'delay.progress': 'Parties jouées',
  'delay.running': '{count} parties jouées sur {total}…',
  'delay.none': 'Rien à calculer : {reason}',
  'delay.failed': 'L’analyse n’a pas pu aboutir. Réessayez.',
  'delay.stoppedEarly': 'Arrêtée à sa limite de temps après {count} parties.',
  'delay.headline':
    'Le Conseil a autorisé sa réponse à l’heure {hour}. Décider à l’heure {earlierHour} aurait conservé {capital} au jour {day} dans {earlier} % de {count} parties au lieu de {actual} %.',
  'delay.headlineNone':
    'Le Conseil a autorisé sa réponse à l’heure {hour}. Décider à l’heure {earlierHour} n’aurait tenu aucune capitale dans davantage de ces {count} parties.',
  'delay.chart': 'Part des parties où chaque capitale tient encore au jour 14, selon l’heure de la décision',
  'delay.axisHour': 'heure de la décision (heures de jeu depuis le début de la crise)',
  'delay.yours': 'votre Conseil',
  'delay.clocks': 'Horloges historiques sur cette courbe',
  'delay.assumptions': 'Hypothèses retenues',
  'delay.assumption': '{label} : {value} ({key} ; {sources})',
  'delay.heldAt': '{capital} tenue au jour {day}',
  'delay.groundHeld': 'Terrain tenu',
  'delay.sensitivity': 'Ce dont dépendent ces résultats',
  'delay.sensitivityHint':
    'Chaque hypothèse sur sa plage, les autres comme dans cet exercice, jouée comme la courbe depuis l’état de cette partie à l’heure {from}, ce Conseil décidant à l’heure {hour} ; {count} parties par valeur.',
  'delay.settled':
    'Non variées, car à l’heure {from}, d’où partent ces calculs, cette partie avait déjà joué ce qu’elles décident : {list}.',
  'delay.settled.incursionBegan': '{label} (l’incursion rouge avait commencé)',
  'delay.settled.unitMoved': '{label} (les forces qu’elle ajoute ou retire avaient déjà bougé)',
  'delay.movesBy': '{label} (le déplace de {span} %)',
  'delay.stored':
    'La dernière analyse de cet exercice, calculée sur les {read} premiers événements du dossier.',
  'delay.stale':
    'Le dossier compte maintenant {now} événements : cette analyse peut être dépassée, relancez-la pour les inclure.',
  'delay.tornado': 'Sensibilité de « {outcome} » à chaque hypothèse',
  'delay.dependsHint':
    'Un résultat dépend d’une hypothèse si la faire varier sur sa plage le déplace de plus de {threshold} % des parties.',
  'delay.dependsOn': '{finding} ({baseline} %) dépend de {keys}.',
  'delay.dependsOnNone': '{finding} ({baseline} %) ne dépend d’aucune hypothèse au-delà du seuil.',
  'delay.noSensitivity': 'Les calculs de sensibilité n’ont pas fini dans le temps imparti.',
  'delay.exports': 'Exporter l’analyse',
  'delay.export.csv': 'Courbe (CSV)',
  'delay.export.json': 'Courbe et sensibilité (JSON)',
  'delay.export.svg': 'Graphique de la courbe (SVG)',
  'delay.export.png': 'Graphique de la courbe (PNG)',
  'delay.export.html': 'Analyse imprimable (HTML)',
  'delay.inReport':
    'Le rapport imprimable, parmi les téléchargements du retour d’expérience, contient désormais aussi cette analyse.',
  'delay.pngFailed': 'Ce navigateur n’a pas pu dessiner le PNG ; l’export SVG contient le même graphique.',
} as const;
