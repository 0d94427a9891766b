// The after-action review as a new user meets it: Control runs a short exercise to a Council
// decision and ends it, asks a hot wash question and tags the decision; the review scrubs back to
// the decision, shows the drafts and measures then, and every download is complete and well formed.
// A seat sees only its own review until Control opens the full record.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import {
  advancePhase,
  createExerciseAsControl,
  expectAccessible,
  joinWithCode,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

const schema = z.fromJSONSchema(
  JSON.parse(readFileSync(new URL('../../docs/review-export.schema.json', import.meta.url), 'utf8')),
);

async function download(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`download-${id}`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('Control reviews a finished exercise, scrubs back to a decision and downloads every export', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  const control = await context.newPage();
  const { code } = await createExerciseAsControl(control, 'Review drill');
  const ally = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await joinWithCode(ally, code, 'Kadri Tamm');
  // An observer: a seat with its own review that does not hold up the Council's consensus.
  await ally.getByTestId('claim-observer').click();
  await expect(ally.getByTestId('your-seat-label')).toBeVisible();

  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await control.getByTestId('control-step-hours').fill('24');
  await control.getByTestId('control-step').click();
  const advance = () => advancePhase(control);
  await advance(); // consultation

  // Control chairs (nobody holds the Secretary General's seat) and tables Article 4 consultations.
  await control.getByTestId('tab-council').click();
  await control.getByTestId('table-item-article-4').check();
  await control.getByTestId('table-draft').click();
  const item = control.getByTestId('agenda-item-article-4');
  await control.getByTestId('tab-console').click();
  for (let i = 0; i < 60; i++) {
    await control.getByTestId('tab-council').click();
    if ((await item.getAttribute('data-state')) === 'adopted') break;
    await control.getByTestId('tab-console').click();
    await advance();
  }
  await control.getByTestId('tab-council').click();
  await expect(item).toHaveAttribute('data-state', 'adopted');

  // Control ends the exercise and opens the review.
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-end').click();
  await control.getByTestId('control-end-confirm').click();
  await expect(control.getByTestId('phase-banner')).toBeVisible();
  await control.getByTestId('tab-review').click();
  const scrubber = control.getByTestId('review-scrubber');
  await expect(scrubber).toBeVisible();

  // Hot wash at the end; the observer answers in its own review.
  await control.getByTestId('hotwash-question').fill('What made the Council slow?');
  await control.getByTestId('hotwash-ask-submit').click();
  await expect(control.getByTestId('hotwash-q1')).toBeVisible();
  await ally.getByTestId('tab-review').click();
  await expect(ally.getByTestId('review-own')).toBeVisible();
  await expect(ally.getByTestId('download-log')).toHaveCount(0);
  await ally.getByTestId('hotwash-answer-q1').fill('Capitals took their time, as in 2003.');
  await ally.getByRole('button', { name: 'Answer' }).click();
  await expect(control.getByTestId('hotwash-q1')).toContainText('Capitals took their time');

  // Scrub back to the moment of the decision.
  const jump = control.getByTestId('review-jump');
  const adoptedOption = jump.locator('option[data-type="draftAdopted"]').first();
  await jump.selectOption((await adoptedOption.getAttribute('value'))!);
  await expect(control.getByTestId('review-clock')).toContainText('adopted');
  await expect(control.getByTestId('review-agenda')).toContainText('adopted');
  await expect(control.getByTestId('review-measures')).toContainText('Cohesion');
  await expect(control.getByTestId('review-map')).toBeVisible();
  const decisionSeq = Number(await scrubber.inputValue());
  expect(decisionSeq).toBeGreaterThan(5);
  await control.getByTestId('review-tag-kind').selectOption('decision-point');
  await control.getByTestId('review-tag-note').fill('Article 4 agreed');
  await control.getByTestId('review-tag-submit').click();
  await expect(control.getByTestId('review-tag-t1')).toBeVisible();
  await expect(control.getByTestId('review-charts').locator('svg title').first()).toBeVisible({
    visible: false,
  });
  // Analysis mode: from the decision, bots play a turn on under two seeds in the browser.
  await control.getByTestId('analysis-seeds').fill('2');
  await control.getByTestId('analysis-run').click();
  await expect(control.getByTestId('analysis-table')).toBeVisible({ timeout: 90_000 });
  await expect(control.getByTestId('analysis-table')).toContainText('Escalation rung');
  await snap(control, testInfo, 'review-at-decision');
  await expectAccessible(control, 'review');

  // Every download is non-empty and well formed.
  const log = await download(control, 'log');
  expect(log.name).toBe(`${code}-log.json`);
  const exported = JSON.parse(log.bytes.toString('utf8')) as {
    events: { type: string }[];
    exercise: { eventCount: number };
  };
  expect(schema.safeParse(exported).success).toBe(true);
  expect(exported.events.length).toBe(exported.exercise.eventCount);
  expect(exported.events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['draftAdopted', 'momentTagged', 'hotwashAnswered', 'exerciseEnded']),
  );
  const csvs: Record<string, string> = {};
  for (const id of ['messages', 'decisions', 'measures', 'adjudications', 'tags', 'hotwash']) {
    const file = await download(control, id);
    expect(file.name).toBe(`${code}-${id}.csv`);
    csvs[id] = file.bytes.toString('utf8');
    expect(csvs[id]!.split('\r\n')[0]!.split(',').length).toBeGreaterThan(2);
  }
  expect(csvs.decisions).toMatch(/\r\narticle-4,[^\r]*,consensus,/);
  expect(csvs.tags).toContain('Article 4 agreed');
  expect(csvs.hotwash).toContain('Capitals took their time');
  const workbook = await download(control, 'workbook');
  expect(workbook.bytes.subarray(0, 2).toString()).toBe('PK');
  const files = unzipSync(new Uint8Array(workbook.bytes));
  expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="decisions"');
  expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).toContain('article-4');
  const report = await download(control, 'report');
  const html = report.bytes.toString('utf8');
  expect(html).toMatch(/^<!doctype html>/);
  for (const part of [
    'Decisions against history',
    'Article 4 agreed',
    'Capitals took their time',
    '<svg ',
    '@media print',
  ])
    expect(html).toContain(part);

  // The report prints: open it and make a PDF of it.
  const reportPage = await context.newPage();
  await reportPage.setContent(html);
  await expect(reportPage.getByRole('heading', { level: 1 })).toContainText('Review drill');
  expect((await reportPage.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);

  // Control opens the full record: the seat now downloads it too.
  await control.getByTestId('review-unlock').click();
  await expect(ally.getByTestId('download-log')).toBeVisible();
  await snap(ally, testInfo, 'review-seat-unlocked');
});
