import { expect, test } from '@playwright/test';
import { languages } from '../../src/i18n/languages.ts';
import { builtHtml, languagePages } from './site.ts';

const RTL = new Set(languages.filter((l) => l.dir === 'rtl').map((l) => l.code));

function attr(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

for (const path of languagePages().filter((p) => !p.startsWith('/sv/lattlast/'))) {
  const lang = path.split('/')[1];
  const slug = path.split('/').slice(2).join('/');

  test(`${path}: lang, dir, hreflang and the language list`, async ({ request }) => {
    const html = builtHtml(path);
    expect(attr(html, /<html lang="([^"]+)"/)).toBe(lang);
    expect(attr(html, /<html lang="[^"]+" dir="([^"]+)"/)).toBe(RTL.has(lang) ? 'rtl' : 'ltr');

    const hreflangs = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]);
    expect(hreflangs).toEqual([...languages.map((l) => [l.tag, `/${l.code}/${slug}`]), ['x-default', '/']]);

    const list = /<ul[^>]*data-language-list[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const links = [...list.matchAll(/<a href="([^"]+)"[^>]*lang="([^"]+)"/g)].map((m) => ({ href: m[1], lang: m[2] }));
    expect(links.map((l) => l.lang)).toEqual(languages.map((l) => l.tag));
    for (const link of links) {
      expect(link.href).toBe(`/${link.lang}/${slug}`);
      const response = await request.get(link.href);
      expect(response.status(), link.href).toBe(200);
      expect(attr(await response.text(), /<html lang="([^"]+)"/)).toBe(link.lang);
    }
  });
}

test('following a language link in the browser opens the same page in that language', async ({ page }) => {
  await page.goto('/sv/dolj-ditt-besok/');
  await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'فارسی' }).click();
  await expect(page).toHaveURL(/\/fa\/dolj-ditt-besok\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'Soomaali' }).first().click();
  await expect(page).toHaveURL(/\/so\/dolj-ditt-besok\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'so');
});

test('the welcome page lists every language by its own name and never redirects', async ({ page }) => {
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

test('a lättläst page offers the same topic in every other language', async ({ request }) => {
  const html = builtHtml('/sv/lattlast/vad-ar-vald/');
  const list = /<ul[^>]*data-language-list[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  const links = [...list.matchAll(/<a href="([^"]+)"[^>]*lang="([^"]+)"/g)].map((m) => ({ href: m[1], lang: m[2] }));
  expect(links.find((l) => l.lang === 'sv')?.href).toBe('/sv/lattlast/vad-ar-vald/');
  for (const link of links.filter((l) => l.lang !== 'sv')) {
    expect(link.href).toBe(`/${link.lang}/vad-ar-vald/`);
    expect((await request.get(link.href)).status()).toBe(200);
  }
});
