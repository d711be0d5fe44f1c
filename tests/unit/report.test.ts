import { expect, test } from 'vitest';
import { buildReport, reasonFor, staleBefore } from '../../src/data/report.ts';
import { districts, rvcCentres, rvcCommon, services } from '../../src/data/registry.ts';

const fact = (over: object) => ({ value: 'x', status: 'verified' as const, checked: '2026-10-01', sources: ['s'], ...over });

test('six months back from a date', () => {
  expect(staleBefore('2026-11-22')).toBe('2026-05-22');
});

test('a fact needs attention when null, unverified, undated or older than six months', () => {
  const cutoff = '2026-05-22';
  expect(reasonFor(fact({}), cutoff)).toBeNull();
  expect(reasonFor(fact({ value: null, status: 'unverified' }), cutoff)).toBe('null');
  expect(reasonFor(fact({ checked: null }), cutoff)).toBe('undated');
  expect(reasonFor(fact({ checked: '2024-04-16' }), cutoff)).toBe('stale');
  expect(reasonFor(fact({ checked: '2025' }), cutoff)).toBe('stale');
  expect(reasonFor(fact({ checked: '2026' }), cutoff)).toBeNull();
});

test('the report groups what to confirm by service and counts every fact', () => {
  const { groups, counts } = buildReport({ services, districts, rvc: { common: rvcCommon, centres: rvcCentres } }, '2026-11-22');
  const socialjouren = groups.find((g) => g.title === 'Socialjouren, Stockholms stad')!;
  expect(socialjouren.items.map((i) => [i.field, i.reason])).toEqual([
    ['phone', 'null'],
    ['hours', 'null'],
  ]);
  const bromma = groups.find((g) => g.title === 'Bromma (stadsdelsområde)')!;
  expect(bromma.items[0]).toMatchObject({ field: 'rvc', reason: 'null' });
  expect(counts.total).toBe(counts.verified + counts.unverified + counts.null);
  expect(counts.null).toBeGreaterThan(0);
});
