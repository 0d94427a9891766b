// What a seat may see of the talks: the table's common picture, its own secrets; Control sees all.
import type { ExerciseState } from '../engine/state';
import type { Audience } from './audience';
import { currentLevels, effectivePriorities } from '../negotiation/currents';
import { euConsentOf, type EuConsent } from '../negotiation/eu';
import { detectionChance, monitoringOf } from '../negotiation/implementation';
import { ceasefireMapView, type CeasefireMapView } from './ceasefireMapView';
import { leverageLevel } from '../negotiation/leverage';
import { crossedLines, crosses, progressOf, satisfactionOf } from '../negotiation/measures';
import { nacConsentOf, type NacConsent } from '../negotiation/nato';
import { haguePath, spendingYear, tiersOf, twoTierOf } from '../negotiation/spending';
import { signBlockOf, type SignBlock } from '../negotiation/signing';
import { seriousSinceSignature } from '../negotiation/strain';
import type { NegotiationParty, RedLine } from '../negotiation/schema';
import {
  returnDeadline,
  statusOf,
  type CeasefireViolationRecord,
  type NegotiationStatus,
  type NegotiationTextChange,
  type NegotiationTurnMeasures,
} from '../negotiation/state';
import type { LocalisedText } from '../scenario/text';

export type { NegotiationTextChange } from '../negotiation/state';
export type { EnhancedCooperation, EuConsent } from '../negotiation/eu';
export type { NacConsent } from '../negotiation/nato';
export type { SignBlock } from '../negotiation/signing';
export type * from './ceasefireMapView';

export interface NegotiationIssueView {
  readonly id: string;
  readonly title: LocalisedText;
  readonly description: LocalisedText | null;
  readonly options: readonly {
    readonly id: string;
    readonly label: LocalisedText;
    readonly text: LocalisedText | null;
  }[];
}

export interface NegotiationPartyView {
  readonly seat: string;
  readonly required: boolean;
  readonly signed: boolean;
  readonly walkedOut: boolean;
  /** Game time by which a required party that walked out must return, or the talks collapse. */
  readonly returnBy: string | null;
}

export interface NegotiationClauseView {
  readonly issueId: string;
  /** Null while the draft has no clause on the issue. */
  readonly optionId: string | null;
  /** Who drafted the clause as it now reads: a party's seat, null for Control (or no clause yet). */
  readonly proposedBy: string | null;
  readonly initialledBy: readonly string[];
  /** For a clause that spends EU money: who has consented, and whether unanimity or enhanced cooperation carries it. */
  readonly eu: EuConsent | null;
  /** For a clause that commits NATO: whether the North Atlantic Council has adopted it (public). */
  readonly nac: NacConsent | null;
}

/** A party's secrets and how the current draft scores against them. */
export interface NegotiationDossier {
  readonly seat: string;
  readonly priorities: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly redLines: readonly RedLine[];
  readonly walksOutOnRedLine: boolean;
  readonly brief: LocalisedText | null;
  readonly satisfaction: number;
  readonly redLinesCrossed: readonly { readonly issueId: string; readonly optionId: string }[];
  /** The options that would cross one of the party's red lines, by issue (issues with none absent). */
  readonly redLineOptions: Readonly<Record<string, readonly string[]>>;
}

/** A political current's public meter. */
export interface PoliticalCurrentView {
  readonly id: string;
  readonly label: LocalisedText;
  readonly description: LocalisedText | null;
  /** 0–1 now, and where it started. */
  readonly level: number;
  readonly start: number;
}

/** A mediation or back-channel track the scenario offers its members to open as a channel. */
export interface MediationTrackView {
  readonly id: string;
  readonly name: LocalisedText;
  readonly members: readonly string[];
  readonly note: LocalisedText | null;
}

/** How the signed deal holds, as this seat knows it. */
export interface ImplementationView {
  /** Turns rolled since signature, and those without a breach. */
  readonly turns: number;
  readonly turnsHeld: number;
  /** Detected breaches, the reader's own undetected ones; Control sees every one. */
  readonly violations: readonly CeasefireViolationRecord[];
  /** The clause that monitors the ceasefire, and its chance of detecting a breach; null without one. */
  readonly monitoring: { readonly issueId: string; readonly optionId: string } | null;
  readonly detectionChance: number;
  /** Detected serious breaches since signature, and how many reopen the talks (null: never). */
  readonly seriousBreaches: number;
  readonly reopenAfter: number | null;
}

/** The line of contact, public: each sector's shift since the start (positive: the attacker advanced). */
export interface FrontView {
  readonly attacker: string;
  readonly defender: string;
  /** By sector id, in the scenario's order. */
  readonly sectors: Readonly<Record<string, { readonly shiftKm: number; readonly label: LocalisedText }>>;
  /** Frozen while the deal is signed: only a detected serious breach moves it. */
  readonly frozen: boolean;
  /** The attacker's leverage at the table, 0–1, and where it started. */
  readonly leverage: { readonly label: LocalisedText; readonly level: number; readonly start: number };
}

/** Defence spending per ally against the Hague path, public. */
export interface SpendingView {
  /** The spending clock, in years. */
  readonly year: number;
  readonly target: number;
  readonly targetYear: number;
  /** Where the Hague path stands at `year`, % of GDP. */
  readonly path: number;
  readonly allies: readonly {
    readonly id: string;
    readonly label: LocalisedText;
    readonly level: number;
    readonly start: number;
    readonly target: number;
    readonly onTrack: boolean;
  }[];
  /** The two-tier-alliance meter, 0–1. */
  readonly twoTier: number;
}

export interface NegotiationView {
  readonly status: NegotiationStatus;
  readonly issues: readonly NegotiationIssueView[];
  readonly parties: readonly NegotiationPartyView[];
  readonly revision: number;
  readonly clauses: readonly NegotiationClauseView[];
  /** Every proposal and amendment, oldest first: public at the table. */
  readonly changes: readonly NegotiationTextChange[];
  readonly signedAt: string | null;
  /** Public: how far the text has come (0–1). */
  readonly progress: number;
  readonly own: NegotiationDossier | null;
  /** Control only: every party's dossier. */
  readonly dossiers: readonly NegotiationDossier[];
  /** Public: the political currents' meters. */
  readonly currents: readonly PoliticalCurrentView[];
  /** The tracks the reader is a member of; Control sees every one. */
  readonly tracks: readonly MediationTrackView[];
  /** After signature, in a scenario with implementation rules; null otherwise. */
  readonly implementation: ImplementationView | null;
  /** Public: the front and its leverage; null without a front in the scenario. */
  readonly front: FrontView | null;
  /** Public: the allies' defence-spending paths; null without them. */
  readonly spending: SpendingView | null;
  /** Public: each time breaches reopened a signed deal. */
  readonly reopenings: readonly { readonly turn: number; readonly gameTime: string }[];
  /** Control only: the measures at the end of each turn. */
  readonly history: readonly NegotiationTurnMeasures[] | null;
  /** Public: the line of contact, the drafted demilitarised zone, the reassurance force's deployment. */
  readonly map: CeasefireMapView | null;
  /**
   * A party reader only: what stops it signing now (null: it may sign), by the rule that refuses
   * `signDraft`; null for every other reader.
   */
  readonly signing: { readonly blockedBy: SignBlock | null } | null;
}

export function negotiationView(state: ExerciseState, audience: Audience): NegotiationView | null {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  if (!scenario || !talks || (!audience.isControl && audience.seatId === null)) return null;
  const dossier = (party: NegotiationParty): NegotiationDossier => ({
    seat: party.seat,
    // As the political currents have moved them: what the party values now.
    priorities: effectivePriorities(scenario, party, state.injects, talks.front),
    redLines: party.redLines,
    walksOutOnRedLine: party.walksOutOnRedLine,
    brief: party.brief ?? null,
    satisfaction: satisfactionOf(
      party,
      talks.clauses,
      effectivePriorities(scenario, party, state.injects, talks.front),
    ),
    redLinesCrossed: crossedLines(scenario, party, talks.clauses).map(({ issueId, optionId }) => ({
      issueId,
      optionId,
    })),
    redLineOptions: Object.fromEntries(
      scenario.issues.flatMap((issue) => {
        const lines = party.redLines.filter((line) => line.issue === issue.id);
        const crossing = issue.options
          .filter((o) => lines.some((line) => crosses(scenario, line, o.id)))
          .map((o) => o.id);
        return crossing.length > 0 ? [[issue.id, crossing]] : [];
      }),
    ),
  });
  const mine = scenario.parties.find((p) => p.seat === audience.seatId);
  const levels = currentLevels(scenario, state.injects);
  return {
    status: statusOf(scenario, talks, state.clock.time),
    issues: scenario.issues.map((issue) => ({
      id: issue.id,
      title: issue.title,
      description: issue.description ?? null,
      options: issue.options.map((o) => ({ id: o.id, label: o.label, text: o.text ?? null })),
    })),
    parties: scenario.parties.map((p) => ({
      seat: p.seat,
      required: p.required,
      signed: talks.signatures.includes(p.seat),
      walkedOut: talks.walkedOut.includes(p.seat),
      returnBy: returnDeadline(scenario, talks, p.seat),
    })),
    revision: talks.revision,
    clauses: scenario.issues.map((issue) => ({
      issueId: issue.id,
      optionId: talks.clauses[issue.id] ?? null,
      proposedBy: talks.proposedBy[issue.id] ?? null,
      initialledBy: talks.initials[issue.id] ?? [],
      eu: euConsentOf(scenario, talks, issue.id, state.clock.time, Object.keys(state.seats)),
      nac: nacConsentOf(state, issue.id),
    })),
    changes: talks.changes,
    signedAt: talks.signedAt,
    progress: progressOf(scenario, talks),
    own: mine && !audience.isControl ? dossier(mine) : null,
    dossiers: audience.isControl ? scenario.parties.map(dossier) : [],
    currents: scenario.currents.map((c) => ({
      id: c.id,
      label: c.label,
      description: c.description ?? null,
      level: levels[c.id] ?? c.start,
      start: c.start,
    })),
    tracks: scenario.tracks
      .filter((t) => audience.isControl || (audience.seatId !== null && t.members.includes(audience.seatId)))
      .map((t) => ({ id: t.id, name: t.name, members: t.members, note: t.note ?? null })),
    implementation: implementationView(state, audience),
    front: frontView(state, levels),
    spending: spendingView(state),
    reopenings: talks.reopenings,
    history: audience.isControl ? talks.history : null,
    map: ceasefireMapView(state),
    signing: mine && !audience.isControl ? { blockedBy: signBlockOf(state, mine.seat) } : null,
  };
}

/** An undetected breach is known only to the party that committed it, and to Control. */
function implementationView(state: ExerciseState, audience: Audience): ImplementationView | null {
  const rules = state.scenario.negotiation?.implementation;
  const talks = state.negotiation;
  if (!rules || !talks?.signedAt) return null;
  const { turns, violations } = talks.implementation;
  const monitoring = monitoringOf(rules, talks.clauses);
  const seen = violations.filter((v) => v.detected || audience.isControl || v.by === audience.seatId);
  return {
    turns,
    // Counted from the breaches the reader knows of: a turn with an unseen breach held, as far as it knows.
    turnsHeld: turns - new Set(seen.map((v) => v.turn)).size,
    violations: seen,
    monitoring: monitoring && { issueId: monitoring.issueId, optionId: monitoring.optionId },
    detectionChance: detectionChance(rules, talks.clauses),
    // Counted from detected breaches only: public to every seat.
    seriousBreaches: seriousSinceSignature(talks),
    reopenAfter: rules.reopenAfterSerious ?? null,
  };
}

function frontView(state: ExerciseState, levels: Readonly<Record<string, number>>): FrontView | null {
  const scenario = state.scenario.negotiation;
  const front = scenario?.front;
  const talks = state.negotiation;
  if (!scenario || !front || !talks) return null;
  return {
    attacker: front.attacker,
    defender: front.defender,
    sectors: Object.fromEntries(
      front.sectors.map((s) => [s.id, { shiftKm: talks.front[s.id] ?? 0, label: s.label }]),
    ),
    frozen: talks.signedAt !== null,
    leverage: {
      label: front.leverage.label,
      level: leverageLevel(scenario, talks.front, levels) ?? front.leverage.start,
      start: front.leverage.start,
    },
  };
}

function spendingView(state: ExerciseState): SpendingView | null {
  const rules = state.scenario.negotiation?.spending;
  const spending = state.negotiation?.spending;
  if (!rules || !spending) return null;
  const year = spendingYear(rules, spending.turns);
  const { onTrack } = tiersOf(rules, spending.levels, year);
  return {
    year,
    target: rules.target,
    targetYear: rules.targetYear,
    path: haguePath(rules, year),
    allies: rules.allies.map((a) => ({
      id: a.id,
      label: a.label,
      level: spending.levels[a.id] ?? a.start,
      start: a.start,
      target: a.target ?? rules.target,
      onTrack: onTrack.includes(a.id),
    })),
    twoTier: twoTierOf(rules, spending.levels, year),
  };
}
