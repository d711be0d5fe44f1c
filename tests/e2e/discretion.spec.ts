/** Discretion while using the site (each page's own visit is in sweep.spec.ts). */
import { expect, test, NO_TRACES, browserTraces } from './site.ts';

test('searching leaves no trace and sends nothing elsewhere', async ({ sitePage: page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  await page.goto('/sv/sok/');
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole('searchbox').fill('Kvinnofridslinjen');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(page.url()).toBe(`${origin}/sv/sok/`);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(foreign).toEqual([]);
  expect(await browserTraces(page)).toEqual(NO_TRACES);
});
