// The negotiation's rules: who may draft, initial, sign and walk out, and when the rules make a party leave.
import { own } from '../model/lookup';
import type { z } from 'zod';
import { COUNCIL_PHASES, wrongPhase } from '../engine/guards';
import type { DecideContext, ExerciseState } from '../engine/state';
import { reject, type Rejection } from '../protocol/errors';
import { fail, ok, type Result } from '../protocol/result';
import type { NEGOTIATION_COMMANDS } from './commands';
import type { NegotiationEvent } from './events';
import { euConsentOf, participantsNow } from './eu';
import { signBlockOf, signRejection } from './signing';
import { crossedLines } from './measures';
import type { NegotiationScenario } from './schema';
import { requiredParties, statusOf, type NegotiationState } from './state';
import { inEnglish } from '../scenario/text';

export type NegotiationCommand = z.infer<(typeof NEGOTIATION_COMMANDS)[number]>;

interface Table {
  readonly scenario: NegotiationScenario;
  readonly talks: NegotiationState;
}

function tableOf(state: ExerciseState): Table | Rejection {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  if (!scenario || !talks) return reject('NO_NEGOTIATION', 'This scenario has no negotiation.');
  const status = statusOf(scenario, talks, state.clock.time);
  if (status === 'signed') return reject('DEAL_SIGNED', 'The deal is signed: its text can no longer change.');
  if (status === 'collapsed')
    return reject(
      'TALKS_COLLAPSED',
      'A required party walked out and did not return in time: the talks have collapsed.',
    );
  return { scenario, talks };
}

/** The party the actor plays, at the table or not. */
function seatedParty(table: Table, ctx: DecideContext): string | Rejection {
  const seat = ctx.actor.seatId;
  if (!seat || !table.scenario.parties.some((p) => p.seat === seat)) {
    return reject('NOT_A_PARTY', 'Only a party to the talks can do this.');
  }
  return seat;
}

/** The party the actor plays, still at the table. */
function partyOf(state: ExerciseState, table: Table, ctx: DecideContext): string | Rejection {
  const seat = seatedParty(table, ctx);
  if (typeof seat !== 'string') return seat;
  if (table.talks.walkedOut.includes(seat)) {
    return reject('WALKED_OUT', 'Your party has left the talks: return to them first.');
  }
  return seat;
}

function checkOption(scenario: NegotiationScenario, issueId: string, optionId: string): Rejection | null {
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (!issue)
    return reject('NO_SUCH_CLAUSE', `There is no issue "${issueId}" on the table.`, {
      reason: 'unknownIssue',
      issueId,
    });
  if (!issue.options.some((o) => o.id === optionId)) {
    return reject('NO_SUCH_OPTION', `"${optionId}" is not an option for ${inEnglish(issue.title)}.`, {
      reason: 'notAnOption',
      optionId,
      issue: issue.title,
    });
  }
  return null;
}

/** Parties the rules walk out: unplayed ones, or those the scenario says leave, whose red line the text crosses. */
function walkOuts(
  state: ExerciseState,
  table: Table,
  clauses: Readonly<Record<string, string>>,
  ctx: DecideContext,
): NegotiationEvent[] {
  return table.scenario.parties.flatMap((party): NegotiationEvent[] => {
    if (table.talks.walkedOut.includes(party.seat)) return [];
    const playedByRules = own(state.seats, party.seat) === undefined;
    if (!playedByRules && !party.walksOutOnRedLine) return [];
    const [first] = crossedLines(table.scenario, party, clauses);
    if (!first) return [];
    return [
      {
        type: 'negotiationWalkedOut',
        party: party.seat,
        redLine: { issueId: first.issueId, optionId: first.optionId },
        reason: null,
        gameTime: state.clock.time,
        at: ctx.now,
      },
    ];
  });
}

/**
 * Unplayed parties the rules walked out over a red line, which the new text no longer crosses: the
 * rules bring them back, as they made them leave.
 */
function returns(
  state: ExerciseState,
  table: Table,
  clauses: Readonly<Record<string, string>>,
  ctx: DecideContext,
): NegotiationEvent[] {
  return table.scenario.parties.flatMap((party): NegotiationEvent[] => {
    const walkout = own(table.talks.walkouts, party.seat);
    if (!walkout?.redLine || own(state.seats, party.seat) !== undefined) return [];
    if (crossedLines(table.scenario, party, clauses).length > 0) return [];
    return [
      {
        type: 'negotiationReturned',
        party: party.seat,
        byRules: true,
        gameTime: state.clock.time,
        at: ctx.now,
      },
    ];
  });
}

/**
 * The convener takes an EU-money clause ahead without the member states that have not consented:
 * allowed for the clauses the scenario names, when enough states remain (TEU art. 20: nine), and
 * in force only once the Council authorises it. The convener's seat sends it; Control does while
 * nobody holds that seat.
 */
function invokeEnhancedCooperation(
  state: ExerciseState,
  table: Table,
  issueId: string,
  ctx: DecideContext,
): Result<NegotiationEvent[]> {
  const { scenario, talks } = table;
  const eu = scenario.eu;
  const convener = eu?.convener;
  let by: string | null = null;
  if (ctx.actor.isControl) {
    if (convener && own(state.seats, convener) !== undefined) {
      return fail(
        reject('NOT_YOUR_PARTY', 'The Union’s seat is held: its player invokes enhanced cooperation.', {
          reason: 'euSeatHeld',
        }),
      );
    }
  } else {
    const party = partyOf(state, table, ctx);
    if (typeof party !== 'string') return fail(party);
    if (party !== convener) {
      return fail(
        reject('NOT_YOUR_PARTY', 'Only the party that speaks for the Union can do this.', {
          reason: 'notEu',
        }),
      );
    }
    by = party;
  }
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (!issue)
    return fail(
      reject('NO_SUCH_CLAUSE', `The talks have no issue "${issueId}".`, { reason: 'unknownIssue', issueId }),
    );
  if (!eu || !eu.issues.includes(issueId)) {
    return fail(
      reject('NOT_EU_MONEY', `"${issueId}" is not a clause that spends EU money.`, {
        reason: 'notEuMoney',
        issue: issue.title,
      }),
    );
  }
  const rules = eu.enhancedCooperation;
  if (!rules?.issues.includes(issueId)) {
    return fail(
      reject(
        'NOT_EU_MONEY',
        `${inEnglish(issue.title)} needs every member’s consent: enhanced cooperation is not allowed.`,
        { reason: 'unanimity', issue: issue.title },
      ),
    );
  }
  const optionId = own(talks.clauses, issueId);
  if (optionId === undefined) {
    return fail(
      reject('NO_SUCH_CLAUSE', `The draft has no clause on ${inEnglish(issue.title)}.`, {
        reason: 'notDrafted',
        issue: issue.title,
      }),
    );
  }
  const gameTime = state.clock.time;
  const consent = euConsentOf(scenario, talks, issueId, gameTime);
  if (consent?.via === 'unanimity') {
    return fail(
      reject('ALREADY_DONE', `Every EU member has consented to ${inEnglish(issue.title)}.`, {
        reason: 'euConsented',
        issue: issue.title,
      }),
    );
  }
  if (consent?.enhanced) {
    return fail(
      reject('ALREADY_DONE', `Enhanced cooperation is already invoked on ${inEnglish(issue.title)}.`, {
        reason: 'enhancedInvoked',
        issue: issue.title,
      }),
    );
  }
  const participants = participantsNow(scenario, talks, issueId);
  if (participants < rules.minimumMembers) {
    return fail(
      reject(
        'TOO_FEW_MEMBERS',
        `Only ${participants} member states would take part; enhanced cooperation needs ${rules.minimumMembers}.`,
        { reason: 'members', participants, minimum: rules.minimumMembers },
      ),
    );
  }
  const effectiveAt = new Date(Date.parse(gameTime) + rules.authorisationHours * 3_600_000).toISOString();
  return ok([
    {
      type: 'negotiationEnhancedCooperation',
      by,
      issueId,
      optionId,
      participants,
      exempt: consent?.missing ?? [],
      effectiveAt,
      gameTime,
      at: ctx.now,
    },
  ]);
}

export function decideNegotiation(
  state: ExerciseState,
  command: NegotiationCommand,
  ctx: DecideContext,
): Result<NegotiationEvent[]> {
  const phase = wrongPhase(state, COUNCIL_PHASES, 'negotiate');
  if (phase) return fail(phase);
  const table = tableOf(state);
  if ('code' in table) return fail(table);
  const { scenario, talks } = table;
  const gameTime = state.clock.time;
  const at = ctx.now;
  const drafter = (): string | null | Rejection => (ctx.actor.isControl ? null : partyOf(state, table, ctx));

  switch (command.type) {
    case 'proposeDraft': {
      const by = drafter();
      if (by !== null && typeof by !== 'string') return fail(by);
      for (const [issueId, optionId] of Object.entries(command.clauses)) {
        const bad = checkOption(scenario, issueId, optionId);
        if (bad) return fail(bad);
      }
      const clauses = Object.fromEntries(
        scenario.issues.flatMap((i) => {
          const optionId = own(command.clauses, i.id);
          return optionId ? [[i.id, optionId]] : [];
        }),
      ) as Record<string, string>;
      const revision = talks.revision + 1;
      return ok([
        { type: 'negotiationDraftProposed', by, revision, clauses, gameTime, at },
        ...returns(state, table, clauses, ctx),
        ...walkOuts(state, table, clauses, ctx),
      ]);
    }
    case 'amendClause': {
      const by = drafter();
      if (by !== null && typeof by !== 'string') return fail(by);
      const bad = checkOption(scenario, command.issueId, command.optionId);
      if (bad) return fail(bad);
      if (talks.revision === 0) return fail(reject('NO_DRAFT', 'Propose a draft before amending it.'));
      if (own(talks.clauses, command.issueId) === command.optionId) {
        return fail(reject('ALREADY_DONE', 'The clause already reads so.', { reason: 'clauseReads' }));
      }
      const clauses = { ...talks.clauses, [command.issueId]: command.optionId };
      return ok([
        {
          type: 'negotiationClauseAmended',
          by,
          revision: talks.revision + 1,
          issueId: command.issueId,
          optionId: command.optionId,
          gameTime,
          at,
        },
        ...returns(state, table, clauses, ctx),
        ...walkOuts(state, table, clauses, ctx),
      ]);
    }
    case 'initialClause': {
      const party = partyOf(state, table, ctx);
      if (typeof party !== 'string') {
        return fail(
          ctx.actor.isControl
            ? reject('NOT_YOUR_PARTY', 'Only a party initials its own clauses.', { reason: 'initialOwn' })
            : party,
        );
      }
      if (command.party !== undefined && command.party !== party) {
        return fail(
          reject('NOT_YOUR_PARTY', 'A party initials clauses for itself only.', { reason: 'initialSelf' }),
        );
      }
      if (
        !scenario.issues.some((i) => i.id === command.issueId) ||
        own(talks.clauses, command.issueId) === undefined
      ) {
        return fail(
          reject('NO_SUCH_CLAUSE', `The draft has no clause on "${command.issueId}".`, {
            reason: 'unknownIssue',
            issueId: command.issueId,
          }),
        );
      }
      if ((own(talks.initials, command.issueId) ?? []).includes(party)) {
        return fail(
          reject('ALREADY_DONE', 'You have already initialled this clause.', { reason: 'initialled' }),
        );
      }
      return ok([
        {
          type: 'negotiationClauseInitialled',
          party,
          revision: talks.revision,
          issueId: command.issueId,
          gameTime,
          at,
        },
      ]);
    }
    case 'signDraft': {
      const party = partyOf(state, table, ctx);
      if (typeof party !== 'string') return fail(party);
      const block = signBlockOf(state, party);
      if (block) return fail(signRejection(state, block));
      const required = requiredParties(scenario);
      const events: NegotiationEvent[] = [
        { type: 'negotiationDraftSigned', party, revision: talks.revision, gameTime, at },
      ];
      const signed = [...talks.signatures, party];
      if (required.every((p) => signed.includes(p))) {
        events.push({ type: 'negotiationDealSigned', revision: talks.revision, gameTime, at });
      }
      return ok(events);
    }
    case 'walkOut': {
      const party = partyOf(state, table, ctx);
      if (typeof party !== 'string') return fail(party);
      return ok([
        { type: 'negotiationWalkedOut', party, redLine: null, reason: command.reason ?? null, gameTime, at },
      ]);
    }
    case 'invokeEnhancedCooperation':
      return invokeEnhancedCooperation(state, table, command.issueId, ctx);
    case 'returnToTalks': {
      if (ctx.actor.isControl) {
        return fail(
          reject('NOT_YOUR_PARTY', 'A party returns to the talks for itself only.', { reason: 'returnSelf' }),
        );
      }
      const party = seatedParty(table, ctx);
      if (typeof party !== 'string') return fail(party);
      if (!talks.walkedOut.includes(party)) {
        return fail(reject('ALREADY_DONE', 'Your party is at the table.', { reason: 'atTable' }));
      }
      return ok([{ type: 'negotiationReturned', party, byRules: false, gameTime, at }]);
    }
  }
}
