// Which regions a seat gets, in what order, and which one it lands on.
import type { ExerciseView } from '@council/shared';
import type { ExerciseTab } from '../../store';

export function tabsFor(view: ExerciseView): ExerciseTab[] {
  const tabs: ExerciseTab[] = [];
  if (view.you.isControl) tabs.push('console');
  if (view.council) tabs.push('council');
  if (view.negotiation) tabs.push('negotiation');
  tabs.push('situation', 'map', 'channels', 'seats');
  // Every seat reviews its own view; Control, and every seat once unlocked, the full record.
  if (view.you.isControl || view.you.seatId) tabs.push('review');
  return tabs;
}

/** Before the start everyone looks at the seats (Control projects the join code from there). */
export function landingTab(view: ExerciseView): ExerciseTab {
  if (view.clock.status === 'lobby') return 'seats';
  if (view.you.isControl) return 'console';
  // At ceasefire talks the parties that are allies also sit on the Council: the table comes first.
  if (view.negotiation) return 'negotiation';
  return view.council ? 'council' : 'situation';
}

export function currentTab(view: ExerciseView, chosen: ExerciseTab | null): ExerciseTab {
  return chosen && tabsFor(view).includes(chosen) ? chosen : landingTab(view);
}
