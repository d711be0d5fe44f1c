/**
 * What a visitor feels, in figures: it prints, it asserts nothing.
 *   1. build time (astro + pagefind);
 *   2. per page type, the largest page: HTML with its CSS (gzip, brotli), every script it loads
 *      (gzip, brotli) against the JavaScript budgets, and the requests on the critical path;
 *   3. in Chromium on an emulated slow network (150 ms round trip, 1.6 Mbps down), median of five:
 *      first contentful paint, largest contentful paint and layout shift, per page type;
 *   4. the first search on the same network: bytes and time to the first result;
 *   5. Lighthouse (mobile), median of three per page type: all four category scores.
 * Usage: npm run bench [-- --no-build] [-- --no-lighthouse] [-- --runs=N] [-- --types=home,district]
 *        BUILT_SITE=/path/to/other/dist npm run bench -- --no-build   (measure another build)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { builtHtml, builtPages, DIST } from './builtSite.ts';
import { createSiteServer } from './serve.ts';

const root = join(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));
const RUNS = Number([...args].find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
/** Only these page types in the browser and Lighthouse parts (--types=home,district); all by default. */
const ONLY_TYPES = [...args].find((a) => a.startsWith('--types='))?.slice(8).split(',');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KB = 1024;
/**
 * JavaScript budgets (gzip, everything a page loads): DESIGN.md §6 for content (reading), district,
 * home and finder pages. The four tools (search, self-check, safety plan, traces) are not named
 * there; their script is the tool itself, so we hold them to the district pages' 3 KB.
 */
const TOOL_JS_BUDGET = 3 * KB;
const JS_BUDGET: Record<string, number> = {
  home: 3.5 * KB,
  finder: 3.5 * KB,
  district: 3 * KB,
  search: TOOL_JS_BUDGET,
  'self-check': TOOL_JS_BUDGET,
  'safety-plan': TOOL_JS_BUDGET,
  traces: TOOL_JS_BUDGET,
};
const READING_JS_BUDGET = 2 * KB;
/** Slow 4G as Lighthouse defines it: 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Build.
if (!args.has('--no-build')) {
  const timed = (command: string) => {
    const start = performance.now();
    execSync(command, { cwd: root, stdio: 'ignore' });
    return (performance.now() - start) / 1000;
  };
  const astro = timed('npx astro build');
  const pagefind = timed('npx pagefind --site dist && node src/tools/pagefind-prune.ts');
  console.log(`build: astro ${astro.toFixed(1)} s + pagefind ${pagefind.toFixed(1)} s = ${(astro + pagefind).toFixed(1)} s (budget 60 s)\n`);
}

/** The kind of page, from its path: budgets and measurements are per kind. */
export function pageType(urlPath: string): string {
  if (urlPath === '/') return 'welcome';
  if (urlPath === '/404.html') return '404';
  const parts = urlPath.split('/').filter(Boolean);
  if (parts.length === 1) return 'home';
  if (parts[1] === 'sok') return 'search';
  if (parts[1] === 'hitta-stod') return 'finder';
  if (parts[1] === 'stadsdel') return 'district';
  if (parts[1] === 'material') return parts.length > 2 ? 'material' : 'content';
  if (parts[1] === 'lattlast') return 'lattlast';
  if (['sjalvtest', 'sjalvtest-ung'].includes(parts[1])) return 'self-check';
  if (parts[1] === 'sakerhetsplan') return 'safety-plan';
  if (parts[1] === 'spar') return 'traces';
  return 'content';
}

const file = (href: string) => readFileSync(join(DIST, href));

/** A module and every module it imports, statically or on load (not the ones imported on demand). */
function moduleClosure(href: string, seen = new Set<string>()): string[] {
  if (seen.has(href) || !existsSync(join(DIST, href))) return [];
  seen.add(href);
  const code = file(href).toString('utf8');
  const dir = href.slice(0, href.lastIndexOf('/') + 1);
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    moduleClosure(spec.startsWith('/') ? spec : new URL(spec, `http://x${dir}`).pathname, seen);
  }
  return [...seen];
}

// 2. Bytes and requests per page type.
interface Row { type: string; pages: number; example: string; htmlGz: number; htmlBr: number; jsGz: number; jsBr: number; critical: number }
const rows = new Map<string, Row>();
for (const path of builtPages()) {
  const html = builtHtml(path);
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const blockingCss = [...head.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")/g)].map((m) => m[1]);
  const blockingJs = [...head.matchAll(/<script(?![^>]*(?:type="module"|defer|async))[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const scripts = [...new Set([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].flatMap((m) => moduleClosure(m[1])))];
  const htmlBytes = Buffer.concat([Buffer.from(html), ...blockingCss.map(file)]);
  const js = scripts.map(file);
  const type = pageType(path);
  const row = rows.get(type) ?? { type, pages: 0, example: path, htmlGz: 0, htmlBr: 0, jsGz: 0, jsBr: 0, critical: 0 };
  row.pages += 1;
  const sizes = { htmlGz: gz(htmlBytes), htmlBr: br(htmlBytes), jsGz: js.reduce((n, b) => n + gz(b), 0), jsBr: js.reduce((n, b) => n + br(b), 0) };
  if (sizes.htmlBr > row.htmlBr) row.example = path;
  row.htmlGz = Math.max(row.htmlGz, sizes.htmlGz);
  row.htmlBr = Math.max(row.htmlBr, sizes.htmlBr);
  row.jsGz = Math.max(row.jsGz, sizes.jsGz);
  row.jsBr = Math.max(row.jsBr, sizes.jsBr);
  row.critical = Math.max(row.critical, 1 + blockingCss.length + blockingJs.length);
  rows.set(type, row);
}
const types = [...rows.values()].sort((a, b) => a.type.localeCompare(b.type));
const measured = types.filter((r) => !ONLY_TYPES || ONLY_TYPES.includes(r.type));
console.log('Per page type, the largest page (HTML with its CSS; every script it loads):');
console.log('type          pages  HTML+CSS gzip  brotli (≤14 KB)   JS gzip  brotli  JS budget        critical requests (goal 1)');
for (const r of types) {
  const budget = JS_BUDGET[r.type] ?? READING_JS_BUDGET;
  console.log(
    `${r.type.padEnd(12)} ${String(r.pages).padStart(6)}  ${kb(r.htmlGz).padStart(13)}  ${kb(r.htmlBr).padStart(7)} ${r.htmlBr <= 14 * KB ? 'ok  ' : 'OVER'}     ${kb(r.jsGz).padStart(7)}  ${kb(r.jsBr).padStart(6)}  ≤ ${kb(budget)} ${r.jsGz <= budget ? 'ok  ' : 'OVER'}   ${r.critical}`,
  );
}
console.log(`pages built: ${builtPages().length}\n`);

// 3–5 need a server and a browser.
const server = createSiteServer(DIST);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });

async function slowPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __cls: number };
    w.__lcp = 0;
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, close: () => context.close() };
}

console.log(`In Chromium, Slow 4G (150 ms RTT, 1.6 Mbps), median of ${RUNS}:`);
console.log('type          FCP       LCP       CLS     page');
for (const r of measured) {
  const fcp: number[] = [];
  const lcp: number[] = [];
  const cls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await slowPage();
    await page.goto(`${base}${r.example}`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const m = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: (window as unknown as { __lcp: number }).__lcp,
      cls: (window as unknown as { __cls: number }).__cls,
    }));
    fcp.push(m.fcp);
    lcp.push(m.lcp);
    cls.push(m.cls);
    await close();
  }
  console.log(`${r.type.padEnd(12)} ${ms(median(fcp)).padStart(7)}  ${ms(median(lcp)).padStart(7)}  ${median(cls).toFixed(3).padStart(6)}   ${r.example}`);
}

{
  const bytes: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await slowPage();
    await page.goto(`${base}/sv/sok/`, { waitUntil: 'load' });
    let transferred = 0;
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      transferred += Number(response.headers()['content-length'] ?? body.length);
    });
    const box = page.getByRole('searchbox');
    await box.waitFor();
    const start = Date.now();
    await box.fill('skyddat boende');
    await box.press('Enter');
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - start);
    await page.waitForTimeout(300);
    bytes.push(transferred);
    await close();
  }
  console.log(`\nfirst search on Slow 4G ("skyddat boende", /sv/sok/): ${kb(median(bytes))} transferred, first result after ${ms(median(times))} (median of ${RUNS})`);
}
await browser.close();

// 5. Lighthouse, mobile.
if (!args.has('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...LAUNCH_ARGS] });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  console.log('\nLighthouse (mobile), median of 3:');
  console.log(`type          ${categories.map((c) => c.padEnd(15)).join('')}page`);
  for (const r of measured) {
    const scores: Record<string, number[]> = Object.fromEntries(categories.map((c) => [c, []]));
    for (let i = 0; i < 3; i++) {
      const result = await lighthouse(`${base}${r.example}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      for (const c of categories) scores[c].push(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    }
    console.log(`${r.type.padEnd(12)}  ${categories.map((c) => String(median(scores[c])).padEnd(15)).join('')}${r.example}`);
  }
  chrome.kill();
}
server.close();
