// The traps a first facilitator met: a wrong control key, a Release pressed by mistake, a lost draft.
import { expect, test } from '@playwright/test';
import { createExerciseAsControl, seatedPlayer, snap, closeEarlierContexts } from './helpers';

test.beforeEach(closeEarlierContexts);

test('a control link with a wrong key says so instead of quietly opening the player lobby', async ({
  browser,
  page: control,
}, testInfo) => {
  const { code } = await createExerciseAsControl(control, 'Wrong key drill');
  const other = await (await browser.newContext()).newPage();
  await other.goto(`/x/${code}#control=not-the-key`);
  await expect(other.getByTestId('control-key-refused')).toContainText('control key');
  await expect(other.getByTestId('control-key-refused')).toContainText('lost');
  await snap(other, testInfo, 'wrong-control-key');
});

test('Release asks first, and a draft survives a reload', async ({ browser, page: control }) => {
  const { code } = await createExerciseAsControl(control, 'Release drill');
  const est = await seatedPlayer(browser, code, 'est', 'Kadri Tamm');
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('release-est').click();
  await expect(est.getByTestId('your-seat-label')).toBeVisible();
  await control.getByTestId('release-est-cancel').click();
  await expect(control.getByTestId('holder-est')).toContainText('Kadri Tamm');

  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await est.getByTestId('tab-channels').click();
  await est.getByTestId('composer-body').fill('A thought half written');
  await est.reload();
  await est.getByTestId('tab-channels').click();
  await expect(est.getByTestId('composer-body')).toHaveValue('A thought half written');
});
