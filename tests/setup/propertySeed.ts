// Every fast-check property in the suite runs from one seed: fixed by default, so a run that passed
// passes again, or PROPERTY_SEED=<n> to replay the seed a failure printed (fast-check prints
// "seed: n, path: …" with the counterexample; PROPERTY_SEED=random explores a new one each run).
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_207;

function seedFromEnv(): number {
  const raw = process.env.PROPERTY_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`PROPERTY_SEED must be an integer or "random", not "${raw}"`);
  return n;
}

const seed = seedFromEnv();
if (seed !== DEFAULT_SEED) console.log(`fast-check seed ${seed} (PROPERTY_SEED)`);
fc.configureGlobal({ seed });
