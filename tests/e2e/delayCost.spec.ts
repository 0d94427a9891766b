// What delay costs, as a new user meets it (issue 14's "done when"): Control plays a Baltic exercise
// to the Council's decision to deploy the VJTF, opens the review and works out what the delay cost:
// the headline with the assumptions stated, the curve and the sensitivity (tornado) chart in the
// browser, and the same curve and tornado in the printable report, in English and in French.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  advancePhase,
  createExerciseAsControl,
  expectAccessible,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

async function downloadReport(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-report').click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test('Control sees what the Council’s delay cost, with its assumptions, in the review and in the printable report', async ({
  browser,
}, testInfo) => {
  test.setTimeout(420_000);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  const control = await context.newPage();
  // The posture RAND found would hold (about 7 brigades): the capitals still stand when the Council
  // decides, so its delay has something to cost (under 2016 they fall within days whatever it does).
  await createExerciseAsControl(control, 'What delay costs', 'rand-7-brigades');

  // The quickest legal way to a decision: Control chairs (nobody holds the Secretary General's seat),
  // tables the VJTF's deployment and lets the capitals decide as turns pass.
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await control.getByTestId('control-step-hours').fill('24');
  await control.getByTestId('control-step').click();
  await advancePhase(control); // consultation
  await control.getByTestId('tab-council').click();
  await control.getByTestId('table-item-deploy-vjtf').check();
  await control.getByTestId('table-draft').click();
  const item = control.getByTestId('agenda-item-deploy-vjtf');
  await expect(item).toBeVisible();
  for (let i = 0; i < 80 && (await item.getAttribute('data-state')) !== 'adopted'; i++) {
    await control.getByTestId('tab-console').click();
    await advancePhase(control);
    await control.getByTestId('tab-council').click();
  }
  await expect(item).toHaveAttribute('data-state', 'adopted');

  // The review: the assumptions the exercise ran under, then what the delay cost.
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-end').click();
  await control.getByTestId('control-end-confirm').click();
  await control.getByTestId('tab-review').click();
  await expect(control.getByTestId('review-scrubber')).toBeVisible();

  // Before any analysis, the report says how to have one in it.
  const before = await downloadReport(control);
  expect(before).toContain('No delay-cost analysis has been run for this exercise yet');

  const panel = control.getByTestId('delay-cost');
  await panel.scrollIntoViewIfNeeded();
  // Few runs a decision hour, so the sensitivity runs finish within the server's time budget here.
  await control.getByTestId('delay-seeds').fill('6');
  await panel.getByRole('button', { name: 'Work it out' }).click();
  await expect(panel.getByRole('progressbar', { name: 'Runs played' })).toBeVisible();
  await expect(control.getByTestId('delay-cost-result')).toBeVisible({ timeout: 120_000 });
  await expect(control.getByTestId('delay-headline')).toContainText(
    /The Council authorised its response at hour \d+\. Deciding at hour \d+ would have (kept \w+ at day \d+ in \d+ % of 6 runs instead of \d+ %|held no capital in more of these 6 runs)\./,
  );
  // The assumptions stated beside the result, and the curve with the Council's hour marked.
  await expect(control.getByTestId('delay-assumptions')).toContainText("Red's tactical competence: 1 ×");
  await expect(control.getByTestId('delay-assumptions')).toContainText('council-latency-hours');
  const curve = control.getByTestId('delay-curve');
  await expect(curve.locator('polyline')).toHaveCount(3);
  await expect(control.getByTestId('delay-mark-council')).toContainText('your Council');
  // The sensitivity chart renders: one bar per assumption of the register.
  const tornado = control.getByTestId('tornado');
  await expect(tornado).toBeVisible();
  // The register's seven, less Red's objective: the incursion has begun by the Council's decision,
  // so the tornado (which starts where the curve starts) does not vary it and says so.
  await expect(tornado.locator('[data-testid^="tornado-bar-"]')).toHaveCount(6);
  await expect(control.getByTestId('delay-dependencies')).toContainText('held at day 14');
  await expect(tornado).toContainText('Red');
  await panel.screenshot({ path: '/tmp/delay-review.png' });
  await snap(control, testInfo, 'review-delay-cost');
  await expectAccessible(control, 'review with the delay cost');

  // The printable report now carries the curve and the tornado inline, what the findings depend
  // on and the assumptions the analysis ran under.
  const html = await downloadReport(control);
  expect(html).toMatch(/<figure id="delay-curve"><svg /);
  expect(html).toMatch(/<figure id="delay-tornado"><figcaption>Sensitivity of [^<]+<\/figcaption><svg /);
  expect(html).toContain('<ul id="delay-dependencies">');
  expect(html).toContain('<td>red-competence</td>');
  const report = await context.newPage();
  await report.setViewportSize({ width: 1000, height: 1200 });
  await report.setContent(html);
  await expect(
    report.getByRole('heading', { level: 2, name: 'What the Council’s delay cost' }),
  ).toBeVisible();
  await expect(report.locator('#delay-curve svg polyline')).toHaveCount(3);
  await expect(report.locator('#delay-tornado svg rect[fill="#1f5fbf"]')).toHaveCount(6);
  await report.locator('#delay-cost').scrollIntoViewIfNeeded();
  await report.locator('#delay-cost').screenshot({ path: '/tmp/delay-report.png' });
  expect((await report.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);

  // In French: Control switches the language and downloads the report again.
  await control.getByTestId('lang-fr').click();
  await expect(control.getByTestId('delay-cost')).toContainText('Ce qu’a coûté le délai de votre Conseil');
  const fr = await downloadReport(control);
  expect(fr).toContain('<h2>Ce qu’a coûté le délai du Conseil</h2>');
  expect(fr).toContain('Quels résultats dépendent de quelles hypothèses');
  const frPage = await context.newPage();
  await frPage.setViewportSize({ width: 1000, height: 1200 });
  await frPage.setContent(fr);
  await frPage.locator('#delay-tornado').screenshot({ path: '/tmp/delay-report-fr-tornado.png' });
  await control.getByTestId('lang-en').click();
});
