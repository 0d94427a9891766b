// Whether a party may sign the text now, and if not the first condition missing (ADR 0019). One
// function serves the rule that refuses `signDraft` and the view that disables the Sign button, so
// the button never names a condition already met, nor one the server does not check.
import { COUNCIL_PHASES, wrongPhase } from '../engine/guards';
import type { ExerciseState } from '../engine/state';
import { reject, type Rejection } from '../protocol/errors';
import { euConsentOf } from './eu';
import { nacConsentOf, type NacConsent } from './nato';
import { requiredParties, statusOf } from './state';
import { inEnglish } from '../scenario/text';

/** What stops a party signing, in the order the rule checks it; ids only: the reader's client words it. */
export type SignBlock =
  | { readonly code: 'WRONG_PHASE' | 'DEAL_SIGNED' | 'TALKS_COLLAPSED' | 'WALKED_OUT' | 'ALREADY_DONE' }
  | {
      readonly code: 'DRAFT_INCOMPLETE';
      /** Each clause not ready: undrafted, or the required parties that have not initialled it. */
      readonly clauses: readonly {
        readonly issueId: string;
        readonly drafted: boolean;
        readonly parties: readonly string[];
      }[];
    }
  | { readonly code: 'NO_EU_CONSENT' | 'NO_NAC_CONSENSUS'; readonly issues: readonly string[] };

/** The first condition that stops `party` signing now; null when it may sign. */
export function signBlockOf(state: ExerciseState, party: string): SignBlock | null {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  if (!scenario || !talks) return { code: 'WRONG_PHASE' };
  if (wrongPhase(state, COUNCIL_PHASES, 'sign')) return { code: 'WRONG_PHASE' };
  const status = statusOf(scenario, talks, state.clock.time);
  if (status === 'signed') return { code: 'DEAL_SIGNED' };
  if (status === 'collapsed') return { code: 'TALKS_COLLAPSED' };
  if (talks.walkedOut.includes(party)) return { code: 'WALKED_OUT' };
  if (talks.signatures.includes(party)) return { code: 'ALREADY_DONE' };
  const required = requiredParties(scenario);
  const clauses = scenario.issues.flatMap((issue) => {
    const drafted = talks.clauses[issue.id] !== undefined;
    const initialled = talks.initials[issue.id] ?? [];
    const parties = required.filter((p) => !initialled.includes(p));
    return !drafted || parties.length > 0 ? [{ issueId: issue.id, drafted, parties }] : [];
  });
  if (clauses.length > 0) return { code: 'DRAFT_INCOMPLETE', clauses };
  const withoutUnion = scenario.issues
    .filter((i) => euConsentOf(scenario, talks, i.id, state.clock.time)?.via === null)
    .map((i) => i.id);
  if (withoutUnion.length > 0) return { code: 'NO_EU_CONSENT', issues: withoutUnion };
  const withoutNac = scenario.issues
    .filter((i) => {
      const nac = nacConsentOf(state, i.id);
      return nac !== null && nac.status !== 'adopted';
    })
    .map((i) => i.id);
  if (withoutNac.length > 0) return { code: 'NO_NAC_CONSENSUS', issues: withoutNac };
  return null;
}

/** How the Council stands on a NATO item, for a refusal's message. */
function nacStanding(nac: NacConsent): string {
  switch (nac.status) {
    case 'notTabled':
      return ' (not tabled in the Council)';
    case 'blocked':
      return ` (blocked by ${nac.blockers.map((b) => inEnglish(b.name)).join(', ')})`;
    case 'pending':
      return ` (draft ${nac.draftId} awaits consensus)`;
    case 'adopted':
      return '';
  }
}

/** The refusal `signDraft` answers with: the block's code and a message for people. */
export function signRejection(state: ExerciseState, block: SignBlock): Rejection {
  const scenario = state.scenario.negotiation;
  const label = (issueId: string) => scenario?.issues.find((i) => i.id === issueId)?.title ?? issueId;
  const title = (issueId: string) => inEnglish(label(issueId));
  switch (block.code) {
    case 'WRONG_PHASE':
      return (
        wrongPhase(state, COUNCIL_PHASES, 'sign') ??
        reject('NO_NEGOTIATION', 'This scenario has no negotiation.')
      );
    case 'DEAL_SIGNED':
      return reject('DEAL_SIGNED', 'The deal is signed: its text can no longer change.');
    case 'TALKS_COLLAPSED':
      return reject('TALKS_COLLAPSED', 'The talks have collapsed.');
    case 'WALKED_OUT':
      return reject('WALKED_OUT', 'Your party has left the talks: return to them first.');
    case 'ALREADY_DONE':
      return reject('ALREADY_DONE', 'You have already signed.', { reason: 'signed' });
    case 'DRAFT_INCOMPLETE':
      return reject(
        'DRAFT_INCOMPLETE',
        `Every clause must be drafted and initialled by every required party first (missing: ${block.clauses
          .map((c) => title(c.issueId))
          .join(', ')}).`,
        { reason: 'missing', clauses: block.clauses.map((c) => label(c.issueId)) },
      );
    case 'NO_EU_CONSENT':
      return reject(
        'NO_EU_CONSENT',
        `The Union has not consented to ${block.issues
          .map(title)
          .join(', ')}: every EU member must initial it, or enhanced cooperation must be in force.`,
        { reason: 'issues', issues: block.issues.map(label) },
      );
    case 'NO_NAC_CONSENSUS':
      return reject(
        'NO_NAC_CONSENSUS',
        `The North Atlantic Council has not adopted what the text commits NATO to: ${block.issues
          .map((id) => {
            const nac = nacConsentOf(state, id);
            return nac ? `${title(id)} needs “${inEnglish(nac.title)}”${nacStanding(nac)}` : title(id);
          })
          .join('; ')}.`,
        {
          reason: 'issues',
          issues: block.issues.map(label),
          items: block.issues.flatMap((id) => nacConsentOf(state, id)?.title ?? []),
        },
      );
  }
}
