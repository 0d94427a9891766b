// The review's "what your Council's delay cost": a worker thread plays the played Council's own
// decisions earlier and later; only a reader of the whole record may ask for it (NOT_ALLOWED).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DelayCost, GameEvent } from '@council/shared';
import { hashSecret } from '../../server/src/auth/secrets';
import { cleanUpAfterAll, startTestServer } from './harness';
import type { GoldenLog } from '../replays/script';

const CONTROL_KEY = 'delay-cost-control-key';
const SEAT_TOKEN = 'delay-cost-seat-token';

/** The golden Baltic exercise (the Council deploys the VJTF at hour 71), with one seat token we know. */
function playedLog(): GameEvent[] {
  const golden = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../replays/baltic-vjtf.golden.json'), 'utf8'),
  ) as GoldenLog;
  let given = false;
  return golden.events.map((e) => {
    if (e.type !== 'seatClaimed' || given) return e;
    given = true;
    return { ...e, tokenHash: hashSecret(SEAT_TOKEN) };
  });
}

describe('what your Council’s delay cost', () => {
  const { closeServer } = cleanUpAfterAll();

  it('is refused to anyone who may not see the whole record, and played off the event loop for Control', async () => {
    const server = closeServer(await startTestServer());
    const events = playedLog();
    await server.server.store.createWithLog(
      {
        id: 'delay-cost-exercise',
        code: 'DLYCST',
        title: 'Delay',
        scenarioId: 'baltic-tripwire',
        controlKeyHash: hashSecret(CONTROL_KEY),
        createdAt: new Date(0).toISOString(),
      },
      events,
    );
    const report = async (lang = '') => {
      const r = await fetch(`${server.url}/api/exercises/DLYCST/review/report.html${lang}`, {
        headers: { 'X-Control-Key': CONTROL_KEY },
      });
      expect(r.status).toBe(200);
      return r.text();
    };
    // Before any analysis, the printable report says how to have it there.
    const before = await report();
    expect(before).toContain('No delay-cost analysis has been run for this exercise yet');
    expect(before).not.toContain('id="delay-curve"');
    const url = `${server.url}/api/exercises/DLYCST/review/delay-cost`;
    const post = (headers: Record<string, string>, query = '?seeds=2') =>
      fetch(`${url}${query}`, { method: 'POST', headers });

    const refusedTo: Record<string, string>[] = [
      {},
      { 'X-Control-Key': 'wrong' },
      { 'X-Seat-Token': SEAT_TOKEN },
    ];
    for (const headers of refusedTo) {
      const refused = await post(headers);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'NOT_ALLOWED' });
    }
    expect((await post({ 'X-Control-Key': CONTROL_KEY }, '?seeds=0')).status).toBe(400);

    const started = await post({ 'X-Control-Key': CONTROL_KEY });
    expect(started.status).toBe(202);
    const body = (await started.json()) as { id: string; total: number; assumptions: { key: string }[] };
    expect(body.total).toBe(2);
    expect(body.assumptions.map((a) => a.key)).toContain('red-competence');
    // A seat may not poll it either; Control polls until the worker has finished.
    const poll = (headers: Record<string, string>) => fetch(`${url}/${body.id}`, { headers });
    expect((await poll({ 'X-Seat-Token': SEAT_TOKEN })).status).toBe(403);
    let status: { status: string; done: number; result: DelayCost | null } = {
      status: 'running',
      done: 0,
      result: null,
    };
    while (status.status === 'running') {
      await new Promise((r) => setTimeout(r, 250));
      status = (await (await poll({ 'X-Control-Key': CONTROL_KEY })).json()) as typeof status;
    }
    expect(status).toMatchObject({ status: 'done', done: 2 });
    const result = status.result!;
    expect(result.decisionHour).toBe(71);
    expect(result.adopted.map((a) => a.itemId)).toContain('deploy-vjtf');
    expect(result.points.map((p) => p.x)).toEqual(expect.arrayContaining([47, 71]));
    expect(result.runs).toBe(2);
    expect(result.headline).toMatchObject({ earlierHour: 47 });
    // Every exported result states the assumptions it ran under; the findings state what they depend on.
    expect(result.curve.assumptions.map((a) => a.key)).toContain('red-competence');
    expect(result.curve.points).toEqual(result.points);
    const s = result.sensitivity;
    expect(s?.tornadoes.map((t) => t.outcome)).toContain('ground-held');
    expect(s?.dependencies.length).toBe(s?.tornadoes.length);
    expect(s?.tornadoes[0]?.bars.map((b) => b.key)).toEqual(expect.arrayContaining(['red-competence']));

    // The printable report now embeds it: the curve and the tornado inline, what each finding depends
    // on and the assumptions it ran under, in the language asked for.
    const html = await report();
    expect(html).toMatch(/<figure id="delay-curve"><svg /);
    expect(html).toMatch(/<figure id="delay-tornado"><figcaption>[^<]+<\/figcaption><svg /);
    expect(html).toContain('<ul id="delay-dependencies">');
    expect(html).toContain('<td>red-competence</td>');
    expect(html).toContain(`Deciding at hour 47 would have`);
    // It reaches nobody the analysis itself is refused to: a seat reads it only once Control opens the record.
    const seatReport = await fetch(`${server.url}/api/exercises/DLYCST/review/report.html`, {
      headers: { 'X-Seat-Token': SEAT_TOKEN },
    });
    expect(seatReport.status).toBe(403);
    expect(await seatReport.text()).not.toContain('delay-curve');
    const fr = await report('?lang=fr');
    expect(fr).toContain('<h2>Ce qu’a coûté le délai du Conseil</h2>');
    expect(fr).toMatch(/<figure id="delay-tornado"><figcaption>Sensibilité de « [^»]+ » à chaque hypothèse/);
  }, 300_000);
});
