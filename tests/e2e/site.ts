/** What the e2e tests know about the built site: every page, read from dist/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export const DIST = join(import.meta.dirname, '../../dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** URL path of every built page: `/`, `/sv/`, `/sv/om-webbplatsen/`, `/404.html`. */
export function builtPages(): string[] {
  const files = walk(DIST);
  if (files.length === 0) throw new Error('No built pages in dist/: run `npm run build` first.');
  return files
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      if (rel === 'index.html') return '/';
      if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
      return `/${rel}`;
    })
    .sort();
}

export function builtHtml(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

/** Content pages under a language: `/sv/...`. */
export function languagePages(): string[] {
  return builtPages().filter((p) => /^\/[a-z]{2}\//.test(p));
}

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
