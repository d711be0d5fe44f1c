import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SAFETY_CRITICAL_PAGES } from '../../src/lib/safetyCritical.ts';
import { applyReplacements, jsonSegments, mdxSegments, partsToRaw, plainText, rawFor, segmentHash, shape, stringParts, yamlScalar } from '../../src/lib/segments.ts';

const page = `---
title: Akut hjälp
tabTitle: "Hjälp: nu"
description: Om du är i fara nu.
translation:
  source: akut-hjalp
  sourceVersion: abcdefghijkl
  status: machine
---

import X from './x';

<EmergencyBox />

## Om du är i fara nu

- Ring <PhoneLink id="112" />. Det är **gratis**.
- Läs [säkerhet](/sv/sakerhet/ "Säkerhet") och \`kod\` {1 + 1}.

| Vem | Nummer |
|---|---|
| Polisen | <PhoneLink id="112" /> |

<Box>

Inne i *boxen* 😀

</Box>

\`\`\`sh
npm run build
\`\`\`
`;

test('an MDX page splits into frontmatter fields, headings, list items, table cells and text inside components', () => {
  const segments = mdxSegments(page);
  expect(segments.map((s) => `${s.key}:${s.kind}`)).toEqual([
    'title:title',
    'tabTitle:tabTitle',
    'description:description',
    'b1:h2',
    'b2:p',
    'b3:p',
    'b4:cell',
    'b5:cell',
    'b6:cell',
    'b7:p',
  ]);
  expect(shape(segments.filter((s) => s.key.startsWith('b')))).toBe('h2 p p cell cell cell p');
  // Every range holds exactly the segment's native text: writing it back changes nothing.
  for (const s of segments.filter((x) => x.key.startsWith('b'))) expect(page.slice(s.start, s.end)).toBe(partsToRaw(s.parts));
  expect(page.slice(segments[1]!.start, segments[1]!.end)).toBe('"Hjälp: nu"');
  expect(segments[1]!.parts).toEqual([{ type: 'text', text: 'Hjälp: nu' }]);
});

test('components, code, expressions, link targets and formatting marks are protected; only text is offered', () => {
  const [, , , , ring, read] = mdxSegments(page);
  expect(ring!.parts).toEqual([
    { type: 'text', text: 'Ring ' },
    { type: 'ph', code: '<PhoneLink id="112" />' },
    { type: 'text', text: '. Det är ' },
    { type: 'open', code: '**' },
    { type: 'text', text: 'gratis' },
    { type: 'close', code: '**' },
    { type: 'text', text: '.' },
  ]);
  expect(read!.parts).toEqual([
    { type: 'text', text: 'Läs ' },
    { type: 'open', code: '[' },
    { type: 'text', text: 'säkerhet' },
    { type: 'close', code: '](/sv/sakerhet/ "Säkerhet")' },
    { type: 'text', text: ' och ' },
    { type: 'ph', code: '`kod`' },
    { type: 'text', text: ' ' },
    { type: 'ph', code: '{1 + 1}' },
    { type: 'text', text: '.' },
  ]);
  expect(plainText(read!.parts)).toBe('Läs säkerhet och .');
  // A cell holding only a component has nothing to translate.
  expect(mdxSegments(page).some((s) => partsToRaw(s.parts) === '<PhoneLink id="112" />')).toBe(false);
});

test('UI strings: every string value by key path, with i18next placeholders protected', () => {
  const json = '{\n  "title": "Stöd i {{name}}",\n  "nested": { "deep": "Ring \\"nu\\"" },\n  "n": 3\n}\n';
  const segments = jsonSegments(json);
  expect(segments.map((s) => s.key)).toEqual(['title', 'nested.deep']);
  expect(segments[0]!.parts).toEqual([{ type: 'text', text: 'Stöd i ' }, { type: 'ph', code: '{{name}}' }]);
  expect(json.slice(segments[1]!.start, segments[1]!.end)).toBe('"Ring \\"nu\\""');
  expect(stringParts('$t(x) och <1>länk</1>').filter((p) => p.type === 'ph').map((p) => 'code' in p && p.code)).toEqual(['$t(x)', '<1>', '</1>']);
  expect(rawFor(segments[1]!, [{ type: 'text', text: 'Wac "hadda"' }], json)).toBe('"Wac \\"hadda\\""');
});

test('a new frontmatter value stays plain when it can, and is quoted when YAML needs it', () => {
  expect(yamlScalar('Caawimaad degdeg ah', 'Akut hjälp')).toBe('Caawimaad degdeg ah');
  expect(yamlScalar('Caawimaad: hadda', 'Akut hjälp')).toBe('"Caawimaad: hadda"');
  expect(yamlScalar('# not a comment', 'x')).toBe('"# not a comment"');
  expect(yamlScalar('Plain', '"quoted before"')).toBe('"Plain"');
  expect(yamlScalar("it's", "'single'")).toBe("'it''s'");
});

test('replacements change only their ranges and refuse to overlap', () => {
  expect(applyReplacements('abcdef', [{ start: 1, end: 2, text: 'X' }, { start: 4, end: 4, text: '+' }])).toBe('aXcd+ef');
  expect(() => applyReplacements('abcdef', [{ start: 1, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(/overlapping/);
});

test('the segment hash changes with the text and with the code', () => {
  const a = segmentHash([{ type: 'text', text: 'Ring ' }, { type: 'ph', code: '<PhoneLink id="112" />' }]);
  expect(a).toMatch(/^[0-9a-f]{12}$/);
  expect(segmentHash([{ type: 'text', text: 'Ring ' }, { type: 'ph', code: '<PhoneLink id="113" />' }])).not.toBe(a);
  expect(segmentHash([{ type: 'text', text: 'Ring!' }, { type: 'ph', code: '<PhoneLink id="112" />' }])).not.toBe(a);
});

test('the real safety-critical pages (read-only) split into segments whose ranges hold exactly their text', () => {
  const root = join(import.meta.dirname, '../../content');
  for (const lang of readdirSync(root).filter((d) => d !== 'data' && d !== 'lattlast')) {
    for (const file of SAFETY_CRITICAL_PAGES.map((slug) => `${slug}.mdx`).filter((f) => existsSync(join(root, lang, f)))) {
      const text = readFileSync(join(root, lang, file), 'utf8');
      const segments = mdxSegments(text);
      expect(segments.length, `${lang}/${file}`).toBeGreaterThan(1);
      for (const s of segments.filter((x) => x.key.startsWith('b'))) expect(text.slice(s.start, s.end), `${lang}/${file} ${s.key}`).toBe(partsToRaw(s.parts));
    }
  }
});
