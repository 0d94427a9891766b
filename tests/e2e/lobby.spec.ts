// The walking skeleton in real browsers: Control and two players, live seats, refusals, reload, axe.
import { expect, test, type Page, type WebSocketRoute } from '@playwright/test';
import {
  createExerciseAsControl,
  expectAccessible,
  joinWithCode,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

/** Holds back the frames the server sends this page until released, so its picture goes stale. */
async function holdIncomingFrames(page: Page): Promise<{ hold: () => void; release: () => void }> {
  let holding = false;
  const queued: { ws: WebSocketRoute; message: string | Buffer }[] = [];
  await page.routeWebSocket(/.*/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => (holding ? queued.push({ ws, message }) : ws.send(message)));
  });
  return {
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const { ws, message } of queued.splice(0)) ws.send(message);
    },
  };
}

test('Control creates an exercise, players claim exclusive seats live, a reload keeps the seat', async ({
  browser,
}, testInfo) => {
  const control = await (await browser.newContext()).newPage();
  const ann = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  const bobFrames = await holdIncomingFrames(bob);

  await control.goto('/');
  await snap(control, testInfo, 'home');
  await expectAccessible(control, 'home');
  const { code } = await createExerciseAsControl(control, 'Staff college, syndicate 3');
  await expect(control.getByTestId('you-are-control')).toBeVisible();

  // A wrong code is refused with a readable message before anyone navigates.
  await ann.goto('/');
  await ann.getByTestId('join-code-input').fill('QQQQQQ');
  await ann.getByTestId('join-submit').click();
  await expect(ann.getByTestId('join-error')).toContainText('QQQQQQ');
  await expect(ann).toHaveURL(/\/$/);

  await joinWithCode(ann, code, 'Ann Smith');
  await joinWithCode(bob, code, 'Bob Jones');
  await expectAccessible(ann, 'lobby');

  // Bob's page stops hearing from the server; Ann takes the United States meanwhile.
  bobFrames.hold();
  await ann.getByTestId('claim-usa').click();
  await expect(ann.getByTestId('your-seat-label')).toContainText('United States');
  await expectAccessible(ann, 'seat');

  // Control sees, live, who holds the seat and that they are connected.
  await expect(control.getByTestId('holder-usa')).toContainText('Ann Smith');
  await expect(control.getByTestId('presence-usa')).toHaveAttribute('data-connected', 'true');

  // Bob, still seeing the seat as free, claims it: the server refuses and says why.
  await bob.getByTestId('claim-usa').click();
  bobFrames.release();
  await expect(bob.getByRole('alert').filter({ hasText: 'Ann Smith' })).toBeVisible();
  await expect(bob.getByTestId('holder-usa')).toContainText('Ann Smith');
  await bob.getByTestId('claim-est').click();
  await expect(bob.getByTestId('your-seat-label')).toContainText('Estonia');
  await snap(bob, testInfo, 'player-seat');

  // Ann reloads: her browser's seat token brings the seat back.
  await ann.reload();
  await expect(ann.getByTestId('your-seat-label')).toContainText('United States');
  await expect(control.getByTestId('presence-usa')).toHaveAttribute('data-connected', 'true');

  // Control frees Bob's seat; everyone sees it free again.
  await control.getByTestId('release-est').click();
  await control.getByTestId('release-est-confirm').click();
  await expect(bob.getByTestId('claim-est')).toBeVisible();
  await expect(control.getByTestId('holder-est')).toHaveCount(0);

  await expect(control.getByTestId('holder-usa')).toContainText('Ann Smith');
  await control.setViewportSize({ width: 1440, height: 900 });
  await snap(control, testInfo, 'control-lobby');
  await expectAccessible(control, 'control lobby');
});

test('the interface switches to French and remembers it', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByTestId('lang-fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('join-submit')).toHaveText(/Rejoindre/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await snap(page, testInfo, 'home-fr');
  await expectAccessible(page, 'home (fr)');
});
