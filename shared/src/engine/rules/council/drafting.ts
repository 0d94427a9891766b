// The chair's drafting: table a draft or a package, amend (a revision supersedes), withdraw.
import { own } from '../../../model/lookup';
import { reject, type Rejection } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import { blockersOf, isLive, liveDraftWith } from '../../../council/consensus';
import { catalogueItem } from '../../../council/items';
import { defaultText, tableDraft as table } from '../../../council/table';
import type { CommandOf } from '../../commands';
import { emitter } from '../../emit';
import type { GameEvent } from '../../events';
import { COUNCIL_PHASES, notChair, wrongPhase } from '../../guards';
import type { DecideContext, Draft, ExerciseState } from '../../state';
import { inEnglish } from '../../../scenario/text';

type Outcome = Result<GameEvent[]>;

export function tableDraft(
  state: ExerciseState,
  command: CommandOf<'tableDraft'>,
  ctx: DecideContext,
): Outcome {
  const problem = chairing(state, ctx, 'table a draft') ?? itemsProblem(state, command.itemIds, null);
  if (problem) return fail(problem);
  const b = emitter(state);
  const text = command.text ?? defaultText(state, command.itemIds);
  table(
    b,
    {
      itemIds: command.itemIds,
      text,
      supersedes: null,
      accommodates: [],
      silenceHours: command.silenceHours,
    },
    ctx.now,
  );
  return ok([...b.events]);
}

export function amendDraft(
  state: ExerciseState,
  command: CommandOf<'amendDraft'>,
  ctx: DecideContext,
): Outcome {
  const problem = chairing(state, ctx, 'amend a draft');
  if (problem) return fail(problem);
  const found = liveDraft(state, command.draftId);
  if (!found.ok) return found;
  const old = found.value;
  const itemIds = command.itemIds ?? old.itemIds;
  const itemProblem = itemsProblem(state, itemIds, old.id);
  if (itemProblem) return fail(itemProblem);
  const unknown = command.accommodates?.find((id) => !own(state.council.allies, id));
  if (unknown)
    return fail(
      reject('NOT_AN_ALLY', `"${unknown}" is not an ally.`, { reason: 'unknown', allyId: unknown }),
    );
  const b = emitter(state);
  const accommodates = command.accommodates ?? blockersOf(state, old);
  table(b, { itemIds, text: command.text ?? old.text, supersedes: old, accommodates }, ctx.now);
  return ok([...b.events]);
}

export function withdrawDraft(
  state: ExerciseState,
  command: CommandOf<'withdrawDraft'>,
  ctx: DecideContext,
): Outcome {
  const problem = chairing(state, ctx, 'withdraw a draft');
  if (problem) return fail(problem);
  const found = liveDraft(state, command.draftId);
  if (!found.ok) return found;
  return ok([{ type: 'draftWithdrawn', draftId: found.value.id, gameTime: state.clock.time, at: ctx.now }]);
}

export function chairing(state: ExerciseState, ctx: DecideContext, what: string): Rejection | null {
  return notChair(state, ctx.actor) ?? wrongPhase(state, COUNCIL_PHASES, what);
}

/** A draft that exists and is still open or under silence. */
export function liveDraft(state: ExerciseState, draftId: string): Result<Draft> {
  const draft = own(state.council.drafts, draftId);
  if (!draft)
    return fail(
      reject('NO_SUCH_DRAFT', `There is no draft "${draftId}".`, { reason: 'unknown', draft: draftId }),
    );
  if (isLive(draft)) return ok(draft);
  const by = draft.status === 'adopted' ? `adopted by ${draft.adoptedVia}` : draft.status;
  return fail(
    reject('DRAFT_CLOSED', `Draft ${draft.id} is closed (${by}).`, {
      reason: 'closed',
      draft: draft.id,
      status: draft.status,
    }),
  );
}

/** Each item exists, is not yet decided, and sits on no other live draft than `replacing`. */
function itemsProblem(
  state: ExerciseState,
  itemIds: readonly string[],
  replacing: string | null,
): Rejection | null {
  for (const id of itemIds) {
    const item = catalogueItem(state, id);
    if (!item)
      return reject('NO_SUCH_ITEM', `The catalogue has no item "${id}".`, { reason: 'unknown', itemId: id });
    if (own(state.council.agenda, id)?.adoptedAt)
      return reject('ITEM_ADOPTED', `"${inEnglish(item.title)}" has already been decided.`, {
        reason: 'decided',
        item: item.title,
      });
    const onTable = liveDraftWith(state, id);
    if (onTable && onTable.id !== replacing) {
      return reject(
        'ITEM_ON_TABLE',
        `"${inEnglish(item.title)}" is already on draft ${onTable.id}; amend that draft instead.`,
        { reason: 'onDraft', item: item.title, draft: onTable.id },
      );
    }
  }
  return null;
}
