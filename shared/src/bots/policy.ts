// The rule-based bot: given a seat's brief and a seeded PRNG, picks one command to send now, or none.
// Pure: the same brief and PRNG state always give the same choice (ADR 0010).
import { chanceOfSupport } from '../council/disposition';
import { AMEND_ABOVE } from '../council/calibration';
import type { Position } from '../model/council';
import type { Command, CommandOf } from '../engine/commands';
import { roller, type Roller, type RngState } from '../rng/sfc32';
import type { BotBrief, BotDraft, BotTalks } from '../visibility/botBrief';
import type { BotAction } from './schema';
import { DEFAULT_BOT_LINES, isBotPlayable } from './tendencies';

export interface BotChoice {
  /** The command to send, or null to wait for the next beat. */
  readonly command: Command | null;
  readonly rng: RngState;
}

/** The actions that are commands: every one but waiting. */
type CommandAction = Exclude<BotAction, 'wait'>;

/** One action the bot could take now: its weight, and how to turn it into a concrete command. */
interface Option {
  readonly weight: number;
  /** Null: the bot waits this beat. */
  readonly pick: (r: Roller) => Command | null;
}

export function chooseBotCommand(brief: BotBrief, rng: RngState): BotChoice {
  if (!isBotPlayable(brief.kind) || brief.status !== 'running') return { command: null, rng };
  const r = roller(rng);
  const done = (command: Command | null): BotChoice => ({ command, rng: r.state() });
  const submit = brief.legal.find((c) => c.type === 'submitMoves');
  const canSubmit = brief.owesMoves && submit !== undefined;
  if (canSubmit && r.unit() < brief.tendency.submitChance) return done(submit);
  if (r.unit() >= brief.tendency.activity) return done(null);
  const options = optionsOf(brief).filter((o) => o.weight > 0);
  // With nothing worth doing left, a seat that owes its moves submits them.
  if (options.length === 0) return done(canSubmit ? submit : null);
  options.push({ weight: brief.tendency.weights.wait ?? 0, pick: () => null });
  const total = options.reduce((sum, o) => sum + Math.max(0, o.weight), 0);
  let draw = r.unit() * total;
  const chosen = options.find((o) => (draw -= o.weight) < 0) ?? options[options.length - 1]!;
  return done(chosen.pick(r));
}

const uniform = <T>(r: Roller, list: readonly T[]): T => list[Math.floor(r.unit() * list.length)]!;

/** The legal commands grouped into actions, each action weighted by the seat's tendency. */
function optionsOf(brief: BotBrief): Option[] {
  const { tendency } = brief;
  const byAction = new Map<CommandAction, Command[]>();
  for (const command of brief.legal) {
    const action = command.type as CommandAction;
    if (!(action in ACTION_FILTERS)) continue;
    if (!ACTION_FILTERS[action](brief, command)) continue;
    byAction.set(action, [...(byAction.get(action) ?? []), command]);
  }
  const options: Option[] = [];
  for (const [action, commands] of byAction) {
    const weight = tendency.weights[action] ?? 0;
    if (action === 'takePosition') options.push(positionOption(brief, commands, weight));
    else if (action === 'proposeDraft' && brief.talks)
      options.push({ weight, pick: (r) => favouriteDraft(brief.talks!, r) });
    else if (action === 'amendClause' && brief.talks) options.push(amendOption(brief, commands, weight));
    else if (action === 'postMessage')
      options.push({ weight, pick: (r) => withLine(uniform(r, commands), brief, r) });
    else options.push({ weight, pick: (r) => uniform(r, commands) });
  }
  return options;
}

const draftOf = (brief: BotBrief, draftId: string): BotDraft | undefined =>
  brief.drafts.find((d) => d.id === draftId);

/** Current clauses that cross one of the party's own red lines. */
const crossing = (talks: BotTalks): string[] =>
  Object.entries(talks.clauses)
    .filter(([issue, option]) => talks.forbidden[issue]?.includes(option))
    .map(([issue]) => issue);

/**
 * What the party initials now, and what an amendment must gain: it settles for less, and reopens
 * less, with each turn of talks (`concessionPerTurn`).
 */
const acceptAbove = (b: BotBrief): number =>
  Math.max(0, b.tendency.acceptAbove - b.tendency.concessionPerTurn * Math.max(0, b.turn - 1));
const amendGain = (b: BotBrief): number =>
  b.tendency.amendGain + b.tendency.concessionPerTurn * Math.max(0, b.turn - 1);

/** Clauses to fix first: across the party's own red line, or needing a NATO item allies block. */
const urgent = (talks: BotTalks): string[] => [...new Set([...crossing(talks), ...talks.natoBlocked])];

const valueOf = (talks: BotTalks, issue: string, option: string | undefined): number =>
  option === undefined ? 0 : (talks.priorities[issue]?.[option] ?? 0);

/**
 * Which legal commands of each action make sense: the rules allow much that no delegation would
 * do (amending a draft nobody blocks, raising an item one dislikes, initialling a red line).
 */
const ACTION_FILTERS: Record<CommandAction, (brief: BotBrief, command: Command) => boolean> = {
  requestItem: (b, c) =>
    b.kind !== 'ally' || (b.leanings[(c as CommandOf<'requestItem'>).itemId] ?? 0) >= b.tendency.requestAbove,
  // One live draft at a time is enough for a chair: the capitals need time to answer it. At talks,
  // the chair tables what the text commits NATO to, and nothing else.
  tableDraft: (b, c) =>
    b.drafts.length < 2 &&
    (b.talks === null ||
      (c as CommandOf<'tableDraft'>).itemIds.every((id) => b.talks!.natoPending.includes(id))),
  amendDraft: (b, c) => draftOf(b, (c as CommandOf<'amendDraft'>).draftId)?.blocked === true,
  placeUnderSilence: (b, c) => {
    const d = draftOf(b, (c as CommandOf<'placeUnderSilence'>).draftId);
    return d?.status === 'open' && !d.blocked;
  },
  withdrawDraft: (b, c) => draftOf(b, (c as CommandOf<'withdrawDraft'>).draftId)?.blocked === true,
  takePosition: (b, c) => {
    const d = draftOf(b, (c as CommandOf<'takePosition'>).draftId);
    return d !== undefined && d.mine === null;
  },
  openChannel: () => true,
  // Requests for information go to Control, who answers them by hand: a bot does not send them.
  postMessage: (_b, c) => (c as CommandOf<'postMessage'>).template !== 'rfi',
  markRead: () => true,
  alertUnit: () => true,
  assignToNato: () => true,
  stageUnit: () => true,
  deployUnit: () => true,
  moveUnit: () => true,
  haltUnit: () => true,
  interdictRoute: () => true,
  signalNuclear: () => true,
  grantUsConsent: (_b, c) => (c as CommandOf<'grantUsConsent'>).granted,
  // A party opens the talks with its own text; later it amends clause by clause.
  proposeDraft: (b) => b.talks !== null && b.talks.revision === 0,
  amendClause: (b, c) => {
    const { issueId, optionId } = c as CommandOf<'amendClause'>;
    const t = b.talks;
    if (!t || t.forbidden[issueId]?.includes(optionId)) return false;
    // Nobody drafts what the Council has refused; a clause it refused is amended first.
    const item = t.natoItems[issueId]?.[optionId];
    if (item !== undefined && t.natoRefused.includes(item)) return false;
    const current = t.clauses[issueId];
    if (current !== undefined && t.forbidden[issueId]?.includes(current)) return true;
    if (t.natoBlocked.includes(issueId)) return true;
    // Only a clause the party could not initial is reopened, and only for a real gain.
    const now = valueOf(t, issueId, current);
    return now < acceptAbove(b) && valueOf(t, issueId, optionId) - now >= amendGain(b);
  },
  initialClause: (b, c) => {
    const { issueId } = c as CommandOf<'initialClause'>;
    const t = b.talks;
    const option = t?.clauses[issueId];
    if (!t || option === undefined || t.forbidden[issueId]?.includes(option)) return false;
    const weighs = t.priorities[issueId] !== undefined;
    return !weighs || valueOf(t, issueId, option) >= acceptAbove(b);
  },
  signDraft: (b) => b.talks !== null && crossing(b.talks).length === 0,
  walkOut: (b) => b.talks !== null && crossing(b.talks).length > 0,
  // A party that left comes back once the text no longer crosses its red lines.
  returnToTalks: (b) => b.talks !== null && crossing(b.talks).length === 0,
};

/** An ally answers one draft it has not answered yet, leaning by its disposition on the items. */
function positionOption(brief: BotBrief, commands: Command[], weight: number): Option {
  const draftIds = [...new Set(commands.map((c) => (c as CommandOf<'takePosition'>).draftId))];
  return {
    weight,
    pick: (r) => {
      const draftId = uniform(r, draftIds);
      const position = positionOn(brief, draftOf(brief, draftId)!, r);
      const offered = commands.filter((c) => (c as CommandOf<'takePosition'>).draftId === draftId);
      return (
        offered.find((c) => (c as CommandOf<'takePosition'>).position === position) ?? uniform(r, offered)
      );
    },
  };
}

/** The same logistic lean as the capital model, on the seat's own disposition plus its bias. */
export function positionOn(brief: BotBrief, draft: BotDraft, r: Roller): Position {
  const leanings = draft.itemIds.map((id) => brief.leanings[id] ?? 0);
  const mean = leanings.length ? leanings.reduce((a, b) => a + b, 0) / leanings.length : 0;
  const score = mean + brief.tendency.supportBias;
  if (r.unit() < chanceOfSupport(score)) {
    return r.unit() < brief.tendency.reserveChance ? 'supportWithReservation' : 'support';
  }
  return score >= AMEND_ABOVE ? 'requestAmendment' : 'object';
}

/** A party's opening text: for each issue an option drawn by its priorities, never across a red line. */
function favouriteDraft(talks: BotTalks, r: Roller): Command {
  const clauses: Record<string, string> = {};
  for (const issue of talks.issues) {
    const allowed = issue.options.filter((o) => !talks.forbidden[issue.id]?.includes(o));
    if (allowed.length === 0) continue;
    const weights = allowed.map((o) => 1 + valueOf(talks, issue.id, o) ** 2);
    clauses[issue.id] = weighted(r, allowed, weights);
  }
  return { type: 'proposeDraft', clauses };
}

/** Amending toward what the party values most; a clause across its red line, or blocked by the Council, comes first. */
function amendOption(brief: BotBrief, commands: Command[], weight: number): Option {
  const talks = brief.talks!;
  const first = new Set(urgent(talks));
  const pressing = commands.filter((c) => first.has((c as CommandOf<'amendClause'>).issueId));
  const candidates = pressing.length > 0 ? pressing : commands;
  const weights = candidates.map((c) => {
    const { issueId, optionId } = c as CommandOf<'amendClause'>;
    const gain = valueOf(talks, issueId, optionId) - valueOf(talks, issueId, talks.clauses[issueId]);
    return Math.max(1, gain);
  });
  if (candidates.length === 0) return { weight: 0, pick: () => commands[0]! };
  return { weight: pressing.length > 0 ? weight * 3 : weight, pick: (r) => weighted(r, candidates, weights) };
}

function weighted<T>(r: Roller, list: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let draw = r.unit() * total;
  for (let i = 0; i < list.length; i++) if ((draw -= weights[i]!) < 0) return list[i]!;
  return list[list.length - 1]!;
}

/**
 * A message in the seat's own words when the scenario gives some, else the product's line (no
 * roll, so a bot's other choices stay as they were). The rules keep the line in both languages.
 */
function withLine(command: Command, brief: BotBrief, r: Roller): Command {
  if (command.type !== 'postMessage') return command;
  const lines = brief.tendency.lines;
  const line = lines.length > 0 ? uniform(r, lines) : DEFAULT_BOT_LINES[0]!;
  return { ...command, body: line.en };
}
