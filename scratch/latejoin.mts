import { spawn } from 'node:child_process';
const h = await import('/work/wt/lead/tests/integration/harness.ts');
const port = 3900 + Math.floor(Math.random() * 100);
const dir = (await import('node:fs')).mkdtempSync('/tmp/memsrv-');
const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/src/main.ts'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BENCH_PROBE: '1', DATA_DIR: dir, COMMAND_RATE: '100000' }, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}`;
for (;;) { try { await fetch(url + '/__healthcheck'); break; } catch { await new Promise((r) => setTimeout(r, 300)); } }
const N = Number(process.env.N ?? 10000);
const ex = await h.createExercise(url);
const control = await h.Player.join(url, { code: ex.code, controlKey: ex.controlKey });
const seats = control.view!.seats.filter((x: any) => x.kind === 'ally').slice(0, 4);
const players: any[] = [];
for (const seat of seats) { const p = await h.Player.join(url, { code: ex.code }); await p.command({ type: 'claimSeat', seatId: seat.id, displayName: 'P ' + seat.id }); players.push(p); }
await control.command({ type: 'startExercise' });
const filler = 'The delegation recalls the Council decision and asks the chair to table the draft again. '.repeat(4);
for (let i = 0; i < N; i += 4) {
  await Promise.all(players.map((p, k) => p.command({ type: 'postMessage', channelId: 'nac', template: 'freeText', body: `${i + k}: ${filler}` })));
  for (const p of [...players, control]) p.received.length = 0;
}
const heap = (await (await fetch(url + '/__bench/memory')).json()).heapUsedBytes;
for (let k = 0; k < 3; k++) {
  const t = performance.now(); const late = await h.Player.join(url, { code: ex.code, controlKey: ex.controlKey });
  const ms = performance.now() - t; const bytes = late.bytesReceived().length;
  console.log(`late join ${k}: ${ms.toFixed(0)} ms, ${bytes} bytes received, heap ${(heap / 1e6).toFixed(0)} MB after ${N} posts`);
  await late.leave();
}
child.kill(); process.exit(0);
