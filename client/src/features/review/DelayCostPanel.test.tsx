// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurvePoint, DelayCost, Sensitivity } from '@council/shared';
import { saveControlKey } from '../../store/persist';
import { useStore } from '../../store';
import { resetStore } from '../../test/fakeTransport';
import { DelayCostPanel } from './DelayCostPanel';

const point = (x: number, riga: number): CurvePoint => ({
  x,
  runs: 4,
  held: { riga: { d7: riga, d14: riga, d28: riga } },
  groundHeld: 0.5,
  arrival: {},
  losses: { nato: 1, red: 1 },
});
const POINTS = [point(47, 0.41), point(71, 0.12), point(95, 0.1)];
const TORNADO: Sensitivity = {
  outcome: 'riga-held-d14',
  baseline: 0.12,
  bars: [
    {
      key: 'red-competence',
      low: { value: 1.2, outcome: 0.05 },
      high: { value: 0.5, outcome: 0.6 },
      span: 0.55,
    },
    {
      key: 'reinforcement-speed',
      low: { value: 0.5, outcome: 0.1 },
      high: { value: 2, outcome: 0.15 },
      span: 0.05,
    },
  ],
  interaction: null,
};
const RESULT: DelayCost = {
  decisionHour: 71,
  adopted: [],
  points: POINTS,
  runs: 4,
  curve: {
    scenario: 'baltic-tripwire',
    variant: '2016',
    plan: 'this-council',
    seeds: 4,
    days: 28,
    incursionHour: 0,
    sweep: { key: 'decision-hour', values: [47, 71, 95] },
    assumptions: [{ key: 'red-competence', value: 1, default: 1, source: ['rand-rra2031'] }],
    clocks: [],
    points: POINTS,
    knee: null,
  },
  sensitivity: {
    seeds: 1,
    fromHour: 0,
    decisionHour: 71,
    threshold: 0.1,
    tornadoes: [TORNADO],
    dependencies: [
      { outcome: 'riga-held-d14', baseline: 0.12, dependsOn: [{ key: 'red-competence', span: 0.55 }] },
      { outcome: 'ground-held', baseline: 0.5, dependsOn: [] },
    ],
    settled: [],
  },
  headline: { outcome: 'riga-held-d14', earlierHour: 47, earlier: 0.41, actual: 0.12 },
};
const job = (done: number, finished = false) => ({
  id: 'job-1',
  status: finished ? 'done' : 'running',
  done,
  total: 4,
  stoppedEarly: false,
  result: finished ? RESULT : null,
  message: null,
});

const fetchMock = vi.fn();
beforeEach(() => {
  resetStore();
  saveControlKey('ABC234', 'the-key');
  let polls = 0;
  fetchMock.mockReset();
  fetchMock.mockImplementation((url: string, init?: RequestInit) => {
    // Nothing stored yet: the panel asks once on opening.
    if (url.endsWith('/review/delay-cost'))
      return Promise.resolve(new Response(JSON.stringify({ analysis: null }), { status: 200 }));
    const body =
      init?.method === 'POST'
        ? {
            ...job(0),
            assumptions: [{ key: 'red-competence', value: 1, default: 1, source: ['rand-rra2031'] }],
            clocks: [
              {
                id: 'eastern-sentry-2025',
                clock: 'measureAgreed',
                hours: 48,
                label: { en: 'Measure agreed: Eastern Sentry', fr: 'Mesure adoptée : Eastern Sentry' },
                source: ['poland-2025'],
              },
            ],
          }
        : job(++polls * 2, polls >= 2);
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: init?.method === 'POST' ? 202 : 200 }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('what your Council’s delay cost', () => {
  it('starts the analysis on the server, shows its progress, then the headline, the curve, the clocks and the assumptions', async () => {
    render(<DelayCostPanel code="ABC234" />);
    // Control chooses how many runs a decision hour (the server's default is 200).
    fireEvent.change(screen.getByLabelText('Runs a decision hour'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Work it out' }));
    const progress = await screen.findByRole('progressbar', { name: 'Runs played' });
    expect(progress.getAttribute('max')).toBe('4');
    const headline = await screen.findByTestId('delay-headline', {}, { timeout: 5000 });
    expect(headline.textContent).toBe(
      'The Council authorised its response at hour 71. Deciding at hour 47 would have kept Riga at day 14 in 41 % of 4 runs instead of 12 %.',
    );
    expect(screen.getByTestId('delay-curve').querySelectorAll('polyline')).toHaveLength(1);
    // The tornado: one bar per assumption, widest first, drawn from the worse to the better outcome.
    const tornado = screen.getByTestId('tornado');
    expect(tornado.querySelector('title')?.textContent).toBe(
      'Sensitivity of Riga held at day 14 to each assumption',
    );
    const bars = [...tornado.querySelectorAll('rect')];
    expect(bars).toHaveLength(2);
    expect(Number(bars[0]!.getAttribute('width'))).toBeGreaterThan(
      10 * Number(bars[1]!.getAttribute('width')),
    );
    expect(screen.getByTestId('tornado-bar-red-competence').textContent).toContain('red-competence');
    expect(screen.getByTestId('delay-dependencies').textContent).toContain(
      'Riga held at day 14 (12 %) depends on red-competence (moves it by 55 %).',
    );
    // One run a value is one run, not "1 runs".
    expect(screen.getByText(/; 1 run a value\.$/)).toBeTruthy();
    expect(screen.getByTestId('delay-dependencies').textContent).toContain(
      'Ground held (50 %) depends on no assumption beyond the threshold.',
    );
    for (const kind of ['csv', 'json', 'svg', 'png', 'html'])
      expect(screen.getByTestId(`delay-export-${kind}`)).toBeTruthy();
    // The clock is marked on the curve (its line's title) and listed under it.
    // (its line's title, the label written along it, and the list)
    expect(screen.getAllByText(/Measure agreed: Eastern Sentry/)).toHaveLength(3);
    expect(screen.getByTestId('delay-mark-eastern-sentry-2025').textContent).toContain('Eastern Sentry');
    expect(screen.getByTestId('delay-assumptions').textContent).toContain(
      'red-competence: 1 (red-competence; rand-rra2031)',
    );
    const [url, init] = fetchMock.mock.calls.find(
      ([, i]) => (i as RequestInit | undefined)?.method === 'POST',
    )! as [string, RequestInit];
    expect(url).toContain('/api/exercises/ABC234/review/delay-cost?seeds=20');
    expect(new Headers(init.headers).get('X-Control-Key')).toBe('the-key');
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('shows the analysis the server has stored on opening, its values worded, in French with French plurals', async () => {
    const register = [
      {
        key: 'red-objective' as const,
        kind: 'choice' as const,
        default: 'capitals',
        choices: [
          { id: 'capitals', label: { en: 'The Baltic capitals', fr: 'Les capitales baltes' } },
          { id: 'suwalki', label: { en: 'The Suwałki corridor', fr: 'Le corridor de Suwałki' } },
        ],
        label: { en: 'Red’s objective', fr: 'Objectif rouge' },
        description: { en: 'd', fr: 'd' },
        source: ['rand-rr1253'],
      },
    ];
    const objective: Sensitivity = {
      outcome: 'riga-held-d14',
      baseline: 0.4,
      bars: [
        {
          key: 'red-objective',
          low: { value: 'capitals', outcome: 0.4 },
          high: { value: 'suwalki', outcome: 0.9 },
          span: 0.5,
        },
      ],
      interaction: null,
    };
    const stored = {
      ...job(4, true),
      id: 'stored-1',
      result: {
        ...RESULT,
        sensitivity: {
          ...RESULT.sensitivity!,
          fromHour: 120,
          tornadoes: [objective],
          settled: [{ key: 'us-participation' as const, reason: 'unitMoved' as const }],
        },
      },
      assumptions: [{ key: 'red-objective', value: 'suwalki', default: 'capitals', source: ['rand-rr1253'] }],
      clocks: [],
      logLength: 400,
      recordLength: 410,
    };
    fetchMock.mockImplementation(() =>
      Promise.resolve(new Response(JSON.stringify({ analysis: stored }), { status: 200 })),
    );
    useStore.getState().setLocale('fr');
    render(<DelayCostPanel code="ABC234" register={register} />);
    // No click: the last analysis stored on the server is there, with how much of the record it read.
    const note = await screen.findByTestId('delay-stored');
    expect(note.textContent).toBe(
      'La dernière analyse de cet exercice, calculée sur les 400 premiers événements du dossier. Le dossier compte maintenant 410 événements : cette analyse peut être dépassée, relancez-la pour les inclure.',
    );
    expect(screen.getByTestId('delay-headline').textContent).toContain('de 4 parties au lieu de');
    expect(
      screen.getByText(/à l’heure 120, ce Conseil décidant à l’heure 71 ; 1 partie par valeur\.$/),
    ).toBeTruthy();
    expect(screen.getByTestId('delay-settled').textContent).toBe(
      'Non variées, car à l’heure 120, d’où partent ces calculs, cette partie avait déjà joué ce qu’elles décident : us-participation (les forces qu’elle ajoute ou retire avaient déjà bougé).',
    );
    // The tornado's ends and the assumptions list word a choice by its label, never its id.
    const bar = screen.getByTestId('tornado-bar-red-objective');
    expect(bar.textContent).toContain('Objectif rouge');
    expect(bar.textContent).toContain('Les capitales baltes');
    expect(bar.textContent).not.toMatch(/capitals|suwalki/);
    expect(screen.getByTestId('delay-assumptions').textContent).toBe(
      'Objectif rouge : Le corridor de Suwałki (red-objective ; rand-rr1253)',
    );
    expect(fetchMock.mock.calls.every(([, i]) => (i as RequestInit | undefined)?.method !== 'POST')).toBe(
      true,
    );
  });
});
