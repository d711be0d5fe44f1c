/** dist/sitemap.xml: every public page once, lättläst included; nothing that is not built. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, builtHtml, builtPages } from './site.ts';

const listed = [...readFileSync(join(DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const noindex = (path: string) => /<meta name="robots" content="noindex/.test(builtHtml(path));

test('the sitemap lists the lättläst pages', () => {
  const easy = builtPages().filter((p) => p.startsWith('/sv/lattlast/'));
  expect(easy.length).toBeGreaterThan(0);
  expect(easy.filter((p) => !listed.includes(p))).toEqual([]);
});

test('the sitemap lists every public page that is built, and nothing else', () => {
  const pages = builtPages().filter((p) => p.endsWith('/') && !noindex(p));
  expect(pages.filter((p) => !listed.includes(p)), 'built but not listed').toEqual([]);
  expect(listed.filter((p) => !builtPages().includes(p)), 'listed but not built').toEqual([]);
  expect(listed.filter((p) => noindex(p)), 'listed but noindex').toEqual([]);
  expect(new Set(listed).size).toBe(listed.length);
});
