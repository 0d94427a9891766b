// A headless bot that plays one seat of a live exercise as a real client (ADR 0010).
// Usage: npm run bot -- --url http://host:2567 --code ABC123 --seat fra [--name …] [--seed 7] [--think-ms 2000,6000]
import { parseArgs } from 'node:util';
import { HeadlessBot } from '../tests/bots/headless';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:2567' },
    code: { type: 'string' },
    seat: { type: 'string' },
    name: { type: 'string' },
    seed: { type: 'string' },
    'think-ms': { type: 'string', default: '2000,6000' },
  },
});

if (!values.code || !values.seat) {
  console.error(
    'usage: npm run bot -- --url http://host:2567 --code ABC123 --seat fra [--name …] [--seed n] [--think-ms min,max]',
  );
  process.exit(2);
}
const [min = 2000, max = min] = values['think-ms']!.split(',').map(Number);
if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) {
  console.error('--think-ms takes "min,max" in milliseconds, e.g. 2000,6000');
  process.exit(2);
}

const bot = new HeadlessBot({
  url: values.url!,
  code: values.code.toUpperCase(),
  seat: values.seat,
  ...(values.name ? { name: values.name } : {}),
  ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  thinkMs: { min, max },
  log: (line) => console.log(line),
});
process.once('SIGINT', () => bot.stop());
process.once('SIGTERM', () => bot.stop());

bot.run().then(
  (end) => {
    console.log(end === 'ended' ? 'The exercise has ended.' : 'Stopped.');
    process.exit(0);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
