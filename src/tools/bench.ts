/**
 * Builds the site and prints what it weighs and how long it took, next to the budgets in
 * DESIGN.md §6. It prints figures; it asserts nothing.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const BUDGET = { htmlCss: 25 * 1024, js: 2 * 1024, buildSeconds: 60 };

function timed(command: string): number {
  const start = performance.now();
  execSync(command, { cwd: root, stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

const astroSeconds = timed('npx astro build');
const pagefindSeconds = timed('npx pagefind --site dist');

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The kind of page, from its path: the budgets are per kind. */
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

interface Row { type: string; pages: number; htmlCssGz: number; htmlCssBr: number; jsGz: number; jsBr: number; worst: string }
const rows = new Map<string, Row>();
const assetCache = new Map<string, Buffer>();
const asset = (href: string) => {
  if (!assetCache.has(href)) assetCache.set(href, readFileSync(join(dist, href)));
  return assetCache.get(href)!;
};

const pages = walk(dist);
for (const file of pages) {
  const rel = relative(dist, file).split(sep).join('/');
  const urlPath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => asset(m[1]));
  const js = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => asset(m[1]));
  const sizes = { htmlCssGz: gz(html) + css.reduce((s, c) => s + gz(c), 0), htmlCssBr: br(html) + css.reduce((s, c) => s + br(c), 0), jsGz: js.reduce((s, j) => s + gz(j), 0), jsBr: js.reduce((s, j) => s + br(j), 0) };
  const type = pageType(urlPath);
  const row = rows.get(type) ?? { type, pages: 0, htmlCssGz: 0, htmlCssBr: 0, jsGz: 0, jsBr: 0, worst: '' };
  row.pages += 1;
  if (sizes.htmlCssGz > row.htmlCssGz) row.worst = urlPath;
  row.htmlCssGz = Math.max(row.htmlCssGz, sizes.htmlCssGz);
  row.htmlCssBr = Math.max(row.htmlCssBr, sizes.htmlCssBr);
  row.jsGz = Math.max(row.jsGz, sizes.jsGz);
  row.jsBr = Math.max(row.jsBr, sizes.jsBr);
  rows.set(type, row);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (n: number, budget: number) => (n <= budget ? 'ok' : 'OVER');
console.log('Stöd nära — benchmark (largest page of each type; compressed bytes)\n');
console.log('type      pages  HTML+CSS gzip  brotli    JS gzip  brotli   budget (HTML+CSS ≤ 25 KB, JS ≤ 2 KB)  largest page');
for (const r of [...rows.values()].sort((a, b) => a.type.localeCompare(b.type))) {
  console.log(
    `${r.type.padEnd(9)} ${String(r.pages).padStart(5)}  ${kb(r.htmlCssGz).padStart(13)}  ${kb(r.htmlCssBr).padStart(7)}  ${kb(r.jsGz).padStart(8)}  ${kb(r.jsBr).padStart(6)}   ${mark(r.htmlCssBr, BUDGET.htmlCss)} / ${mark(r.jsBr, BUDGET.js)}${' '.repeat(30)}${r.worst}`,
  );
}

const pagefindDir = join(dist, 'pagefind');
const wasmGz = Math.max(...readdirSync(pagefindDir).filter((f) => f.startsWith('wasm.')).map((f) => gz(readFileSync(join(pagefindDir, f)))));
const searchJs = gz(readFileSync(join(pagefindDir, 'pagefind.js'))) + wasmGz;
console.log(`\nsearch, loaded on demand on the search page only: pagefind.js + one wasm ${kb(searchJs)} gzip (plus index chunks per query)`);
console.log(`pages built: ${pages.length}`);
console.log(`build: astro ${astroSeconds.toFixed(1)} s + pagefind ${pagefindSeconds.toFixed(1)} s = ${(astroSeconds + pagefindSeconds).toFixed(1)} s (budget ${BUDGET.buildSeconds} s: ${astroSeconds + pagefindSeconds <= BUDGET.buildSeconds ? 'ok' : 'OVER'})`);

// The district finder: what it ships, and how fast it answers.
{
  const { findDistricts } = await import('../lib/finder.ts');
  const { districts, finderNames, outsideCity } = await import('../data/registry.ts');
  const { FINDER_CASES } = await import('../../tests/unit/finderCases.ts');
  const finderPage = readFileSync(join(dist, 'sv/hitta-stod/index.html'), 'utf8');
  const finderScript = [...finderPage.matchAll(/<script[^>]*src="([^"]*DistrictFinder[^"]*)"/g)].map((m) => asset(m[1]));
  const finderData = Buffer.from([...finderPage.matchAll(/data-(?:names|outside)="([^"]*)"/g)].map((m) => m[1]).join('\n'));
  const areas = districts.map((d) => ({ id: d.id, names: finderNames(d) }));
  const times: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const [query] of FINDER_CASES) {
      const start = performance.now();
      findDistricts(query, areas, outsideCity);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `\nfinder: JS ${kb(finderScript.reduce((s, b) => s + gz(b), 0))} gzip / ${kb(finderScript.reduce((s, b) => s + br(b), 0))} brotli; names data ${kb(gz(finderData))} gzip (${districts.length} areas, ${areas.reduce((s, a) => s + a.names.length, 0)} names)`,
  );
  console.log(`finder query time over ${FINDER_CASES.length} test queries × 50: median ${(at(0.5) * 1000).toFixed(0)} µs, p99 ${(at(0.99) * 1000).toFixed(0)} µs`);
}
