// Writes scenarios/schema.json from the zod schema: `cd shared && npx tsx scripts/export-schema.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/scenario/jsonSchema';

const target = fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
