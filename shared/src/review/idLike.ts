// What an internal id looks like on a screen or in a label: camelCase tokens (largeConventionalWar),
// snake_case, draft ids ("d2"), unit ids ("u-…"), and any id the scenario itself uses that is not
// also an ordinary word. Tests run every screen's text through this and fail on what it finds.
import type { Scenario } from '../scenario/schema';

/** Two lower-case letters or more, then a capitalised word: largeConventionalWar, not eFP or iOS. */
const CAMEL = /\b[a-z]{2,}[A-Z][a-z][A-Za-z]*\b/g;
const SNAKE = /\b[a-z0-9]+_[a-z0-9_]+\b/g;
const DRAFT = /\bd\d+\b/g;
const UNIT = /\bu-[a-z0-9-]+\b/g;

/** Every id a scenario defines that could be mistaken for text only if it is an id: hyphenated or camelCase. */
export function scenarioIds(scenario: Scenario): Set<string> {
  const ids = [
    ...scenario.seats.map((s) => s.id),
    ...scenario.allies.map((a) => a.id),
    ...scenario.catalogue.map((c) => c.id),
    ...scenario.injects.map((i) => i.id),
    ...(scenario.forces?.units ?? []).map((u) => u.id),
    ...(scenario.forces?.places ?? []).map((p) => p.id),
    ...(scenario.forces?.legs ?? []).map((l) => l.id),
  ];
  return new Set(ids.filter((id) => /[-_]/.test(id) || /[a-z][A-Z]/.test(id)));
}

/** The tokens of `text` that look like internal ids (empty when the text reads as words). */
export function idLikeTokens(text: string, known: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  for (const re of [CAMEL, SNAKE, DRAFT, UNIT]) for (const m of text.matchAll(re)) found.add(m[0]);
  for (const token of text.split(/[^A-Za-z0-9_-]+/)) if (known.has(token)) found.add(token);
  return [...found];
}
