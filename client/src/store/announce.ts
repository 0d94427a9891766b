// What changed between two views, as sentences for the screen-reader live region.
import type { ExerciseView } from '@council/shared';
import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/translate';
import { describeExercise } from './announceExercise';

export interface Announcement {
  readonly key: MessageKey;
  readonly params: Params;
}

export function describeChanges(prev: ExerciseView | null, next: ExerciseView): Announcement[] {
  if (!prev || prev.exerciseId !== next.exerciseId) return [];
  const out: Announcement[] = [];
  const before = new Map(prev.seats.map((s) => [s.id, s]));
  const mine = next.you.seatId;
  if (mine !== prev.you.seatId) {
    const label = next.seats.find((s) => s.id === mine)?.label;
    out.push(
      label
        ? { key: 'announce.youHold', params: { seat: label } }
        : { key: 'announce.youReleased', params: {} },
    );
  }
  for (const seat of next.seats) {
    const old = before.get(seat.id)?.holder ?? null;
    if (seat.id === mine || seat.id === prev.you.seatId) continue; // already said above
    if (seat.holder && seat.holder.displayName !== old?.displayName) {
      out.push({ key: 'announce.claimed', params: { name: seat.holder.displayName, seat: seat.label } });
    } else if (!seat.holder && old) {
      out.push({ key: 'announce.released', params: { seat: seat.label } });
    }
  }
  out.push(...describeExercise(prev, next));
  return out;
}
