// A delegation opens a bilateral channel and its first message reaches only its members.
import { expect, test } from '@playwright/test';
import { createExerciseAsControl, seatedPlayer, snap, closeEarlierContexts } from './helpers';

test.beforeEach(closeEarlierContexts);

test('a message sent right after opening a bilateral channel reaches only its members', async ({
  browser,
  page: control,
}, testInfo) => {
  const { code } = await createExerciseAsControl(control, 'Démarche drill');
  const usa = await seatedPlayer(browser, code, 'usa', 'Ann Smith');
  const tur = await seatedPlayer(browser, code, 'tur', 'Deniz Kaya');
  const fra = await seatedPlayer(browser, code, 'fra', 'Claire Martin');
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'situation');

  await usa.getByTestId('tab-channels').click();
  await usa.getByTestId('open-channel').locator('summary').click();
  await usa.getByTestId('open-member-tur').check();
  await usa.getByTestId('open-channel-submit').click();
  // The composer is in the new channel at once, and says who will read the message.
  await expect(usa.getByTestId('composer-readers')).toHaveText('To: United States, Türkiye, Control');
  const words = 'Démarche: we ask Ankara to lift its reservation on the air policing text.';
  await usa.getByTestId('composer-body').fill(words);
  await usa.getByTestId('composer-send').click();
  await expect(usa.getByTestId('composer-body')).toHaveValue('');
  await snap(usa, testInfo, 'bilateral-usa');

  await tur.getByTestId('tab-channels').click();
  await expect(tur.locator('[data-testid^="thread-ch"]')).toContainText(words);
  await control.getByTestId('tab-channels').click();
  await control.getByTestId('channel-ch1').click();
  await expect(control.getByTestId('thread-ch1')).toContainText(words);

  // A third delegation sees neither the channel nor the message anywhere.
  await fra.getByTestId('tab-channels').click();
  await expect(fra.getByTestId('channel-ch1')).toHaveCount(0);
  for (const channel of await fra.locator('[data-testid^="channel-"]').all()) {
    await channel.click();
    await expect(fra.locator('.channel')).not.toContainText(words);
  }
  await expect(fra.locator('body')).not.toContainText(words);
});
