import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, validateRegistry } from '../../src/data/validate.ts';
import { allShownNumbers, getService, shownPhone } from '../../src/data/registry.ts';

const dataDir = join(import.meta.dirname, '../../content/data');
const read = (name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
const files = () => ({ sources: read('sources.json'), services: read('services.json') });
type Mutable = Record<string, any>;

function problemsAfter(change: (f: { sources: Mutable; services: Mutable[] }) => void): string[] {
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
