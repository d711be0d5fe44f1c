import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, cacheControlFor, contentSecurityPolicy, headersFile, securityHeaders, styleHash } from '../../src/config/security.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

test('the policy allows scripts only from this origin, with no inline script and no eval', () => {
  const policy = contentSecurityPolicy(['sha256-abc=']);
  expect(policy).toMatch(/^default-src 'self'/);
  expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
});

test('inline CSS is allowed by its hash only', () => {
  expect(contentSecurityPolicy(['sha256-abc='])).toContain("style-src 'self' 'sha256-abc='");
  expect(contentSecurityPolicy([])).toContain("style-src 'self';");
  const css = 'body{color:red}';
  expect(styleHash(css)).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
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

test('_headers sends every security header on every path, HSTS and the style hash included', () => {
  const rules = parseHeaders(headersFile(languageCodes, ['sha256-abc=']));
  expect(rules.get('/*')).toEqual(securityHeaders(['sha256-abc=']));
  expect(rules.get('/*')!['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  expect(rules.get('/*')!['Content-Security-Policy']).toContain("'sha256-abc='; ");
  expect(rules.get('/*')!['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
});

test('_headers: hashed /_astro/ files are immutable, HTML revalidates, and no path gets both', () => {
  const rules = parseHeaders(headersFile(languageCodes, []));
  expect(rules.get('/_astro/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  for (const path of ['/', '/sv/*', '/fa/*', '/404.html', '/pagefind/*']) expect(rules.get(path), path).toEqual({ 'Cache-Control': 'no-cache' });
  // Hosts join the values of several matching rules: the catch-all must carry no Cache-Control.
  expect(rules.get('/*')).not.toHaveProperty('Cache-Control');
});

test('cacheControlFor: /_astro/ immutable, everything else revalidates', () => {
  expect(cacheControlFor('/_astro/app.B1x2.js')).toBe(CACHE_IMMUTABLE);
  expect(cacheControlFor('/sv/')).toBe(CACHE_REVALIDATE);
  expect(cacheControlFor('/pagefind/pagefind.js')).toBe(CACHE_REVALIDATE);
  expect(cacheControlFor('/x/_astro/y.js')).toBe(CACHE_REVALIDATE);
});
