// Test helper: what a reader sees of a rendered page, for the no-raw-ids walks (issue 16, item 6).

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
