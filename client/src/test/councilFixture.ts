// A running exercise with a Council in session, for the exercise, council and console tests.
import type { CatalogueItemView, CouncilView, DraftAllyView, DraftView, ExerciseView } from '@council/shared';
import { makeView } from './fakeTransport';
import { verbatim } from '@council/shared';

const T0 = '2026-03-01T06:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

const item = (id: string, title: string, extra: Partial<CatalogueItemView> = {}): CatalogueItemView => ({
  id,
  title: verbatim(title),
  text: verbatim(`The Council decides: ${title}.`),
  effects: [],
  public: true,
  agenda: null,
  draftId: null,
  ...extra,
});

const ally = (allyId: string, extra: Partial<DraftAllyView> = {}): DraftAllyView => ({
  allyId,
  status: 'instructed',
  position: null,
  ...extra,
});

/** d2 (revision of d1) is open on the VJTF; d1 was superseded; Article 4 was adopted. */
/** The Council as a reader sees it; `youChair` as the server's rule would work it out for the reader. */
export function makeCouncil(youChair = false, youAlly: string | null = null): CouncilView {
  const d2: DraftView = {
    id: 'd2',
    revision: 2,
    supersedes: 'd1',
    itemIds: ['deploy-vjtf', 'waive-permits'],
    text: 'The Council authorises SACEUR to deploy the VJTF to Estonia and waives movement permits.',
    status: 'open',
    tabledAt: at(12),
    silenceDeadline: null,
    adoptedAt: null,
    adoptedVia: null,
    accommodates: ['fra'],
    blockers: ['tur'],
    allies: [
      ally('usa', { status: 'positioned', position: pos('support', null, at(14), 'delegation') }),
      ally('est', { status: 'instructed', instructionsAt: at(15) }),
      ally('fra', {
        status: 'positioned',
        position: pos(
          'supportWithReservation',
          'France reads "deploy" as within 30 days.',
          at(16),
          'capital',
        ),
      }),
      ally('tur', {
        status: 'positioned',
        position: pos('requestAmendment', 'Name the PKK as a threat too.', at(17), 'capital'),
      }),
      ally('hun', { status: 'awaitingInstructions' }),
    ],
  };
  const d1: DraftView = {
    ...d2,
    id: 'd1',
    revision: 1,
    supersedes: null,
    itemIds: ['deploy-vjtf'],
    text: 'The Council authorises SACEUR to deploy the VJTF.',
    status: 'superseded',
    tabledAt: at(6),
    accommodates: [],
    blockers: ['fra'],
    allies: d2.allies.map((a) => ({ allyId: a.allyId, status: 'awaitingInstructions', position: null })),
  };
  return {
    allies: [
      { id: 'usa', name: verbatim('United States'), nation: 'USA', playable: true, automated: true },
      { id: 'est', name: verbatim('Estonia'), nation: 'EST', playable: true, automated: false },
      { id: 'fra', name: verbatim('France'), nation: 'FRA', playable: false, automated: true },
      { id: 'tur', name: verbatim('Türkiye'), nation: 'TUR', playable: false, automated: true },
      { id: 'hun', name: verbatim('Hungary'), nation: 'HUN', playable: false, automated: true },
    ],
    catalogue: [
      item('article-4', 'Article 4 consultations', {
        effects: [
          { kind: 'flag', flag: 'article4Consultations', value: true },
          { kind: 'measure', measure: 'cohesion', delta: 3 },
        ],
        agenda: { raisedAt: at(0), raisedBy: 'est', adoptedAt: at(7), latencyHours: 7 },
      }),
      item('deploy-vjtf', 'Deploy the VJTF', {
        effects: [{ kind: 'flag', flag: 'vjtfAuthorised', value: true }],
        agenda: { raisedAt: at(2), raisedBy: 'saceur', adoptedAt: null, latencyHours: null },
        draftId: 'd2',
      }),
      item('waive-permits', 'Waive movement permits', {
        effects: [{ kind: 'allyDisposition', ally: 'hun', item: 'deploy-vjtf', delta: -0.2 }],
        agenda: { raisedAt: at(12), raisedBy: null, adoptedAt: null, latencyHours: null },
        draftId: 'd2',
      }),
      item('public-statement', 'Council statement', {
        effects: [{ kind: 'measure', measure: 'deterrenceCredibility', delta: 2 }],
      }),
      item('article-5', 'Invoke Article 5'),
    ],
    drafts: [d2, d1],
    chair: { seatId: 'secgen', held: false, youChair },
    youAlly,
  };
}

function pos(
  position: NonNullable<DraftAllyView['position']>['position'],
  text: string | null,
  atTime: string,
  source: 'delegation' | 'capital' | 'control',
): DraftAllyView['position'] {
  return { position, text, phrase: null, at: atTime, source };
}

/** The exercise in turn 2's consultation phase, as the given seat (or Control) sees it. */
export function makeRunningView(you: ExerciseView['you'], over: Partial<ExerciseView> = {}): ExerciseView {
  const base = makeView();
  return makeView({
    you,
    seats: base.seats.map((s) =>
      s.id === you.seatId ? { ...s, holder: { displayName: 'Me' }, connected: true } : s,
    ),
    clock: {
      status: 'running',
      phase: 'consultation',
      turn: 2,
      gameTime: at(12),
      gameTimeLabel: 'D+0 18:00',
      stepHours: 12,
      phaseEndsAt: new Date(Date.now() + 245_000).toISOString(),
      remainingSeconds: null,
      hotwash: false,
    },
    situation: verbatim('Russian forces mass on the Baltic borders.'),
    // Nobody holds the Secretary General's seat unless the reader does: Control chairs then.
    council: makeCouncil(
      you.isControl || you.seatId === 'secgen',
      ['usa', 'est', 'fra', 'tur', 'hun'].includes(you.seatId ?? '') ? you.seatId : null,
    ),
    ...over,
  });
}

export const gameHour = at;
