import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageCodes } from '../../src/i18n/languages.ts';
import { lix, mdxToText } from '../../src/lib/lix.ts';

const content = join(import.meta.dirname, '../../content');
const slugs = readdirSync(join(content, 'sv')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
const field = (text: string, key: string) => new RegExp(`^${key}:\\s*"?(.+?)"?\\s*$`, 'm').exec(text.split('\n---')[0])?.[1];

describe.each(languageCodes.filter((l) => l !== 'sv'))('%s', (lang) => {
  test.each(slugs)('has a translation of %s that says what it was made from', (slug) => {
    const file = join(content, lang, `${slug}.mdx`);
    expect(existsSync(file), `content/${lang}/${slug}.mdx is missing`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`translation:\\s*\\n\\s+source: ${slug}\\n\\s+sourceVersion: [0-9a-f]{12}\\n\\s+status: (machine|reviewed)`));
  });

  test.each(slugs)('%s has a title and description in its own language', (slug) => {
    const file = join(content, lang, `${slug}.mdx`);
    if (!existsSync(file)) return expect.fail(`content/${lang}/${slug}.mdx is missing`);
    const own = readFileSync(file, 'utf8');
    const source = readFileSync(join(content, 'sv', `${slug}.mdx`), 'utf8');
    expect(field(own, 'description')).toBeTruthy();
    expect(field(own, 'description')).not.toBe(field(source, 'description'));
    if (slug !== 'index') expect(field(own, 'title')).not.toBe(field(source, 'title'));
  });

  test('has no page that Swedish lacks', () => {
    const own = readdirSync(join(content, lang)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
    expect(own.filter((s) => !slugs.includes(s))).toEqual([]);
  });
});

test('LIX counts words per sentence and long words', () => {
  expect(lix('Jag heter Anna. Jag bor i Stockholm.')).toEqual({ lix: 17.8, words: 7, sentences: 2, longWords: 1 });
  expect(mdxToText('---\ntitle: X\n---\n## Rubrik\n\n- en punkt\n\n<ServiceCard id="x" />\n\n[länk](/sv/)')).toMatch(/Rubrik\.\s+en punkt\.\s+länk/);
});
