/** Checks over content/: every Swedish page has a translation in every language that says what it was made from. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageCodes } from '../../../src/i18n/languages.ts';
import { readPage } from '../../../src/lib/frontmatter.ts';
import { sourceVersion } from '../../../src/lib/translationStatus.ts';

const content = join(import.meta.dirname, '../../../content');
const slugs = readdirSync(join(content, 'sv')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));

describe.each(languageCodes.filter((l) => l !== 'sv'))('%s', (lang) => {
  test.each(slugs)('has a translation of %s that says what it was made from', (slug) => {
    const file = join(content, lang, `${slug}.mdx`);
    expect(existsSync(file), `content/${lang}/${slug}.mdx is missing`).toBe(true);
    const { translation } = readPage(readFileSync(file, 'utf8'), `content/${lang}/${slug}.mdx`);
    expect(translation, `content/${lang}/${slug}.mdx has no translation block`).toBeDefined();
    expect(translation!.source).toBe(slug);
    expect(translation!.sourceVersion).toMatch(/^[a-p]{12}$/);
    expect(['machine', 'reviewed']).toContain(translation!.status);
  });

  test.each(slugs)('%s has a title and description in its own language', (slug) => {
    const file = join(content, lang, `${slug}.mdx`);
    if (!existsSync(file)) return expect.fail(`content/${lang}/${slug}.mdx is missing`);
    const own = readPage(readFileSync(file, 'utf8'), `content/${lang}/${slug}.mdx`);
    const source = readPage(readFileSync(join(content, 'sv', `${slug}.mdx`), 'utf8'), `content/sv/${slug}.mdx`);
    expect(own.description).toBeTruthy();
    expect(own.description).not.toBe(source.description);
    if (slug !== 'index') expect(own.title).not.toBe(source.title);
  });

  test('no page shows an outdated translation: each was made from the current Swedish page', () => {
    const outdated = slugs.filter((slug) => {
      const file = join(content, lang, `${slug}.mdx`);
      if (!existsSync(file)) return false;
      const { translation } = readPage(readFileSync(file, 'utf8'), `content/${lang}/${slug}.mdx`);
      return translation?.sourceVersion !== sourceVersion(readFileSync(join(content, 'sv', `${slug}.mdx`), 'utf8'));
    });
    expect(outdated, `content/${lang}: outdated against content/sv (node src/tools/source-versions.ts)`).toEqual([]);
  });

  test('every page has a calm tab title of its own', () => {
    const missing = slugs.filter((slug) => {
      const file = join(content, lang, `${slug}.mdx`);
      return existsSync(file) && !readPage(readFileSync(file, 'utf8'), `content/${lang}/${slug}.mdx`).tabTitle;
    });
    expect(missing).toEqual([]);
  });

  test('has no page that Swedish lacks', () => {
    const own = readdirSync(join(content, lang)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
    expect(own.filter((s) => !slugs.includes(s))).toEqual([]);
  });
});
