import { expect, test } from 'vitest';
import { entrySlug, pageRoutes } from '../../src/lib/pages.ts';
import { splitAround } from '../../src/lib/template.ts';
import { sourceVersion, translationState } from '../../src/lib/translationStatus.ts';

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

test('a sentence splits around its placeholder, in any word order', () => {
  expect(splitAround('Ring {{number}}', 'number')).toEqual(['Ring ', '']);
  expect(splitAround('ናብ {{number}} ደውሉ', 'number')).toEqual(['ናብ ', ' ደውሉ']);
  expect(splitAround('No placeholder', 'number')).toEqual(['No placeholder', '']);
});

test('source versions change with the text, not with line endings', () => {
  const a = sourceVersion('---\ntitle: A\n---\nText\n');
  expect(a).toMatch(/^[0-9a-f]{12}$/);
  expect(sourceVersion('---\r\ntitle: A\r\n---\r\nText\r\n')).toBe(a);
  expect(sourceVersion('---\ntitle: A\n---\nText changed\n')).not.toBe(a);
});

test('translation state compares with the current Swedish source', () => {
  const meta = { source: 'index', sourceVersion: 'abc123abc123', status: 'machine' as const };
  expect(translationState('sv', undefined, 'x', true)).toBe('source');
  expect(translationState('en', undefined, 'abc123abc123', false)).toBe('missing');
  expect(translationState('en', meta, 'abc123abc123', true)).toBe('machine');
  expect(translationState('en', { ...meta, status: 'reviewed' }, 'abc123abc123', true)).toBe('reviewed');
  expect(translationState('en', meta, 'ffffffffffff', true)).toBe('outdated');
});
