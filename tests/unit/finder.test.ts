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

describe('Arabic and Persian script', () => {
  test('letters are kept, one form per letter', () => {
    expect(normalise('رينكبي')).toBe('رينكبي');
    expect(normalise('رینکبی')).toBe('رينكبي'); // Persian yeh and keheh
    expect(normalise('ى')).toBe('ي'); // alef maksura
    expect(normalise('مدرسة')).toBe('مدرسه'); // teh marbuta
    expect(normalise('أ إ آ ٱ ؤ ئ')).toBe('ا ا ا ا و ي'); // hamza forms and alef wasla
    expect(normalise('رينـــكبي')).toBe('رينكبي'); // tatweel
    expect(normalise('رِينْكَبِيٰ')).toBe('رينكبي'); // vowel marks and superscript alef
    expect(normalise('رینک\u200cبی')).toBe('رينكبي'); // zero-width non-joiner
    expect(normalise('رینک\u200dبی\u200f')).toBe('رينكبي'); // joiner and a direction mark
    expect(normalise('١٢٣ ۴۵۶')).toBe('123 456'); // Arabic-Indic and Persian digits
    expect(normalise('ﺭﻳﻨﻜﺒﻲ')).toBe('رينكبي'); // presentation forms (NFKC)
    expect(normalise('رينكبي، تنستا؟')).toBe('رينكبي تنستا'); // Arabic punctuation
  });

  test('Ethiopic (Ge\'ez) letters are kept, word space and marks are not', () => {
    expect(normalise('ሪንከቢ')).toBe('ሪንከቢ');
    expect(normalise('ሪንከቢ፡ስቶክሆልም')).toBe('ሪንከቢ ስቶክሆልም');
  });

  test('Latin normalisation is unchanged by the Arabic folding', () => {
    expect(normalise('Hägersten-Älvsjö')).toBe('hagersten alvsjo');
    expect(normalise('Ｒｉｎｋｅｂｙ')).toBe('rinkeby');
  });

  test('every name in another script leads to its own area, with its letter variants', () => {
    for (const d of districts) {
      for (const n of d.scriptNames) {
        const persian = n.name.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
        for (const written of [n.name, persian, n.name.split('').join('\u0640'), n.name.split('').join('\u200c')]) {
          const result = findDistricts(written, areas, outsideCity);
          expect(result.areas[0]?.id, `${written} (${n.of})`).toBe(d.id);
          expect(result.areas[0]?.score, written).toBe(100);
        }
      }
    }
  });

  test('no typo for short names; one typo from six letters; a typo never routes to another area', () => {
    expect(findDistricts('هوسبا', areas, outsideCity).areas).toEqual([]); // five letters, one off هوسبي
    expect(findDistricts('رينكبى', areas, outsideCity).areas[0]?.id).toBe('jarva'); // a variant, not a typo
    expect(findDistricts('رينكني', areas, outsideCity).areas.map((a) => a.id)).toEqual(['jarva']); // six letters, one off
    // A letter more is not a typo: "يارفال…" is how Järfälla (outside the city) begins, one letter from "يارفا" (Järva).
    expect(findDistricts('يارفال', areas, outsideCity).areas).toEqual([]);
    expect(findDistricts('رينكبيي', areas, outsideCity).areas).toEqual([]);
    // While typing, a start of a name is enough; a start with a typo is not.
    expect(findDistricts('رينك', areas, outsideCity).areas.map((a) => a.id)).toEqual(['jarva']);
    expect(findDistricts('رينق', areas, outsideCity).areas).toEqual([]);
    // No two names of different areas are one typo apart, so one typo cannot route to the wrong area.
    const all = districts.flatMap((d) => d.scriptNames.map((n) => ({ id: d.id, key: matchableName(n.name) })));
    for (const a of all) for (const b of all) if (a.id !== b.id) expect(editDistance(a.key, b.key, 2), `${a.key} ~ ${b.key}`).toBeGreaterThan(2);
  });

  test('each newly sourced spelling leads to its own area alone, the Persian and Tigrinya ones too', () => {
    for (const [query, id] of [
      ['فالينجبي', 'hasselby-vallingby'], // Vällingby, Arabic
      ['والینگبی', 'hasselby-vallingby'], // Vällingby, Persian
      ['ሃሰልቢ', 'hasselby-vallingby'], // Hässelby, Tigrinya
      ['رینکه بی', 'jarva'], // Rinkeby, Persian, written in two words
      ['رینکەبی', 'jarva'], // Rinkeby, Persian with the Kurdish ae
      ['ያርቫ', 'jarva'], // Järva, Tigrinya
      ['ዣርቫ', 'jarva'], // Järva, Tigrinya
      ['فاشتا', 'farsta'],
      ['فارشتا', 'farsta'],
      ['كونغشمولمين', 'kungsholmen'], // Kungsholmen, as the one source found writes it
      ['شيبشولمن', 'norra-innerstaden'], // Skeppsholmen, three letters from شارهولمن (Skärholmen)
      ['إسترمالم', 'norra-innerstaden'], // Östermalm, three letters from سودرمالم (Södermalm)
      ['سيرجلس تورج', 'norra-innerstaden'], // Sergels torg
      ['جاملا ستان', 'sodermalm'], // Gamla stan
      ['كارتورب', 'skarpnack'], // Kärrtorp, three letters from فاسترتورب (Västertorp)
      ['ريدارهولمن', 'sodermalm'], // Riddarholmen, three letters from سكارهولمن (Skärholmen)
      ['لانغولمن', 'sodermalm'], // Långholmen, three letters from شارهولمن (Skärholmen)
      ['هاماربي سوجارد', 'sodermalm'], // Hammarby Sjöstad
    ] as const) {
      const result = findDistricts(query, areas, outsideCity);
      expect(result.areas.map((a) => a.id), query).toEqual([id]);
      expect(result.areas[0].score, query).toBe(100);
      expect(result.outside, query).toEqual([]);
    }
    // Still typing: the start of the Tigrinya name is enough, and the Persian one in a sentence.
    expect(findDistricts('ሃሰል', areas, outsideCity).areas.map((a) => a.id)).toEqual(['hasselby-vallingby']);
    expect(findDistricts('من در والینگبی زندگی می‌کنم', areas, outsideCity).areas[0]?.id).toBe('hasselby-vallingby');
  });

  test('Arabic words that are no place match nothing, and places outside stay outside', () => {
    for (const word of ['مرحبا', 'مساعدة', 'الشرطة', 'عنف', 'بيت', 'امرأة', 'سويد', 'ستوكهولم', 'خانه', 'کمک']) {
      expect(findDistricts(word, areas, outsideCity), word).toEqual({ areas: [], outside: [] });
    }
    expect(findDistricts('Vårby', areas, outsideCity)).toEqual({ areas: [], outside: ['Vårby (Huddinge)'] });
    expect(findDistricts('Mörby', areas, outsideCity)).toEqual({ areas: [], outside: ['Mörby (Danderyd)'] });
  });
});

describe('Finnish case endings', () => {
  test('an inflected name leads to its area', () => {
    for (const [query, id] of [
      ['Rinkebyssä', 'jarva'],
      ['Tenstassa', 'jarva'],
      ['Kistan', 'jarva'],
      ['Husbyyn', 'jarva'],
      ['Rinkebyhyn', 'jarva'],
      ['Farstasta', 'farsta'],
      ['Bromman', 'bromma'],
      ['Skärholmeniin', 'skarholmen'],
      ['Kungsholmenilla', 'kungsholmen'],
      ['Akallaan', 'jarva'],
    ] as const) {
      expect(findDistricts(query, areas, outsideCity).areas[0]?.id, query).toBe(id);
    }
  });

  test('an inflected place outside the city is still outside', () => {
    expect(findDistricts('Solnassa', areas, outsideCity)).toEqual({ areas: [], outside: ['Solna'] });
    expect(findDistricts('Vårbyssä', areas, outsideCity)).toEqual({ areas: [], outside: ['Vårby (Huddinge)'] });
    expect(findDistricts('Mörbyssä', areas, outsideCity)).toEqual({ areas: [], outside: ['Mörby (Danderyd)'] });
    expect(findDistricts('Huddingessa', areas, outsideCity)).toEqual({ areas: [], outside: ['Huddinge'] });
  });

  test('names that end like a case ending match themselves, not a shorter stem', () => {
    expect(findDistricts('Hägersten', areas, outsideCity).areas[0]).toMatchObject({ id: 'hagersten-alvsjo', name: 'Hägersten', score: 100 });
    expect(findDistricts('Skärholmen', areas, outsideCity).areas[0]).toMatchObject({ id: 'skarholmen', name: 'Skärholmen', score: 100 });
    expect(findDistricts('Tallkrogen', areas, outsideCity).areas[0]).toMatchObject({ id: 'farsta', name: 'Tallkrogen', score: 100 });
    expect(findDistricts('Årsta', areas, outsideCity).areas[0]).toMatchObject({ id: 'enskede-arsta-vantor', name: 'Årsta', score: 100 });
  });

  test('a stem counts only when it fits a name with no doubt', () => {
    // "Kistoissa" → "kisto": not a name, and a stem may not match by its start alone.
    expect(findDistricts('Kistoissa', areas, outsideCity).areas).toEqual([]);
    expect(findDistricts('Talossa', areas, outsideCity).areas).toEqual([]);
    expect(findDistricts('Helsingissä', areas, outsideCity)).toEqual({ areas: [], outside: [] });
  });
});
