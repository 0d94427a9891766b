// Players load only what they use: never Control's console, the review only when they open it.
import { expect, test } from '@playwright/test';
import { createExerciseAsControl, seatedPlayer, closeEarlierContexts } from './helpers';

test.beforeEach(closeEarlierContexts);

test('a player never downloads the console and downloads the review only on opening it', async ({
  browser,
  page: control,
}) => {
  const { code } = await createExerciseAsControl(control, 'Loading drill');
  const est = await seatedPlayer(browser, code, 'est', 'Kadri Tamm');
  const scripts: string[] = [];
  est.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await est.reload();
  await expect(est.getByTestId('your-seat-label')).toBeVisible();
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  for (const tab of ['council', 'situation', 'channels', 'seats']) {
    await est.getByTestId(`tab-${tab}`).click();
    await expect(est.getByTestId(`panel-${tab}`)).toBeVisible();
  }
  const chunk = (name: string) => scripts.filter((path) => path.startsWith(`/assets/${name}-`));
  expect(chunk('control')).toEqual([]);
  expect(chunk('review')).toEqual([]);
  await est.getByTestId('tab-review').click();
  await expect(est.getByTestId('panel-review')).toBeVisible();
  await expect.poll(() => chunk('review').length).toBe(1);
  expect(chunk('control')).toEqual([]);
});
