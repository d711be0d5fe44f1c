import { districtRvc, districts, getService, shownPhone } from '../../src/data/registry.ts';
import { languages } from '../../src/i18n/languages.ts';
import { expect, test, builtHtml, text } from './site.ts';

/** The finder's strings as the page shows them, from locales/<lang>/district.json. */
const finder = (lang: string, key: string, values: Record<string, string | number> = {}) => text(lang, `district:finder.${key}`, values);
/** The first sentence of a string, for answers that go on with a phone number or a list. */
const firstSentence = (s: string) => s.split(/(?<=\.)\s/)[0];

const visibleAreas = (page: import('@playwright/test').Page) =>
  page.locator('[data-finder-list] li:visible').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.area));

test('Swedish: typing a neighbourhood shows only its area, announced; only the matching code is fetched, nothing is sent', async ({ sitePage: page, baseURL }) => {
  const requests: string[] = [];
  await page.goto('/sv/hitta-stod/', { waitUntil: 'networkidle' });
  // The browser may still fetch the favicon on its own; anything else would be the finder talking.
  page.on('request', (r) => {
    if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
  });
  // The one request: the matching code, from this site, when the box gets focus, before any letter.
  await page.getByLabel(finder('sv', 'label')).focus();
  await expect.poll(() => requests.length).toBe(1);
  expect(requests[0]).toMatch(new RegExp(`^${baseURL}/_astro/finder\\.[\\w-]+\\.js$`));
  await page.getByLabel(finder('sv', 'label')).fill('Tensta');
  await expect.poll(() => visibleAreas(page)).toEqual(['jarva']);
  await expect(page.locator('[data-finder-status]')).toHaveText(finder('sv', 'results_one', { count: 1 }));
  await expect(page.locator('[data-finder-list] li:visible a')).toHaveAttribute('href', '/sv/stadsdel/jarva/');
  expect(page.url()).toBe(`${baseURL}/sv/hitta-stod/`);
  expect(requests).toHaveLength(1);
  await expect(page.getByLabel(finder('sv', 'label'))).toHaveAttribute('autocomplete', 'off');
});

test('Swedish, keyboard only: a typo, arrow down, Enter opens the district page', async ({ sitePage: page }) => {
  await page.goto('/sv/hitta-stod/');
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'finder-input')) break;
  }
  await page.keyboard.type('hornstul');
  await expect(page.locator('[data-finder-list] li:visible').first()).toHaveAttribute('data-area', 'sodermalm');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('href', '/sv/stadsdel/sodermalm/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sv\/stadsdel\/sodermalm\/$/);
  await expect(page.locator('h1')).toHaveText(text('sv', 'district:title', { name: 'Södermalm' }));
});

test('English: without å/ä/ö, Enter goes to the best match', async ({ sitePage: page }) => {
  await page.goto('/en/hitta-stod/');
  const input = page.getByLabel(finder('en', 'label'));
  await input.fill('hokarangen');
  await expect(page.locator('[data-finder-status]')).toHaveText(finder('en', 'results_one', { count: 1 }));
  await input.press('Enter');
  await expect(page).toHaveURL(/\/en\/stadsdel\/farsta\/$/);
});

test('Arabic (right to left): typing narrows the list to links in Arabic pages', async ({ sitePage: page }) => {
  await page.goto('/ar/hitta-stod/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('#finder-input').fill('Rinkeby');
  await expect.poll(() => visibleAreas(page)).toEqual(['jarva']);
  await expect(page.locator('[data-finder-list] li:visible a')).toHaveAttribute('href', '/ar/stadsdel/jarva/');
  await page.locator('#finder-input').fill('sk');
  await expect.poll(() => visibleAreas(page)).toEqual(expect.arrayContaining(['skarpnack', 'skarholmen']));
});

test('a place outside the city is never routed into it', async ({ sitePage: page }) => {
  await page.goto('/sv/hitta-stod/');
  await page.getByLabel(finder('sv', 'label')).fill('Solna');
  await expect(page.locator('[data-finder-outside]')).toBeVisible();
  await expect(page.locator('[data-finder-outside]')).toContainText(firstSentence(finder('sv', 'outside', { place: 'Solna' })));
  await expect.poll(async () => (await visibleAreas(page)).length).toBe(11);
  // Announced: the answer is in the status region.
  await expect(page.getByRole('status').filter({ has: page.locator('[data-finder-outside]') })).toContainText(firstSentence(finder('sv', 'outside', { place: 'Solna' })));
  await expect(page.locator('[data-finder-status]')).toContainText(firstSentence(finder('sv', 'outside', { place: 'Solna' })));
});

test('no match says so and offers the full list and the contact centre', async ({ sitePage: page }) => {
  await page.goto('/sv/');
  await page.getByLabel(finder('sv', 'label')).fill('qwqwqw');
  const noMatch = page.locator('[data-finder-nomatch]');
  await expect(noMatch).toBeVisible();
  await expect(noMatch.locator('a[href^="tel:"]')).toHaveAttribute('href', 'tel:+46850800508');
  await expect.poll(async () => (await visibleAreas(page)).length).toBe(11);
  // Announced: the answer is in the status region, and it goes when a place is found.
  const status = page.locator('[data-finder-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText(firstSentence(finder('sv', 'noMatch')));
  await page.getByLabel(finder('sv', 'label')).fill('Tensta');
  await expect(status).toHaveText(finder('sv', 'results_one', { count: 1 }));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder is a list of the eleven areas with every name written out', async ({ page }) => {
    await page.goto('/so/hitta-stod/');
    await expect(page.locator('#finder-input')).toHaveCount(0);
    await expect(page.locator('[data-finder-nomatch], [data-finder-outside]')).toHaveCount(0);
    await expect(page.locator('[data-finder-list] li a')).toHaveCount(11);
    const text = await page.locator('[data-finder-list]').innerText();
    for (const d of districts) {
      for (const name of [d.name, ...d.neighbourhoods, ...d.placeNames.map((p) => p.name), ...d.formerNames]) expect(text).toContain(name);
    }
  });
});

/** The district page's Somaya card with the open-now line (the page may list Somaya more than once). */
const somaya = (page: import('@playwright/test').Page) => page.locator('[data-service-card="somaya"]:has(open-status)').first();

test.describe('open now, in Stockholm time', () => {
  test('Somaya on a Monday at 11:00 is open', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
    await page.goto('/sv/stadsdel/jarva/');
    const card = somaya(page);
    await expect(card.locator('[data-state="open"]')).toBeVisible();
    await expect(card.locator('[data-state]')).toHaveCount(1);
  });

  test('Somaya on a Sunday is closed, and points to a line that is open if the registry names one', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00Z'));
    await page.goto('/en/stadsdel/farsta/');
    const closed = somaya(page).locator('[data-state="closed"]');
    await expect(closed).toBeVisible();
    await expect(somaya(page).locator('[data-state]')).toHaveCount(1);
    // A line to call instead only when the registry names one that serves the same people.
    const instead = getService('somaya').whenClosed;
    if (instead) {
      await expect(closed).toContainText(`Call ${getService(instead).name} instead`);
      await expect(closed.locator('a')).toHaveAttribute('href', shownPhone(getService(instead))!.href);
    } else {
      await expect(closed).toHaveText('Closed now.');
    }
  });

  test('on Midsommarafton, with no holiday rule, it says it may be closed', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-06-19T10:00:00Z'));
    await page.goto('/sv/stadsdel/bromma/');
    await expect(somaya(page).locator('[data-state="unknown"]')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the hours are written out', async ({ page }) => {
      await page.goto('/sv/stadsdel/bromma/');
      await expect(page.locator('[data-service-card="somaya"]:has(open-status)').first()).toContainText('mån–fre 09:00–16:00');
      await expect(page.locator('[data-state]')).toHaveCount(0);
    });
  });
});

for (const language of languages) {
  test(`${language.code}: every district page shows 112 and a route to its relationsvåldscentrum`, () => {
    for (const d of districts) {
      const html = builtHtml(`/${language.code}/stadsdel/${d.id}/`);
      expect(html, d.id).toContain('href="tel:112"');
      const route = /<p[^>]*data-rvc-route[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(route, d.id).toMatch(/href="tel:\+46850800508"/);
      const rvc = districtRvc(d);
      if (rvc) {
        expect(html, d.id).toContain(`data-rvc="${rvc.id}"`);
        expect(route, d.id).toContain(rvc.name);
      } else {
        expect(html, d.id).toContain('data-rvc="unknown"');
      }
    }
  });
}
