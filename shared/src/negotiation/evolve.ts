// Applies negotiation events; pure and total.
import type { NegotiationEvent } from './events';
import type { NegotiationState } from './state';

export function evolveNegotiation(state: NegotiationState, event: NegotiationEvent): NegotiationState {
  switch (event.type) {
    case 'negotiationDraftProposed':
      return {
        ...state,
        revision: event.revision,
        clauses: { ...event.clauses },
        proposedBy: Object.fromEntries(Object.keys(event.clauses).map((issueId) => [issueId, event.by])),
        changes: [
          ...state.changes,
          {
            revision: event.revision,
            by: event.by,
            kind: 'proposed',
            clauses: event.clauses,
            gameTime: event.gameTime,
          },
        ],
        initials: {},
        signatures: [],
        enhanced: {},
        refusals: {},
      };
    case 'negotiationClauseAmended': {
      const { [event.issueId]: _cleared, ...initials } = state.initials;
      // The Union consented to the clause as it read: an amendment needs its consent again.
      const { [event.issueId]: _ended, ...enhanced } = state.enhanced;
      const { [event.issueId]: _answered, ...refusals } = state.refusals;
      return {
        ...state,
        revision: event.revision,
        clauses: { ...state.clauses, [event.issueId]: event.optionId },
        proposedBy: { ...state.proposedBy, [event.issueId]: event.by },
        changes: [
          ...state.changes,
          {
            revision: event.revision,
            by: event.by,
            kind: 'amended',
            clauses: { [event.issueId]: event.optionId },
            gameTime: event.gameTime,
          },
        ],
        initials,
        signatures: [],
        enhanced,
        refusals,
      };
    }
    case 'negotiationClauseInitialled':
      return {
        ...state,
        initials: {
          ...state.initials,
          [event.issueId]: [...(state.initials[event.issueId] ?? []), event.party],
        },
      };
    case 'negotiationCapitalAnswered': {
      const { issueId, party } = event;
      return event.consents
        ? {
            ...state,
            initials: { ...state.initials, [issueId]: [...(state.initials[issueId] ?? []), party] },
          }
        : {
            ...state,
            refusals: { ...state.refusals, [issueId]: [...(state.refusals[issueId] ?? []), party] },
          };
    }
    case 'negotiationDraftSigned':
      return { ...state, signatures: [...state.signatures, event.party] };
    case 'negotiationDealSigned':
      return { ...state, signedAt: event.gameTime };
    case 'negotiationWalkedOut':
      return {
        ...state,
        walkedOut: [...state.walkedOut, event.party],
        walkouts: { ...state.walkouts, [event.party]: { at: event.gameTime, redLine: event.redLine } },
      };
    case 'negotiationEnhancedCooperation':
      return {
        ...state,
        enhanced: {
          ...state.enhanced,
          [event.issueId]: {
            optionId: event.optionId,
            invokedAt: event.gameTime,
            effectiveAt: event.effectiveAt,
            participants: event.participants,
            exempt: event.exempt,
          },
        },
      };
    case 'ceasefireViolation': {
      const { turn, by, severity, detected, gameTime } = event;
      const implementation = state.implementation;
      // Several breaches in one turn count it once.
      const newTurn = !implementation.violations.some((v) => v.turn === turn);
      return {
        ...state,
        implementation: {
          ...implementation,
          turns: implementation.turns + (newTurn ? 1 : 0),
          violations: [...implementation.violations, { turn, by, severity, detected, gameTime }],
        },
      };
    }
    case 'ceasefireHeld':
      return {
        ...state,
        implementation: {
          ...state.implementation,
          turns: state.implementation.turns + 1,
          hoursHeld: state.implementation.hoursHeld + event.hours,
        },
      };
    case 'frontMoved': {
      const front = { ...state.front };
      for (const [sector, km] of Object.entries(event.shifts))
        front[sector] = Math.round(((front[sector] ?? 0) + km) * 1000) / 1000;
      return { ...state, front };
    }
    case 'allianceCohesionMoved':
      // The Alliance's cohesion is a root measure: the root evolve applies it.
      return state;
    case 'spendingMoved':
      return {
        ...state,
        spending: { turns: (state.spending?.turns ?? 0) + 1, levels: { ...event.levels } },
      };
    case 'negotiationReopened':
      // The text and its initials stand; the signatures lapse and the parties must sign again.
      return {
        ...state,
        signedAt: null,
        signatures: [],
        reopenings: [...state.reopenings, { turn: event.turn, gameTime: event.gameTime }],
      };
    case 'negotiationReturned': {
      const { [event.party]: _back, ...walkouts } = state.walkouts;
      return { ...state, walkedOut: state.walkedOut.filter((p) => p !== event.party), walkouts };
    }
  }
}
