import { expect, test } from './site.ts';

/**
 * The district finder with place names in Arabic and Persian script and with Finnish case endings,
 * in the built site: the names come from districts.json (scriptNames) through the list's data.
 */
const visibleAreas = (page: import('@playwright/test').Page) =>
  page.locator('[data-finder-list] li:visible').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.area));

test('Arabic page: a neighbourhood in Arabic script, in Persian letters, or with vowel marks leads to its area', async ({ sitePage: page }) => {
  await page.goto('/ar/hitta-stod/');
  const input = page.locator('#finder-input');
  for (const written of ['رينكبي', 'رینکبی', 'رِينْكَبِي', 'رينـكبي']) {
    await input.fill(written);
    await expect.poll(() => visibleAreas(page), written).toEqual(['jarva']);
    await expect(page.locator('[data-finder-list] li:visible a')).toHaveAttribute('href', '/ar/stadsdel/jarva/');
  }
  await input.fill('سودرمالم');
  await expect.poll(() => visibleAreas(page)).toEqual(['sodermalm']);
  // A word that is no place: no area is picked, the whole list stays and the no-match answer is given.
  await input.fill('مرحبا');
  await expect.poll(async () => (await visibleAreas(page)).length).toBe(11);
  await expect(page.locator('[data-finder-status] [data-finder-nomatch]')).toBeVisible();
});

test('Persian page: a Persian spelling leads to its area', async ({ sitePage: page }) => {
  await page.goto('/fa/hitta-stod/');
  await page.locator('#finder-input').fill('تنستا');
  await expect.poll(() => visibleAreas(page)).toEqual(['jarva']);
  await expect(page.locator('[data-finder-list] li:visible a')).toHaveAttribute('href', '/fa/stadsdel/jarva/');
});

test('Finnish page: a name with a case ending leads to its area', async ({ sitePage: page }) => {
  await page.goto('/fi/hitta-stod/');
  const input = page.locator('#finder-input');
  await input.fill('Rinkebyssä');
  await expect.poll(() => visibleAreas(page)).toEqual(['jarva']);
  await input.fill('Skärholmeniin');
  await expect.poll(() => visibleAreas(page)).toEqual(['skarholmen']);
});
