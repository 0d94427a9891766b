// Names for ids in the talks: issues, options, parties (Control drafts as the mediator).
import type { ExerciseView, NegotiationView } from '@council/shared';
import type { Translate } from '../../i18n';
import { tx } from '../../i18n/scenarioText';

export const issueTitle = (talks: NegotiationView, issueId: string): string =>
  tx(talks.issues.find((i) => i.id === issueId)?.title) || issueId;

export const optionLabel = (talks: NegotiationView, issueId: string, optionId: string): string =>
  tx(talks.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.label) || optionId;

export const partyName = (view: ExerciseView, seatId: string): string =>
  tx(view.seats.find((s) => s.id === seatId)?.label) || seatId;

/** Who drafted a text: a party, or Control as the mediator. */
export const drafterName = (view: ExerciseView, by: string | null, t: Translate): string =>
  by === null ? t('negotiation.mediator') : partyName(view, by);

export const percent = (share: number): number => Math.round(share * 100);
