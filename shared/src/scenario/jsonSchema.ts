// The scenario schema as JSON Schema, for authors' editors; scenarios/schema.json is generated from it.
import { z } from 'zod';
import { ScenarioSchema } from './schema';

/** What an author writes: fields with defaults are optional. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Crisis Council scenario',
  };
}
