/** "Say it in Swedish": on every district page and the acute-help page in the six other languages. */
import { expect, test } from 'vitest';
import { districts } from '../../src/data/registry.ts';
import { languages } from '../../src/i18n/languages.ts';
import { builtHtml, offenders } from './site.ts';

const others = languages.filter((l) => l.code !== 'sv');
const pages = others.flatMap((l) => [`/${l.code}/akut-hjalp/`, ...districts.map((d) => `/${l.code}/stadsdel/${d.id}/`)]);

test('the phrase block is there, in Swedish, with the interpreter line for the page language', () => {
  expect(offenders(pages, (path, html) => {
    const lang = others.find((l) => path.startsWith(`/${l.code}/`))!;
    const block = /<section[^>]*data-say-in-swedish[\s\S]*?<\/section>/.exec(html)?.[0];
    if (!block) return ['no phrase block'];
    const swedish = [...block.matchAll(/<p[^>]*lang="sv"[^>]*data-phrase[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]);
    const problems: string[] = [];
    if (swedish.length !== 4) problems.push(`${swedish.length} Swedish phrases, not 4`);
    if (!swedish.includes(`Jag behöver tolk på ${lang.swedishName}.`)) problems.push(`no interpreter line for ${lang.swedishName}`);
    if (/<button/.test(block)) problems.push('a play button in the HTML (the script creates it when a Swedish voice exists)');
    return problems;
  })).toEqual([]);
});

test('a district page names its own relationsvåldscentrum when it is known', () => {
  expect(builtHtml('/so/stadsdel/jarva/')).toContain('Jag vill prata med Relationsvåldscentrum Väst');
});

test('Swedish pages do not carry the block', () => {
  expect(builtHtml('/sv/stadsdel/jarva/')).not.toContain('data-say-in-swedish');
});

test('the printed sheet and card carry the interpreter line in Swedish, outside Swedish', () => {
  const pages = others.map((l) => `/${l.code}/material/jarva/`);
  expect(offenders(pages, (path, html) => {
    const lang = others.find((l) => path.startsWith(`/${l.code}/`))!;
    const lines = html.match(/data-interpreter-line[^>]*><strong lang="sv"[^>]*>([^<]*)</g) ?? [];
    return lines.length === 2 && lines.every((l) => l.includes(`Jag behöver tolk på ${lang.swedishName}.`)) ? [] : [`${lines.length} interpreter lines`];
  })).toEqual([]);
  expect(builtHtml('/sv/material/jarva/')).not.toContain('data-interpreter-line');
});
