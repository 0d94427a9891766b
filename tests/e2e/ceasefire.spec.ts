// The Ukraine ceasefire talks in three browsers: Control opens the exercise, Ukraine proposes a
// clause, Ukraine and Russia both initial it and see each other's initials, and neither ever
// receives the other's secret dossier (checked on the page and on the socket's bytes); the map tab
// draws the line of contact.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  createCeasefireAsControl,
  expectAccessible,
  joinWithCode,
  snap,
  closeEarlierContexts,
} from './helpers';

test.beforeEach(closeEarlierContexts);

/** Phrases from each party's secret brief and red lines in scenarios/ukraine-ceasefire.json. */
const SECRETS = {
  ukraine: ['Kyiv wants guarantees', 'No recognition of occupied land'],
  russia: ['Moscow plays for time', 'An open NATO door is the war'],
} as const;

/** The line of contact's sectors in scenarios/ukraine-ceasefire.json, by id. */
const SECTORS = {
  kharkiv: 'Kharkiv',
  donetsk: 'Donetsk',
  zaporizhzhia: 'Zaporizhzhia',
  kherson: 'Kherson',
} as const;

interface Party {
  readonly page: Page;
  /** Every text frame and binary frame (as UTF-8) the page's sockets received. */
  readonly received: string[];
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
}

async function seatedParty(browser: Browser, code: string, seatId: string, name: string): Promise<Party> {
  const page = await newPage(browser);
  const received: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) =>
      received.push(typeof payload === 'string' ? payload : payload.toString('utf8')),
    ),
  );
  await joinWithCode(page, code, name);
  await page.getByTestId(`claim-${seatId}`).click();
  await expect(page.getByTestId('your-seat-label')).toBeVisible();
  return { page, received };
}

test('two parties initial a clause; each sees the other’s initials, never its secrets', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const control = await newPage(browser);
  const code = await createCeasefireAsControl(control, 'Ceasefire drill');
  const ukraine = await seatedParty(browser, code, 'ukraine', 'Olena Kovalenko');
  const russia = await seatedParty(browser, code, 'russia', 'Ivan Petrov');

  // Control starts the exercise and opens consultations; the talks sit.
  await control.getByTestId('control-key-dismiss').click();
  await control.getByTestId('tab-console').click();
  await control.getByTestId('control-start').click();
  await control.getByTestId('control-advance').click();
  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'consultation');
  for (const { page } of [ukraine, russia]) {
    await expect(page.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'consultation');
    await page.getByTestId('tab-negotiation').click();
    await expect(page.getByTestId('negotiation-table')).toHaveAttribute('data-status', 'open');
  }

  // Each party reads its own dossier.
  await expect(ukraine.page.getByTestId('own-dossier')).toContainText(SECRETS.ukraine[0]);
  await expect(russia.page.getByTestId('own-dossier')).toContainText(SECRETS.russia[0]);

  // Ukraine proposes a clause on the army cap; Russia sees it, drafted by Ukraine.
  await ukraine.page.getByTestId('propose-army-cap').selectOption('cap-800k');
  await ukraine.page.getByTestId('propose-submit').click();
  await expect(russia.page.getByTestId('clause-army-cap')).toHaveAttribute('data-option', 'cap-800k');
  await expect(russia.page.getByTestId('clause-drafter-army-cap')).toHaveText('Drafted by Ukraine');

  // Both initial it; each sees the other's initials.
  await ukraine.page.getByTestId('initial-army-cap').click();
  await expect(russia.page.getByTestId('clause-initials-army-cap')).toContainText('Initialled by Ukraine');
  await russia.page.getByTestId('initial-army-cap').click();
  for (const { page } of [ukraine, russia]) {
    await expect(page.getByTestId('clause-initials-army-cap')).toContainText('Initialled by Ukraine, Russia');
    await expect(page.getByTestId('initial-army-cap')).toHaveCount(0);
  }
  // Russia walks out: the talks are suspended until it returns, which it does.
  await russia.page.getByText('Walk out of the talks').click();
  await russia.page.getByTestId('walk-out-reason').fill('Sanctions first.');
  await russia.page.getByTestId('walk-out').click();
  await expect(ukraine.page.getByTestId('negotiation-table')).toHaveAttribute('data-status', 'suspended');
  await expect(ukraine.page.getByTestId('return-by-russia')).toHaveText('must return by D+1 06:00');
  await russia.page.getByTestId('return-to-talks').click();
  await expect(ukraine.page.getByTestId('negotiation-table')).toHaveAttribute('data-status', 'open');
  await expect(ukraine.page.getByTestId('party-russia')).toHaveAttribute('data-walked-out', 'false');

  await expect(control.getByTestId('phase-banner')).toHaveAttribute('data-phase', 'consultation');
  await control.getByTestId('tab-negotiation').click();
  await expect(control.getByTestId('clause-initials-army-cap')).toContainText(
    'Initialled by Ukraine, Russia',
  );

  // Neither party's page nor socket ever carried the other's secrets; Control's page holds both.
  for (const [self, other] of [
    [ukraine, SECRETS.russia],
    [russia, SECRETS.ukraine],
  ] as const) {
    const text = await self.page.locator('body').innerText();
    const bytes = self.received.join('\n');
    for (const secret of other) {
      expect(text).not.toContain(secret);
      expect(bytes).not.toContain(secret);
    }
  }
  // The byte check can fail: each party's own secrets did arrive on its socket.
  expect(ukraine.received.join('\n')).toContain(SECRETS.ukraine[0]);
  expect(russia.received.join('\n')).toContain(SECRETS.russia[0]);
  await expect(control.getByTestId('dossier-russia')).toContainText(SECRETS.russia[0], {
    useInnerText: false,
  });
  await expect(control.getByTestId('dossier-ukraine')).toContainText(SECRETS.ukraine[0], {
    useInnerText: false,
  });

  await expectAccessible(ukraine.page, 'drafting table (Ukraine)');
  await expectAccessible(control, 'drafting table (Control)');
  await snap(ukraine.page, testInfo, 'ukraine-drafting-table');
  await snap(russia.page, testInfo, 'russia-drafting-table');
  await snap(control, testInfo, 'control-drafting-table');

  // The map tab draws the line of contact, sector by sector, for a party at the table.
  await ukraine.page.getByTestId('tab-map').click();
  await expect(ukraine.page.getByTestId('ceasefire-map-svg')).toBeVisible();
  for (const [id, name] of Object.entries(SECTORS))
    await expect(ukraine.page.getByTestId(`sector-label-${id}`)).toContainText(name);
  await expectAccessible(ukraine.page, 'ceasefire map (Ukraine)');
  await snap(ukraine.page, testInfo, 'ukraine-ceasefire-map');
});
