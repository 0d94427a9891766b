// Test helpers for the no-raw-ids walks (issue 16, item 6): what a reader sees of a rendered page,
// and the ids a scenario could leak onto it.
import { scenarioIds } from '@council/shared';
import { parseScenario } from '../../../../shared/src/scenario/load';

/** The page's text node by node (happy-dom's innerText runs adjacent elements together), and titles. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.closest('style, script') || parent.closest('[hidden]'))) continue;
    parts.push(n.textContent ?? '');
  }
  for (const e of root.querySelectorAll('[aria-label], [title]'))
    parts.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '');
  return parts.join('\n');
}

/** Every `id` anywhere under `node` (the talks' issues, options, tracks, currents, sectors, places…). */
function nestedIds(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) nestedIds(item, into);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      if (key === 'id' && typeof value === 'string') into.add(value);
      else nestedIds(value, into);
  return into;
}

/** The scenario's ids, and those of its talks, that could only be ids (hyphenated or camelCase). */
export function idsOf(json: unknown): ReadonlySet<string> {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error('scenario does not parse');
  const talks = [...nestedIds(parsed.scenario.negotiation, new Set())].filter(
    (id) => /[-_]/.test(id) || /[a-z][A-Z]/.test(id),
  );
  return new Set([...scenarioIds(parsed.scenario), ...talks]);
}
