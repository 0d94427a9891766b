// The suite's one random seed: fixed by default, so a run that passed passes again; PROPERTY_SEED=<n>
// replays the seed a failure printed, PROPERTY_SEED=random explores a new one. fast-check reads it
// through propertySeed.ts; tests that roll their own dice (the long games, crash timings) read it here.
export const DEFAULT_PROPERTY_SEED = 20_261_207;

function seedFromEnv(): number {
  const raw = process.env.PROPERTY_SEED;
  if (raw === undefined || raw === '') return DEFAULT_PROPERTY_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`PROPERTY_SEED must be an integer or "random", not "${raw}"`);
  return n;
}

/** Worked out once per test file, so "random" gives one seed that every test of the file shares. */
export const PROPERTY_SEED = seedFromEnv();
