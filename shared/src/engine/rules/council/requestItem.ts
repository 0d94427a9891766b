// An ally (or SACEUR, asking for authority) puts a catalogue item on the Council's agenda.
import { own } from '../../../model/lookup';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import { catalogueItem } from '../../../council/items';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import { REQUEST_PHASES, wrongPhase } from '../../guards';
import type { DecideContext, ExerciseState } from '../../state';
import { inEnglish } from '../../../scenario/text';

export function requestItem(
  state: ExerciseState,
  command: CommandOf<'requestItem'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const seat = state.scenario.seats.find((s) => s.id === ctx.actor.seatId);
  if (!seat || (seat.kind !== 'ally' && seat.kind !== 'saceur')) {
    return fail(
      reject('NOT_ON_THE_COUNCIL', 'Only an ally delegation or SACEUR can ask the Council to decide.'),
    );
  }
  const phase = wrongPhase(state, REQUEST_PHASES, 'raise an item');
  if (phase) return fail(phase);
  const item = catalogueItem(state, command.itemId);
  if (!item)
    return fail(
      reject('NO_SUCH_ITEM', `The catalogue has no item "${command.itemId}".`, {
        reason: 'unknown',
        itemId: command.itemId,
      }),
    );
  if (own(state.council.agenda, item.id)?.adoptedAt) {
    return fail(
      reject('ITEM_ADOPTED', `"${inEnglish(item.title)}" has already been decided.`, {
        reason: 'decided',
        item: item.title,
      }),
    );
  }
  return ok([
    {
      type: 'itemRequested',
      itemId: item.id,
      seatId: seat.id,
      note: command.note ?? null,
      gameTime: state.clock.time,
      at: ctx.now,
    },
  ]);
}
