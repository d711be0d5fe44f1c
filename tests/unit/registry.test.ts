import { describe, expect, test } from 'vitest';
import { allShownNumbers, districtRvc, districts, factsBySource, getDistrict, getService, scriptNameOnlySources, servicesByAudienceGroup, shownPhone } from '../../src/data/registry.ts';

test('only verified numbers are shown; the rest route through the contact centre', () => {
  expect(shownPhone(getService('kvinnofridslinjen'))).toEqual({ display: '020-50 50 50', href: 'tel:+4620505050', number: '+4620505050' });
  expect(shownPhone(getService('ratt-att-valja'))).toBeNull();
  expect(shownPhone(getService('kontaktcenter'))?.display).toBe('08-508 00 508');
  expect(allShownNumbers()).toContain('112');
  expect(allShownNumbers()).not.toContain(null);
});

test('Kvinnofridslinjen is the verified 24/7 line the site leans on', () => {
  const line = getService('kvinnofridslinjen');
  expect(line.phone?.status).toBe('verified');
  expect(line.hours?.value).toEqual({ always: true });
  expect(line.notOnPhoneBill?.value).toBe(true);
});

test('district areas: all eleven, and only confirmed RVC mappings are used', () => {
  expect(districts.map((d) => d.id).sort()).toHaveLength(11);
  expect(districtRvc(getDistrict('sodermalm'))?.id).toBe('innerstaden');
  expect(districtRvc(getDistrict('jarva'))?.id).toBe('vast');
  expect(districtRvc(getDistrict('bromma'))).toBeNull();
});

describe('district page groups come from each service\'s audience', () => {
  test('a service is listed once, in its first matching group, and never one shown above', () => {
    const groups = servicesByAudienceGroup(['kvinnofridslinjen', 'bris']);
    const ids = groups.flatMap((g) => g.services.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('kvinnofridslinjen');
    expect(groups.find((g) => g.key === 'women')!.services.map((s) => s.id)).toContain('somaya');
    expect(groups.find((g) => g.key === 'men')!.services.map((s) => s.id)).toContain('stodlinjen-for-man');
    for (const g of groups) for (const s of g.services) expect(s.audience.length).toBeGreaterThan(0);
  });
});

test('scriptNameOnlySources: the sources of place-name spellings that back nothing else', () => {
  const only = scriptNameOnlySources();
  const forScripts = new Set(districts.flatMap((d) => d.scriptNames.flatMap((n) => n.sources)));
  const forOthers = factsBySource({ scriptNames: false });
  expect(only.size).toBeGreaterThan(20);
  for (const id of only) {
    expect(forScripts.has(id), id).toBe(true);
    expect(forOthers.has(id), id).toBe(false);
  }
  for (const id of forScripts) if (!forOthers.has(id)) expect(only.has(id), id).toBe(true);
});
