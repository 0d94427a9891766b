// The negotiation section of a scenario: issues with options, the parties and their secrets (ADR 0008).
import { z } from 'zod';
import { localisedText } from '../scenario/text';
import { id, sourceRefs } from '../scenario/common';
import { checkLineOfContact, LineOfContactSchema } from './lineOfContact';
import { checkReassurance, ReassuranceSchema } from './reassurance';
import { checkWorldReferences, CohesionSchema, FrontSchema, SpendingSchema } from './worldSchema';

export const NegotiationOptionSchema = z.object({
  id,
  label: localisedText(120),
  /** The clause's wording when this option is drafted. */
  text: localisedText(1000).optional(),
  /** A number the option stands for (km, troops, days, € bn), for threshold red lines. */
  value: z.number().optional(),
  /**
   * A catalogue item that commits NATO: a text drafting this option is signed only once the North
   * Atlantic Council has adopted a draft carrying the item (ADR 0008).
   */
  natoItem: id.optional(),
  source: sourceRefs.optional(),
});

export const NegotiationIssueSchema = z.object({
  id,
  title: localisedText(120),
  description: localisedText(1000).optional(),
  options: z.array(NegotiationOptionSchema).min(2).max(12),
  source: sourceRefs,
});

/** An option, or a threshold on the options' values, that must not be in a text the party accepts. */
export const RedLineSchema = z
  .object({
    issue: id,
    options: z.array(id).max(12).optional(),
    /** Crossed by an option whose value is below this. */
    below: z.number().optional(),
    /** Crossed by an option whose value is above this. */
    above: z.number().optional(),
    note: localisedText(500).optional(),
  })
  .refine(
    (line) => (line.options?.length ?? 0) > 0 || line.below !== undefined || line.above !== undefined,
    'a red line names options or a threshold (below / above)',
  );

export const NegotiationPartySchema = z.object({
  /** A seat of kind `party`. */
  seat: id,
  /** Required parties must initial every clause and sign for the deal to be concluded. */
  required: z.boolean().default(true),
  /** Secret: how much the party values each option, 0–10, by issue then option. */
  priorities: z.record(id, z.record(id, z.number().min(0).max(10))).default({}),
  /** Secret: options or thresholds that must not be in a signed text. */
  redLines: z.array(RedLineSchema).default([]),
  /** Secret: walks out when a proposed text crosses a red line even while a person plays it. */
  walksOutOnRedLine: z.boolean().default(false),
  /** Secret: the party's brief in prose. */
  brief: localisedText(2000).optional(),
});

/**
 * Clauses that spend the Union's money. Unanimity: every seated member state must initial them.
 * Enhanced cooperation (TEU art. 20): at least `minimumMembers` states go ahead without the
 * refusers, once the Council has authorised it `authorisationHours` later.
 */
export const EuMoneySchema = z.object({
  /** The party that speaks for the Union and invokes enhanced cooperation. */
  convener: id,
  /** Member states seated as parties: each must consent under unanimity. */
  members: z.array(id).min(1).max(27),
  /** Member states in the Union, seated or not. */
  memberStates: z.number().int().min(2).max(40).default(27),
  /** Member states not at the table that stay out of enhanced cooperation in any case. */
  outsideAbstainers: z.number().int().min(0).max(40).default(0),
  issues: z.array(id).min(1).max(30),
  /** Absent when only unanimity will do. */
  enhancedCooperation: z
    .object({
      issues: z.array(id).min(1).max(30),
      minimumMembers: z.number().int().min(1).max(40).default(9),
      authorisationHours: z.number().int().min(0).max(720).default(24),
    })
    .optional(),
  source: sourceRefs,
});

/** NATO at the talks: the party seat that chairs the North Atlantic Council when a clause needs it. */
export const NatoAtTalksSchema = z.object({
  /** A party seat (the Secretary General) that tables, amends and withdraws the Council's drafts. */
  chair: id,
  source: sourceRefs,
});

/**
 * A mediation or back-channel track the scenario expects (a shuttle, good offices, a coalition's
 * caucus): the drafting table offers its members to open it as a channel in one step.
 */
export const MediationTrackSchema = z.object({
  id,
  name: localisedText(80),
  /** Seats of the scenario; Control reads every channel and is never a member. */
  members: z.array(id).min(2).max(40),
  note: localisedText(500).optional(),
  source: sourceRefs.optional(),
});

/**
 * A political current (US retrenchment, burden shifting to Europe): a public meter, 0–1, that
 * scenario injects move when they fire, and that moves parties' secret priorities as it rises.
 */
export const PoliticalCurrentSchema = z.object({
  id,
  label: localisedText(80),
  description: localisedText(500).optional(),
  /** The meter at the start, 0–1. */
  start: z.number().min(0).max(1),
  /** Injects of the scenario that move the meter when they fire. */
  moves: z
    .array(z.object({ inject: id, delta: z.number().min(-1).max(1) }))
    .min(1)
    .max(20),
  /**
   * Secret: how the meter's rise above its start moves a party's weight for an option, in points
   * per whole meter (the weight stays within 0–10).
   */
  shifts: z
    .array(z.object({ party: id, issue: id, option: id, weight: z.number().min(-10).max(10) }))
    .max(60)
    .default([]),
  source: sourceRefs,
});

/** A signed clause's weight on the ceasefire: how it moves the risk, or how well it detects a breach. */
const ClauseOdds = z.object({ issue: id, option: id, value: z.number().min(-1).max(1) });

/**
 * After signature (ADR 0008): each adjudication rolls whether each party breaks the ceasefire.
 * Its chance is `baseRisk`, moved by the signed clauses and raised by the party's dissatisfaction
 * with the text; the monitoring clause decides whether a breach is detected for all to see.
 */
export const ImplementationSchema = z.object({
  /** Chance per turn that a party breaks the ceasefire, before the clauses move it. */
  baseRisk: z.number().min(0).max(1),
  /** Parties that may break it; each rolls once per turn. */
  violators: z.array(id).min(1).max(20),
  /** How a signed clause moves each violator's chance (negative lowers it). */
  clauseRisk: z.array(ClauseOdds).max(60).default([]),
  /** Chance added per whole point of a violator's dissatisfaction with the text (1 − satisfaction). */
  dissatisfactionRisk: z.number().min(0).max(1).default(0),
  /** Chance a breach is detected when no clause below is in the text. */
  baseDetection: z.number().min(0).max(1).default(0),
  /** Chance a breach is detected when the text drafts this option; the best one counts. */
  detection: z
    .array(ClauseOdds.extend({ value: z.number().min(0).max(1) }))
    .max(20)
    .default([]),
  /** Share of breaches that are serious rather than minor. */
  seriousShare: z.number().min(0).max(1).default(0.3),
  /**
   * Detected serious breaches since signature that reopen the talks: the signatures lapse and the
   * front moves again until the parties sign once more. Absent, breaches never reopen them.
   */
  reopenAfterSerious: z.number().int().min(1).max(50).optional(),
  source: sourceRefs,
});

export const NegotiationScenarioSchema = z.object({
  issues: z.array(NegotiationIssueSchema).min(1).max(30),
  parties: z.array(NegotiationPartySchema).min(2).max(20),
  /**
   * Game hours a required party that walked out has to return before the talks collapse; 0
   * collapses them at once. Default one day: walking out is leverage, staying out ends the talks.
   */
  returnWithinHours: z.number().int().min(0).max(720).default(24),
  /** EU money in the text: unanimity or enhanced cooperation. */
  eu: EuMoneySchema.optional(),
  /** Clauses that commit NATO need the North Atlantic Council's consensus; its chair at the table. */
  nato: NatoAtTalksSchema.optional(),
  /** Mediation and back-channel tracks offered to their members. */
  tracks: z.array(MediationTrackSchema).max(20).default([]),
  /** Political currents: public meters moved by injects, shifting secret priorities. */
  currents: z.array(PoliticalCurrentSchema).max(10).default([]),
  /** Violation risk and monitoring once the deal is signed; absent, a signed deal simply holds. */
  implementation: ImplementationSchema.optional(),
  /** The line of contact drawn on the map, and the demilitarised zone's clause. */
  lineOfContact: LineOfContactSchema.optional(),
  /** The reassurance force's units, sent by the signed text (reassurance.ts). */
  reassurance: ReassuranceSchema.optional(),
  /** The line of contact by sector and the leverage it gives; absent, the front is not modelled. */
  front: FrontSchema.optional(),
  /** The allies' defence-spending paths toward the target and the two-tier meter. */
  spending: SpendingSchema.optional(),
  /** How the Alliance's cohesion follows the two-tier meter and blocked NATO clauses (cohesion.ts). */
  cohesion: CohesionSchema.optional(),
});

export type NegotiationScenario = z.infer<typeof NegotiationScenarioSchema>;
export type NegotiationIssue = z.infer<typeof NegotiationIssueSchema>;
export type NegotiationParty = z.infer<typeof NegotiationPartySchema>;
export type RedLine = z.infer<typeof RedLineSchema>;
export type EuMoney = z.infer<typeof EuMoneySchema>;
export type NatoAtTalks = z.infer<typeof NatoAtTalksSchema>;
export type MediationTrack = z.infer<typeof MediationTrackSchema>;
export type PoliticalCurrent = z.infer<typeof PoliticalCurrentSchema>;
export type Implementation = z.infer<typeof ImplementationSchema>;

type Path = (string | number)[];

interface Shape {
  seats: { id: string; kind: string }[];
  sources: { id: string }[];
  negotiation?: NegotiationScenario | undefined;
  channels?: { backChannels: boolean; adversaries: string[] } | undefined;
  injects?: { id: string }[] | undefined;
  catalogue?: { id: string }[] | undefined;
  allies?: { id: string }[] | undefined;
}

/** Dangling ids in the negotiation section: parties' seats, issues, options, sources. */
export function checkNegotiationReferences(scenario: Shape, ctx: z.RefinementCtx): void {
  const negotiation = scenario.negotiation;
  if (!negotiation) return;
  const issue = (path: Path, message: string) =>
    ctx.addIssue({ code: 'custom', path: ['negotiation', ...path], message });
  const sources = new Set(scenario.sources.map((s) => s.id));
  const cite = (refs: string[] | undefined, path: Path) =>
    refs?.forEach((ref, i) => {
      if (!sources.has(ref)) issue([...path, 'source', i], `no source "${ref}" in sources`);
    });
  const catalogue = new Set((scenario.catalogue ?? []).map((item) => item.id));
  const options = new Map<string, Set<string>>();
  negotiation.issues.forEach((entry, i) => {
    if (options.has(entry.id)) issue(['issues', i, 'id'], `duplicate issue id "${entry.id}"`);
    const ids = new Set<string>();
    entry.options.forEach((option, j) => {
      if (ids.has(option.id)) issue(['issues', i, 'options', j, 'id'], `duplicate option id "${option.id}"`);
      ids.add(option.id);
      cite(option.source, ['issues', i, 'options', j]);
      if (option.natoItem !== undefined && !catalogue.has(option.natoItem))
        issue(['issues', i, 'options', j, 'natoItem'], `no catalogue item "${option.natoItem}"`);
    });
    options.set(entry.id, ids);
    cite(entry.source, ['issues', i]);
  });
  const parties = new Set<string>();
  negotiation.parties.forEach((party, p) => {
    const seat = scenario.seats.find((s) => s.id === party.seat);
    if (!seat) issue(['parties', p, 'seat'], `no seat "${party.seat}"`);
    else if (seat.kind !== 'party') issue(['parties', p, 'seat'], `"${party.seat}" is a ${seat.kind} seat`);
    if (parties.has(party.seat)) issue(['parties', p, 'seat'], `duplicate party "${party.seat}"`);
    parties.add(party.seat);
    for (const [issueId, weights] of Object.entries(party.priorities)) {
      const known = options.get(issueId);
      if (!known) issue(['parties', p, 'priorities', issueId], `no issue "${issueId}"`);
      else
        Object.keys(weights).forEach((optionId) => {
          if (!known.has(optionId))
            issue(['parties', p, 'priorities', issueId, optionId], `no option "${optionId}"`);
        });
    }
    party.redLines.forEach((line, r) => {
      const known = options.get(line.issue);
      if (!known) issue(['parties', p, 'redLines', r, 'issue'], `no issue "${line.issue}"`);
      else
        line.options?.forEach((optionId, o) => {
          if (!known.has(optionId))
            issue(['parties', p, 'redLines', r, 'options', o], `no option "${optionId}"`);
        });
    });
  });
  if (!negotiation.parties.some((party) => party.required))
    issue(['parties'], 'name at least one required party');
  const eu = negotiation.eu;
  if (eu) {
    if (!parties.has(eu.convener)) issue(['eu', 'convener'], `no party "${eu.convener}"`);
    eu.members.forEach((m, i) => {
      if (!parties.has(m)) issue(['eu', 'members', i], `no party "${m}"`);
    });
    const euIssues = new Set(eu.issues);
    eu.issues.forEach((id, i) => {
      if (!options.has(id)) issue(['eu', 'issues', i], `no issue "${id}"`);
    });
    eu.enhancedCooperation?.issues.forEach((id, i) => {
      if (!euIssues.has(id)) issue(['eu', 'enhancedCooperation', 'issues', i], `"${id}" is not in eu.issues`);
    });
    if (eu.members.length + eu.outsideAbstainers > eu.memberStates)
      issue(['eu', 'memberStates'], 'fewer member states than members and abstainers');
    cite(eu.source, ['eu']);
  }
  const natoClauses = negotiation.issues.some((i) => i.options.some((o) => o.natoItem !== undefined));
  if (natoClauses && (scenario.allies ?? []).length === 0)
    issue(['issues'], 'options that commit NATO need the allies of the North Atlantic Council (allies)');
  if (negotiation.nato) {
    if (!parties.has(negotiation.nato.chair))
      issue(['nato', 'chair'], `no party "${negotiation.nato.chair}"`);
    cite(negotiation.nato.source, ['nato']);
  }
  if (negotiation.cohesion) cite(negotiation.cohesion.source, ['cohesion']);
  const trackIds = new Set<string>();
  negotiation.tracks.forEach((track, t) => {
    if (trackIds.has(track.id)) issue(['tracks', t, 'id'], `duplicate track id "${track.id}"`);
    trackIds.add(track.id);
    track.members.forEach((m, i) => {
      const seat = scenario.seats.find((s) => s.id === m);
      if (!seat) issue(['tracks', t, 'members', i], `no seat "${m}"`);
      else if (seat.kind === 'control' || seat.kind === 'observer')
        issue(['tracks', t, 'members', i], `a ${seat.kind} seat is never a channel member`);
    });
    if (new Set(track.members).size !== track.members.length)
      issue(['tracks', t, 'members'], 'duplicate members');
    // A track joining the adversary with anyone else is a back-channel: the scenario must allow them.
    const enemy = new Set([
      ...scenario.seats.filter((s) => s.kind === 'red').map((s) => s.id),
      ...(scenario.channels?.adversaries ?? []),
    ]);
    const joinsEnemy = track.members.some((m) => enemy.has(m)) && track.members.some((m) => !enemy.has(m));
    if (joinsEnemy && !scenario.channels?.backChannels)
      issue(['tracks', t, 'members'], 'a track with the adversary needs channels.backChannels');
    cite(track.source, ['tracks', t]);
  });
  const injects = new Set((scenario.injects ?? []).map((i) => i.id));
  negotiation.currents.forEach((current, c) => {
    current.moves.forEach((move, m) => {
      if (!injects.has(move.inject))
        issue(['currents', c, 'moves', m, 'inject'], `no inject "${move.inject}"`);
    });
    current.shifts.forEach((shift, s) => {
      const path = ['currents', c, 'shifts', s];
      if (!parties.has(shift.party)) issue([...path, 'party'], `no party "${shift.party}"`);
      const known = options.get(shift.issue);
      if (!known) issue([...path, 'issue'], `no issue "${shift.issue}"`);
      else if (!known.has(shift.option)) issue([...path, 'option'], `no option "${shift.option}"`);
    });
    cite(current.source, ['currents', c]);
  });
  const implementation = negotiation.implementation;
  if (implementation) {
    implementation.violators.forEach((v, i) => {
      if (!parties.has(v)) issue(['implementation', 'violators', i], `no party "${v}"`);
    });
    for (const key of ['clauseRisk', 'detection'] as const)
      implementation[key].forEach((odds, i) => {
        const known = options.get(odds.issue);
        if (!known) issue(['implementation', key, i, 'issue'], `no issue "${odds.issue}"`);
        else if (!known.has(odds.option))
          issue(['implementation', key, i, 'option'], `no option "${odds.option}"`);
      });
    cite(implementation.source, ['implementation']);
  }
  for (const key of ['lineOfContact', 'reassurance'] as const) {
    if (!negotiation[key]) continue;
    const report = (path: Path, message: string) => issue([key, ...path], message);
    const citeIn = (refs: string[] | undefined, path: Path) => cite(refs, [key, ...path]);
    if (key === 'lineOfContact') checkLineOfContact(negotiation.lineOfContact!, options, report, citeIn);
    else checkReassurance(negotiation.reassurance!, options, report, citeIn);
  }
  checkWorldReferences(
    negotiation.front,
    negotiation.spending,
    {
      parties,
      options,
      currents: new Set(negotiation.currents.map((c) => c.id)),
      injects,
      cite,
    },
    issue,
  );
}
