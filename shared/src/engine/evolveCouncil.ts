// Applies the events of the North Atlantic Council: agenda, drafts, positions, adoption and effects.
import { applyEffects } from '../council/effects';
import type { CouncilEvent } from './events/council';
import type { AgendaItem, CouncilState, Draft, ExerciseState } from './state';

export function evolveCouncil(state: ExerciseState, event: CouncilEvent): ExerciseState {
  const { council } = state;
  const withCouncil = (patch: Partial<CouncilState>): ExerciseState => ({
    ...state,
    council: { ...council, ...patch },
  });
  const draft = (id: string, patch: Partial<Draft>): ExerciseState => {
    const current = council.drafts[id];
    return current ? withCouncil({ drafts: { ...council.drafts, [id]: { ...current, ...patch } } }) : state;
  };
  switch (event.type) {
    case 'itemRequested':
      return withCouncil({ agenda: raise(council.agenda, [event.itemId], event.gameTime, event.seatId) });
    case 'draftTabled': {
      const drafts: Record<string, Draft> = { ...council.drafts };
      const old = event.supersedes ? drafts[event.supersedes] : undefined;
      if (old) drafts[old.id] = { ...old, status: 'superseded' };
      drafts[event.draftId] = {
        id: event.draftId,
        revision: event.revision,
        supersedes: event.supersedes,
        itemIds: event.itemIds,
        text: event.text,
        tabledAt: event.gameTime,
        status: 'open',
        silenceDeadline: null,
        instructionsAt: event.instructionsAt,
        positions: {},
        adoptedAt: null,
        adoptedVia: null,
        accommodates: event.accommodates,
      };
      return {
        ...withCouncil({
          drafts,
          draftOrder: [...council.draftOrder, event.draftId],
          agenda: raise(council.agenda, event.itemIds, event.gameTime, null),
        }),
        rng: event.rng,
      };
    }
    case 'silenceStarted': {
      const current = council.drafts[event.draftId];
      return draft(event.draftId, {
        status: 'silence',
        silenceDeadline: event.deadline,
        instructionsAt: { ...current?.instructionsAt, ...event.instructionsAt },
      });
    }
    case 'positionTaken': {
      const current = council.drafts[event.draftId];
      const record = {
        position: event.position,
        text: event.text,
        phrase: event.phrase ?? null,
        at: event.gameTime,
        source: event.source,
        reviewAt: event.reviewAt,
        roll: event.roll,
      };
      const next = draft(event.draftId, { positions: { ...current?.positions, [event.allyId]: record } });
      return event.rng ? { ...next, rng: event.rng } : next;
    }
    case 'silenceBroken':
      return draft(event.draftId, { status: 'open', silenceDeadline: null });
    case 'draftAdopted': {
      const agenda = { ...council.agenda };
      for (const itemId of event.itemIds) {
        const item = agenda[itemId];
        if (item)
          agenda[itemId] = {
            ...item,
            adoptedAt: event.gameTime,
            latencyHours: event.latencyHours[itemId] ?? null,
          };
      }
      const adopted = draft(event.draftId, {
        status: 'adopted',
        adoptedAt: event.gameTime,
        adoptedVia: event.via,
      });
      const effects = event.itemIds.flatMap(
        (id) => state.scenario.catalogue.find((item) => item.id === id)?.effects ?? [],
      );
      return applyEffects({ ...adopted, council: { ...adopted.council, agenda } }, effects);
    }
    case 'draftWithdrawn':
      return draft(event.draftId, { status: 'withdrawn' });
  }
}

/** The first time an item comes up starts its latency clock; later mentions do not restart it. */
function raise(
  agenda: Readonly<Record<string, AgendaItem>>,
  itemIds: readonly string[],
  gameTime: string,
  by: string | null,
): Record<string, AgendaItem> {
  const next = { ...agenda };
  for (const id of itemIds) {
    next[id] ??= { raisedAt: gameTime, raisedBy: by, adoptedAt: null, latencyHours: null };
  }
  return next;
}
