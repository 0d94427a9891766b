// A French-speaking facilitator plays a Baltic turn entirely in French (issue 16, item 2): Control
// creates the exercise in French, the seats join in French, a turn is played (the chair tables an
// item, a delegation supports it, SACEUR alerts a unit, the clock is adjudicated), and every tab
// each of them opens is read for English. Screenshots of Control, SACEUR and an ally in French are
// saved with the results to be looked at.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { advancePhase, createExerciseAsControl, joinWithCode, snap, closeEarlierContexts } from './helpers';

test.beforeEach(closeEarlierContexts);

/**
 * Words of English that French never uses (no "on", "or", "an", "a", "est" here: French has them).
 * A line carrying one of them is English a French reader was shown.
 */
const ENGLISH = new Set(
  (
    'the and of with from for is are was were your you this that these those will would should not ' +
    'has have had been to by be it its which who what when where there their they them our we us ' +
    'into than then any each yet none nothing about after before since until while only also ' +
    'send sent open opened close closed start started loading unread review channels channel map ' +
    'draft drafts items turn unit units order orders alert alerted ready moving hour hours ' +
    'days day held holds attack attacks against defender defence falls back rolled notice move ' +
    'permits waiting staged garrison seat seats player players delegation ' +
    'supports objects amendment adopted tabled ' +
    'step advance ended released taken connected connecting below above crisis ground'
  ).split(' '),
);
/** Names written alike in both languages, which contain an English word. */
const ALLOWED: readonly RegExp[] = [
  /Crisis Council/g,
  /\bSACEUR\b/g,
  /\bNATO\b/g,
  // The scenario's source keys (citations such as "us-drawdown-2025"), the same in every language.
  /\b[a-z]+(?:-[a-z0-9]+)*-\d{4}\b/g,
];

function englishLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      let rest = line;
      for (const name of ALLOWED) rest = rest.replace(name, ' ');
      return (rest.toLowerCase().match(/[a-zà-ÿ’']+/g) ?? []).some((w) => ENGLISH.has(w));
    });
}

async function frenchPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await page.goto('/');
  await page.getByTestId('lang-fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  return page;
}

async function seatedInFrench(browser: Browser, code: string, seatId: string, name: string): Promise<Page> {
  const page = await frenchPage(browser);
  await joinWithCode(page, code, name);
  await page.getByTestId(`claim-${seatId}`).click();
  await expect(page.getByTestId('your-seat-label')).toBeVisible();
  return page;
}

/** Opens every tab the page has and returns the lines in English it showed, by tab. */
async function englishOnTabs(page: Page, who: string): Promise<string[]> {
  const found: string[] = [];
  const read = async (where: string) => {
    const text = await page.evaluate(() => document.body.innerText);
    for (const line of englishLines(text)) found.push(`${who} ${where}: ${line}`);
  };
  await read('start');
  const tabs = await page
    .getByRole('tab')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
  for (const tab of tabs) {
    await page.getByTestId(tab).click();
    await page.waitForTimeout(400);
    await read(tab);
  }
  return [...new Set(found)];
}

test('a Baltic turn played entirely in French shows no English', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const control = await frenchPage(browser);
  const { code } = await createExerciseAsControl(control, 'Exercice balte');
  const chair = await seatedInFrench(browser, code, 'secgen', 'Hélène Dupuis');
  const saceur = await seatedInFrench(browser, code, 'saceur', 'Général Moreau');
  const estonia = await seatedInFrench(browser, code, 'est', 'Kadri Tamm');

  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await control.getByTestId('control-step-hours').fill('24');
  await control.getByTestId('control-step').click();
  await advancePhase(control); // consultation

  // The chair tables Article 4 consultations; Estonia supports them.
  await chair.getByTestId('tab-council').click();
  await chair.getByTestId('table-item-article-4').check();
  await chair.getByTestId('table-draft').click();
  await estonia.getByTestId('tab-council').click();
  await expect(estonia.getByTestId('draft-d1')).toBeVisible();
  await estonia.getByTestId('position-choice-d1-support').check();
  await estonia.getByTestId('take-position-d1').click();
  await expect(chair.getByTestId('position-d1-est')).toHaveAttribute('data-position', 'support');

  // SACEUR alerts the VJTF's lead in the decision phase; the turn is adjudicated.
  await advancePhase(control); // decision
  await saceur.getByTestId('tab-map').click();
  await saceur.getByTestId('cp-unit-vjtf-lead').click();
  await saceur.getByTestId('order-vjtf-lead-alertUnit').click();
  for (let i = 0; i < 3; i++) await advancePhase(control);
  await expect(saceur.getByTestId('adjudication-report')).toBeVisible();

  const found = [
    ...(await englishOnTabs(control, 'control')),
    ...(await englishOnTabs(chair, 'chair')),
    ...(await englishOnTabs(saceur, 'saceur')),
    ...(await englishOnTabs(estonia, 'estonia')),
  ];

  for (const [who, page] of [
    ['control', control],
    ['saceur', saceur],
    ['ally', estonia],
  ] as const) {
    await page.getByTestId('tab-map').click();
    await expect(page.getByTestId('map-svg')).toBeVisible({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await snap(page, testInfo, `fr-${who}-map`);
    await page.getByTestId('tab-council').click();
    await snap(page, testInfo, `fr-${who}-council`);
  }
  expect(found).toEqual([]);
});
