// Control's console in real browsers: a broadcast reaches every seat, an ad-hoc inject reaches only
// the seat it is for, a seat assigned by Control opens from its link, and a swap moves a player live.
import { expect, test } from '@playwright/test';
import {
  createExerciseAsControl,
  expectAccessible,
  seatedPlayer,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

test('Control broadcasts, sends an inject to one seat, assigns a seat by link and swaps seats', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const control = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  const { code } = await createExerciseAsControl(control, 'Console drill');
  const estonia = await seatedPlayer(browser, code, 'est', 'Kadri Tamm');
  const usa = await seatedPlayer(browser, code, 'usa', 'Ann Smith');

  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'situation');

  // An ad-hoc inject for Estonia only, then a broadcast to everyone.
  await control.getByTestId('control-adhoc-title').fill('Cable from Tallinn');
  await control.getByTestId('control-adhoc-body').fill('Your services report jamming near Narva.');
  await control.getByTestId('control-adhoc-all').uncheck();
  await control.getByTestId('control-adhoc-seat-est').check();
  await control.getByTestId('control-adhoc-send').click();
  await expect(control.getByTestId('inject-row-adhoc-1')).toContainText('For: Estonia');
  await control.getByTestId('control-broadcast-text').fill('Coffee break at 11:00, back at 11:15.');
  await control.getByTestId('control-broadcast-send').click();
  await snap(control, testInfo, 'control-console');
  await expectAccessible(control, 'control console');

  for (const page of [estonia, usa]) {
    await expect(page.getByTestId('broadcast-text')).toHaveText('Coffee break at 11:00, back at 11:15.');
    await page.getByTestId('tab-situation').click();
    await expect(page.getByTestId('broadcast-broadcast-1')).toContainText('Coffee break');
  }
  await expect(estonia.getByTestId('news-adhoc-1')).toContainText('Cable from Tallinn');
  await snap(estonia, testInfo, 'estonia-sees-the-inject');
  // The United States saw the later broadcast, so its picture is current: the inject is not in it.
  await expect(usa.getByTestId('news-adhoc-1')).toHaveCount(0);
  expect(await usa.content()).not.toContain('jamming near Narva');
  await usa.getByTestId('broadcast-dismiss').click();
  await expect(usa.getByTestId('broadcast-banner')).toHaveCount(0);

  // Control assigns France to a named player; the link it shows opens the exercise in that seat.
  await control.getByTestId('control-assign-seat').selectOption('fra');
  await control.getByTestId('control-assign-name').fill('Claire Martin');
  await control.getByTestId('control-assign').click();
  const link = await control.getByTestId('control-seat-link').innerText();
  expect(link).toMatch(new RegExp(`/x/${code}#seat=`));
  const france = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await france.goto(link);
  await expect(france.getByTestId('you-hold')).toContainText('France');
  await expect(france).toHaveURL(new RegExp(`/x/${code}$`));
  await expect(control.getByTestId('control-seat-fra')).toContainText('Claire Martin');

  // Control swaps Estonia and Latvia: Kadri now plays Latvia, live.
  await control.getByTestId('control-swap-a').selectOption('est');
  await control.getByTestId('control-swap-b').selectOption('lva');
  await control.getByTestId('control-swap').click();
  await expect(estonia.getByTestId('you-hold')).toContainText('Latvia');
  await expect(control.getByTestId('control-seat-lva')).toContainText('Kadri Tamm');
  await snap(control, testInfo, 'control-after-swap');
});
