import { expect, test } from 'vitest';
import { sitemapPaths, sitemapXml } from '../../src/lib/sitemap.ts';

const input = {
  languages: ['sv', 'ar'] as const,
  pages: [
    { lang: 'sv', slug: '' },
    { lang: 'sv', slug: 'sok' },
    { lang: 'ar', slug: '' },
    { lang: 'ar', slug: 'sok' },
  ] as const,
  districtIds: ['jarva', 'farsta'],
  easyIds: ['index', 'vad-ar-vald'],
};

test('the sitemap lists the lättläst pages', () => {
  const paths = sitemapPaths(input);
  expect(paths).toContain('/sv/lattlast/');
  expect(paths).toContain('/sv/lattlast/vad-ar-vald/');
  expect(paths).not.toContain('/sv/lattlast/index/');
});

test('the sitemap lists the welcome page, /ung/, every page and every district page and help sheet in every language', () => {
  const paths = sitemapPaths(input);
  for (const p of ['/', '/ung/', '/sv/', '/sv/sok/', '/ar/', '/ar/sok/', '/sv/stadsdel/jarva/', '/ar/stadsdel/farsta/', '/ar/material/', '/sv/material/jarva/']) {
    expect(paths).toContain(p);
  }
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths).toHaveLength(2 + 4 + 2 * 2 + 2 * 3 + 2);
});

test('the XML gives absolute addresses on the public site', () => {
  const xml = sitemapXml('https://example.org', ['/', '/sv/lattlast/']);
  expect(xml).toContain('<loc>https://example.org/</loc>');
  expect(xml).toContain('<loc>https://example.org/sv/lattlast/</loc>');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
});
