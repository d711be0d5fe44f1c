/** Checks over content/ and locales/ with each language's term list (src/lib/terms.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageCodes } from '../../../src/i18n/languages.ts';
import { TERM_IDS, checkLanguage, formatViolation, parseTermList, type LanguageFile } from '../../../src/lib/terms.ts';

const root = join(import.meta.dirname, '../../..');
const listFile = (lang: string) => join(root, 'locales', lang, 'terms.yaml');
const withList = languageCodes.filter((lang) => existsSync(listFile(lang)));

/** A language's pages (content/<lang>/*.mdx) and UI strings (locales/<lang>/*.json), read-only. */
function languageFiles(lang: string): LanguageFile[] {
  const dirs = [`content/${lang}`, `locales/${lang}`];
  return dirs.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => (dir.startsWith('content') ? f.endsWith('.mdx') : f.endsWith('.json')))
          .sort()
          .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }))
      : [],
  );
}

test('every language has a term list', () => {
  const missing = languageCodes.filter((lang) => !existsSync(listFile(lang))).map((lang) => `locales/${lang}/terms.yaml`);
  expect(missing, `term lists missing: ${missing.join(', ')}`).toEqual([]);
});

describe.each(withList)('term list %s', (lang) => {
  test('is valid and names every concept once', () => {
    const list = parseTermList(readFileSync(listFile(lang), 'utf8'), `locales/${lang}/terms.yaml`);
    expect(list.language).toBe(lang);
    expect(list.terms.map((t) => t.id).sort()).toEqual([...TERM_IDS].sort());
  });

  test('no page or UI string uses an avoided variant, and no tabTitle an alarm word', () => {
    const list = parseTermList(readFileSync(listFile(lang), 'utf8'), `locales/${lang}/terms.yaml`);
    const violations = checkLanguage(list, languageFiles(lang)).map(formatViolation);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
