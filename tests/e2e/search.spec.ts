
import { expect, test, text } from './site.ts';

/** "N träffar" as the page says it, for any count, from locales/<lang>/common.json. */
function resultCount(lang: string): RegExp {
  const forms = ['one', 'other'].map((form) => text(lang, `search.results_${form}`, { count: '\\d+' }));
  return new RegExp(`^(${forms.join('|')})$`);
}

test('Swedish search finds Swedish pages, by keyboard, and announces the count', async ({ sitePage: page }) => {
  await page.goto('/sv/sok/');
  const box = page.getByRole('searchbox', { name: text('sv', 'search.label') });
  await box.focus();
  await page.keyboard.type('historiken');
  await page.keyboard.press('Enter');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', /^\/sv\/dolj-ditt-besok\/$/);
  await expect(page.locator('[data-search-status]')).toHaveText(resultCount('sv'));
  expect(new URL(page.url()).search).toBe('');
});

test('English search returns English pages only', async ({ sitePage: page }) => {
  await page.goto('/en/sok/');
  await page.getByRole('searchbox').fill('history');
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
});

test('a word with no match says so', async ({ sitePage: page }) => {
  await page.goto('/sv/sok/');
  await page.getByRole('searchbox').fill('xqzxqzxqz');
  await expect(page.locator('[data-search-status]')).toHaveText(text('sv', 'search.noResults'));
});

test('Escape in the search box does not leave the page', async ({ sitePage: page }) => {
  await page.goto('/sv/sok/');
  const status = page.locator('[data-search-status]');
  await page.getByRole('searchbox').fill('stöd');
  await expect(status).toHaveText(resultCount('sv'), { timeout: 15_000 });
  await page.keyboard.press('Escape');
  // Had Escape been bound to leaving, the page would be gone before this second search could end here.
  await page.getByRole('searchbox').fill('historiken');
  await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', '/sv/dolj-ditt-besok/', { timeout: 15_000 });
  expect(new URL(page.url()).pathname).toBe('/sv/sok/');
});

test('Pagefind is fetched when the search box gets focus, not on page load', async ({ sitePage: page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests.push(request.url());
  });
  await page.goto('/sv/sok/', { waitUntil: 'networkidle' });
  const box = page.getByRole('searchbox', { name: text('sv', 'search.label') });
  await expect(box).toBeVisible();
  expect(requests).toEqual([]);
  const loading = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/pagefind/'));
  await box.focus();
  await loading;
  // Nothing typed yet: the request came from the focus alone.
  await expect(box).toHaveValue('');
  await page.keyboard.type('stöd');
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
});

test('results are shown in Pagefind\'s order, the first five and then the rest', async ({ sitePage: page }) => {
  await page.goto('/sv/sok/');
  await page.getByRole('searchbox').fill('stöd');
  const links = page.locator('[data-search-results] li a');
  // The term matches more than five pages, so both the first five and the rest are shown.
  await expect(links).toHaveCount(10);
  const shown = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const expected = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    await pagefind.init();
    const found = await pagefind.search('stöd', { filters: { format: 'standard' } });
    const data = await Promise.all(found.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d) => d.url);
  });
  expect(shown).toEqual(expected);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page lists every page instead', async ({ page }) => {
    await page.goto('/sv/sok/');
    await expect(page.locator('[data-search-form]')).toBeHidden();
    await expect(page.locator('[data-search-noscript]')).toBeVisible();
    await expect(page.locator('[data-page-list] a[href="/sv/dolj-ditt-besok/"]')).toBeVisible();
  });
});

test.describe('the self-help pages are found in each language', () => {
  const cases: [string, string, string][] = [
    ['sv', 'skyddat boende', '/sv/skyddat-boende/'],
    ['en', 'protected housing', '/en/skyddat-boende/'],
  ];
  for (const [lang, term, expected] of cases) {
    test(`${lang}: "${term}"`, async ({ sitePage: page }) => {
      await page.goto(`/${lang}/sok/`);
      await page.getByRole('searchbox').fill(term);
      const hrefs = page.locator('[data-search-results] li a');
      await expect(hrefs.first()).toBeVisible();
      const all = await hrefs.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
      expect(all).toContain(expected);
    });
  }

  // Arabic and Somali: the page's own title in that language is the term a reader would type.
  for (const lang of ['ar', 'so']) {
    test(`${lang}: the protected-housing page by its own title`, async ({ sitePage: page }) => {
      await page.goto(`/${lang}/skyddat-boende/`);
      const title = (await page.locator('main h1').innerText()).split(/[،,:–-]/)[0].trim();
      await page.goto(`/${lang}/sok/`);
      await page.getByRole('searchbox').fill(title);
      const hrefs = page.locator('[data-search-results] li a');
      await expect(hrefs.first()).toBeVisible();
      const all = await hrefs.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
      expect(all).toContain(`/${lang}/skyddat-boende/`);
    });
  }
});
