// Français : l’archive de la console de Control et la clé d’opérateur (ADR 0021).
export const frArchive = {
  'archive.title': 'Archive : emporter cet exercice ailleurs',
  'archive.download': 'Télécharger l’archive de l’exercice',
  'archive.downloadHint':
    'Un seul fichier avec tout le journal et le scénario tel qu’il était. Une autre installation l’importe comme un nouvel exercice, avec un nouveau code.',
  'archive.file': 'Archive à importer',
  'archive.operatorKey': 'Clé d’opérateur de cette installation',
  'archive.import': 'Importer comme nouvel exercice',
  'archive.imported':
    'L’exercice {code} est importé. Son lien de Control n’est montré qu’une fois : gardez-le maintenant.',
  'archive.importedCode': 'Code de l’exercice importé',
  'archive.importedKey': 'Clé de Control de l’exercice importé',
  'archive.importedLink': 'Lien de Control de l’exercice importé',
  'archive.failed': 'L’archive n’a pas pu être traitée.',
  'home.import.title': 'Importer un exercice',
  'home.import.intro':
    'Une archive d’exercice téléchargée depuis la console de Control, sur cette installation ou une autre, devient ici un nouvel exercice avec son propre code et sa clé de Control, prêt à reprendre là où il s’est arrêté ou à être revu.',
  'home.run.operatorKey': 'Clé d’opérateur',
  'home.run.operatorKeyHint': 'Cette installation demande sa clé d’opérateur pour créer un exercice.',
  'error.OPERATOR_KEY_REQUIRED': 'Cette installation demande sa clé d’opérateur : saisissez-la et réessayez.',
  'error.BAD_OPERATOR_KEY': 'Ce n’est pas la clé d’opérateur de cette installation.',
  'error.ARCHIVE_FOREIGN': 'Ce fichier n’est pas une archive d’exercice Crisis Council.',
  'error.ARCHIVE_DAMAGED':
    'L’archive est abîmée ou tronquée ; exportez-la de nouveau depuis son installation.',
  'error.ARCHIVE_TOO_NEW':
    'Cette archive vient d’une version plus récente ; mettez cette installation à jour pour l’importer.',
  'error.ARCHIVE_CHECKSUM':
    'La somme de contrôle de l’archive ne correspond pas à son contenu : elle a été modifiée ou abîmée.',
  'error.ARCHIVE_SCENARIO_INVALID': 'Le scénario de l’archive n’est plus valide dans cette version.',
} as const;
