import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  cacheControlFor,
  headersFile,
} from '../../src/config/security.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

const root = join(import.meta.dirname, '../..');

test('the policy allows scripts only from this origin, with no inline or eval', () => {
  expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'/);
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'/);
});

test('public/_headers is written from src/config/security.ts and up to date (npm run headers:write)', () => {
  const text = readFileSync(join(root, 'public/_headers'), 'utf8');
  expect(text).toBe(headersFile(languageCodes));
});

/** The rules of a _headers file: path → headers. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
    else if (current) current[line.trim().slice(0, line.trim().indexOf(':'))] = line.trim().slice(line.trim().indexOf(':') + 2);
  }
  return rules;
}

test('public/_headers sends every security header on every path, HSTS included', () => {
  const rules = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));
  expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
  expect(SECURITY_HEADERS['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
});

test('public/_headers: hashed /_astro/ files are immutable, HTML revalidates, and no path gets both', () => {
  const rules = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));
  expect(rules.get('/_astro/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  for (const path of ['/', '/sv/*', '/fa/*', '/404.html', '/pagefind/*']) expect(rules.get(path), path).toEqual({ 'Cache-Control': 'no-cache' });
  // Hosts join the values of several matching rules: the catch-all must carry no Cache-Control.
  expect(rules.get('/*')).not.toHaveProperty('Cache-Control');
  for (const [path, headers] of rules) {
    if (path !== '/_astro/*' && 'Cache-Control' in headers) expect(path.startsWith('/_astro'), path).toBe(false);
  }
});

test('cacheControlFor: /_astro/ immutable, everything else revalidates', () => {
  expect(cacheControlFor('/_astro/app.B1x2.js')).toBe(CACHE_IMMUTABLE);
  expect(cacheControlFor('/sv/')).toBe(CACHE_REVALIDATE);
  expect(cacheControlFor('/pagefind/pagefind.js')).toBe(CACHE_REVALIDATE);
  expect(cacheControlFor('/x/_astro/y.js')).toBe(CACHE_REVALIDATE);
});
