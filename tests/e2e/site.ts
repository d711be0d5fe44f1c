/** What the browser tests share: the built site's pages (from ../dist/site.ts) and the traces a visit may leave. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Browser, type Page } from '@playwright/test';

import { builtPages } from '../dist/site.ts';

export { DIST, builtHtml, builtPages, languagePages } from '../dist/site.ts';

export { expect } from '@playwright/test';

const SITE_PAGE_VIEWPORT = { width: 1280, height: 720 };

/** A page in a context of its own, kept for all the tests of a worker; `initScript` runs in every document it opens. */
export async function workerPage(browser: Browser, baseURL: string | undefined, initScript?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: SITE_PAGE_VIEWPORT });
  if (initScript) await context.addInitScript({ content: initScript });
  return context.newPage();
}

/**
 * `sitePage`: one browser page per worker, handed from test to test. Opening a page costs this
 * 2-core machine about a second, more than most tests, so a test that only visits and reads pages
 * takes this one. Between tests its listeners, routes and media emulation are removed, its size is
 * reset and it is left on about:blank. A test that changes the page for good (a fake clock, init
 * scripts, JavaScript off, another user agent) takes Playwright's own fresh `page` instead. After a
 * failure Playwright starts a new worker, so a broken page is never handed on.
 */
export const test = base.extend<{ sitePage: Page }, { workerSitePage: Page }>({
  workerSitePage: [
    async ({ browser }, use, workerInfo) => {
      const page = await workerPage(browser, workerInfo.project.use.baseURL);
      await use(page);
      await page.context().close();
    },
    { scope: 'worker' },
  ],
  sitePage: async ({ workerSitePage: page }, use) => {
    await page.setViewportSize(SITE_PAGE_VIEWPORT);
    await use(page);
    await page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().unrouteAll({ behavior: 'ignoreErrors' });
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await page.goto('about:blank');
  },
});

export const QUICK_EXIT_HOST = 'https://www.smhi.se/';

/** Everything a visit could leave in the browser: cookies, storage, databases, workers, caches. */
export async function browserTraces(page: Page) {
  return {
    cookies: (await page.context().cookies()).length,
    ...(await page.evaluate(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
    }))),
  };
}

export const NO_TRACES = { cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, serviceWorkers: 0, caches: 0 };

/**
 * The pages the browser sweep visits: every content page in every language (their text differs),
 * and of the template pages (district, print material) every district in Swedish and in one
 * right-to-left language, plus one district per other language.
 */
export function sweepPages(pages: string[] = builtPages()): string[] {
  const template = /^\/([a-z]{2})\/(stadsdel|material)\/([a-z-]+)\/$/;
  const fullLanguages = new Set(['sv', 'ar']);
  const onePerLanguage = 'jarva';
  return pages.filter((path) => {
    const match = template.exec(path);
    if (!match) return true;
    const [, lang, , district] = match;
    return fullLanguages.has(lang) || district === onePerLanguage;
  });
}

/**
 * A UI string as the page shows it, read from locales/<lang>/<namespace>.json (the browser tests
 * run outside Vite, so they read the files themselves): `text('sv', 'languages.label')`,
 * `text('so', 'district:openNow')`, with `{{name}}` placeholders filled from `values`.
 */
export function text(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, name] = key.includes(':') ? key.split(':') : ['common', key];
  const strings = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lang, `${ns}.json`), 'utf8')) as Record<string, string>;
  const template = strings[name];
  if (template === undefined) throw new Error(`No string "${key}" in locales/${lang}/${ns}.json`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => String(values[v] ?? `{{${v}}}`));
}
