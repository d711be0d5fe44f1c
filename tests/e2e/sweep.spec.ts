/**
 * One visit per page: axe (WCAG A/AA and best practice) and the discretion check (no request to
 * another origin; no cookie, storage, database, cache or service worker) in the same visit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { NO_TRACES, browserTraces, sweepPages } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Accepted exceptions to axe's rules, each with its reason. */
const ACCEPTED: Record<string, string> = {};

for (const path of sweepPages()) {
  test(`${path}: axe finds nothing; no request elsewhere, no trace left`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Only violations are gathered: building the lists of passes and incomplete checks is most of axe's time.
    const results = await new AxeBuilder({ page }).withTags(TAGS).disableRules(Object.keys(ACCEPTED)).options({ resultTypes: ['violations'] }).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect({ violations, foreign, traces: await browserTraces(page, context) }).toEqual({ violations: [], foreign: [], traces: NO_TRACES });
  });
}
