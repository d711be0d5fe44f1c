/** Language choice in the browser (the static language rules are in tests/dist/languages.test.ts). */
import { languages } from '../../src/i18n/languages.ts';
import { expect, test, text } from './site.ts';

test('following a language link in the browser opens the same page in that language', async ({ sitePage: page }) => {
  await page.goto('/sv/dolj-ditt-besok/');
  await page.getByRole('navigation', { name: text('sv', 'languages.label') }).getByRole('link', { name: 'فارسی' }).click();
  await expect(page).toHaveURL(/\/fa\/dolj-ditt-besok\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'Soomaali' }).first().click();
  await expect(page).toHaveURL(/\/so\/dolj-ditt-besok\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'so');
});

test('the welcome page lists every language by its own name and never redirects', async ({ sitePage: page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/');
  for (const language of languages) {
    const link = page.locator(`[data-language-choice] a[hreflang="${language.tag}"]`);
    await expect(link).toContainText(language.name);
    await expect(link).toHaveAttribute('href', `/${language.code}/`);
  }
  await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
  await expect(page.locator('a.js-quick-exit')).toBeVisible();
});
