/// <reference types="node" />
// Ids named like Object.prototype's members, or naming a thing of another kind, in every id field of
// every command either scenario offers: each is refused with a code, never thrown on, never stored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshExercise, scenarioOf, SCENARIO_FILES } from '../bots/fixtures';
import { playOnLogged } from '../bots/playOn';
import { parseCommand } from '../protocol/input';
import type { Command } from './commands';
import { decide } from './decide';
import { evolve } from './evolve';
import { run } from './harness';
import { actorFor, legalCommands } from './legal';
import type { Actor, ExerciseState } from './state';
import { viewFor } from '../visibility/view';

const loadScenario = (file: string) =>
  scenarioOf(readFileSync(new URL(`../../../scenarios/${file}.json`, import.meta.url), 'utf8'));

/** Every name an ordinary object answers to without owning it. */
export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Fields that carry free text, not an id: they are not swapped. */
const TEXT_FIELDS = new Set([
  'type',
  'text',
  'body',
  'subject',
  'name',
  'displayName',
  'rationale',
  'note',
  'reason',
  'title',
  'template',
  'position',
  'access',
  'mode',
  'rung',
  'signal',
  'kind',
  'side',
  'measure',
  'answer',
  'question',
  // A stand's wording for the reader's client: a vocabulary word, not an id.
  'phrase',
]);

type Path = readonly (string | number)[];

/** The refusal an unknown id earns, by the field that carries it. */
const NO_SUCH: Record<string, string> = {
  unitId: 'NO_SUCH_UNIT',
  destination: 'NO_SUCH_PLACE',
  placeId: 'NO_SUCH_PLACE',
  legId: 'NO_SUCH_ROUTE',
  channelId: 'NO_SUCH_CHANNEL',
  messageId: 'NO_SUCH_MESSAGE',
  draftId: 'NO_SUCH_DRAFT',
  keyId: 'NO_SUCH_ASSISTANT',
  seatId: 'NO_SUCH_SEAT',
  a: 'NO_SUCH_SEAT',
  b: 'NO_SUCH_SEAT',
  audience: 'NO_SUCH_SEAT',
  members: 'BAD_MEMBERS',
  mentions: 'BAD_MENTIONS',
  itemId: 'NO_SUCH_ITEM',
  itemIds: 'NO_SUCH_ITEM',
  injectId: 'NO_SUCH_INJECT',
  issueId: 'NO_SUCH_CLAUSE',
  optionId: 'NO_SUCH_OPTION',
  party: 'NOT_YOUR_PARTY',
  allyId: 'NOT_AN_ALLY',
  accommodates: 'NOT_AN_ALLY',
  questionId: 'NO_SUCH_QUESTION',
};

/** The code expected when the id at `at` names nothing: a record key of the clauses is an issue. */
function expected(at: { path: Path; key?: boolean }, id: string): string {
  // A field named "__proto__" is refused before any rule reads the command (protocol/input.ts).
  if (at.key && id === '__proto__') return 'BAD_REQUEST';
  const [field, ...rest] = at.path.filter((p): p is string => typeof p === 'string');
  if (field === 'clauses') return at.key ? 'NO_SUCH_CLAUSE' : 'NO_SUCH_OPTION';
  const last = rest.length > 0 ? rest[rest.length - 1]! : field!;
  return NO_SUCH[last] ?? `a code for ${last}`;
}

/** Paths of the string values in a command that name things (ids), including record keys. */
function idPaths(value: unknown, path: Path = []): { path: Path; key?: boolean }[] {
  if (typeof value === 'string') {
    const field = [...path].reverse().find((p) => typeof p === 'string');
    // `audience: 'all'` is a word of the protocol, not an id.
    return (field !== undefined && TEXT_FIELDS.has(field)) || value === 'all' ? [] : [{ path }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => idPaths(v, [...path, i]));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const keyed = path[path.length - 1] === 'clauses';
    return entries.flatMap(([k, v]) => [
      ...(keyed ? [{ path: [...path, k], key: true }] : []),
      ...idPaths(v, [...path, k]),
    ]);
  }
  return [];
}

/** A copy of the command with the value at `path` (or the key, for a record key) replaced. */
function swapped(command: Command, at: { path: Path; key?: boolean }, id: string): unknown {
  const copy = structuredClone(command) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of at.path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = at.path[at.path.length - 1]!;
  if (at.key) {
    const value = parent[last];
    delete parent[last];
    Object.defineProperty(parent, id, { value, enumerable: true, writable: true, configurable: true });
  } else parent[last] = id;
  return copy;
}

/** States of both scenarios part-way through play: drafts tabled, channels busy, forces moving. */
function statesOf(file: (typeof SCENARIO_FILES)[number]): ExerciseState[] {
  // An assistant key to revoke, then bots play a turn and a half.
  const start = run(freshExercise(loadScenario(file), 7), 'control', {
    type: 'issueAssistantKey',
    name: 'Aide',
  });
  const { events } = playOnLogged(start, { seed: 7, turns: 2, beatsPerPhase: 3 });
  const states: ExerciseState[] = [];
  let state = start;
  for (const e of events) {
    // Each phase as it opens and as it closes, when the most is on the table.
    if (e.type === 'phaseStarted') states.push(state);
    state = evolve(state, e);
    if (e.type === 'phaseStarted') states.push(state);
  }
  return states.filter((s) => s.session.phase !== null && s.session.phase !== 'situation');
}

/** Commands the candidate lists leave out but a client may send: they name more kinds of id. */
function extraCommands(state: ExerciseState): Command[] {
  const rationale = 'Control rules otherwise, for the exercise.';
  const allies = state.council.allyOrder;
  const list: Command[] = [{ type: 'askHotwash', question: 'Why?', audience: allies.slice(0, 2) }];
  for (const draftId of state.council.draftOrder) {
    for (const allyId of allies.slice(0, 2)) {
      list.push({ type: 'amendDraft', draftId, text: 'Revised text.', accommodates: [allyId] });
      list.push({
        type: 'overrideResult',
        target: { kind: 'position', draftId, allyId, position: 'object' },
        rationale,
      });
    }
  }
  for (const seatId of Object.keys(state.seats)) list.push({ type: 'releaseSeat', seatId });
  for (const q of state.review.questions)
    list.push({ type: 'answerHotwash', questionId: q.id, text: 'Because.' });
  return list;
}

const NOW = '2026-11-23T12:00:00.000Z';
const lead: Actor = { seatId: null, isControl: true };

/** What deciding `command` does: a refusal's code, 'accepted', or the exception it threw. */
function outcome(state: ExerciseState, actor: Actor, command: unknown): string {
  const parsed = parseCommand(command);
  if (!parsed.ok) return parsed.error.code;
  try {
    const result = decide(state, parsed.value, { actor, now: NOW, newSeatTokenHash: 'h' });
    if (!result.ok) return result.error.code;
    const next = result.value.reduce(evolve, state);
    viewFor(next, actor, { connectedSeats: new Set(), controlConnections: 0 });
    return 'accepted';
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

describe('ids from outside are looked up, never indexed', () => {
  for (const file of SCENARIO_FILES) {
    it(`${file}: an Object.prototype name in any id field of any offered command is refused`, () => {
      const failures: string[] = [];
      let tried = 0;
      for (const state of statesOf(file)) {
        // One command of each kind and shape per seat and state is enough: the ids are what vary.
        const seen = new Set<string>();
        const seats = state.scenario.seats.filter((s) => s.kind !== 'control').map((s) => s.id);
        for (const seatId of ['control', ...seats]) {
          const actor = seatId === 'control' ? lead : actorFor(state, seatId);
          const ctx = { actor, now: NOW, newSeatTokenHash: 'h' };
          const offered = [...legalCommands(state, seatId, NOW), ...extraCommands(state)];
          for (const command of offered.filter((c) => decide(state, c, ctx).ok)) {
            for (const at of idPaths(command)) {
              const shape = `${seatId} ${command.type} ${at.path.join('.')}`;
              if (seen.has(shape)) continue;
              seen.add(shape);
              for (const id of PROTOTYPE_NAMES) {
                tried++;
                const got = outcome(state, actor, swapped(command, at, id));
                if (got !== expected(at, id))
                  failures.push(
                    `${command.type} ${at.path.filter((p) => typeof p === 'string').join('.')}${at.key ? ' (key)' : ''}: ${got}`,
                  );
              }
            }
          }
        }
      }
      expect(tried).toBeGreaterThan(1000);
      expect([...new Set(failures)]).toEqual([]);
    });
  }
});
