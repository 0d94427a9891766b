// Issue 5's "done when", as a new user would see it: an exercise with bots in most seats, the server
// killed mid-turn and started again, and every browser back at the same moment on its own.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createExerciseAsControl, joinWithCode, snap, closeEarlierContexts } from './helpers';
import { startOwnServer, type OwnServer } from './serverControl';

test.beforeEach(closeEarlierContexts);

let server: OwnServer | undefined;

test.afterEach(async () => {
  await server?.kill();
  server = undefined;
});

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 1000 } });
  return context.newPage();
}

async function seatedPlayer(browser: Browser, baseURL: string, code: string, seatId: string, name: string) {
  const page = await newPage(browser, baseURL);
  await joinWithCode(page, code, name);
  await page.getByTestId(`claim-${seatId}`).click();
  await expect(page.getByTestId('your-seat-label')).toBeVisible();
  return page;
}

/** Positions a delegation took itself (not its capital's instructions) in a seat no person holds: a bot's. */
const botPositions = (page: Page) =>
  page
    .locator('[data-testid^="position-d"]:not([data-testid$="-fra"]):not([data-testid$="-usa"])')
    .filter({ hasText: 'by the delegation' });

/** What a screen shows of the moment: turn, phase, the game time and the drafts on the table. */
async function momentOf(page: Page) {
  return {
    phase: await page.getByTestId('phase-banner').getAttribute('data-phase'),
    clock: (await page.getByTestId('game-clock').innerText()).replace(/\s+/g, ' '),
    drafts: await page.locator('[data-testid^="draft-d"][data-status]').count(),
  };
}

test('killed mid-turn with bots in most seats, every browser comes back to the same moment', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // Bots think for about a second so they act within the test yet people can still read them.
  server = await startOwnServer({ BOT_THINK_MS: '400,1200' });
  const url = server.url;
  const control = await newPage(browser, url);
  const { code } = await createExerciseAsControl(control, 'Resilience drill');
  const france = await seatedPlayer(browser, url, code, 'fra', 'Claire Martin');
  const usa = await seatedPlayer(browser, url, code, 'usa', 'Ann Smith');
  const everyone = [control, france, usa];

  // Control fills every other seat with bots from the console and opens consultations.
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-fill-bots').click();
  await expect(control.getByTestId('control-botbadge-secgen')).toBeVisible();
  await expect(control.getByTestId('control-fill-bots')).toBeDisabled();
  await expect(control.locator('[data-testid^="control-botbadge-"]')).not.toHaveCount(0);
  await control.getByTestId('control-start').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'situation');
  await control.getByTestId('control-advance').click();
  for (const page of everyone) {
    await expect(page.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'consultation');
    await page.getByTestId('tab-council').click();
  }

  // The bot chair tables a draft and bot delegations take positions on it.
  // Attached, not visible: under bots a draft may already be revised and filed in the closed record.
  for (const page of everyone) {
    await expect(page.getByTestId('draft-d1')).toBeAttached({ timeout: 30_000 });
    await expect.poll(async () => botPositions(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }
  const before = await Promise.all(everyone.map(momentOf));
  const botPositionsBefore = await botPositions(usa).count();
  // Items acknowledged before the kill: the positions each screen shows now.
  const seenBefore = await botPositions(usa).evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-testid')!),
  );
  await snap(usa, testInfo, 'before-kill-usa');
  await snap(control, testInfo, 'before-kill-control');

  // A mark on each page that a reload would wipe: the pages must come back by themselves.
  for (const page of everyone) await page.evaluate(() => Object.assign(window, { __beforeKill: true }));

  // Power cut, mid-turn.
  await server.kill();
  for (const page of everyone) {
    await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', /reconnecting|offline/, {
      timeout: 15_000,
    });
  }
  await snap(france, testInfo, 'while-down-france');
  await server.restart();

  // Every browser comes back by itself (no reload) to the same turn and phase, with what it saw.
  for (const [i, page] of everyone.entries()) {
    await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'connected', {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => '__beforeKill' in window)).toBe(true);
    const after = await momentOf(page);
    expect(after.phase).toBe(before[i]!.phase);
    expect(after.clock).toBe(before[i]!.clock);
    expect(after.drafts).toBeGreaterThanOrEqual(before[i]!.drafts);
  }
  for (const id of seenBefore) await expect(usa.getByTestId(id)).toContainText('by the delegation');
  await expect(france.getByTestId('you-hold')).toContainText('France');
  await expect(usa.getByTestId('you-hold')).toContainText('United States');

  // The bots play on…
  await expect
    .poll(async () => botPositions(usa).count(), { timeout: 30_000 })
    .toBeGreaterThan(botPositionsBefore);
  await snap(usa, testInfo, 'after-restart-usa');

  // …and a player acts again and the others see it: France speaks in the Council's channel (drafts
  // come and go too fast under bots to aim a position at one).
  const words = 'France asks the Council to stay in session tonight.';
  await france.getByTestId('tab-channels').click();
  await france.getByTestId('channel-nac').click();
  await france.getByTestId('composer-body').fill(words);
  await france.getByTestId('composer-send').click();
  for (const page of [usa, control]) {
    await page.getByTestId('tab-channels').click();
    await page.getByTestId('channel-nac').click();
    await expect(page.getByTestId('thread-nac')).toContainText(words);
  }
  // Control's console still lists the people in their seats and the bots in theirs.
  await control.getByTestId('tab-console').click();
  await expect(control.getByTestId('control-seat-fra')).toContainText('Claire Martin');
  await expect(control.getByTestId('control-seat-usa')).toContainText('Ann Smith');
  await expect(control.getByTestId('control-botbadge-secgen')).toBeVisible();
  await snap(control, testInfo, 'after-restart-control');
});
