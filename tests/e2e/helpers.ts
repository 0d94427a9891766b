// Shared steps for the browser tests: create an exercise as Control, join as a player, axe checks.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export async function createExerciseAsControl(
  page: Page,
  title: string,
  variant?: string,
): Promise<{ code: string }> {
  await page.goto('/');
  await page.getByTestId('scenario-baltic-tripwire').check();
  if (variant) await page.getByTestId('exercise-variant').selectOption(variant);
  await page.getByTestId('exercise-title-input').fill(title);
  await page.getByTestId('create-exercise').click();
  await expect(page).toHaveURL(/\/x\/[A-Z2-9]{6}$/);
  await expect(page.getByTestId('control-key-panel')).toBeVisible();
  const code = (await page.getByTestId('join-code').innerText()).replace(/\s/g, '').slice(-6);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  return { code };
}

/** Control creates an exercise of the Ukraine ceasefire talks and reads its join code. */
export async function createCeasefireAsControl(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByTestId('scenario-ukraine-ceasefire').check();
  await page.getByTestId('exercise-title-input').fill(title);
  await page.getByTestId('create-exercise').click();
  await expect(page).toHaveURL(/\/x\/[A-Z2-9]{6}$/);
  await expect(page.getByTestId('control-key-panel')).toBeVisible();
  const code = (await page.getByTestId('join-code').innerText()).replace(/\s/g, '').slice(-6);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  return code;
}

export async function joinWithCode(page: Page, code: string, name: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('join-code-input').fill(code);
  await page.getByTestId('join-submit').click();
  await expect(page).toHaveURL(new RegExp(`/x/${code}$`));
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'connected');
  await page.getByTestId('display-name').fill(name);
}

/** Fails on any serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await testInfo.attach(name, { path: testInfo.outputPath(`${name}.png`), contentType: 'image/png' });
}

/** A player in a browser of their own, joined by code and seated. */
export async function seatedPlayer(
  browser: Browser,
  code: string,
  seatId: string,
  name: string,
): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await joinWithCode(page, code, name);
  await page.getByTestId(`claim-${seatId}`).click();
  await expect(page.getByTestId('your-seat-label')).toBeVisible();
  return page;
}

/** Control advances one phase and waits until its banner or game clock shows the change. */
export async function advancePhase(control: Page): Promise<void> {
  const where = async () =>
    [
      await control.getByTestId('phase-banner').getAttribute('data-phase'),
      await control.getByTestId('game-clock').innerText(),
    ].join();
  const before = await where();
  await control.getByTestId('control-advance').click();
  await expect.poll(where).not.toBe(before);
}

/**
 * Closes the browser contexts earlier tests left open. The browser lives for the whole run, so
 * every page an earlier test opened went on running (maps redrawn, timers ticking) and was
 * screenshotted at the end of every later test: by the last spec, dozens of pages slowed the run
 * several times over. Only this test's own context (the `page` fixture's) is kept.
 */
export async function closeEarlierContexts({
  browser,
  context,
}: {
  readonly browser: Browser;
  readonly context: BrowserContext;
}): Promise<void> {
  await Promise.all(
    browser
      .contexts()
      .filter((c) => c !== context)
      .map((c) => c.close()),
  );
}
