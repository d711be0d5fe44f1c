import type { Page } from '@playwright/test';
import { districts } from '../../src/data/registry.ts';
import { IS_TEST_BUILD, SITE_URL } from '../../src/config/site.ts';
import { languages } from '../../src/i18n/languages.ts';
import { districtPayload, qrMatrix, qrSvgPath } from '../../src/lib/qr.ts';
import { expect, test, builtHtml, text } from './site.ts';

/** The listen control's Swedish labels, from locales/sv/formats.json. */
const listen = (key: 'play' | 'pause' | 'resume' | 'stop') => text('sv', `formats:listen.${key}`);

/** A fake speech engine: voices for the given languages, and a log of what it was asked to do. */
async function stubSpeech(page: Page, voiceLangs: string[]) {
  await page.addInitScript((langs) => {
    const log: string[] = [];
    (window as any).__speech = log;
    const voices = langs.map((lang) => ({ lang, name: `voice-${lang}`, localService: true, default: false, voiceURI: lang }));
    const engine = {
      getVoices: () => voices,
      speak: (u: { text: string }) => log.push(`speak:${u.text}`),
      pause: () => log.push('pause'),
      resume: () => log.push('resume'),
      cancel: () => log.push('cancel'),
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  }, voiceLangs);
}

test.describe('listen', () => {
  test('is hidden when the device has no voice for the language', async ({ page }) => {
    await stubSpeech(page, ['en-US']);
    await page.goto('/sv/vad-ar-vald/');
    await page.waitForFunction(() => customElements.get('read-aloud'));
    await expect(page.locator('read-aloud button')).toHaveCount(0);
  });

  test('reads the main content with a Swedish voice; pause and stop work', async ({ page }) => {
    await stubSpeech(page, ['sv-SE']);
    await page.goto('/sv/vad-ar-vald/');
    const control = page.locator('read-aloud');
    await expect(control.getByRole('button', { name: listen('play') })).toBeVisible();
    await control.getByRole('button', { name: listen('play') }).click();
    const title = await page.locator('main h1').innerText();
    await expect.poll(() => page.evaluate(() => (window as any).__speech as string[])).toContain(`speak:${title}`);
    const spoken = await page.evaluate(() => (window as any).__speech as string[]);
    expect(spoken.some((s) => s.includes(listen('play')))).toBe(false);
    await control.getByRole('button', { name: listen('pause') }).click();
    await control.getByRole('button', { name: listen('resume') }).click();
    await control.getByRole('button', { name: listen('stop') }).click();
    const after = await page.evaluate(() => (window as any).__speech as string[]);
    expect(after.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
    await expect(control.getByRole('button', { name: listen('play') })).toBeVisible();
  });

  test('uses the page language: Arabic needs an Arabic voice', async ({ page }) => {
    await stubSpeech(page, ['sv-SE']);
    await page.goto('/ar/vad-ar-vald/');
    await page.waitForFunction(() => customElements.get('read-aloud'));
    await expect(page.locator('read-aloud button')).toHaveCount(0);
  });
});

test.describe('print', () => {
  test('the help material prints the sheet and the card, without the quick exit or menus', async ({ sitePage: page }) => {
    await page.goto('/sv/material/jarva/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-help-sheet]')).toBeVisible();
    await expect(page.locator('[data-help-card]')).toBeVisible();
    await expect(page.locator('a.js-quick-exit')).toBeHidden();
    await expect(page.locator('header nav').first()).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    expect(await page.locator('[data-help-card]').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  });

  for (const lang of ['sv', 'ti', 'ar']) {
    test(`${lang}: printed sheet and card say someone may find them, and (test build) that the QR code leads nowhere, all inside the card`, async ({ sitePage: page }) => {
      await page.goto(`/${lang}/material/jarva/`);
      await page.emulateMedia({ media: 'print' });
      for (const part of ['[data-help-sheet]', '[data-help-card]']) {
        await expect(page.locator(`${part} [data-may-be-found]`)).toBeVisible();
        if (IS_TEST_BUILD) await expect(page.locator(`${part} [data-test-copy]`)).toBeVisible();
        else await expect(page.locator(`${part} [data-test-copy]`)).toHaveCount(0);
      }
      // The card is cut to A6 when printed: every line and the QR code must lie inside it.
      const outside = await page.locator('[data-help-card]').evaluate((card) => {
        const box = card.getBoundingClientRect();
        return [...card.children]
          .filter((child) => child.getBoundingClientRect().bottom > box.bottom + 0.5)
          .map((child) => child.outerHTML.slice(0, 60));
      });
      expect(outside).toEqual([]);
    });
  }

  test('every page prints without navigation and writes link addresses out', async ({ sitePage: page }) => {
    await page.goto('/sv/om-webbplatsen/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('a.js-quick-exit')).toBeHidden();
    await expect(page.locator(`nav[aria-label="${text('sv', 'languages.label')}"]`)).toBeHidden();
    const after = await page.locator('main a[href^="https://"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://');
  });
});

test('each QR code on every help sheet carries exactly its district page address', () => {
  for (const { code } of languages) {
    for (const d of districts) {
      const html = builtHtml(`/${code}/material/${d.id}/`);
      const payload = districtPayload(SITE_URL, code, d.id);
      const svgs = [...html.matchAll(/<svg[^>]*data-qr-payload="([^"]+)"[^>]*>[\s\S]*?<path d="([^"]+)"/g)];
      expect(svgs.length, `${code}/${d.id}`).toBe(2);
      for (const [, encoded, path] of svgs) {
        expect(encoded).toBe(payload);
        expect(new URL(encoded).search).toBe('');
        expect(path).toBe(qrSvgPath(qrMatrix(payload)));
      }
    }
  }
});

const PAGE_TYPES = ['/', '/sv/', '/ar/vad-ar-vald/', '/fa/stadsdel/jarva/', '/ti/hitta-stod/', '/so/sok/', '/fi/material/', '/en/material/farsta/', '/sv/lattlast/', '/ar/sjalvtest/', '/fa/sakerhetsplan/', '/en/spar/', '/404.html'];

test.describe('reading comfort', () => {
  // Only so the test can inject the WCAG 1.4.12 text-spacing style sheet; the site itself never needs it.
  test.use({ bypassCSP: true });
  test('no horizontal scrolling at 320 CSS px (400 % zoom), also with wider text spacing, on every page type', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const problems: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const plain = await overflow();
      if (plain > 0) problems.push(`${path}: ${plain} px too wide`);
      // WCAG 1.4.12 text spacing.
      await page.addStyleTag({
        content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
      });
      const spaced = await overflow();
      if (spaced > 0) problems.push(`${path}: ${spaced} px too wide with text spacing`);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 2 && el.offsetParent !== null && !el.classList.contains('sr-only'))
          .map((el) => el.tagName),
      );
      if (clipped.length) problems.push(`${path}: text clipped in ${clipped.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  test('forced colours keep every control visible', async ({ sitePage: page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/sv/sok/');
    for (const selector of ['a.js-quick-exit', 'button[type="submit"]', 'input[type="search"]']) {
      const border = await page.locator(selector).evaluate((el) => {
        const s = getComputedStyle(el);
        return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle };
      });
      expect(border.width, selector).toBeGreaterThanOrEqual(1);
      expect(border.style, selector).not.toBe('none');
    }
  });

  test('reduced motion is respected', async ({ sitePage: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/sv/');
    const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(behaviour).toBe('auto');
  });

  test('every focused control shows a strong focus indicator', async ({ sitePage: page }) => {
    await page.goto('/sv/hitta-stod/');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, width: parseFloat(s.outlineWidth), style: s.outlineStyle, shadow: s.boxShadow };
      });
      if (outline.tag === 'BODY') continue;
      expect(outline.style, outline.tag).toBe('solid');
      expect(outline.width, outline.tag).toBeGreaterThanOrEqual(3);
      expect(outline.shadow, outline.tag).not.toBe('none');
    }
  });
});

test.describe('lättläst', () => {
  test('ordinary pages link to their lättläst version, and back', async ({ sitePage: page }) => {
    await page.goto('/sv/vad-ar-vald/');
    await page.locator('[data-easy-version] a').click();
    await expect(page).toHaveURL(/\/sv\/lattlast\/vad-ar-vald\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.locator('[data-standard-link]').click();
    await expect(page).toHaveURL(/\/sv\/vad-ar-vald\/$/);
  });

  test('the header has a Lättläst entry on every language', async ({ sitePage: page }) => {
    for (const lang of ['sv', 'so']) {
      await page.goto(`/${lang}/`);
      await expect(page.locator('header [data-easy-link]')).toHaveAttribute('href', '/sv/lattlast/');
    }
  });

  test('search finds lättläst apart from the ordinary Swedish results', async ({ sitePage: page }) => {
    await page.goto('/sv/sok/');
    await page.getByRole('searchbox').fill('våld');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const main = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(main.some((h) => h?.includes('/lattlast/'))).toBe(false);
    await expect(page.locator('[data-easy-section]')).toBeVisible();
    const easy = await page.locator('[data-easy-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(easy.length).toBeGreaterThan(0);
    for (const href of easy) expect(href).toMatch(/^\/sv\/lattlast\//);
  });
});
