import { expect, test } from '@playwright/test';
import { NO_TRACES, browserTraces, builtPages } from './site.ts';



for (const path of builtPages()) {
  test(`${path} makes no request to another origin and leaves no trace`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    expect(await browserTraces(page, context)).toEqual(NO_TRACES);
  });
}

test('searching leaves no trace and sends nothing elsewhere', async ({ page, context, baseURL }) => {
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
  expect(await browserTraces(page, context)).toEqual(NO_TRACES);
});
