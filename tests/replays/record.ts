// Rewrites the golden replay log after a deliberate change to the rules: `npx tsx replays/record.ts`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { goldenCreated } from './created';
import { playScript } from './script';

const { log } = playScript(goldenCreated());
const file = resolve(import.meta.dirname, 'baltic-vjtf.golden.json');
writeFileSync(file, `${JSON.stringify(log, null, 1)}\n`);
console.log(`wrote ${file}: ${log.steps.length} commands, ${log.events.length} events`);
