import { expect, test } from 'vitest';
import {
  TERM_IDS,
  checkLanguage,
  checkTabTitle,
  checkText,
  findVariants,
  formatViolation,
  parseTermList,
  tabTitleOf,
  termsUsed,
} from '../../src/lib/terms.ts';

const sample = (over = '') => `language: so
alarmWords: [rabshad]
terms:
${TERM_IDS.map((id) => `  - id: ${id}\n    sv: sv-${id}\n    preferred: pref-${id}\n    avoid: ${id === 'jour-shelter' ? '["jour", "jourer"]' : '[]'}\n    definition: "One line."`).join('\n')}
${over}`;

test('a list that lacks a concept, repeats one or has an upper-case alarm word is refused', () => {
  expect(() => parseTermList(sample().replace('id: interpreter', 'id: control'))).toThrow(/missing concept "interpreter".*listed twice|listed twice.*missing concept "interpreter"/);
  expect(() => parseTermList(sample().replace('[rabshad]', '[Rabshad]'))).toThrow(/alarmWords.0: must be written in lower case/);
  expect(() => parseTermList('language: so\nterms: [')).toThrow(/not valid YAML/);
  expect(parseTermList(sample()).terms).toHaveLength(TERM_IDS.length);
});

test('the check fails on purpose: an avoided variant in a page is reported with file, line and variant', () => {
  const list = parseTermList(sample());
  const page = '---\ntitle: Caawimaad\n---\n\nJourer-ka haweenka waxay leeyihiin hoy.\nHeading JOUR here, not journal.\n';
  const found = checkText(list, 'content/so/akut-hjalp.mdx', page);
  expect(found.map(formatViolation)).toEqual([
    'content/so/akut-hjalp.mdx:5:1  avoided variant "jourer" (jour-shelter): "Jourer"',
    'content/so/akut-hjalp.mdx:6:9  avoided variant "jour" (jour-shelter): "JOUR"',
  ]);
  expect(checkLanguage(list, [{ path: 'x.mdx', text: page }])).toHaveLength(2);
});

test('an alarm word in a tabTitle is reported, in the title line only', () => {
  const list = parseTermList(sample());
  const page = '---\ntitle: Rabshadda qoyska\ntabTitle: Rabshad iyo caawimaad\n---\nrabshad in the body is allowed\n';
  expect(tabTitleOf(page)).toEqual({ value: 'Rabshad iyo caawimaad', line: 3 });
  expect(checkLanguage(list, [{ path: 'p.mdx', text: page }]).map(formatViolation)).toEqual(['p.mdx:3:1  alarm word "rabshad" in tabTitle: "Rabshad"']);
  expect(checkTabTitle(list, 'p.mdx', 'Caawimaad')).toEqual([]);
  expect(checkTabTitle(list, 'p.mdx', undefined)).toEqual([]);
});

test('variants match whole words in Latin script and bounded substrings in Arabic, Persian and Ethiopic', () => {
  expect(findVariants('Socialen ringde. Socialens kontor.', ['socialen']).map((o) => o.column)).toEqual([1]);
  expect(findVariants('våld i nära relationer', ['Våld I Nära'])).toHaveLength(1);
  // Arabic: a clitic prefix makes it another word; a space or punctuation bounds it.
  expect(findVariants('بالعنف، العنف.', ['العنف']).map((o) => o.column)).toEqual([9]);
  // Persian: the zero-width non-joiner is part of the word.
  expect(findVariants('می‌کنم و خانه امن', ['می', 'خانه امن']).map((o) => o.variant)).toEqual(['خانه امن']);
  // Ethiopic: the word space ፡ and the full stop ። bound words.
  expect(findVariants('ዓመጽ፡ዝምድና። ዓመጽኛ', ['ዓመጽ']).map((o) => o.column)).toEqual([1]);
  expect(findVariants('line one\nthe jour', ['jour'])[0]).toMatchObject({ line: 2, column: 5 });
});

test('the concepts a text uses are found by their preferred or Swedish term', () => {
  const list = parseTermList(sample());
  expect(termsUsed(list, 'Call pref-interpreter or sv-controls.')).toEqual(['control', 'interpreter']);
  expect(termsUsed(list, 'Call xpref-interpreter.')).toEqual([]);
});
