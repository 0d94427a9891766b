// Decision to deployment: SACEUR cannot deploy the VJTF until the Council authorises it; once it has,
// the map shows the predicted arrival in Tallinn, and the unit arrives at that game time, not before.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  advancePhase,
  createExerciseAsControl,
  expectAccessible,
  joinWithCode,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

const GAME_TIME = /D\+(\d+) (\d\d):(\d\d)/;
/** "D+5 06:00" → hours since D+0 00:00, for comparing game times. */
function gameHours(text: string): number {
  const m = GAME_TIME.exec(text);
  if (!m) throw new Error(`no game time in "${text}"`);
  return Number(m[1]) * 24 + Number(m[2]) + Number(m[3]) / 60;
}

async function seated(browser: Browser, code: string, seatId: string, name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await joinWithCode(page, code, name);
  await page.getByTestId(`claim-${seatId}`).click();
  await expect(page.getByTestId('your-seat-label')).toBeVisible();
  return page;
}

test('the NAC authorises the VJTF and its arrival shows on the map at the right time', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const control = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  // The posture RAND found would hold (about 7 brigades in place): Red does not take Tallinn before
  // the VJTF can arrive, so the test sees the arrival rather than the loss (under 2016 it may lose).
  const { code } = await createExerciseAsControl(control, 'Decision to deployment', 'rand-7-brigades');
  const chair = await seated(browser, code, 'secgen', 'Mark Chair');
  const saceur = await seated(browser, code, 'saceur', 'Gen. Ross');
  const allies = [
    await seated(browser, code, 'hun', 'Ádám Kovács'),
    await seated(browser, code, 'tur', 'Emre Kaya'),
  ];

  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await control.getByTestId('control-step-hours').fill('24');
  await control.getByTestId('control-step').click();
  const advance = () => advancePhase(control);
  await advance(); // consultation

  // The chair tables a package: deploy the VJTF and waive peacetime movement permits.
  await chair.getByTestId('tab-council').click();
  await chair.getByTestId('table-item-deploy-vjtf').check();
  await chair.getByTestId('table-item-waive-movement-permits').check();
  await chair.getByTestId('table-draft').click();
  for (const ally of allies) {
    await ally.getByTestId('tab-council').click();
    await expect(ally.getByTestId('draft-d1')).toBeVisible();
    // A delegation still waiting for its capital cannot speak yet; its capital decides in time.
    if (await ally.getByTestId('take-position-d1').isVisible()) {
      await ally.getByTestId('position-choice-d1-support').check();
      await ally.getByTestId('take-position-d1').click();
    }
  }

  // In the decision phase, before the Council decides, SACEUR may alert and stage the VJTF, not
  // deploy it, and is told why.
  await advance(); // decision
  await saceur.getByTestId('tab-map').click();
  await saceur.getByTestId('cp-unit-vjtf-lead').click();
  await expect(saceur.getByTestId('order-vjtf-lead-deployUnit')).toBeDisabled();
  await expect(saceur.getByTestId('order-reason-vjtf-lead-deployUnit')).toContainText('NAC');
  await snap(saceur, testInfo, 'saceur-map-before-decision');
  await expectAccessible(saceur, 'map');

  // Turns pass until the Council has decided (capitals nobody plays take days).
  await saceur.getByTestId('tab-council').click();
  const item = saceur.getByTestId('agenda-item-deploy-vjtf');
  for (let i = 0; i < 80 && (await item.getAttribute('data-state')) !== 'adopted'; i++) await advance();
  await expect(item).toHaveAttribute('data-state', 'adopted');
  await expect(saceur.getByTestId('latency-deploy-vjtf')).toHaveAttribute('data-state', 'decided');
  for (
    let i = 0;
    i < 4 && (await control.getByTestId('phase-banner').getAttribute('data-phase')) !== 'decision';
    i++
  ) {
    await advance();
  }
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'decision');

  // SACEUR now deploys the VJTF lead to Tallinn; the map shows the predicted arrival.
  await saceur.getByTestId('tab-map').click();
  await saceur.getByTestId('cp-unit-vjtf-lead').click();
  await saceur.getByTestId('order-destination-vjtf-lead').selectOption('tallinn');
  await expect(saceur.getByTestId('order-eta-vjtf-lead')).toContainText('Predicted arrival');
  const preview = gameHours(await saceur.getByTestId('order-eta-vjtf-lead').innerText());
  await expect(saceur.getByTestId('order-vjtf-lead-deployUnit')).toBeEnabled();
  await saceur.getByTestId('order-vjtf-lead-deployUnit').click();
  // The server's expected arrival (route, readiness notice and permits, as rolled) is the authority;
  // the map's arrow shows the same time.
  await expect(saceur.getByTestId('current-order-vjtf-lead')).toContainText(GAME_TIME);
  const expected = GAME_TIME.exec(await saceur.getByTestId('current-order-vjtf-lead').innerText())![0];
  const arrival = gameHours(expected);
  await expect(saceur.getByTestId('eta-vjtf-lead')).toHaveText(expected);
  // The preview before the order (expected notice to move, route, permits) was within a day of it.
  expect(Math.abs(preview - arrival)).toBeLessThanOrEqual(24);
  await snap(saceur, testInfo, 'saceur-map-vjtf-moving');

  // Time passes. The map's ETA is the current estimate (legs and reception resolve as the unit moves);
  // the unit is never in place before the ETA shown, and is in place once the clock has passed it.
  const row = saceur.getByTestId('unit-row-vjtf-lead');
  let shownEta = arrival;
  for (let i = 0; i < 80 && !(await row.innerText()).includes('in place'); i++) {
    const eta = saceur.getByTestId('eta-vjtf-lead');
    if (await eta.isVisible()) shownEta = gameHours((await eta.textContent()) ?? '');
    await advance();
    const now = gameHours(await control.getByTestId('game-clock').innerText());
    if (now < shownEta) await expect(row).not.toContainText('in place');
  }
  await expect(row).toContainText('in place');
  await expect(row).toContainText('Tallinn');
  expect(gameHours(await control.getByTestId('game-clock').innerText())).toBeGreaterThanOrEqual(shownEta);
  // The first estimate holds to within a day (notice, route and permits are known when the order is given).
  expect(Math.abs(shownEta - arrival)).toBeLessThanOrEqual(24);
  await snap(saceur, testInfo, 'saceur-map-vjtf-arrived');
});
