// English: Control's archive box and the operator key (ADR 0021).
export const enArchive = {
  'archive.title': 'Archive: carry this exercise elsewhere',
  'archive.download': 'Download the exercise archive',
  'archive.downloadHint':
    'One file with the whole log and the scenario as it was. Another installation imports it as a new exercise, with a new code.',
  'archive.file': 'Archive to import',
  'archive.operatorKey': 'Operator key of this installation',
  'archive.import': 'Import as a new exercise',
  'archive.imported': 'Exercise {code} is imported. Its control link is shown only once: keep it now.',
  'archive.importedCode': 'Join code of the imported exercise',
  'archive.importedKey': 'Control key of the imported exercise',
  'archive.importedLink': 'Control link of the imported exercise',
  'archive.failed': 'The archive could not be handled.',
  'home.import.title': 'Import an exercise',
  'home.import.intro':
    'An exercise archive downloaded from Control’s console, on this installation or another, becomes a new exercise here with its own code and control key, ready to play on from where it stopped or to review.',
  'home.run.operatorKey': 'Operator key',
  'home.run.operatorKeyHint': 'This installation asks for its operator key to create exercises.',
  'error.OPERATOR_KEY_REQUIRED': 'This installation asks for its operator key: enter it and try again.',
  'error.BAD_OPERATOR_KEY': 'That is not this installation’s operator key.',
  'error.ARCHIVE_FOREIGN': 'This file is not a Crisis Council exercise archive.',
  'error.ARCHIVE_DAMAGED': 'The archive is damaged or cut short; export it again from its installation.',
  'error.ARCHIVE_TOO_NEW': 'This archive comes from a newer release; upgrade this installation to import it.',
  'error.ARCHIVE_CHECKSUM': 'The archive’s checksum does not match its content: it was altered or damaged.',
  'error.ARCHIVE_SCENARIO_INVALID': 'The archive’s scenario does not validate in this release: {detail}',
} as const;
