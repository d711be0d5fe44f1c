import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, validateRegistry } from '../../src/data/validate.ts';
import { FACTS_TODAY } from '../../src/config/facts.ts';

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

  test('a name in another script claimed by two areas, even in other letter variants', () => {
    const problems = problemsAfter((f) => {
      // Persian yeh and keheh: the same name as Järva's "رينكبي" once normalised.
      f.districts.districts.find((d: Mutable) => d.id === 'sodermalm').scriptNames.push({ name: 'رینکبی', lang: 'fa', of: 'Södermalm', sources: ['bahzani-rinkeby-ar'] });
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/data\/districts\.json › sodermalm › scriptNames\.\d+: "رینکبی" is also claimed by jarva$/)]);
  });

  test('a name in another script with an unknown source, or with none', () => {
    const unknown = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames[0].sources = ['no-such-source'];
    });
    expect(unknown).toEqual(['content/data/districts.json › jarva › scriptNames.0.sources: unknown source "no-such-source"']);
    const none = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames[0].sources = [];
    });
    expect(none).toEqual([expect.stringMatching(/^content\/data\/districts\.json › jarva › scriptNames\.0\.sources: a name in another script needs a source/)]);
  });

  test('a name in another script whose sources do not show that spelling', () => {
    const problems = problemsAfter((f) => {
      // The source writes «كيستا»; a spelling it does not show may not route anyone.
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames.push({ name: 'شيستا', lang: 'ar', of: 'Kista', sources: ['elbalad-kista-ar'] });
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/data\/districts\.json › jarva › scriptNames\.\d+\.sources: no source shows the spelling "شيستا"/)]);
    // Letter variants count as the same spelling: Persian yeh and keheh for a source that writes Arabic letters.
    expect(
      problemsAfter((f) => {
        f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames.push({ name: 'کیستا', lang: 'fa', of: 'Kista', sources: ['elbalad-kista-ar'] });
      }),
    ).toEqual([]);
  });

  test('a name in another script that writes no name of its area, or is not in the script of its language', () => {
    const other = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames[0].of = 'Södermalm';
    });
    expect(other).toEqual(['content/data/districts.json › jarva › scriptNames.0.of: "Södermalm" is not a name of Järva (its name, a neighbourhood, a place name or a former name)']);
    const latin = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames.push({ name: 'Rinkebi', lang: 'ar', of: 'Rinkeby', sources: ['bahzani-rinkeby-ar'] });
    });
    expect(latin).toEqual([expect.stringMatching(/^content\/data\/districts\.json › jarva › scriptNames\.\d+\.name: "Rinkebi" is not written in the script of "ar"$/)]);
    const ethiopic = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames.push({ name: 'رينكبي', lang: 'ti', of: 'Rinkeby', sources: ['bahzani-rinkeby-ar'] });
    });
    expect(ethiopic).toEqual([expect.stringMatching(/scriptNames\.\d+\.name: "رينكبي" is not written in the script of "ti"$/)]);
    const lang = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').scriptNames[0].lang = 'so';
    });
    expect(lang).toEqual([expect.stringMatching(/^content\/data\/districts\.json › jarva › scriptNames\.0\.lang: /)]);
  });

  test('a place outside the city claimed by a district', () => {
    const problems = problemsAfter((f) => {
      f.districts.districts.find((d: Mutable) => d.id === 'jarva').placeNames.push({ name: 'Solna', in: 'Tensta' });
    });
    expect(problems).toEqual(['content/data/districts.json › jarva › placeNames.3: "Solna" is also claimed by outsideCity']);
  });

  test('a city neighbourhood listed as a place outside the city', () => {
    const problems = problemsAfter((f) => {
      f.districts.outsideCity.places.push({ name: 'Örby', municipality: 'Huddinge', sources: ['huddinge-municipality-wikipedia'] });
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/data\/districts\.json › enskede-arsta-vantor › neighbourhoods\.\d+: "Örby" is also claimed by outsideCity \(Huddinge\)$/)]);
  });

  test('a place outside the city: listed twice, in an unknown municipality, or without a known source', () => {
    const problems = problemsAfter((f) => {
      f.districts.outsideCity.places.push({ name: 'vårby', municipality: 'Huddinge', sources: ['huddinge-municipality-wikipedia'] });
      f.districts.outsideCity.places.push({ name: 'Gustavsberg', municipality: 'Gustavsberg', sources: ['nowhere'] });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/data\/districts\.json › vårby › outsideCity\.places\.\d+\.name: "vårby" is also claimed by outsideCity \(Huddinge\)$/),
      expect.stringMatching(/^content\/data\/districts\.json › Gustavsberg › outsideCity\.places\.\d+\.municipality: "Gustavsberg" is not in outsideCity\.names$/),
      expect.stringMatching(/^content\/data\/districts\.json › Gustavsberg › outsideCity\.places\.\d+\.sources: unknown source "nowhere"$/),
    ]);
  });

  test('every place outside the city has a source that gives its address', () => {
    const f = files();
    for (const place of f.districts.outsideCity.places) {
      for (const id of place.sources) expect(f.sources[id]?.url, `${place.name}: ${id}`).toMatch(/^https:\/\//);
    }
    expect(f.districts.outsideCity.places.map((p: Mutable) => p.name)).toEqual(expect.arrayContaining(['Vårby', 'Mörby', 'Råsunda', 'Hallonbergen', 'Rissne', 'Flemingsberg', 'Fittja', 'Alby', 'Kallhäll', 'Jakobsberg', 'Tumba', 'Hallunda']));
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

describe('the data contract refuses every mistake with one message naming file › entry › field', () => {
  const service = (f: { services: Mutable[] }, id: string) => f.services.find((s) => s.id === id)!;
  const firstWeekly = (f: { services: Mutable[] }) => f.services.find((s) => s.hours?.value?.weekly)!;

  test('a misspelled field is an unknown field, with the allowed ones', () => {
    const problems = problemsAfter((f) => {
      const s = service(f, 'bris');
      s.anonymus = s.anonymous;
      delete s.anonymous;
    });
    expect(problems).toEqual([
      'content/data/services.json › bris › anonymus: unknown field "anonymus" (did you mean "anonymous"?); allowed: id, name, kind, audience, phone, hours, whenClosed, web, chat, free, notOnPhoneBill, anonymous, interpreter, ages',
    ]);
  });

  test('an unknown field inside a fact, a source and a district', () => {
    expect(problemsAfter((f) => (service(f, 'bris').phone.verifed = true))).toEqual([expect.stringMatching(/^content\/data\/services\.json › bris › phone\.verifed: unknown field "verifed"; allowed: value, status, checked, sources, stable, note$/)]);
    expect(problemsAfter((f) => (f.sources['nck-2024-04-16'].titel = 'x'))).toEqual([expect.stringMatching(/^content\/data\/sources\.json › nck-2024-04-16 › titel: unknown field "titel" \(did you mean "title"\?\)/)]);
    expect(problemsAfter((f) => (f.districts.districts[0].formerName = []))).toEqual([expect.stringMatching(/^content\/data\/districts\.json › bromma › formerName: unknown field "formerName" \(did you mean "formerNames"\?\)/)]);
  });

  test('a date that is not a real calendar date', () => {
    expect(problemsAfter((f) => (service(f, 'bris').phone.checked = '2024-13-45'))).toEqual(['content/data/services.json › bris › phone.checked: "2024-13-45" is not a real date: there is no month 13']);
    expect(problemsAfter((f) => (f.sources['nck-2024-04-16'].date = '2023-02-30'))).toEqual(['content/data/sources.json › nck-2024-04-16 › date: "2023-02-30" is not a real date: 2023-02 has 28 days']);
    expect(problemsAfter((f) => (service(f, 'bris').phone.checked = '24-1-1'))).toEqual(['content/data/services.json › bris › phone.checked: "24-1-1" is not a date written YYYY, YYYY-MM or YYYY-MM-DD']);
  });

  test('a date in the future', () => {
    expect(problemsAfter((f) => (service(f, 'bris').phone.checked = '2999-01'))).toEqual([`content/data/services.json › bris › phone.checked: "2999-01" is in the future (the build's day is ${FACTS_TODAY})`]);
    expect(problemsAfter((f) => (f.sources['nck-2024-04-16'].date = '2999'))).toEqual([`content/data/sources.json › nck-2024-04-16 › date: "2999" is in the future (the build's day is ${FACTS_TODAY})`]);
  });

  test.each([
    ['javascript:alert(1)', '"javascript:" addresses are not allowed here (only https://)'],
    ['data:text/html,<b>x</b>', '"data:" addresses are not allowed here (only https://)'],
    ['http://bris.se/', '"http:" addresses are not allowed here (only https://)'],
    ['file:///etc/passwd', '"file:" addresses are not allowed here (only https://)'],
    ['https://', '"https://" is not a full address (write it with https://)'],
    ['bris.se', '"bris.se" is not a full address (write it with https://)'],
  ])('a visitor link %s is refused', (url, message) => {
    expect(problemsAfter((f) => (service(f, 'bris').web.value = url))).toEqual([`content/data/services.json › bris › web.value: ${message}`]);
    expect(problemsAfter((f) => (service(f, 'bris').chat = { ...service(f, 'bris').web, value: url }))).toEqual([`content/data/services.json › bris › chat.value: ${message}`]);
  });

  test('a source may be an old http page, but never javascript:, data: or file:', () => {
    expect(problemsAfter((f) => (f.sources['nck-2024-04-16'].url = 'http://example.se/old.html'))).toEqual([]);
    for (const scheme of ['javascript:void(0)', 'data:text/plain,x', 'file:///tmp/x']) {
      expect(problemsAfter((f) => (f.sources['nck-2024-04-16'].url = scheme))).toEqual([expect.stringMatching(/^content\/data\/sources\.json › nck-2024-04-16 › url: "(javascript|data|file):" addresses are not allowed here \(only https:\/\/ or http:\/\/\)$/)]);
    }
  });

  test.each(['utm_source=x', 'fbclid=1', 'gclid=1', 'mc_eid=1', '_ga=1', 'igshid=1', 'msclkid=1'])('a tracking parameter %s is refused in every URL', (param) => {
    const [name] = param.split('=');
    expect(problemsAfter((f) => (service(f, 'bris').web.value = `https://www.bris.se/?${param}`))).toEqual([`content/data/services.json › bris › web.value: "https://www.bris.se/?${param}" carries the tracking parameter ${name}: remove it`]);
    expect(problemsAfter((f) => (f.sources['nck-2024-04-16'].url = `http://example.se/?a=1&${param}`))).toEqual([`content/data/sources.json › nck-2024-04-16 › url: "http://example.se/?a=1&${param}" carries the tracking parameter ${name}: remove it`]);
  });

  test('hours past 24:00, 24:00 as an opening time, and reversed hours', () => {
    let id = '';
    expect(problemsAfter((f) => { const s = firstWeekly(f); id = s.id; s.hours.value.weekly[0].close = '24:30'; })).toEqual([`content/data/services.json › ${id} › hours.value.weekly.0.close: "24:30" is not a time 00:00–24:00 written HH:MM`]);
    expect(problemsAfter((f) => (firstWeekly(f).hours.value.weekly[0].open = '24:00'))).toEqual([`content/data/services.json › ${id} › hours.value.weekly.0.open: "24:00" is not a time 00:00–23:59 written HH:MM`]);
    expect(problemsAfter((f) => (firstWeekly(f).hours.value.weekly[0].close = '24:00'))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(firstWeekly(f).hours.value.weekly[0], { open: '16:00', close: '09:00' }))).toEqual([
      `content/data/services.json › ${id} › hours.value.weekly.0.close: closes at 09:00, not after it opens at 16:00; if it runs past midnight, add "overnight": true`,
    ]);
    expect(problemsAfter((f) => Object.assign(firstWeekly(f).hours.value.weekly[0], { open: '16:00', close: '09:00', overnight: true }))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(firstWeekly(f).hours.value.weekly[0], { open: '09:00', close: '16:00', overnight: true }))).toEqual([
      `content/data/services.json › ${id} › hours.value.weekly.0.overnight: the period 09:00–16:00 ends the same day: remove "overnight"`,
    ]);
  });

  test('a misspelled weekday names the allowed values', () => {
    let id = '';
    expect(problemsAfter((f) => { const s = firstWeekly(f); id = s.id; s.hours.value.weekly[0].days[0] = 'mnd'; })).toEqual([
      `content/data/services.json › ${id} › hours.value.weekly.0.days.0: "mnd" is not a weekday (write mon|tue|wed|thu|fri|sat|sun)`,
    ]);
  });

  test('names: empty, padded, too long, with the finder separator or a control character', () => {
    expect(problemsAfter((f) => (f.districts.districts[0].placeNames[0].name = ''))).toEqual(['content/data/districts.json › bromma › placeNames.0.name: a name cannot be empty']);
    expect(problemsAfter((f) => (service(f, 'bris').name = ' Bris'))).toEqual(['content/data/services.json › bris › name: " Bris" has spaces at its start or end']);
    expect(problemsAfter((f) => (service(f, 'bris').name = 'x'.repeat(10000)))).toEqual(['content/data/services.json › bris › name: a name of 10000 characters; at most 80']);
    expect(problemsAfter((f) => (f.districts.districts[0].neighbourhoods[0] = 'Bromma|Alvik'))).toEqual(['content/data/districts.json › bromma › neighbourhoods.0: "Bromma|Alvik" contains "|", which the district finder uses to separate names']);
    expect(problemsAfter((f) => (f.districts.districts[0].formerNames.push('Brom\nma')))).toEqual([expect.stringMatching(/^content\/data\/districts\.json › bromma › formerNames\.\d+: ".*" contains an invisible or control character \(U\+000A\)$/s)]);
    expect(problemsAfter((f) => (f.districts.outsideCity.names.push('')))).toEqual([expect.stringMatching(/^content\/data\/districts\.json › outsideCity › names\.\d+: a name cannot be empty$/)]);
    expect(problemsAfter((f) => (f.rvc.centres[0].name = ''))).toEqual([`content/data/rvc.json › ${read('rvc.json').centres[0].id} › name: a name cannot be empty`]);
  });

  test('a number too short for its kind says which kind it looked like', () => {
    expect(problemsAfter((f) => (service(f, 'bris').phone.value.number = '+469801234'))).toEqual([
      'content/data/services.json › bris › phone.value.number: "+469801234" is not a valid Swedish number: it looks like a geographic number (area code 0980) but has 4 digits after the area code; it needs 5–6',
    ]);
  });

  test("one mistake, one message: a centre's phone removed does not make its districts lose their centre", () => {
    const centre = read('rvc.json').centres[0].id;
    expect(problemsAfter((f) => delete f.rvc.centres[0].phone)).toEqual([`content/data/rvc.json › ${centre} › phone: a required field is missing (expected object)`]);
  });

  test('one mistake, one message: a service that fails its schema does not cut the districts off the contact centre', () => {
    expect(problemsAfter((f) => (service(f, 'bris').kind = 'jourr'))).toEqual([expect.stringMatching(/^content\/data\/services\.json › bris › kind: /)]);
  });
});

test('a mistake inside a value that may take several forms is reported in the form it was meant to be', () => {
  const id = Object.entries(read('facts.json')).find(([, f]) => typeof (f as Mutable).value === 'object' && (f as Mutable).value !== null)?.[0];
  expect(id).toBeDefined();
  expect(problemsAfter((f) => (f.facts[id!].value.unitt = 'x'))).toEqual([expect.stringMatching(new RegExp(`^content/data/facts\\.json › ${id} › value\\.unitt: unknown field "unitt"`))]);
  let service = '';
  expect(problemsAfter((f) => { const s = f.services.find((x) => x.hours?.value?.weekly)!; service = s.id; s.hours.value.publicHoliday = 'open'; })).toEqual([
    expect.stringMatching(new RegExp(`^content/data/services\\.json › ${service} › hours\\.value\\.publicHoliday: unknown field "publicHoliday" \\(did you mean "publicHolidays"\\?\\)`)),
  ]);
});
