import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, validateRegistry } from '../../src/data/validate.ts';
import { allShownNumbers, getService, shownPhone } from '../../src/data/registry.ts';

const dataDir = join(import.meta.dirname, '../../content/data');
const read = (name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
const files = () => ({ sources: read('sources.json'), services: read('services.json'), districts: read('districts.json'), rvc: read('rvc.json'), facts: read('facts.json') });
type Mutable = Record<string, any>;

function problemsAfter(change: (f: { sources: Mutable; services: Mutable[]; districts: Mutable; rvc: Mutable; facts: Mutable }) => void): string[] {
  const f = files();
  change(f);
  return validateRegistry(f).map(formatProblem);
}

test('the registry as committed has no problem', () => {
  expect(validateRegistry(files())).toEqual([]);
});

describe('validation names the file, the entry and the field', () => {
  test('a number that is not a valid Swedish number', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'kvinnofridslinjen')!.phone.value.number = '020-50 50 50';
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/data\/services\.json › kvinnofridslinjen › phone\.value\.number: .*valid Swedish number/)]);
  });

  test('a verified value without a source', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'bris')!.phone.sources = [];
    });
    expect(problems).toEqual(['content/data/services.json › bris › phone: a verified value needs at least one source']);
  });

  test('an unverified value that is not null', () => {
    const problems = problemsAfter((f) => {
      const s = f.services.find((x) => x.id === 'bris')!;
      s.phone.status = 'unverified';
    });
    expect(problems).toEqual(['content/data/services.json › bris › phone: an unverified value must be null: it is never shown']);
  });

  test('a source id that does not exist', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'bris')!.hours.sources = ['no-such-source'];
    });
    expect(problems).toEqual([expect.stringContaining('content/data/services.json › bris › hours: unknown source "no-such-source"')]);
  });

  test('a display text that shows other digits than the number', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'valj-att-sluta')!.phone.value.display = '020-555 667';
    });
    expect(problems).toEqual([expect.stringContaining('valj-att-sluta › phone.value.display')]);
  });

  test('an id used twice', () => {
    const problems = problemsAfter((f) => {
      f.services.push({ ...f.services[0] });
    });
    expect(problems).toEqual(['content/data/services.json › 112 › id: the id is used twice']);
  });

  test('a source without a URL', () => {
    const problems = problemsAfter((f) => {
      f.sources['nck-2024-04-16'].url = 'not a url';
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/data\/sources\.json › nck-2024-04-16 › url: /)]);
  });
});

test('only verified numbers are shown; the rest route through the contact centre', () => {
  expect(shownPhone(getService('kvinnofridslinjen'))).toEqual({ display: '020-50 50 50', href: 'tel:+4620505050', number: '+4620505050' });
  expect(shownPhone(getService('ratt-att-valja'))).toBeNull();
  expect(shownPhone(getService('kontaktcenter'))?.display).toBe('08-508 00 508');
  expect(allShownNumbers()).toContain('112');
  expect(allShownNumbers()).not.toContain(null);
});

test('Kvinnofridslinjen is the verified 24/7 line the site leans on', () => {
  const line = getService('kvinnofridslinjen');
  expect(line.phone.status).toBe('verified');
  expect(line.hours.value).toEqual({ always: true });
  expect(line.notOnPhoneBill?.value).toBe(true);
});

describe('district rules', () => {
  test('an unknown district id', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts[0].id = 'brommaa';
    });
    expect(problems).toContain('content/data/districts.json › brommaa › id: unknown district id (the 11 are: bromma, enskede-arsta-vantor, farsta, hagersten-alvsjo, hasselby-vallingby, jarva, kungsholmen, norra-innerstaden, skarpnack, skarholmen, sodermalm)');
    expect(problems).toContain('content/data/districts.json › bromma › id: this district area is missing');
  });

  test('a neighbourhood claimed by two areas, whatever its spelling', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'farsta').neighbourhoods.push('tensta');
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/data\/districts\.json › (farsta|jarva) › neighbourhoods\.\d+: "[Tt]ensta" is also claimed by (jarva|farsta)$/)]);
  });

  test('a place name claimed by two areas', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'kungsholmen').placeNames.push({ name: 'Hornstull', in: 'Kungsholmen' });
    });
    expect(problems).toEqual([expect.stringContaining('"Hornstull" is also claimed by')]);
  });

  test('a place outside the city claimed by a district', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').placeNames.push({ name: 'Solna', in: 'Tensta' });
    });
    expect(problems).toEqual(['content/data/districts.json › jarva › placeNames.3: "Solna" is also claimed by outsideCity']);
  });

  test('a place name tied to a neighbourhood of another area', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'sodermalm').placeNames[0].in = 'Tensta';
    });
    expect(problems).toEqual(['content/data/districts.json › sodermalm › placeNames.0.in: "Tensta" is not a neighbourhood of Södermalm']);
  });

  test('a district pointing to a relationsvåldscentrum that does not exist', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').rvc.value = 'nordost';
    });
    expect(problems).toContain('content/data/districts.json › jarva › rvc: unknown relationsvåldscentrum "nordost"');
  });

  test('an area with no route to a relationsvåldscentrum', () => {
    const problems = problemsAfter((f) => {
      const contact = f.services.find((s) => s.id === 'kontaktcenter')!;
      contact.phone = { value: null, status: 'unverified', checked: null, sources: [] };
    });
    expect(problems).toContain('content/data/districts.json › bromma › rvc: no route to a relationsvåldscentrum: no confirmed centre and no confirmed contact-centre number');
    // Only the areas with no confirmed centre: Bromma, Hässelby-Vällingby, Kungsholmen, Norra innerstaden.
    expect(problems.filter((p) => p.includes('no route'))).toHaveLength(4);
  });

  test('a fallback line that is not open around the clock', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'somaya')!.whenClosed = 'brottsofferjouren';
    });
    expect(problems).toEqual(['content/data/services.json › somaya › whenClosed: "brottsofferjouren" is not a service confirmed open around the clock']);
  });

  test('a fallback line that does not serve the same people', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'stodlinjen-for-man')!.whenClosed = 'kvinnofridslinjen';
    });
    expect(problems).toEqual(['content/data/services.json › stodlinjen-for-man › whenClosed: "kvinnofridslinjen" does not serve the same people: its audience lacks men']);
  });

  test('a fallback for everyone serves every audience', () => {
    const problems = problemsAfter((f) => {
      f.services.find((s) => s.id === 'stodlinjen-for-man')!.whenClosed = '112';
    });
    expect(problems).toEqual([]);
  });

  test('a general fact without a source', () => {
    const problems = problemsAfter((f) => {
      f.facts.protectedHousingDecisionPeriod.sources = [];
    });
    expect(problems).toEqual(['content/data/facts.json › protectedHousingDecisionPeriod › (fact): a verified value needs at least one source']);
  });

  test('an RVC fact that claims to be verified with no source', () => {
    const problems = problemsAfter((f) => {
      f.rvc.common.friYtaMaxTalks.sources = [];
    });
    expect(problems).toEqual(['content/data/rvc.json › common › friYtaMaxTalks: a verified value needs at least one source']);
  });
});

test('district areas: all eleven, and only confirmed RVC mappings are used', async () => {
  const { districts, districtRvc, getDistrict } = await import('../../src/data/registry.ts');
  expect(districts.map((d) => d.id).sort()).toHaveLength(11);
  expect(districtRvc(getDistrict('sodermalm'))?.id).toBe('innerstaden');
  expect(districtRvc(getDistrict('jarva'))?.id).toBe('vast');
  expect(districtRvc(getDistrict('bromma'))).toBeNull();
});
