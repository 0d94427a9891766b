// A number field's limits as the browser's hints (min, max, step), read from the schema that checks
// it: a form shows the same bounds the server enforces, from the one place they are written.

/** What a zod number schema says of its bounds (zod 4: `minValue`, `maxValue`, `isInt`). */
interface NumberBounds {
  readonly minValue: number | null;
  readonly maxValue: number | null;
  readonly isInt: boolean;
}

export interface NumberHints {
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}

const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

/**
 * The input's `min`, `max` and `step` for a number the schema checks; `per` reads the field in a
 * larger unit (60: seconds typed as minutes), whole units of which the hint then steps by.
 */
export function numberHints(schema: NumberBounds, per = 1): NumberHints {
  const { minValue, maxValue, isInt } = schema;
  return {
    ...(finite(minValue) ? { min: minValue / per } : {}),
    ...(finite(maxValue) ? { max: maxValue / per } : {}),
    ...(isInt || per !== 1 ? { step: 1 } : {}),
  };
}
