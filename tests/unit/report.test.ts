import { describe, expect, test } from 'vitest';
import { buildReport, unsourcedPlaceNames } from '../../src/data/report.ts';
import { districts, generalFacts, rvcCentres, rvcCommon, services, sources } from '../../src/data/registry.ts';
import type { Service } from '../../src/data/schema.ts';

const registry = { services, districts, rvc: { common: rvcCommon, centres: rvcCentres }, facts: generalFacts, sources };

describe('the data report groups every fact by state, per service', () => {
  const { groups, counts } = buildReport(registry, '2026-12-02', 12);

  test('a missing value is unknown', () => {
    const socialjouren = groups.find((g) => g.title === 'Socialjouren, Stockholms stad')!;
    expect(socialjouren.items.map((i) => [i.field, i.state])).toEqual([
      ['phone', 'unknown'],
      ['hours', 'unknown'],
    ]);
  });

  test('a 2018 mapping is to re-check, with its date', () => {
    const farsta = groups.find((g) => g.title === 'Farsta (stadsdelsområde)')!;
    expect(farsta.items[0]).toMatchObject({ field: 'rvc', state: 'recheck', date: '2018-05-09' });
  });

  test('112 is stable', () => {
    const emergency = groups.find((g) => g.title === '112')!;
    expect(emergency.items.find((i) => i.field === 'phone')).toMatchObject({ state: 'stable' });
  });

  test('the counts add up', () => {
    expect(counts.total).toBe(counts.current + counts.recheck + counts.unknown + counts.stable);
    expect(counts.total).toBe(groups.reduce((n, g) => n + g.items.length, 0));
    expect(counts.unknown).toBeGreaterThan(0);
  });
});

test('a fact checked within the age is current', () => {
  const service = { id: 'x', name: 'X', kind: 'jour', audience: ['women'], web: { value: 'https://x.se/', status: 'verified', checked: '2026-06-01', sources: [] } } as unknown as Service;
  const { groups, counts } = buildReport({ ...registry, services: [service] }, '2026-12-02', 12);
  expect(groups[0].items).toEqual([{ field: 'web', state: 'current', date: '2026-06-01' }]);
  expect(counts.current).toBe(1);
  expect(buildReport({ ...registry, services: [service] }, '2026-12-02', 3).groups[0].items[0].state).toBe('recheck');
});

test('place names without a source are listed per area', () => {
  const listed = unsourcedPlaceNames(districts).flatMap((g) => g.names);
  const expected = districts.flatMap((d) => d.placeNames.filter((p) => p.sources.length === 0));
  expect(listed).toHaveLength(expected.length);
});
