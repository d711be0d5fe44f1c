import { expect, test } from 'vitest';
import { formatSummary, stringsState, summarise } from '../../src/lib/i18nReport.ts';

test('a UI string file is machine until reviewed, and outdated when the Swedish file changed since', () => {
  expect(stringsState(undefined, 'aaa')).toBe('machine');
  expect(stringsState({ status: 'reviewed', sourceVersion: 'aaa' }, 'aaa')).toBe('reviewed');
  expect(stringsState({ status: 'reviewed', sourceVersion: 'aaa' }, 'bbb')).toBe('outdated');
  expect(stringsState(undefined, 'aaa', false)).toBe('missing');
});

test('per language: page counts, violations and the share of safety-critical text reviewed', () => {
  const summary = summarise(
    'so',
    { 'akut-hjalp': 'reviewed', 'sa-fungerar-stodet': 'outdated', 'dolj-ditt-besok': 'reviewed', ung: 'machine', barn: 'reviewed', heder: 'missing' },
    { 'district.json': 'reviewed', 'common.json': 'machine' },
    3,
  );
  expect(summary.pages).toEqual({ reviewed: 3, machine: 1, outdated: 1, missing: 1 });
  expect(summary.safety).toEqual({ reviewed: 3, total: 5, share: 0.6, notReviewed: ['sa-fungerar-stodet (outdated)', 'ung (machine)'] });
  expect(formatSummary(summary)).toBe(
    'so  pages: reviewed 3 · machine 1 · outdated 1 · missing 1 · 3 term-list violations · safety-critical reviewed 3/5 (60 %)',
  );
  expect(formatSummary(summarise('fi', {}, {}, undefined))).toMatch(/no term list · safety-critical reviewed 0\/5 \(0 %\)$/);
});
