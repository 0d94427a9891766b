// An exercise carried from one installation to another (ADR 0021), as a facilitator would: Control
// downloads the archive from the console of an installation on the embedded database, and a second
// installation on PostgreSQL with an operator key imports it from its front page. There Control
// reviews it (the same messages, in the same words) and the players carry on where they stopped.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { freshPostgresUrl } from '../integration/harness';
import { createExerciseAsControl, seatedPlayer, snap, closeEarlierContexts } from './helpers';
import { startOwnServer, type OwnServer } from './serverControl';

test.beforeEach(closeEarlierContexts);

const OPERATOR_KEY = 'archive-drill-operator-key';

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function post(page: Page, words: string): Promise<void> {
  await page.getByTestId('tab-channels').click();
  await page.getByTestId('composer-body').fill(words);
  await page.getByTestId('composer-send').click();
  await expect(page.getByTestId('composer-body')).toHaveValue('');
}

/** A CSV export's rows. */
const rowsOf = (csv: string) => csv.split('\r\n').filter((line) => line !== '');

let second: OwnServer | undefined;
test.afterAll(async () => second?.stop());

test('an exercise exported on the embedded database is imported on PostgreSQL, reviewed and played on', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const newPage = async () =>
    (await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true })).newPage();

  // The first installation: the one the browser tests run against (embedded database).
  const control = await newPage();
  const { code } = await createExerciseAsControl(control, 'Archive drill');
  const usa = await seatedPlayer(browser, code, 'usa', 'Ann Smith');
  const est = await seatedPlayer(browser, code, 'est', 'Kadri Tamm');
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'situation');
  const first = 'Tallinn asks the Council to meet today on the incursion.';
  await post(est, first);
  await usa.getByTestId('tab-channels').click();
  await expect(usa.locator('.channel')).toContainText(first);

  await control.getByTestId('tab-review').click();
  const messagesBefore = await download(control, 'download-messages');
  expect(messagesBefore.bytes.toString('utf8')).toContain(first);
  await control.getByTestId('tab-console').click();
  const archive = await download(control, 'control-archive-download');
  expect(archive.name).toBe(`${code}.crisis-council.json.gz`);
  expect(archive.bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  const archivePath = testInfo.outputPath(archive.name);
  writeFileSync(archivePath, archive.bytes);

  // The second installation: PostgreSQL, and an operator key needed to create or import exercises.
  second = await startOwnServer({ DATABASE_URL: await freshPostgresUrl(), ADMIN_KEY: OPERATOR_KEY });
  const operator = await newPage();
  await operator.goto(`${second.url}/`);
  await operator.getByTestId('home-import-file').setInputFiles(archivePath);
  await operator.getByTestId('home-import-import').click();
  // Without the key the installation refuses, says why, and asks for it.
  await expect(operator.getByTestId('home-import-error')).toContainText('operator key');
  await operator.getByTestId('home-import-operator-key').fill(OPERATOR_KEY);
  await operator.getByTestId('home-import-import').click();
  await expect(operator.getByTestId('home-import-imported')).toBeVisible();
  await snap(operator, testInfo, 'imported-on-front-page');
  const newCode = (await operator.getByTestId('home-import-code').innerText()).trim();
  expect(newCode).toMatch(/^[A-Z2-9]{6}$/);
  expect(newCode).not.toBe(code);
  const link = (await operator.getByTestId('home-import-link').innerText()).trim();
  expect(link.startsWith(`${second.url}/x/${newCode}`)).toBe(true);

  // Control of the copy reviews it: the same messages, word for word.
  await operator.goto(link);
  await expect(operator.getByTestId('connection-state')).toHaveAttribute('data-state', 'connected');
  await operator.getByTestId('tab-review').click();
  const messagesAfter = await download(operator, 'download-messages');
  expect(messagesAfter.name).toBe(`${newCode}-messages.csv`);
  expect(rowsOf(messagesAfter.bytes.toString('utf8'))).toEqual(rowsOf(messagesBefore.bytes.toString('utf8')));
  await snap(operator, testInfo, 'imported-review');

  // The copy arrives paused with its seats released: a player claims a seat with the new code, Control
  // resumes, and the exercise plays on from where it stopped.
  await operator.getByTestId('tab-console').click();
  await operator.getByTestId('control-resume').click();
  const player = await newPage();
  await player.goto(`${second.url}/`);
  await player.getByTestId('join-code-input').fill(newCode);
  await player.getByTestId('join-submit').click();
  await expect(player.getByTestId('connection-state')).toHaveAttribute('data-state', 'connected');
  await player.getByTestId('display-name').fill('Kadri Tamm');
  await player.getByTestId('claim-est').click();
  await expect(player.getByRole('main')).toContainText('You hold Estonia');
  await player.getByTestId('tab-channels').click();
  await expect(player.locator('.channel')).toContainText(first);
  const next = 'Tallinn thanks the Allies; the Council meets at noon.';
  await post(player, next);
  await operator.getByTestId('tab-channels').click();
  await expect(operator.locator('.channel')).toContainText(next);
  await snap(player, testInfo, 'imported-played-on');
});
