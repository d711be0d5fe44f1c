import { describe, expect, test } from 'vitest';
import { districts, finderNames, outsideCity } from '../../src/data/registry.ts';
import { editDistance, findDistricts, matchableName, normalise, scoreName } from '../../src/lib/finder.ts';
import { FINDER_CASES } from './finderCases.ts';

const areas = districts.map((d) => ({ id: d.id, names: finderNames(d) }));

test(`the table holds at least 60 queries (${FINDER_CASES.length})`, () => {
  expect(FINDER_CASES.length).toBeGreaterThanOrEqual(60);
});

describe('each query leads to the right district area first', () => {
  test.each(FINDER_CASES)('%j → %s', (query, expected) => {
    const result = findDistricts(query, areas, outsideCity);
    if (expected === null) expect(result.areas.map((a) => a.id)).toEqual([]);
    else expect(result.areas[0]?.id).toBe(expected);
  });
});

test('places outside the city are named as outside, never routed into it', () => {
  expect(findDistricts('Solna', areas, outsideCity)).toEqual({ areas: [], outside: ['Solna'] });
  expect(findDistricts('sundbyberg', areas, outsideCity).outside).toEqual(['Sundbyberg']);
});

test('while typing, every area that fits is shown, best first', () => {
  const result = findDistricts('sk', areas, outsideCity);
  const ids = result.areas.map((a) => a.id);
  expect(ids).toContain('skarpnack');
  expect(ids).toContain('skarholmen');
  expect(ids).toContain('farsta'); // Sköndal
});

test('normalising folds case, diacritics, hyphens and spaces', () => {
  expect(normalise('  Hägersten-Älvsjö ')).toBe('hagersten alvsjo');
  expect(normalise('ÉÅÖ')).toBe('eao');
  expect(normalise('S:t Eriksplan')).toBe('sankt eriksplan');
  expect(matchableName('Svedmyra (del av)')).toBe('svedmyra');
});

test('edit distance counts a swap of neighbours as one edit', () => {
  expect(editDistance('tensta', 'tensta')).toBe(0);
  expect(editDistance('tnesta', 'tensta')).toBe(1);
  expect(editDistance('rinkby', 'rinkeby')).toBe(1);
  expect(editDistance('abc', '')).toBe(3);
});

test('an exact name beats a prefix, which beats a typo', () => {
  const exact = scoreName('sundby', 'sundby');
  const prefix = scoreName('sundby', 'sundbyberg');
  const typo = scoreName('sundbu', 'sundby');
  expect(exact).toBeGreaterThan(prefix);
  expect(prefix).toBeGreaterThan(typo);
  expect(typo).toBeGreaterThan(0);
});
