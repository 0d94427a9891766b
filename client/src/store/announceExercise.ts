// What changed in the exercise between two views, for the live region: the phase and the clock,
// drafts tabled, silence broken, decisions adopted, injects released.
import { LOCALES, type ExerciseView, type LocalisedText } from '@council/shared';
import type { MessageKey } from '../i18n/en';
import type { Announcement } from './announce';
import { draftName } from '../features/council/draftName';

const say = (key: MessageKey, params: Announcement['params'] = {}): Announcement => ({ key, params });

export function describeExercise(prev: ExerciseView, next: ExerciseView): Announcement[] {
  const out: Announcement[] = [];
  const a = prev.clock;
  const b = next.clock;
  if (a.status !== b.status && b.status === 'paused') out.push(say('announce.paused'));
  else if (a.status !== b.status && b.status === 'ended') out.push(say('announce.ended'));
  else if (a.status === 'paused' && b.status === 'running') out.push(say('announce.resumed'));
  if (b.phase && (a.phase !== b.phase || a.turn !== b.turn) && b.status !== 'ended') {
    out.push(say(`announce.phase.${b.phase}` as MessageKey, { turn: b.turn, time: b.gameTimeLabel }));
  }
  if (a.stepHours !== b.stepHours) out.push(say('announce.step', { hours: b.stepHours }));

  const title = (id: string) => next.council?.catalogue.find((i) => i.id === id)?.title;
  const before = new Map((prev.council?.drafts ?? []).map((d) => [d.id, d]));
  for (const draft of [...(next.council?.drafts ?? [])].reverse()) {
    const old = before.get(draft.id);
    const items = Object.fromEntries(
      LOCALES.map((locale) => [locale, draft.itemIds.map((id) => title(id)?.[locale] ?? id).join(', ')]),
    ) as Record<keyof LocalisedText, string>;
    if (!old) out.push(say('announce.tabled', { draft: draftName(draft.id), items }));
    else if (old.status !== 'adopted' && draft.status === 'adopted') {
      out.push(
        say(draft.adoptedVia === 'silence' ? 'announce.adoptedSilence' : 'announce.adopted', { items }),
      );
    } else if (old.status === 'silence' && draft.status === 'open') {
      out.push(say('announce.silenceBroken', { draft: draftName(draft.id) }));
    } else if (old.status !== 'silence' && draft.status === 'silence') {
      out.push(say('announce.silence', { draft: draftName(draft.id) }));
    }
  }

  const fired = new Set(prev.injects.filter((i) => i.fired).map((i) => i.id));
  for (const inject of next.injects) {
    if (inject.fired && !fired.has(inject.id)) out.push(say('announce.inject', { title: inject.title }));
  }
  const mentions = next.channels.unreadMentions;
  if (mentions > prev.channels.unreadMentions) out.push(say('announce.mention', { count: mentions }));
  return out;
}
