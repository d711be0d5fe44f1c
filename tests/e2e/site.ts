/** What the browser tests share: the built site's pages (from ../dist/site.ts) and the traces a visit may leave. */
import type { BrowserContext, Page } from '@playwright/test';

export { DIST, builtHtml, builtPages, languagePages } from '../dist/site.ts';

export const QUICK_EXIT_HOST = 'https://www.smhi.se/';

/** Everything a visit could leave in the browser: cookies, storage, databases, workers, caches. */
export async function browserTraces(page: Page, context: BrowserContext) {
  return {
    cookies: (await context.cookies()).length,
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
