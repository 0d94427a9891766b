// Every fast-check property in the suite runs from one seed (seed.ts): fixed by default, or
// PROPERTY_SEED=<n> to replay the seed a failure printed (fast-check prints "seed: n, path: …" with
// the counterexample; PROPERTY_SEED=random explores a new one each run).
import fc from 'fast-check';
import { DEFAULT_PROPERTY_SEED, PROPERTY_SEED } from './seed';

if (PROPERTY_SEED !== DEFAULT_PROPERTY_SEED) console.log(`fast-check seed ${PROPERTY_SEED} (PROPERTY_SEED)`);
fc.configureGlobal({ seed: PROPERTY_SEED });
