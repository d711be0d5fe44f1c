/** What the built site publishes from the registry: nothing meant only for the content owner. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { districts, factsOf, generalFacts, rvcCentres, rvcCommon, scriptNameOnlySources, services, sources } from '../../src/data/registry.ts';
import type { Fact } from '../../src/data/schema.ts';
import { DIST, builtHtml, builtPages, offenders } from './site.ts';

test('the data report is not published', () => {
  expect(existsSync(join(DIST, 'data-rapport'))).toBe(false);
  expect(offenders(builtPages(), (_, html) => (/data-rapport/.test(html) ? ['mentions the data report'] : []))).toEqual([]);
});

test("no editor's note from the registry reaches a page", () => {
  const facts: Fact<unknown>[] = [
    ...services.flatMap((s) => factsOf(s).map(([, f]) => f)),
    ...Object.values(rvcCommon),
    ...rvcCentres.flatMap((c) => factsOf(c).map(([, f]) => f)),
    ...Object.values(generalFacts),
    ...districts.map((d) => d.rvc),
  ];
  const notes = facts.map((f) => f.note).filter((n): n is string => typeof n === 'string' && n.length > 20);
  expect(notes.length).toBeGreaterThan(10);
  expect(offenders(builtPages(), (_, html) => notes.filter((note) => html.includes(note)))).toEqual([]);
});

test('the sources pages link only https sources; an old http source is shown as plain text', () => {
  const http = Object.values(sources).map((s) => s.url).filter((u): u is string => u?.startsWith('http://') === true);
  expect(http.length).toBeGreaterThan(0);
  const pagesWithSources = builtPages().filter((page) => builtHtml(page).includes('data-source-list'));
  expect(pagesWithSources.length).toBeGreaterThan(0);
  expect(offenders(pagesWithSources, (_, html) => (/href="http:/.test(html) ? ['links an http address'] : []))).toEqual([]);
  for (const lang of ['sv', 'ar']) {
    const text = pagesWithSources.filter((page) => page.startsWith(`/${lang}/`)).map(builtHtml).join('');
    // Astro escapes & in the text as &amp;; compare the address up to its query.
    for (const url of http) expect(text, `/${lang}/ sources pages show ${url}`).toContain(url.split('?')[0]);
  }
});

test('every source is listed once, on the sources page or (place-name spellings alone) on its own page', () => {
  for (const lang of ['sv', 'fa']) {
    const lists = [`/${lang}/kallor/`, `/${lang}/kallor-ortnamn/`].map((page) => builtHtml(page));
    const shown = lists.map((html) => (html.match(/<li class="[^"]*border-s-4/g) ?? []).length);
    expect(shown[0] + shown[1], lang).toBe(Object.keys(sources).length);
    expect(shown[1], lang).toBe(scriptNameOnlySources().size);
    expect(shown[1], lang).toBeGreaterThan(20);
  }
});
