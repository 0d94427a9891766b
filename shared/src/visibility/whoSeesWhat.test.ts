// Who sees what: the documentation of secrecy, as a table the rules are checked against (ADR 0025).
// For every top-level section of the view and every kind of viewer of both scenarios, the table says
// what that viewer gets:
//   full     — all of it, every secret planted in it included
//   own      — only its own part: the secrets that belong to it, none of anyone else's
//   redacted — a public or partial form: the section is there, no planted secret is
//   none     — nothing (null, empty or absent)
// Each scenario is played for real (seats claimed, a bot seated, a draft tabled, forces ordered,
// channels opened, hot wash asked and answered) with a canary planted in every section; the test
// measures each viewer's `viewFor` and compares it with the table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../engine/commands';
import { decide } from '../engine/decide';
import { evolve, initialState } from '../engine/evolve';
import { balticCreated } from '../engine/forces/balticExercise';
import { WALL_START } from '../engine/harness';
import { actorFor, legalCommands } from '../engine/legal';
import { isForceOrder } from '../engine/rules/forces/order';
import type { Actor, ExerciseState } from '../engine/state';
import { ukraineScenario } from '../negotiation/testScenario';
import type { Scenario } from '../scenario/schema';
import { addSeconds } from '../time/gameTime';
import { viewFor, type ExerciseView, type Presence } from './view';
import { verbatim } from '../scenario/text';

type Level = 'full' | 'own' | 'redacted' | 'none';
type Section = keyof ExerciseView;

const BALTIC_VIEWERS = [
  'lead Control',
  'assistant Control',
  'Secretary General',
  'SACEUR',
  'ally',
  'ally held by a bot',
  'Red',
  'observer',
  'no seat',
] as const;
const TALKS_VIEWERS = [
  'lead Control',
  'assistant Control',
  'party',
  'party held by a bot',
  'adversary party',
  'mediating ally',
  'chairing party',
  'observer',
  'no seat',
] as const;
type BalticViewer = (typeof BALTIC_VIEWERS)[number];
type TalksViewer = (typeof TALKS_VIEWERS)[number];

/** One row: what each viewer of each scenario gets of a section. Columns in the viewers' order above. */
interface Row {
  readonly baltic: readonly Level[];
  readonly talks: readonly Level[];
}

const ALL_FULL: Row = { baltic: Array(9).fill('full'), talks: Array(9).fill('full') };

// prettier-ignore
/**
 * THE TABLE. Baltic columns: lead Control, assistant Control, Secretary General, SACEUR, ally,
 * ally held by a bot, Red, observer, no seat. Talks columns: lead Control, assistant Control, party,
 * party held by a bot, adversary party, mediating ally, chairing party, observer, no seat.
 */
const WHO_SEES_WHAT: Record<Section, Row> = {
  exerciseId:         ALL_FULL,
  code:               ALL_FULL,
  title:              ALL_FULL,
  scenario:           ALL_FULL,
  controlConnections: ALL_FULL,
  seq:                ALL_FULL,
  clock:              ALL_FULL,
  waitingOn:          ALL_FULL,
  situation:          ALL_FULL,
  picture:            ALL_FULL,
  broadcasts:         ALL_FULL,
  // Display names only: a seat token's hash never leaves the server, not even to Control.
  seats:              { baltic: Array(9).fill('redacted'), talks: Array(9).fill('redacted') },
  you:                { baltic: Array(9).fill('own'), talks: Array(9).fill('own') },
  repair:             { baltic: ['full', 'full', 'none', 'none', 'none', 'none', 'none', 'none', 'none'],
                        talks:  ['full', 'full', 'none', 'none', 'none', 'none', 'none', 'none', 'none'] },
  injects:            { baltic: ['full', 'full', 'redacted', 'redacted', 'own', 'redacted', 'redacted', 'redacted', 'redacted'],
                        talks:  ['full', 'full', 'own', 'redacted', 'redacted', 'redacted', 'redacted', 'redacted', 'redacted'] },
  council:            { baltic: ['full', 'full', 'redacted', 'redacted', 'own', 'own', 'none', 'redacted', 'none'],
                        talks:  ['full', 'full', 'none', 'own', 'none', 'own', 'redacted', 'redacted', 'none'] },
  measures:           { baltic: ['full', 'full', 'full', 'full', 'full', 'full', 'redacted', 'full', 'redacted'],
                        talks:  ['full', 'full', 'redacted', 'full', 'redacted', 'full', 'full', 'full', 'redacted'] },
  flags:              { baltic: ['full', 'full', 'full', 'full', 'full', 'full', 'none', 'full', 'none'],
                        talks:  ['full', 'full', 'none', 'full', 'none', 'full', 'full', 'full', 'none'] },
  own:                { baltic: ['none', 'none', 'none', 'none', 'own', 'own', 'none', 'none', 'none'],
                        talks:  ['none', 'none', 'none', 'own', 'none', 'own', 'none', 'none', 'none'] },
  dossiers:           { baltic: ['full', 'full', 'none', 'none', 'none', 'none', 'none', 'none', 'none'],
                        talks:  ['full', 'full', 'none', 'none', 'none', 'none', 'none', 'none', 'none'] },
  channels:           { baltic: ['full', 'full', 'own', 'own', 'own', 'own', 'own', 'own', 'redacted'],
                        talks:  ['full', 'full', 'own', 'own', 'own', 'own', 'own', 'own', 'redacted'] },
  forces:             { baltic: ['full', 'full', 'own', 'own', 'own', 'own', 'own', 'own', 'none'],
                        talks:  Array(9).fill('none') },
  forcesProjection:   { baltic: ['full', 'full', 'own', 'own', 'own', 'own', 'own', 'own', 'none'],
                        talks:  Array(9).fill('none') },
  negotiation:        { baltic: Array(9).fill('none'),
                        talks:  ['full', 'full', 'own', 'own', 'own', 'own', 'own', 'redacted', 'none'] },
  review:             { baltic: ['full', 'full', 'redacted', 'redacted', 'own', 'redacted', 'redacted', 'own', 'redacted'],
                        talks:  ['full', 'full', 'own', 'redacted', 'redacted', 'redacted', 'redacted', 'own', 'redacted'] },
  controlRoom:        { baltic: ['full', 'full', 'none', 'none', 'none', 'none', 'none', 'none', 'none'],
                        talks:  ['full', 'full', 'none', 'none', 'none', 'none', 'none', 'none', 'none'] },
};

/** A secret planted in the state: its text, and the seats it belongs to (none: Control's alone). */
interface Canary {
  readonly text: string;
  readonly owners: readonly string[];
}

/** A played game with its secrets, and who is who. */
interface Played {
  readonly state: ExerciseState;
  readonly viewers: Readonly<Record<string, Actor>>;
  readonly canaries: Partial<Record<Section, readonly Canary[]>>;
}

const LEAD: Actor = { seatId: null, isControl: true, controlRole: 'lead' };
const ASSISTANT: Actor = { seatId: null, isControl: true, controlRole: 'assistant', controlKeyId: 'k1' };
const NOBODY: Actor = { seatId: null, isControl: false };
const PRESENCE: Presence = { connectedSeats: new Set(), controlConnections: 1 };

/** Plays through decide and evolve; every command must be accepted. */
class Table {
  now = WALL_START;
  constructor(public state: ExerciseState) {}
  must(seatId: string | null, command: Command): void {
    this.now = addSeconds(this.now, 5);
    const actor = seatId === null ? NOBODY : actorFor(this.state, seatId);
    const result = decide(this.state, command, {
      actor,
      now: this.now,
      // A claimed seat's token hash: a canary no view may carry.
      newSeatTokenHash: `CANARY-HASH-${command.type === 'claimSeat' ? command.seatId : seatId}#`,
    });
    if (!result.ok)
      throw new Error(`${seatId} ${command.type}: ${result.error.code} ${result.error.message}`);
    this.state = result.value.reduce(evolve, this.state);
  }
  /** The first legal order of the seat (or, failing that, Control's) that leaves a unit of `side` with an order. */
  giveAnOrder(seatId: string, side: 'blue' | 'red'): void {
    for (const who of [seatId, 'control'])
      for (const order of legalCommands(this.state, who, this.now).filter(isForceOrder)) {
        const result = decide(this.state, order, {
          actor: actorFor(this.state, who),
          now: this.now,
          newSeatTokenHash: '',
        });
        if (!result.ok) continue;
        const next = result.value.reduce(evolve, this.state);
        if (Object.values(next.forces!.units).some((u) => u.side === side && u.order)) {
          this.state = next;
          return;
        }
      }
    throw new Error(`no order leaves a ${side} unit moving`);
  }
  to(phase: string): void {
    for (let i = 0; i < 10 && this.state.session.phase !== phase; i++)
      this.must('control', { type: 'advancePhase' });
    expect(this.state.session.phase).toBe(phase);
  }
  /** Control posts a canary in every channel there is; each belongs to the channel's members. */
  postInEveryChannel(): Canary[] {
    return this.state.channels.order.flatMap((channelId) => {
      const channel = this.state.channels.channels[channelId]!;
      const text = `CANARY-CHANNEL-${channelId}#`;
      this.must('control', {
        type: 'postMessage',
        channelId,
        template: channel.kind === 'public' ? 'statement' : 'freeText',
        body: text,
      });
      return channel.kind === 'public' ? [] : [{ text, owners: channel.members }];
    });
  }
}

/** Every ally's secrets and every party's brief carry a canary of their owner. */
function withSecrets(scenario: Scenario): Scenario {
  return {
    ...scenario,
    allies: scenario.allies.map((a) => ({
      ...a,
      secret: {
        redLines: [verbatim(`CANARY-ALLY-${a.id}#`)],
        intelligence: verbatim(`CANARY-ALLY-${a.id}#`),
      },
    })),
    injects: scenario.injects.map((i) => ({ ...i, text: verbatim(`CANARY-INJECT-${i.id}#`) })),
    negotiation: scenario.negotiation && {
      ...scenario.negotiation,
      parties: scenario.negotiation.parties.map((p) => ({
        ...p,
        brief: verbatim(`CANARY-BRIEF-${p.seat}#`),
      })),
    },
  };
}

/** Control's console: an inject for one seat alone, a public one, a broadcast, an assistant's key. */
function consoleSecrets(t: Table, targetSeat: string): Canary[] {
  t.must('control', {
    type: 'injectAdHoc',
    title: 'Targeted',
    body: `CANARY-ADHOC-${targetSeat}#`,
    audience: [targetSeat],
  });
  t.must('control', { type: 'injectAdHoc', title: 'Public', body: 'A public inject', audience: 'all' });
  t.must('control', { type: 'broadcast', text: 'CANARY-BROADCAST#' });
  t.must('control', { type: 'issueAssistantKey', name: 'CANARY-ASSISTANT' });
  return [{ text: `CANARY-ADHOC-${targetSeat}#`, owners: [targetSeat] }];
}

/** Unfired scenario injects: Control sees them ahead, nobody else does. */
function unfiredInjects(state: ExerciseState): Canary[] {
  return state.scenario.injects
    .filter((i) => !state.injects.some((f) => f.injectId === i.id))
    .map((i) => ({ text: `CANARY-INJECT-${i.id}#`, owners: [] }));
}

/** The hot wash: a question for one seat, its answer, and an observer's tag. */
function hotwash(t: Table, asked: string, observer: string): Canary[] {
  t.to('adjudication');
  t.must('control', { type: 'askHotwash', question: `CANARY-QUESTION-${asked}#`, audience: [asked] });
  const questionId = t.state.review.questions.at(-1)!.id;
  t.must(asked, { type: 'answerHotwash', questionId, text: `CANARY-ANSWER-${asked}#` });
  t.must(observer, { type: 'tagMoment', seq: 1, kind: 'friction', note: 'CANARY-TAG' });
  return [
    { text: `CANARY-QUESTION-${asked}#`, owners: [asked] },
    { text: `CANARY-ANSWER-${asked}#`, owners: [asked] },
    { text: 'CANARY-TAG', owners: [observer] },
  ];
}

/** A stored event the state could not apply: Control's view names it. */
const underRepair = (state: ExerciseState): ExerciseState => ({
  ...state,
  underRepair: { seq: 2, type: 'CANARY-REPAIR' },
});

/**
 * The deal signed, with a breach nobody detected: only its author and Control may know of it.
 * (Planted in the state, as the dice would rarely give one in a short game.)
 */
function withUndetectedBreach(state: ExerciseState, by: string): ExerciseState {
  const talks = state.negotiation!;
  const breach = {
    turn: 1,
    by,
    severity: 'minor' as const,
    detected: false,
    gameTime: `CANARY-BREACH-${by}#`,
  };
  return {
    ...state,
    negotiation: {
      ...talks,
      signedAt: state.clock.time,
      implementation: { ...talks.implementation, turns: 1, violations: [breach] },
    },
  };
}

/** Every claimed seat's token hash: the server keeps it, no view carries it. */
const tokenHashes = (state: ExerciseState): Canary[] =>
  Object.keys(state.seats)
    .filter((id) => !state.seats[id]?.bot)
    .map((id) => ({ text: `CANARY-HASH-${id}#`, owners: [] }));

function playBaltic(): Played {
  const created = balticCreated(5);
  const t = new Table(initialState({ ...created, scenario: withSecrets(created.scenario) }));
  for (const seatId of ['secgen', 'saceur', 'usa', 'gbr', 'est', 'red', 'observer'])
    t.must(null, { type: 'claimSeat', seatId, displayName: `Player ${seatId}` });
  t.must('control', { type: 'handSeatToBot', seatId: 'hun' });
  t.must('control', { type: 'startExercise' });
  t.must('usa', { type: 'openChannel', members: ['usa', 'gbr'], name: 'Private' });
  t.must('red', { type: 'openChannel', members: ['red', 'tur'], name: 'Back channel' });
  t.to('consultation');
  t.must('secgen', { type: 'tableDraft', itemIds: ['deploy-vjtf'] });
  t.must('usa', {
    type: 'takePosition',
    draftId: Object.keys(t.state.council.drafts)[0]!,
    position: 'support',
  });
  t.to('decision');
  const channels = t.postInEveryChannel();
  const injects = consoleSecrets(t, 'usa');
  const review = hotwash(t, 'usa', 'observer');
  t.to('decision');
  // A unit of each side gets an order, so each side has a secret on the map and in the projection.
  for (const [seatId, side] of [
    ['saceur', 'blue'],
    ['red', 'red'],
  ] as const)
    t.giveAnOrder(seatId, side);
  return {
    state: underRepair(t.state),
    viewers: {
      'lead Control': LEAD,
      'assistant Control': ASSISTANT,
      'Secretary General': actorFor(t.state, 'secgen'),
      SACEUR: actorFor(t.state, 'saceur'),
      ally: actorFor(t.state, 'usa'),
      'ally held by a bot': actorFor(t.state, 'hun'),
      Red: actorFor(t.state, 'red'),
      observer: actorFor(t.state, 'observer'),
      'no seat': NOBODY,
    } satisfies Record<BalticViewer, Actor>,
    canaries: {
      seats: tokenHashes(t.state),
      injects: [...injects, ...unfiredInjects(t.state)],
      own: t.state.scenario.allies.map((a) => ({ text: `CANARY-ALLY-${a.id}#`, owners: [a.id] })),
      dossiers: t.state.scenario.allies.map((a) => ({ text: `CANARY-ALLY-${a.id}#`, owners: [] })),
      channels,
      broadcasts: [{ text: 'CANARY-BROADCAST#', owners: [] }],
      controlRoom: [{ text: 'CANARY-ASSISTANT', owners: [] }],
      review,
      repair: [{ text: 'CANARY-REPAIR', owners: [] }],
      // No talks in this scenario: nobody gets the section.
      negotiation: [],
    },
  };
}

function playTalks(): Played {
  const t = new Table(
    initialState({
      type: 'exerciseCreated',
      exerciseId: 'ex-talks',
      code: 'TALKS1',
      title: 'Talks',
      createdAt: WALL_START,
      scenario: withSecrets(ukraineScenario()),
      seed: 5,
    }),
  );
  for (const seatId of ['ukraine', 'russia', 'us', 'nato-sg', 'eu', 'observer'])
    t.must(null, { type: 'claimSeat', seatId, displayName: `Player ${seatId}` });
  t.must('control', { type: 'handSeatToBot', seatId: 'poland' });
  t.must('control', { type: 'startExercise' });
  t.must('us', { type: 'openChannel', members: ['us', 'russia'], name: 'Back channel' });
  t.must('ukraine', { type: 'openChannel', members: ['ukraine', 'eu'], name: 'Private' });
  t.to('consultation');
  const item = t.state.scenario.catalogue[0]!.id;
  t.must('nato-sg', { type: 'tableDraft', itemIds: [item] });
  const channels = t.postInEveryChannel();
  const injects = consoleSecrets(t, 'ukraine');
  const review = hotwash(t, 'ukraine', 'observer');
  const parties = t.state.scenario.negotiation!.parties;
  return {
    state: underRepair(withUndetectedBreach(t.state, 'russia')),
    viewers: {
      'lead Control': LEAD,
      'assistant Control': ASSISTANT,
      party: actorFor(t.state, 'ukraine'),
      'party held by a bot': actorFor(t.state, 'poland'),
      'adversary party': actorFor(t.state, 'russia'),
      'mediating ally': actorFor(t.state, 'us'),
      'chairing party': actorFor(t.state, 'nato-sg'),
      observer: actorFor(t.state, 'observer'),
      'no seat': NOBODY,
    } satisfies Record<TalksViewer, Actor>,
    canaries: {
      seats: tokenHashes(t.state),
      injects: [...injects, ...unfiredInjects(t.state)],
      own: t.state.scenario.allies.map((a) => ({ text: `CANARY-ALLY-${a.id}#`, owners: [a.id] })),
      dossiers: t.state.scenario.allies.map((a) => ({ text: `CANARY-ALLY-${a.id}#`, owners: [] })),
      channels,
      broadcasts: [{ text: 'CANARY-BROADCAST#', owners: [] }],
      controlRoom: [{ text: 'CANARY-ASSISTANT', owners: [] }],
      review,
      repair: [{ text: 'CANARY-REPAIR', owners: [] }],
      negotiation: [
        ...parties.map((p) => ({ text: `CANARY-BRIEF-${p.seat}#`, owners: [p.seat] })),
        { text: 'CANARY-BREACH-russia#', owners: ['russia'] },
      ],
    },
  };
}

const isNothing = (value: unknown): boolean =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/** What the viewer got of a section, measured by the canaries planted in it. */
function byCanaries(value: unknown, canaries: readonly Canary[], viewer: Actor): Level | string {
  if (isNothing(value)) return 'none';
  const json = JSON.stringify(value);
  const seen = canaries.filter((c) => json.includes(c.text));
  if (canaries.length > 0 && seen.length === canaries.length) return 'full';
  if (seen.length === 0) return canaries.length === 0 ? 'full' : 'redacted';
  const stray = seen.filter((c) => viewer.seatId === null || !c.owners.includes(viewer.seatId));
  return stray.length === 0 ? 'own' : `a leak: ${stray.map((c) => c.text).join(', ')}`;
}

/** Sections with no string secret: what the viewer got, against what Control gets. */
const PROBES: Partial<
  Record<Section, (view: ExerciseView, control: ExerciseView, viewer: Actor) => Level | string>
> = {
  you: (view, _control, viewer) =>
    view.you.seatId === viewer.seatId && view.you.isControl === viewer.isControl ? 'own' : 'someone else',
  measures: (view, control) => (sameJson(view.measures, control.measures) ? 'full' : 'redacted'),
  flags: (view, control) =>
    isNothing(view.flags) ? 'none' : sameJson(view.flags, control.flags) ? 'full' : 'redacted',
  council: (view, control) => {
    if (!view.council) return 'none';
    if (sameJson(withoutIdentity(view.council), withoutIdentity(control.council))) return 'full';
    // Control alone sees the rolls behind positions; an ally sees when its own instructions arrive.
    const allies = view.council.drafts.flatMap((d) => d.allies);
    if (allies.some((a) => 'roll' in a)) return 'a leak: rolls';
    const timed = allies.filter((a) => 'instructionsAt' in a && a.allyId !== view.council!.youAlly);
    if (timed.length > 0) return `a leak: instructions of ${timed.map((a) => a.allyId).join(', ')}`;
    return view.council.youAlly === null ? 'redacted' : 'own';
  },
  forces: (view, _control) => {
    const forces = view.forces;
    if (!forces) return 'none';
    if (forces.perspective === 'control')
      return forces.units.some((u) => u.estimated) ? 'control estimated' : 'full';
    const exactOthers = forces.units.filter((u) => !u.estimated && u.side !== forces.perspective);
    if (exactOthers.length > 0) return `a leak: exact ${exactOthers.map((u) => u.id).join(', ')}`;
    return forces.units.some((u) => !u.estimated) ? 'own' : 'redacted';
  },
  forcesProjection: (view, control) => {
    if (!view.forcesProjection) return 'none';
    const ids = (v: ExerciseView) =>
      new Set(v.forcesProjection!.flatMap((p) => p.units.map((u) => u.unitId)));
    const mine = ids(view);
    const all = ids(control);
    if (mine.size === all.size) return 'full';
    const side = view.forces?.perspective;
    const units = control.forces!.units;
    const stray = [...mine].filter((id) => units.find((u) => u.id === id)?.side !== side);
    return stray.length > 0 ? `a leak: ${stray.join(', ')}` : mine.size > 0 ? 'own' : 'redacted';
  },
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The Council's view without the fields that only say who is looking. */
function withoutIdentity(council: ExerciseView['council']) {
  if (!council) return council;
  const { youAlly: _ally, chair, ...rest } = council;
  const { youChair: _chair, ...seat } = chair;
  return { ...rest, chair: seat };
}

function measure(played: Played, section: Section, view: ExerciseView, control: ExerciseView, viewer: Actor) {
  const probe = PROBES[section];
  if (probe) return probe(view, control, viewer);
  const value = view[section];
  const canaries = played.canaries[section];
  if (canaries) return byCanaries(value, canaries, viewer);
  // No secret planted: a public section, the same for every viewer.
  return sameJson(value, control[section]) ? 'full' : isNothing(value) ? 'none' : 'redacted';
}

const GAMES = [
  { name: 'Baltic trip-wire', play: playBaltic, viewers: BALTIC_VIEWERS, column: 'baltic' as const },
  { name: 'Ukraine ceasefire talks', play: playTalks, viewers: TALKS_VIEWERS, column: 'talks' as const },
];

describe('who sees what', () => {
  describe.each(GAMES)('$name', ({ play, viewers, column }) => {
    const played = play();
    const views = Object.fromEntries(
      viewers.map((name) => [name, viewFor(played.state, played.viewers[name]!, PRESENCE)]),
    );
    const control = views['lead Control']!;

    it.each(Object.keys(WHO_SEES_WHAT) as Section[])('%s: as the table says', (section) => {
      const got = Object.fromEntries(
        viewers.map((name) => [name, measure(played, section, views[name]!, control, played.viewers[name]!)]),
      );
      const expected = Object.fromEntries(
        viewers.map((name, i) => [name, WHO_SEES_WHAT[section][column][i]]),
      );
      expect(got).toEqual(expected);
    });

    it('lists every section of the view in the table', () => {
      const sections = new Set(Object.values(views).flatMap((v) => Object.keys(v)));
      expect([...sections].filter((s) => !(s in WHO_SEES_WHAT))).toEqual([]);
    });

    it('measures every section that some viewers see differently from others by a secret or a probe', () => {
      const guarded = (Object.keys(WHO_SEES_WHAT) as Section[]).filter(
        (s) => new Set(WHO_SEES_WHAT[s][column]).size > 1,
      );
      expect(guarded.filter((s) => !PROBES[s] && !played.canaries[s]?.length)).toEqual([]);
    });
  });
});

/** The table as the README shows it: one Markdown table per scenario. */
function markdownTable(viewers: readonly string[], column: 'baltic' | 'talks'): string[][] {
  return [
    ['section', ...viewers],
    ...(Object.keys(WHO_SEES_WHAT) as Section[]).map((s) => [s, ...WHO_SEES_WHAT[s][column]]),
  ];
}

/** A Markdown table's rows as cells, whatever its alignment; the separator row left out. */
const cellsOf = (markdown: string): string[][] =>
  markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^[\s|:-]+$/.test(line))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/`/g, '')),
    );

describe('the README', () => {
  it('shows the same table', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const [, baltic = '', talks = ''] = readme.split(/^### .*$/m);
    const render = (rows: string[][]) =>
      [
        `| ${rows[0]!.join(' | ')} |`,
        `|${rows[0]!.map(() => ' --- ').join('|')}|`,
        ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
      ].join('\n');
    const expected = [markdownTable(BALTIC_VIEWERS, 'baltic'), markdownTable(TALKS_VIEWERS, 'talks')];
    expect(
      [cellsOf(baltic), cellsOf(talks)],
      `README.md should hold:\n${expected.map(render).join('\n\n')}`,
    ).toEqual(expected);
  });
});
