/** Every page's language: lang and dir, hreflang alternates, and a language list that leads to the same page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import { DIST, builtHtml, languagePages, offenders } from './site.ts';

const RTL = new Set<string>(languages.filter((l) => l.dir === 'rtl').map((l) => l.code));
const pages = languagePages().filter((p) => !p.startsWith('/sv/lattlast/'));
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const slugOf = (path: string) => path.split('/').slice(2).join('/');

test('lang and dir match the language in the address', () => {
  expect(offenders(pages, (path, html) => {
    const lang = path.split('/')[1];
    const problems: string[] = [];
    if (attr(html, /<html lang="([^"]+)"/) !== lang) problems.push(`lang="${attr(html, /<html lang="([^"]+)"/)}"`);
    if (attr(html, /<html lang="[^"]+" dir="([^"]+)"/) !== (RTL.has(lang) ? 'rtl' : 'ltr')) problems.push('wrong dir');
    return problems;
  })).toEqual([]);
});

test('hreflang lists the same page in every language, and x-default', () => {
  expect(offenders(pages, (path, html) => {
    const found = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]).pathname}`);
    const expected = [...languages.map((l) => `${l.tag} /${l.code}/${slugOf(path)}`), 'x-default /'];
    return JSON.stringify(found) === JSON.stringify(expected) ? [] : [`hreflang ${found.join(', ')}`];
  })).toEqual([]);
});

test('the language list leads to the same page in each language, which exists', () => {
  expect(offenders(pages, (path, html) => {
    const list = /<ul[^>]*data-language-list[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const links = [...list.matchAll(/<a href="([^"]+)"[^>]*lang="([^"]+)"/g)].map((m) => ({ href: m[1], lang: m[2] }));
    const problems: string[] = [];
    if (links.map((l) => l.lang).join() !== languages.map((l) => l.tag).join()) problems.push(`languages listed: ${links.map((l) => l.lang).join()}`);
    for (const link of links) {
      if (link.href !== `/${link.lang}/${slugOf(path)}`) problems.push(`${link.lang} links to ${link.href}`);
      else if (!existsSync(join(DIST, link.href, 'index.html'))) problems.push(`${link.href} does not exist`);
      else if (attr(builtHtml(link.href), /<html lang="([^"]+)"/) !== link.lang) problems.push(`${link.href} is not in ${link.lang}`);
    }
    return problems;
  })).toEqual([]);
});

test('a lättläst page offers the same topic in every other language', () => {
  const list = /<ul[^>]*data-language-list[^>]*>([\s\S]*?)<\/ul>/.exec(builtHtml('/sv/lattlast/vad-ar-vald/'))?.[1] ?? '';
  const links = [...list.matchAll(/<a href="([^"]+)"[^>]*lang="([^"]+)"/g)].map((m) => ({ href: m[1], lang: m[2] }));
  expect(links.find((l) => l.lang === 'sv')?.href).toBe('/sv/lattlast/vad-ar-vald/');
  for (const link of links.filter((l) => l.lang !== 'sv')) {
    expect(link.href).toBe(`/${link.lang}/vad-ar-vald/`);
    expect(existsSync(join(DIST, link.href, 'index.html'))).toBe(true);
  }
});
