/**
 * Text browsers ignore `hidden` and CSS: what lynx shows is what someone without JavaScript reads.
 * Sample pages are dumped with Debian's lynx; none may show interface that needs JavaScript (an
 * open-now state, a self-check result, the finder's answers, a button a script would drive), and the
 * no-JavaScript content must be whole. Strings come from locales/, in each page's language.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { districts, getService } from '../../src/data/registry.ts';
import type { LanguageCode } from '../../src/i18n/languages.ts';
import { resources, translationKey, useTranslations, type TranslationKey } from '../../src/i18n/ui.ts';
import { statementsFor } from '../../src/lib/selfCheck.ts';
import { DIST, builtHtml } from './site.ts';

const run = promisify(execFile);
const LYNX = process.env.LYNX_PATH ?? '/usr/bin/lynx';

const SAMPLES = [
  '/sv/',
  '/sv/hitta-stod/',
  '/sv/stadsdel/jarva/',
  '/ar/stadsdel/jarva/',
  '/sv/sjalvtest/',
  '/sv/sjalvtest-ung/',
  '/sv/sakerhetsplan/',
  '/sv/spar/',
  '/sv/sok/',
  '/sv/material/jarva/',
  '/sv/lattlast/vad-ar-vald/',
] as const;

/** lynx's text of a built page, with every run of white space made one space (lynx wraps lines). */
async function dump(path: string): Promise<string> {
  const file = join(DIST, path, 'index.html');
  const { stdout } = await run(LYNX, ['-dump', '-nolist', '-display_charset=utf-8', '-assume_charset=utf-8', '-width=200', file], {
    env: { ...process.env, LYNX_CFG: '/etc/lynx/lynx.cfg', HOME: process.env.HOME ?? '/tmp' },
  });
  return stdout.replace(/\s+/g, ' ');
}

const langOf = (path: string) => path.split('/')[1] as LanguageCode;
/** The fixed words of a translated string: its longest stretch between placeholders. */
const fixedPart = (text: string) => text.split(/\{\{[^}]+\}\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0];

/** A string as written in locales/, placeholders left in: `raw('sv', 'tools:check.strangled')`. */
function raw(lang: LanguageCode, key: string): string {
  const [ns, name] = key.includes(':') ? key.split(':') : ['common', key];
  return (resources[lang]?.[ns] as Record<string, string>)[name];
}

/** What may never show without JavaScript, as [what, text] in the page's language. */
function forbidden(lang: LanguageCode): [string, string][] {
  const t = useTranslations(lang);
  const fallbackName = getService('kvinnofridslinjen').name;
  const button = (key: TranslationKey): [string, string] => [`dead button ${key}`, `(BUTTON) ${t(key)}`];
  return [
    ['open-now state', t('district:openNow')],
    ['open-now state', t('district:closedNow')],
    ['open-now state', t('district:holidayUnknown')],
    ['open-now state', t('district:closedInstead', { name: fallbackName })],
    ['self-check result', t('tools:check.resultNone')],
    ['self-check result', fixedPart(raw(lang, 'tools:check.physicalDanger'))],
    ['self-check result', fixedPart(raw(lang, 'tools:check.resultAreas'))],
    ...[1, 2, 5].map((count): [string, string] => ['self-check result', t('tools:check.resultSome', { count })]),
    ['finder answer', fixedPart(raw(lang, 'district:finder.noMatch'))],
    ['finder answer', fixedPart(raw(lang, 'district:finder.outside'))],
    ['traces: detected browser', fixedPart(raw(lang, 'tools:traces.detected'))],
    ['traces: detected browser', t('tools:traces.unknown')],
    button('formats:listen.play'),
    button('formats:listen.pause'),
    button('formats:listen.resume'),
    button('formats:listen.stop'),
    button('formats:material.print'),
    button('tools:plan.print'),
    button('tools:plan.clear'),
    button('tools:check.clear'),
    button('search.submit'),
  ];
}

const dumps = new Map<string, string>();
beforeAll(async () => {
  // Every page here exists in dist/ (builtHtml throws a clear error if not), then lynx reads them at once.
  for (const path of SAMPLES) builtHtml(path);
  const texts = await Promise.all(SAMPLES.map(dump));
  SAMPLES.forEach((path, i) => dumps.set(path, texts[i]));
});

describe('lynx shows no interface that needs JavaScript', () => {
  test.each(SAMPLES)('%s', (path) => {
    const text = dumps.get(path)!;
    expect(text.length, 'lynx printed the page').toBeGreaterThan(500);
    const shown = forbidden(langOf(path)).filter(([, words]) => words && text.includes(words)).map(([what, words]) => `${what}: "${words}"`);
    expect(shown).toEqual([]);
    // Every button on this site is driven by a script, so none may be in the page without one.
    expect(text).not.toContain('(BUTTON)');
  });
});

describe('the content is whole without JavaScript', () => {
  test('the finder lists every area with every name', () => {
    for (const path of ['/sv/', '/sv/hitta-stod/']) {
      const text = dumps.get(path)!;
      for (const d of districts) {
        for (const name of [d.name, ...d.neighbourhoods, ...d.placeNames.map((p) => p.name), ...d.formerNames]) expect(text, `${path}: ${name}`).toContain(name);
      }
    }
  });

  test('a district page writes the hours out', () => {
    expect(dumps.get('/sv/stadsdel/jarva/')).toMatch(/mån–fre \d\d:\d\d–\d\d:\d\d/);
  });

  test('the self-check statements read as a list, with the no-script guidance', () => {
    const t = useTranslations('sv');
    for (const [path, variant] of [['/sv/sjalvtest/', 'adult'], ['/sv/sjalvtest-ung/', 'young']] as const) {
      const text = dumps.get(path)!;
      expect(text).toContain(t('tools:check.noScript'));
      const statements = statementsFor(Object.keys(resources.sv.tools ?? {}), variant);
      expect(statements.length).toBeGreaterThan(5);
      for (const s of statements) expect(text, path).toContain(t(translationKey(`tools:${s.key}`)));
      expect(text).toContain(fixedPart(raw('sv', 'tools:check.physicalDangerNoScript')));
    }
  });

  test('the safety plan reads as text, with the warning beside the digital steps', () => {
    const t = useTranslations('sv');
    const text = dumps.get('/sv/sakerhetsplan/')!;
    const heading = text.indexOf(t('tools:plan.digital.heading'));
    const warning = text.indexOf(t('tools:plan.digital.warning'));
    const passwords = text.indexOf(t('tools:plan.digital.passwords'));
    expect(heading).toBeGreaterThan(-1);
    expect(warning).toBeGreaterThan(heading);
    expect(passwords).toBeGreaterThan(warning);
    expect(text).toContain(t('tools:plan.noScript'));
  });

  test('the search page says why and lists every page', () => {
    const t = useTranslations('sv');
    const text = dumps.get('/sv/sok/')!;
    expect(text).toContain(t('search.noScript'));
    const listed = [...builtHtml('/sv/sok/').matchAll(/<section[^>]*data-page-list[\s\S]*?<\/section>/g)][0]?.[0] ?? '';
    const titles = [...listed.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(text).toContain(title);
  });
});
