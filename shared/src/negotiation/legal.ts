// Negotiation commands worth offering a seat now; `legalCommands` filters them through `decide`.
import type { Command } from '../engine/commands';
import type { Actor, ExerciseState } from '../engine/state';

export function negotiationCandidates(state: ExerciseState, actor: Actor): Command[] {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  if (!scenario || !talks) return [];
  const list: Command[] = [];
  const first = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]?.id ?? '']));
  const last = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options.at(-1)?.id ?? '']));
  list.push({ type: 'proposeDraft', clauses: first }, { type: 'proposeDraft', clauses: last });
  for (const issue of scenario.issues) {
    for (const option of issue.options) {
      if (talks.clauses[issue.id] !== option.id) {
        list.push({ type: 'amendClause', issueId: issue.id, optionId: option.id });
      }
    }
    list.push({ type: 'initialClause', issueId: issue.id });
  }
  for (const issueId of scenario.eu?.enhancedCooperation?.issues ?? []) {
    list.push({ type: 'invokeEnhancedCooperation', issueId });
  }
  list.push({ type: 'signDraft' });
  if (!actor.isControl) {
    list.push({ type: 'walkOut' }, { type: 'returnToTalks' });
  }
  return list;
}
