/** The printed help material: the "someone may find this" line, and the test-copy line of a build without SITE_URL. */
import { expect, test } from 'vitest';
import { IS_TEST_BUILD } from '../../src/config/site.ts';
import { districts } from '../../src/data/registry.ts';
import { languageCodes } from '../../src/i18n/languages.ts';
import { builtHtml, offenders } from './site.ts';

const locales = Object.fromEntries(
  await Promise.all(languageCodes.map(async (lang) => [lang, (await import(`../../locales/${lang}/formats.json`, { with: { type: 'json' } })).default])),
) as Record<string, Record<string, string>>;

const printPages = languageCodes.flatMap((lang) => districts.map((d) => ({ lang, path: `/${lang}/material/${d.id}/` })));

/** The text of the elements carrying `attr` inside the sheet and inside the card. */
function linesIn(html: string, attr: string): { sheet: string[]; card: string[] } {
  const part = (marker: string) => {
    const start = html.indexOf(marker);
    if (start < 0) return '';
    return html.slice(start, html.indexOf('</article>', start));
  };
  const texts = (chunk: string) => [...chunk.matchAll(new RegExp(`<p[^>]*${attr}[^>]*>([^<]*)</p>`, 'g'))].map((m) => m[1]);
  return { sheet: texts(part('data-help-sheet')), card: texts(part('data-help-card')) };
}

const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

test(`there is a print page per district and language (${printPages.length})`, () => {
  expect(printPages.length).toBe(languageCodes.length * districts.length);
});

test('the sheet and the card each say, in the reader\'s language, that someone may find them', () => {
  const bad = offenders(printPages.map((p) => p.path), (path, html) => {
    const lang = path.split('/')[1];
    const { sheet, card } = linesIn(html, 'data-may-be-found');
    const problems: string[] = [];
    if (sheet.map(unescape).join() !== locales[lang]['material.mayBeFoundSheet']) problems.push(`sheet: ${JSON.stringify(sheet)}`);
    if (card.map(unescape).join() !== locales[lang]['material.mayBeFoundCard']) problems.push(`card: ${JSON.stringify(card)}`);
    return problems;
  });
  expect(bad).toEqual([]);
});

test(IS_TEST_BUILD ? 'a build without SITE_URL: sheet and card say they are a test copy' : 'a build with SITE_URL: no test-copy line', () => {
  const bad = offenders(printPages.map((p) => p.path), (path, html) => {
    const lang = path.split('/')[1];
    const { sheet, card } = linesIn(html, 'data-test-copy');
    const expected = IS_TEST_BUILD ? [locales[lang]['material.testCopy']] : [];
    const problems: string[] = [];
    if (JSON.stringify(sheet.map(unescape)) !== JSON.stringify(expected)) problems.push(`sheet: ${JSON.stringify(sheet)}`);
    if (JSON.stringify(card.map(unescape)) !== JSON.stringify(expected)) problems.push(`card: ${JSON.stringify(card)}`);
    return problems;
  });
  expect(bad).toEqual([]);
});

test('the test-copy line is only on print pages', () => {
  expect(builtHtml('/sv/')).not.toContain('data-test-copy');
});
