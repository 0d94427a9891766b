// English strings of Control's branch controls: rolling back to a turn start, forking from one.
export const enBranch = {
  'branch.title': 'Turns: roll back or branch',
  'branch.turn': 'Start of turn',
  'branch.turnOption': 'Turn {turn}',
  'branch.rollBack': 'Roll back to the start of turn {turn}…',
  'branch.rollBackConfirm': 'Yes, go back to the start of turn {turn}',
  'branch.rollBackWarning':
    'Everyone returns to the start of turn {turn}. What happened since stays in the log for the review, marked as set aside, but no longer counts. Seats stay with their players.',
  'branch.cancel': 'Cancel',
  'branch.fork': 'Branch from turn {turn} as a new exercise',
  'branch.forkHint':
    'A new exercise starts paused at the start of that turn, with its own join code and control key and every seat free; this one goes on unchanged.',
  'branch.forked': 'Branch {code} is ready. Its control link is shown only once: keep it now.',
  'branch.forkCode': 'Join code of the branch',
  'branch.forkKey': 'Control key of the branch',
  'branch.forkLink': 'Control link of the branch',
  'branch.forkFailed': 'The branch could not be made.',
  'branch.setAside': 'set aside',
  'branch.setAsideMoment':
    'A rollback set this moment aside: it stays in the record but no longer counts in the run.',
  'error.NO_SUCH_TURN': 'There is no such turn to go back to in this run.',
} as const;
