/** What ships in dist/ for a static host: no unused Pagefind bundles, and caching rules for every path. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headersFile, revalidatedPaths } from '../../src/config/security.ts';
import { builtStyleHashes } from '../../src/tools/builtSite.ts';
import { languageCodes } from '../../src/i18n/languages.ts';
import { UNUSED_PAGEFIND_BUNDLE } from '../../src/tools/pagefind-prune.ts';
import { DIST } from './site.ts';

const pagefind = join(DIST, 'pagefind');

test('Pagefind\'s own interface bundles do not ship', () => {
  const names = readdirSync(pagefind);
  expect(names.filter((n) => /^pagefind-(ui|modular-ui|component-ui|highlight)/.test(n))).toEqual([]);
  expect(names.filter((n) => UNUSED_PAGEFIND_BUNDLE.test(n))).toEqual([]);
  expect(existsSync(join(pagefind, 'playground'))).toBe(false);
});

test('what our own search uses still ships: pagefind.js, its WebAssembly, index and fragments', () => {
  const names = readdirSync(pagefind);
  expect(names).toContain('pagefind.js');
  expect(names).toContain('pagefind-entry.json');
  expect(names.some((n) => /^wasm\.sv\.pagefind$/.test(n))).toBe(true);
  expect(readdirSync(join(pagefind, 'index')).length).toBeGreaterThan(0);
  expect(readdirSync(join(pagefind, 'fragment')).length).toBeGreaterThan(0);
});

test('the built _headers is the one from src/config/security.ts, with the inlined CSS\'s hash', () => {
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile(languageCodes, builtStyleHashes(DIST)));
});

test('every top-level file and folder of dist/ has a caching rule in _headers', () => {
  const rules = new Set(revalidatedPaths(languageCodes));
  const missing = readdirSync(DIST)
    .filter((name) => name !== '_astro' && name !== '_headers')
    .filter((name) => !rules.has(statSync(join(DIST, name)).isDirectory() ? `/${name}/*` : `/${name}`));
  expect(missing).toEqual([]);
});
