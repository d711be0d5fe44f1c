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

test('a neighbourhood of a neighbouring municipality is outside, named with its municipality', () => {
  expect(findDistricts('Vårby', areas, outsideCity)).toEqual({ areas: [], outside: ['Vårby (Huddinge)'] });
  expect(findDistricts('Mörby', areas, outsideCity)).toEqual({ areas: [], outside: ['Mörby (Danderyd)'] });
  expect(findDistricts('morby', areas, outsideCity).outside).toEqual(['Mörby (Danderyd)']);
  // The city places they resemble still lead to their areas, and nothing outside is named.
  expect(findDistricts('Vårberg', areas, outsideCity)).toMatchObject({ areas: [{ id: 'skarholmen' }], outside: [] });
  expect(findDistricts('Örby', areas, outsideCity).areas[0]).toMatchObject({ id: 'enskede-arsta-vantor', name: 'Örby' });
  expect(findDistricts('Örby', areas, outsideCity).outside).toEqual([]);
});

test('every place outside the city is answered as outside, and every city name still leads to its own area', () => {
  for (const place of outsideCity) {
    const result = findDistricts(place.replace(/\(.*?\)/g, ''), areas, outsideCity);
    expect(result.areas, place).toEqual([]);
    expect(result.outside, place).toContain(place);
  }
  for (const area of areas) {
    for (const name of area.names) {
      const result = findDistricts(name.replace(/\(.*?\)/g, ''), areas, outsideCity);
      expect(result.areas.map((a) => a.id), name).toContain(area.id);
      expect(result.areas[0].score, name).toBe(100);
      expect(result.outside, name).toEqual([]);
    }
  }
});

test('fullwidth and compatibility forms match (NFKC before folding)', () => {
  expect(normalise('Ｒｉｎｋｅｂｙ')).toBe('rinkeby');
  expect(normalise('Ｓ：ｔ　Ｅｒｉｋｓｐｌａｎ')).toBe('sankt eriksplan');
  expect(normalise('ﬁtja')).toBe('fitja');
  expect(findDistricts('Ｒｉｎｋｅｂｙ', areas, outsideCity).areas[0]?.id).toBe('jarva');
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
  // With a limit it stops early, and never reports less than the truth.
  expect(editDistance('vallingby', 'bagarmossen', 2)).toBe(3);
  expect(editDistance('tnesta', 'tensta', 1)).toBe(1);
  expect(editDistance('abcdef', 'badcfe', 3)).toBe(3);
  expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
});

test('an exact name beats a prefix, which beats a typo', () => {
  const exact = scoreName('sundby', 'sundby');
  const prefix = scoreName('sundby', 'sundbyberg');
  const typo = scoreName('sundbu', 'sundby');
  expect(exact).toBeGreaterThan(prefix);
  expect(prefix).toBeGreaterThan(typo);
  expect(typo).toBeGreaterThan(0);
});
