import { expect, test } from 'vitest';
import { entrySlug, pageRoutes } from '../../src/lib/pages.ts';

const entries = [{ id: 'sv/index' }, { id: 'sv/om-webbplatsen' }, { id: 'en/index' }, { id: 'ar/om-webbplatsen' }];

test('entry ids become page slugs', () => {
  expect(entrySlug('sv/index')).toBe('');
  expect(entrySlug('fa/om-webbplatsen')).toBe('om-webbplatsen');
  expect(entrySlug('sv/stod/index')).toBe('stod');
});

test('every Swedish page gets a route in every language, falling back to Swedish', () => {
  const routes = pageRoutes(entries, ['sv', 'en', 'ar'], 'sv');
  expect(routes).toHaveLength(6);
  const find = (lang: string, slug: string) => routes.find((r) => r.lang === lang && r.slug === slug)!;
  expect(find('en', '')).toMatchObject({ entry: { id: 'en/index' }, isFallback: false });
  expect(find('en', 'om-webbplatsen')).toMatchObject({ entry: { id: 'sv/om-webbplatsen' }, isFallback: true });
  expect(find('ar', 'om-webbplatsen')).toMatchObject({ entry: { id: 'ar/om-webbplatsen' }, isFallback: false });
  expect(find('ar', '')).toMatchObject({ entry: { id: 'sv/index' }, isFallback: true });
});

test('a translated page without a Swedish source gets no route', () => {
  const routes = pageRoutes([{ id: 'en/orphan' }, { id: 'sv/index' }], ['sv', 'en'], 'sv');
  expect(routes.map((r) => r.slug)).toEqual(['', '']);
});
