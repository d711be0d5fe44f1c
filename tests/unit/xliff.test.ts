import { expect, test } from 'vitest';
import xliff12ToJs from 'xliff/xliff12ToJs';
import type { Part } from '../../src/lib/segments.ts';
import { buildXliff, codeMap, isReviewed, parseXliff, targetParts, type XliffDocument } from '../../src/lib/xliff.ts';

const source: Part[] = [
  { type: 'text', text: 'Ring ' },
  { type: 'ph', code: '<PhoneLink id="112" />' },
  { type: 'text', text: '. Läs ' },
  { type: 'open', code: '[' },
  { type: 'text', text: 'mer & <annat>' },
  { type: 'close', code: '](/sv/sakerhet/)' },
];
const target: Part[] = [
  { type: 'text', text: 'Wac ' },
  { type: 'ph', code: '<PhoneLink id="112" />' },
  { type: 'text', text: '. Akhri ' },
  { type: 'open', code: '[' },
  { type: 'text', text: 'wax badan "x"' },
  { type: 'close', code: '](/so/sakerhet/)' },
];

const doc: XliffDocument = {
  sourceLanguage: 'sv',
  targetLanguage: 'so',
  files: [
    { original: 'terms', notes: ['Term list: read first'], units: [{ id: 'term#interpreter', kind: 'term', source: [{ type: 'text', text: 'tolk' }], target: [{ type: 'text', text: 'turjubaan' }], state: 'term', sourceHash: '', notes: ['Avoid: x'], translate: false }] },
    {
      original: 'content/so/akut-hjalp.mdx',
      source: 'content/sv/akut-hjalp.mdx',
      sourceVersion: '0123456789ab',
      notes: ['Page akut-hjalp & "notes"'],
      units: [
        { id: 'akut-hjalp#b2', kind: 'p', source, target, state: 'machine', sourceHash: 'aaaaaaaaaaaa', notes: ['Page akut-hjalp, p 2'] },
        { id: 'akut-hjalp#b3', kind: 'p', source: [{ type: 'text', text: 'Hej' }], target: [{ type: 'text', text: 'Haye' }], state: 'outdated', sourceHash: 'bbbbbbbbbbbb', notes: [] },
        { id: 'akut-hjalp#b4', kind: 'h2', source: [{ type: 'text', text: 'Rubrik' }], target: [{ type: 'text', text: 'Cinwaan' }], state: 'reviewed', sourceHash: 'cccccccccccc', notes: [] },
      ],
    },
  ],
};

test('the export is well-formed XLIFF 1.2 that the xliff package reads back', async () => {
  const xml = buildXliff(doc);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"')).toBe(true);
  const js = (await xliff12ToJs(xml)) as { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: unknown; target: unknown }>> };
  expect(js.sourceLanguage).toBe('sv');
  expect(js.targetLanguage).toBe('so');
  expect(Object.keys(js.resources)).toEqual(['terms', 'content/so/akut-hjalp.mdx']);
  const unit = js.resources['content/so/akut-hjalp.mdx']!['akut-hjalp#b2']!;
  expect(unit.source).toEqual([
    'Ring ',
    { Span: { id: '1', contents: '<PhoneLink id="112" />' } },
    '. Läs ',
    { SpanStart: { id: '2', contents: '[' } },
    'mer & <annat>',
    { SpanEnd: { id: '2', contents: '](/sv/sakerhet/)' } },
  ]);
});

test('states map to XLIFF 1.2: machine needs review, outdated needs translation, reviewed is final and approved', () => {
  const xml = buildXliff(doc);
  expect(xml).toContain('<target state="needs-review-translation" state-qualifier="leveraged-mt">Wac <ph id="1">&lt;PhoneLink id="112" /&gt;</ph>. Akhri <bpt id="2">[</bpt>wax badan "x"<ept id="2">](/so/sakerhet/)</ept></target>');
  expect(xml).toContain('<target state="needs-translation">Haye</target>');
  expect(xml).toMatch(/<trans-unit id="akut-hjalp#b4"[^>]* approved="yes"[^>]*>\s*<source>Rubrik<\/source>\s*<target state="final">Cinwaan<\/target>/);
  expect(xml).toMatch(/<trans-unit id="term#interpreter"[^>]* translate="no"/);
  expect(xml).toContain('<note>Page akut-hjalp &amp; "notes"</note>');
});

test('reading back gives every unit its target tokens, state and source hash', () => {
  const read = parseXliff(buildXliff(doc));
  expect(read.targetLanguage).toBe('so');
  const page = read.files[1]!;
  expect(page).toMatchObject({ original: 'content/so/akut-hjalp.mdx', source: 'content/sv/akut-hjalp.mdx', sourceVersion: '0123456789ab' });
  expect(page.units.map((u) => [u.id, u.state, u.sourceHash, u.kind, isReviewed(u)])).toEqual([
    ['akut-hjalp#b2', 'needs-review-translation', 'aaaaaaaaaaaa', 'p', false],
    ['akut-hjalp#b3', 'needs-translation', 'bbbbbbbbbbbb', 'p', false],
    ['akut-hjalp#b4', 'final', 'cccccccccccc', 'h2', true],
  ]);
  const rebuilt = targetParts(page.units[0]!.target!, codeMap(target));
  expect(rebuilt).toEqual({ parts: target });
  expect(read.files[0]!.units[0]!.translate).toBe(false);
});

test('a CAT tool may reorder codes, wrap text in <mrk> or <g>, use another prefix, and add a review phase', () => {
  const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:q="urn:stod-nara:translation:1">
 <file original="content/so/x.mdx" source-language="sv" target-language="so" datatype="x-mdx" q:sourceVersion="0123456789ab">
  <header><phase-group><phase phase-name="r1" process-name="Review" contact-name="Hodan A." date="2026-12-01T10:00:00Z"/></phase-group></header>
  <body><group id="g"><trans-unit id="x#b1" approved="yes" q:sourceHash="h">
   <source>a</source>
   <target state="translated"><mrk mtype="seg" mid="1"><bpt id="2">[</bpt>link<ept id="2">](/so/)</ept> then <g id="9">bold</g> <ph id="1">&lt;X /&gt;</ph></mrk></target>
  </trans-unit></group></body>
 </file>
</xliff>`;
  const read = parseXliff(xml);
  expect(read).toMatchObject({ reviewer: 'Hodan A.', reviewed: '2026-12-01' });
  const unit = read.files[0]!.units[0]!;
  expect(unit).toMatchObject({ id: 'x#b1', sourceHash: 'h', approved: true, state: 'translated' });
  expect(isReviewed(unit)).toBe(true);
  const codes = new Map([['ph:1', '<X />'], ['bpt:2', '['], ['ept:2', '](/so/)']]);
  const built = targetParts(unit.target!, codes);
  expect('parts' in built && built.parts.map((p) => (p.type === 'text' ? p.text : p.code)).join('')).toBe('[link](/so/) then bold <X />');
});

test('a target that drops, repeats or invents a placeholder is refused with the reason', () => {
  const codes = codeMap(target);
  expect(targetParts([{ type: 'text', text: 'Wac' }], codes)).toEqual({ error: 'placeholders ph:1, bpt:2, ept:2 missing (components, links and formatting must stay)' });
  expect(targetParts([{ type: 'code', key: 'ph:1' }, { type: 'code', key: 'ph:1' }], codes)).toEqual({ error: 'placeholder ph:1 appears twice' });
  expect(targetParts([{ type: 'code', key: 'ph:7' }], codes)).toEqual({ error: 'unknown placeholder ph:7' });
});

test('XML that is not well formed, or not XLIFF 1.2, is refused', () => {
  expect(() => parseXliff('<xliff version="1.2"><file>')).toThrow(/not well-formed XML: Unclosed/);
  expect(() => parseXliff('<xliff version="1.2"><file></xliff>')).toThrow(/not well-formed XML: Unexpected close tag/);
  expect(() => parseXliff('<html></html>')).toThrow(/not an XLIFF file/);
  expect(() => parseXliff('<xliff version="2.0"></xliff>')).toThrow(/reads XLIFF 1.2/);
});
