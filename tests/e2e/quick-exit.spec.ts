import type { Page } from '@playwright/test';
import { expect, test, QUICK_EXIT_HOST, text } from './site.ts';

const NEUTRAL = '<!doctype html><html lang="sv"><head><title>Väder</title></head><body>Väder</body></html>';

/** The neutral page is another origin: answer it locally so nothing leaves the machine. */
async function stubNeutralPage(page: Page, delayMs = 0) {
  await page.context().route(`${QUICK_EXIT_HOST}**`, async (route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL });
  });
}

/**
 * The exit blanks the page synchronously in the key handler that decides to leave, so once a key
 * press has been dispatched, "not leaving" can be read at once: no waiting for something not to happen.
 */
async function expectStillHere(page: Page, path: string) {
  expect(await page.evaluate(() => document.documentElement.classList.contains('is-exiting'))).toBe(false);
  expect(new URL(page.url()).pathname).toBe(path);
}

async function pressShift(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
}

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ sitePage: page }) => {
    await stubNeutralPage(page);
  });

  test('clicking the button leaves for the neutral page', async ({ sitePage: page }) => {
    await page.goto('/sv/');
    await page.getByRole('link', { name: text('sv', 'quickExit.label') }).click();
    await page.waitForURL(QUICK_EXIT_HOST);
  });

  test('Shift pressed three times leaves', async ({ sitePage: page }) => {
    await page.goto('/en/');
    await pressShift(page, 3);
    await page.waitForURL(QUICK_EXIT_HOST);
  });

  test('Shift pressed twice does not leave, and says how many presses are left', async ({ sitePage: page }) => {
    await page.goto('/sv/');
    await pressShift(page, 2);
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(text('sv', 'quickExit.oneMore'));
    await expectStillHere(page, '/sv/');
  });

  test('Shift used with a letter does not count', async ({ sitePage: page }) => {
    await page.goto('/sv/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await expectStillHere(page, '/sv/');
  });

  test('typing on an on-screen keyboard, with Shift between characters, does not leave', async ({ sitePage: page }) => {
    await page.goto('/sv/sok/');
    const input = page.locator('#search-input');
    await input.focus();
    // iOS and Android keyboards send Shift events between characters; the text arrives as input events.
    for (const ch of ['H', 'e', 'j', 'S']) {
      await page.keyboard.press('Shift');
      await page.keyboard.insertText(ch);
    }
    await page.keyboard.press('Shift');
    await expect(input).toHaveValue('HejS');
    // Nothing is pending: the status tells of no count, and the page stays.
    await expect(page.locator('[data-quick-exit-status]')).not.toHaveText(text('sv', 'quickExit.oneMore'));
    await expectStillHere(page, '/sv/sok/');
  });

  test('an input method composing text between Shift presses does not leave', async ({ sitePage: page }) => {
    await page.goto('/fa/sok/');
    const input = page.locator('#search-input');
    await input.focus();
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['س', 'سل', 'سلا']) {
      await page.keyboard.press('Shift');
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await page.keyboard.press('Shift');
    await cdp.send('Input.insertText', { text: 'سلام' });
    await cdp.detach();
    await expect(input).toHaveValue('سلام');
    await expectStillHere(page, '/fa/sok/');
  });

  test('Shift pressed three times inside a text field with nothing typed leaves', async ({ sitePage: page }) => {
    await page.goto('/sv/sok/');
    await page.locator('#search-input').focus();
    await pressShift(page, 3);
    await page.waitForURL(QUICK_EXIT_HOST);
  });

  test('Escape does not leave', async ({ sitePage: page }) => {
    await page.goto('/sv/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await expectStillHere(page, '/sv/');
  });

  test('the page is blanked and its title cleared at once, before the next page arrives', async ({ sitePage: page }) => {
    await page.context().unrouteAll();
    await stubNeutralPage(page, 2000);
    await page.goto('/sv/om-webbplatsen/');
    // Read the state in the same task as the click: nothing may wait for the next page.
    const state = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a.js-quick-exit')!.click();
      return {
        exiting: document.documentElement.classList.contains('is-exiting'),
        title: document.title,
        visibility: getComputedStyle(document.body).visibility,
      };
    });
    expect(state).toEqual({ exiting: true, title: '', visibility: 'hidden' });
    await page.waitForURL(QUICK_EXIT_HOST);
  });

  test('after leaving, Back does not show the page that was left', async ({ sitePage: page }) => {
    await page.goto('/sv/');
    await page.goto('/sv/dolj-ditt-besok/');
    await pressShift(page, 3);
    await page.waitForURL(QUICK_EXIT_HOST);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/sv/');
  });

  test('a page restored from the back/forward cache is usable again', async ({ sitePage: page }) => {
    await page.goto('/sv/');
    const title = await page.title();
    await page.evaluate(() => {
      document.documentElement.classList.add('is-exiting');
      document.title = '';
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    expect(await page.evaluate(() => document.documentElement.classList.contains('is-exiting'))).toBe(false);
    expect(await page.title()).toBe(title);
  });

  test('the exit is the first thing keyboard and screen-reader users reach', async ({ sitePage: page }) => {
    await page.goto('/fa/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.classList.contains('js-quick-exit'));
    expect(focused).toBe(true);
    const firstLink = page.locator('body a').first();
    await expect(firstLink).toHaveClass(/js-quick-exit/);
  });
});

test.describe('the accessible name begins with the visible label (voice control)', () => {
  for (const lang of ['sv', 'ar']) {
    test(lang, async ({ sitePage: page }) => {
      await page.goto(`/${lang}/`);
      const link = page.locator('a.js-quick-exit');
      const visible = (await link.innerText()).trim();
      expect(visible.length).toBeGreaterThan(0);
      const escaped = visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(link).toHaveAccessibleName(new RegExp(`^${escaped}`));
      // Saying the visible label finds exactly this control.
      await expect(page.getByRole('link', { name: visible })).toHaveCount(1);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain link still leaves, without a referrer', async ({ page }) => {
    await stubNeutralPage(page);
    let referer: string | undefined = 'unset';
    page.on('request', (r) => {
      if (r.url().startsWith(QUICK_EXIT_HOST)) referer = r.headers()['referer'];
    });
    await page.goto('/sv/');
    const link = page.getByRole('link', { name: text('sv', 'quickExit.label') });
    await expect(link).toHaveAttribute('rel', /noreferrer/);
    await link.click();
    await page.waitForURL(QUICK_EXIT_HOST);
    expect(referer).toBeUndefined();
  });
});

test.describe('placement', () => {
  for (const { lang, side } of [
    { lang: 'sv', side: 'right' },
    { lang: 'en', side: 'right' },
    { lang: 'ar', side: 'left' },
    { lang: 'fa', side: 'left' },
  ]) {
    test(`${lang} at 320 and 1280 px: visible without scrolling, on the ${side}`, async ({ sitePage: page }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 640 });
        await page.goto(`/${lang}/`);
        expect(await page.locator('html').getAttribute('dir')).toBe(side === 'left' ? 'rtl' : 'ltr');
        const box = (await page.locator('a.js-quick-exit').boundingBox())!;
        expect(box.y, `${width}px`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${width}px`).toBeLessThanOrEqual(640);
        const centre = box.x + box.width / 2;
        if (side === 'right') expect(centre, `${width}px`).toBeGreaterThan(width / 2);
        else expect(centre, `${width}px`).toBeLessThan(width / 2);
        // Still in place after scrolling to the end.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const after = (await page.locator('a.js-quick-exit').boundingBox())!;
        expect(after.y, `${width}px`).toBeGreaterThanOrEqual(0);
        expect(after.y + after.height, `${width}px`).toBeLessThanOrEqual(640);
      }
    });
  }

  test('the sticky bar never covers the element that has focus', async ({ sitePage: page }) => {
    await page.setViewportSize({ width: 360, height: 560 });
    await page.goto('/sv/dolj-ditt-besok/');
    const covered: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('[data-top-bar]')!;
        if (!el || bar.contains(el) || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const barBottom = bar.getBoundingClientRect().bottom;
        return r.top < barBottom - 1 ? `${el.tagName} ${el.textContent?.trim().slice(0, 30)} top=${r.top} bar=${barBottom}` : null;
      });
      if (result) covered.push(result);
    }
    expect(covered).toEqual([]);
  });
});
