import { expect, test } from '@playwright/test';

test('Swedish search finds Swedish pages, by keyboard, and announces the count', async ({ page }) => {
  await page.goto('/sv/sok/');
  const box = page.getByRole('searchbox', { name: 'Vad letar du efter?' });
  await box.focus();
  await page.keyboard.type('historiken');
  await page.keyboard.press('Enter');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', /^\/sv\/dolj-ditt-besok\/$/);
  await expect(page.getByRole('status').filter({ hasText: /träff/ })).toHaveText(/^\d+ träff(ar)?$/);
  expect(new URL(page.url()).search).toBe('');
});

test('English search returns English pages only', async ({ page }) => {
  await page.goto('/en/sok/');
  await page.getByRole('searchbox').fill('history');
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
});

test('a word with no match says so', async ({ page }) => {
  await page.goto('/sv/sok/');
  await page.getByRole('searchbox').fill('xqzxqzxqz');
  await expect(page.locator('[data-search-status]')).toHaveText(/Inga träffar/);
});

test('Escape in the search box does not leave the page', async ({ page }) => {
  await page.goto('/sv/sok/');
  await page.getByRole('searchbox').fill('stöd');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/sv/sok/');
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
    test(`${lang}: "${term}"`, async ({ page }) => {
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
    test(`${lang}: the protected-housing page by its own title`, async ({ page }) => {
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
