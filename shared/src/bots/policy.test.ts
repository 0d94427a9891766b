/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import { advanceTo, run, seat } from '../engine/harness';
import { actorFor } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { isSupportive, type Position } from '../model/council';
import { hashSeed, seedRng } from '../rng/sfc32';
import { parseScenario } from '../scenario/load';
import { botBrief, type BotBrief } from '../visibility/botBrief';
import { freshExercise, scenarioOf } from './fixtures';
import { chooseBotCommand } from './policy';
import { tendencyOf } from './tendencies';

/** A scenario file of the repository (Node is allowed in tests). */
const loadScenario = (file: string) =>
  scenarioOf(readFileSync(new URL(`../../../scenarios/${file}.json`, import.meta.url), 'utf8'));

const baltic = loadScenario('baltic-tripwire');
const ukraine = loadScenario('ukraine-ceasefire');
const ALLIES = baltic.seats.filter((s) => s.kind === 'ally').map((s) => s.id);

/** The Council in consultation with one draft on deploying the VJTF, every delegation seated. */
function councilWithDraft(): ExerciseState {
  let s = seat(
    run(freshExercise(baltic), 'control', { type: 'startExercise' }),
    'secgen',
    'saceur',
    ...ALLIES,
  );
  s = advanceTo(s, 'consultation');
  s = run(s, 'secgen', { type: 'tableDraft', itemIds: ['deploy-vjtf'] });
  // A turn later every capital's instructions have arrived.
  return advanceTo(advanceTo(s, 'adjudication'), 'consultation');
}
const council = councilWithDraft();
const NOW = '2026-11-23T10:05:00.000Z';

/** Positions a seat's bot takes on the draft over many seeds, when it acts at all. */
function positions(brief: BotBrief, runs = 400): Position[] {
  const out: Position[] = [];
  for (let seed = 0; seed < runs; seed++) {
    // Every beat acts and answers the draft, so each seed gives one position.
    const eager: BotBrief = {
      ...brief,
      tendency: { ...brief.tendency, activity: 1, weights: { takePosition: 1 } },
    };
    const { command } = chooseBotCommand(eager, seedRng(seed));
    if (command?.type === 'takePosition') out.push(command.position);
  }
  return out;
}
const supportShare = (list: Position[]) => list.filter(isSupportive).length / list.length;

describe('the bot policy', () => {
  it('never acts for Control or an observer, nor outside a running exercise', () => {
    expect(botBrief(council, 'control', NOW)).toBeNull();
    expect(botBrief(council, 'observer', NOW)).toBeNull();
    const brief = botBrief(council, 'usa', NOW)!;
    for (let seed = 0; seed < 50; seed++) {
      expect(chooseBotCommand({ ...brief, kind: 'control' }, seedRng(seed)).command).toBeNull();
      expect(chooseBotCommand({ ...brief, kind: 'observer' }, seedRng(seed)).command).toBeNull();
      expect(chooseBotCommand({ ...brief, status: 'paused' }, seedRng(seed)).command).toBeNull();
    }
  });

  it('gives the same choice for the same seed, and different choices across seeds', () => {
    const brief = botBrief(council, 'secgen', NOW)!;
    const choices = Array.from({ length: 40 }, (_, seed) => chooseBotCommand(brief, seedRng(seed)));
    const again = Array.from({ length: 40 }, (_, seed) => chooseBotCommand(brief, seedRng(seed)));
    expect(again).toEqual(choices);
    expect(new Set(choices.map((c) => JSON.stringify(c.command))).size).toBeGreaterThan(2);
  });

  it('only picks commands the rules accept, for every seat of both scenarios', () => {
    let parties = seat(
      run(freshExercise(ukraine), 'control', { type: 'startExercise' }),
      'ukraine',
      'russia',
    );
    parties = advanceTo(parties, 'consultation');
    parties = run(parties, 'us', {
      type: 'proposeDraft',
      clauses: { 'line-of-contact': 'freeze-current-line' },
    });
    let checked = 0;
    for (const state of [council, parties]) {
      for (const s of state.scenario.seats) {
        const brief = botBrief(state, s.id, NOW);
        if (!brief) continue;
        for (let seed = 0; seed < 60; seed++) {
          const { command } = chooseBotCommand(brief, seedRng(hashSeed(`${s.id}${seed}`)));
          if (!command) continue;
          const result = decide(state, command, {
            actor: actorFor(state, s.id),
            now: NOW,
            newSeatTokenHash: '',
          });
          expect(result.ok, `${s.id}: ${JSON.stringify(command)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leans each delegation by its own dispositions: Estonia supports the VJTF more than Hungary', () => {
    const est = supportShare(positions(botBrief(council, 'est', NOW)!));
    const hun = supportShare(positions(botBrief(council, 'hun', NOW)!));
    expect(est).toBeGreaterThan(0.8);
    expect(hun).toBeLessThan(0.2);
  });

  it('shifts with the scenario’s tendencies: a support bias and a reservation chance', () => {
    // Türkiye leans slightly against the VJTF (-0.1): the bias tips it either way.
    const brief = botBrief(council, 'tur', NOW)!;
    const shade = (supportBias: number, reserveChance: number) =>
      positions({ ...brief, tendency: { ...brief.tendency, supportBias, reserveChance } });
    const neutral = supportShare(shade(0, 0));
    expect(supportShare(shade(0.3, 0))).toBeGreaterThan(neutral + 0.2);
    expect(supportShare(shade(-0.3, 0))).toBeLessThan(neutral - 0.2);
    const reserved = shade(1, 0.5).filter((p) => p === 'supportWithReservation').length;
    expect(reserved).toBeGreaterThan(150);
    expect(shade(1, 0).filter((p) => p === 'supportWithReservation')).toEqual([]);
  });

  it('reads tendencies from the scenario: kind, then seat', () => {
    expect(tendencyOf(baltic, 'hun').supportBias).toBe(-0.2);
    expect(tendencyOf(baltic, 'gbr').supportBias).toBe(0);
    expect(tendencyOf(baltic, 'saceur').weights.alertUnit).toBe(3);
    expect(tendencyOf(ukraine, 'russia').acceptAbove).toBe(4);
    expect(tendencyOf(ukraine, 'ukraine').weights.initialClause).toBe(4);
  });

  it('refuses a bots section that names an unknown source, an unknown seat, or an observer', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../../scenarios/ukraine-ceasefire.json', import.meta.url), 'utf8'),
    );
    const problems = (bots: unknown) => {
      const parsed = parseScenario({ ...data, bots });
      return parsed.ok ? [] : parsed.problems.map((p) => p.path);
    };
    expect(problems(data.bots)).toEqual([]);
    expect(problems({ ...data.bots, source: ['nowhere'] })).toEqual(['$.bots.source[0]']);
    expect(problems({ seats: { nobody: {} } })).toEqual(['$.bots.seats.nobody']);
    expect(problems({ seats: { observer: { activity: 1 } } })).toEqual(['$.bots.seats.observer']);
  });

  it('mostly waits when it has nothing to answer, rather than filling the channels', () => {
    let quiet = seat(run(freshExercise(baltic), 'control', { type: 'startExercise' }), 'gbr');
    quiet = advanceTo(quiet, 'consultation');
    const brief = botBrief(quiet, 'gbr', NOW)!;
    expect(brief.drafts).toEqual([]);
    const eager = { ...brief, tendency: { ...brief.tendency, activity: 1 } };
    const choices = Array.from({ length: 400 }, (_, seed) => chooseBotCommand(eager, seedRng(seed)).command);
    const posts = choices.filter((c) => c?.type === 'postMessage' || c?.type === 'openChannel').length;
    expect(choices.filter((c) => c === null).length).toBeGreaterThan(300);
    expect(posts).toBeGreaterThan(0);
    expect(posts).toBeLessThan(60);
  });

  it('weights actions: a chair facing an objection does only what its weights allow', () => {
    const blocked = run(council, 'hun', {
      type: 'takePosition',
      draftId: 'd1',
      position: 'object',
      text: 'No.',
    });
    const brief = botBrief(blocked, 'secgen', NOW)!;
    const typesWith = (weights: BotBrief['tendency']['weights']) =>
      new Set(
        Array.from(
          { length: 200 },
          (_, seed) =>
            chooseBotCommand(
              { ...brief, tendency: { ...brief.tendency, activity: 1, weights } },
              seedRng(seed),
            ).command?.type,
        ),
      );
    expect(typesWith({ amendDraft: 1 })).toEqual(new Set(['amendDraft']));
    expect(typesWith({ withdrawDraft: 1 })).toEqual(new Set(['withdrawDraft']));
    // Silence is never tried on a blocked draft, even when it is all the chair would do.
    expect(brief.drafts[0]!.blocked).toBe(true);
    expect(typesWith({ placeUnderSilence: 1 })).toEqual(new Set([undefined]));
    expect(botBrief(council, 'secgen', NOW)!.drafts[0]!.blocked).toBe(false);
  });
});

describe('a negotiating party', () => {
  const talks = (clauses: Record<string, string>) => {
    let s = seat(
      run(freshExercise(ukraine), 'control', { type: 'startExercise' }),
      'ukraine',
      'russia',
      'us',
    );
    s = advanceTo(s, 'consultation');
    return run(s, 'us', { type: 'proposeDraft', clauses });
  };
  const initialsOver = (state: ExerciseState, seatId: string) => {
    const brief = botBrief(state, seatId, NOW)!;
    const eager = { ...brief, tendency: { ...brief.tendency, activity: 1, submitChance: 0 } };
    return Array.from({ length: 300 }, (_, seed) => chooseBotCommand(eager, seedRng(seed)).command);
  };

  it('never initials or signs a clause across its red line, and amends it away first', () => {
    // De facto recognition crosses Ukraine's red line; freezing the line does not.
    const state = talks({ 'line-of-contact': 'de-facto-recognition', 'dmz-width': 'dmz-10km' });
    const choices = initialsOver(state, 'ukraine');
    const initialled = choices
      .filter((c) => c?.type === 'initialClause')
      .map((c) => c!.type === 'initialClause' && c.issueId);
    expect(initialled).not.toContain('line-of-contact');
    expect(initialled).toContain('dmz-width');
    expect(choices.some((c) => c?.type === 'signDraft')).toBe(false);
    const amends = choices.filter((c) => c?.type === 'amendClause');
    expect(amends.length).toBeGreaterThan(0);
    for (const c of amends) {
      if (c?.type !== 'amendClause') continue;
      expect(c.optionId).not.toBe('de-facto-recognition');
    }
    // The clause across its red line is the one it amends most.
    const onLine = amends.filter((c) => c?.type === 'amendClause' && c.issueId === 'line-of-contact');
    expect(onLine.length).toBe(amends.length);
  });

  it('opens the talks with its own priorities and without crossing its red lines', () => {
    let s = seat(run(freshExercise(ukraine), 'control', { type: 'startExercise' }), 'russia');
    s = advanceTo(s, 'consultation');
    const brief = botBrief(s, 'russia', NOW)!;
    const eager = { ...brief, tendency: { ...brief.tendency, activity: 1, weights: { proposeDraft: 1 } } };
    const russianLines = ukraine.negotiation!.parties.find((p) => p.seat === 'russia')!;
    for (let seed = 0; seed < 100; seed++) {
      const { command } = chooseBotCommand(eager, seedRng(seed));
      expect(command?.type).toBe('proposeDraft');
      if (command?.type !== 'proposeDraft') continue;
      expect(command.clauses['nato-membership']).not.toBe('open');
      expect(command.clauses['line-of-contact']).not.toBe('withdrawal-to-1991-borders');
      expect(russianLines.redLines.length).toBeGreaterThan(0);
    }
  });
});
