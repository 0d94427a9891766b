// The Council in five browsers: a draft under silence, France breaks silence, the chair amends, the
// amended draft is adopted under silence, and its decision latency is shown beside history.
import { expect, test } from '@playwright/test';
import {
  createExerciseAsControl,
  expectAccessible,
  seatedPlayer,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

test('a draft breaks under silence, is amended and adopted; its latency is shown', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const control = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  const { code } = await createExerciseAsControl(control, 'Council drill');
  const chair = await seatedPlayer(browser, code, 'secgen', 'Mark Chair');
  const france = await seatedPlayer(browser, code, 'fra', 'Claire Martin');
  const usa = await seatedPlayer(browser, code, 'usa', 'Ann Smith');
  const turkey = await seatedPlayer(browser, code, 'tur', 'Emre Kaya');

  // Control starts the exercise and opens consultations.
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'situation');
  await control.getByTestId('control-advance').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'consultation');
  for (const page of [chair, france, usa, turkey]) {
    await expect(page.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'consultation');
    await expect(page.getByTestId('game-clock')).toContainText('D+0 06:00');
    await page.getByTestId('tab-council').click();
  }

  // The chair tables Article 4 consultations under a 24-hour silence procedure.
  await chair.getByTestId('table-item-article-4').check();
  await chair.getByTestId('table-silence').check();
  await chair.getByTestId('table-silence-hours').fill('24');
  await chair.getByTestId('table-draft').click();
  await expect(france.getByTestId('draft-d1')).toHaveAttribute('data-status', 'silence');
  await expect(france.getByTestId('silence-deadline-d1')).toBeVisible();
  await snap(france, testInfo, 'france-draft-under-silence');

  // France breaks silence with an objection; every delegation sees it.
  await france.getByTestId('position-choice-d1-object').check();
  await france.getByTestId('position-text-d1').fill('France needs the text to name the requesting ally.');
  await france.getByTestId('take-position-d1').click();
  await expect(usa.getByTestId('draft-d1')).toHaveAttribute('data-status', 'open');
  await expect(usa.getByTestId('position-d1-fra')).toHaveAttribute('data-position', 'object');

  // The chair answers with an amended text and puts it under silence for 12 hours.
  await chair.getByTestId('amend-d1').click();
  await chair
    .getByTestId('amend-text-d1')
    .fill('At the request of Estonia, the Council holds consultations under Article 4.');
  await chair.getByTestId('amend-submit-d1').click();
  await expect(chair.getByTestId('draft-d2')).toBeVisible();
  await chair.getByTestId('silence-hours-d2').fill('12');
  await chair.getByTestId('silence-d2').click();
  await expect(turkey.getByTestId('draft-d2')).toHaveAttribute('data-status', 'silence');

  // France now supports; the phase moves on and the silence deadline passes unbroken.
  await france.getByTestId('position-choice-d2-support').check();
  await france.getByTestId('take-position-d2').click();
  await expect(usa.getByTestId('position-d2-fra')).toHaveAttribute('data-position', 'support');
  await expectAccessible(france, 'council chamber');
  await control.getByTestId('control-advance').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'decision');
  await control.getByTestId('control-advance').click();

  for (const page of [chair, france, usa, turkey]) {
    await expect(page.getByTestId('draft-d2')).toHaveAttribute('data-status', 'adopted');
    await expect(page.getByTestId('latency-article-4')).toHaveAttribute('data-state', 'decided');
    await expect(page.getByTestId('latency-article-4')).toHaveAttribute('data-hours', '12');
  }
  await expect(usa.getByTestId('game-clock')).toContainText('D+0 18:00');
  await expect(usa.getByTestId('anchor-nineEleven')).toBeVisible();
  await snap(usa, testInfo, 'usa-council-adopted');
  await control.getByTestId('tab-council').click();
  await snap(control, testInfo, 'control-council-adopted');
  await expectAccessible(usa, 'council after adoption');
});
