/**
 * One visit per page: axe (WCAG A/AA and best practice) and the discretion check (no request to
 * another origin; no cookie, storage, database, cache or service worker) in the same visit.
 *
 * Speed (238 pages): each worker keeps one browser page for all its visits, since a new context per
 * page cost more than the checks. axe-core is registered once per worker as an init script, so the
 * browser keeps its 500 KB source instead of receiving it twice per page, and runs in legacy mode
 * (one axe.run in the page; no blank page per analysis; the site has no frames). A page that
 * leaves a trace fails its own test, and Playwright then replaces the worker, so a trace cannot be
 * blamed on the next page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { NO_TRACES, browserTraces, sweepPages, workerPage } from './site.ts';

const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxeBuilder.resolve('axe-core/axe.min.js'), 'utf8');
/** What AxeBuilder injects before each analysis: nothing, as every page already has axe. */
const ALREADY_LOADED = ';';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Accepted exceptions to axe's rules, each with its reason. */
const ACCEPTED: Record<string, string> = {};

const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const page = await workerPage(browser, workerInfo.project.use.baseURL, AXE_SOURCE);
      await use(page);
      await page.context().close();
    },
    { scope: 'worker' },
  ],
});

for (const path of sweepPages()) {
  test(`${path}: axe finds nothing; no request elsewhere, no trace left`, async ({ sweepPage: page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const watch = (request: { url(): string }) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    };
    page.on('request', watch);
    try {
      await page.goto(path, { waitUntil: 'load' });
      // Only violations are gathered: building the lists of passes is most of axe's time. The
      // request watch stays on while axe runs, so a request made after load is still caught.
      const results = await new AxeBuilder({ page, axeSource: ALREADY_LOADED })
        .withTags(TAGS)
        .disableRules(Object.keys(ACCEPTED))
        .options({ resultTypes: ['violations'] })
        .setLegacyMode(true)
        .analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect({ violations, foreign, traces: await browserTraces(page) }).toEqual({ violations: [], foreign: [], traces: NO_TRACES });
    } finally {
      page.off('request', watch);
    }
  });
}
