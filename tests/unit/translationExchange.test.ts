/**
 * The translator round trip on a temporary copy of content/ and locales/ (sv and so): the real files are
 * only read. XLIFF is edited with xml-js, an XML library, never with string surgery.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import convert from 'xml-js';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { mdxSegments, jsonSegments } from '../../src/lib/segments.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { buildExport, importXliff, loadStringsStatus, translationMeta } from '../../src/lib/translationExchange.ts';
import { sourceVersion } from '../../src/lib/translationStatus.ts';

const repo = join(import.meta.dirname, '../..');
let root = '';

/** A few pages and UI string files keep the tests fast; the tools run on every file the same way. */
const COPIED = ['content/sv/akut-hjalp.mdx', 'content/sv/ung.mdx', 'locales/sv/common.json', 'locales/sv/district.json', 'locales/sv/terms.yaml'];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'i18n-rt-'));
  for (const path of COPIED.flatMap((p) => (p.endsWith('terms.yaml') ? [p] : [p, p.replace('/sv/', '/so/')]))) {
    cpSync(join(repo, path), join(root, path));
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every copy starts the same, so one export serves every test (the export only reads). */
let exported: string | undefined;
const exportSo = () => (exported ??= buildExport(root, 'so').xml);

/** Every file under the copy, by path, to compare before and after an import. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of ['content/sv', 'content/so', 'locales/sv', 'locales/so']) {
    for (const f of readdirSync(join(root, dir))) files.set(`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8'));
  }
  return files;
}
const changedFiles = (before: Map<string, string>) => [...snapshot()].filter(([p, t]) => before.get(p) !== t).map(([p]) => p);

type El = { type: string; name?: string; attributes?: Record<string, string>; elements?: El[]; text?: string };
const kids = (e: El | undefined, name: string) => (e?.elements ?? []).filter((c) => c.type === 'element' && c.name === name);
function units(tree: El): El[] {
  const xliff = kids(tree, 'xliff')[0]!;
  return kids(xliff, 'file').flatMap((f) => kids(kids(f, 'body')[0], 'trans-unit'));
}
const unitById = (tree: El, id: string) => units(tree).find((u) => u.attributes!.id === id)!;
const targetOf = (unit: El) => kids(unit, 'target')[0]!;

test('the export of so is valid XLIFF 1.2 holding the term list first, every page segment and every UI string', async () => {
  const { xml } = buildExport(root, 'so');
  const js = (await xliff12ToJs(xml)) as { resources: Record<string, Record<string, { source: unknown; target: unknown }>>; targetLanguage: string };
  expect(js.targetLanguage).toBe('so');
  const names = Object.keys(js.resources);
  expect(names[0]).toBe('terms');
  const pages = readdirSync(join(root, 'content/so')).map((f) => `content/so/${f}`);
  const strings = readdirSync(join(root, 'locales/so'))
    .filter((f) => f.endsWith('.json')).map((f) => `locales/so/${f}`);
  expect(names.slice(1).sort()).toEqual([...pages, ...strings].sort());
  const akut = readFileSync(join(root, 'content/so/akut-hjalp.mdx'), 'utf8');
  expect(Object.keys(js.resources['content/so/akut-hjalp.mdx']!)).toEqual(mdxSegments(akut).map((s) => `akut-hjalp#${s.key}`));
  const common = readFileSync(join(root, 'locales/so/common.json'), 'utf8');
  expect(Object.keys(js.resources['locales/so/common.json']!)).toEqual(jsonSegments(common).map((s) => `common.json#${s.key}`));
  // Every unit carries a note naming its page.
  const tree = convert.xml2js(xml) as El;
  const unit = unitById(tree, 'akut-hjalp#title');
  expect(kids(unit, 'note').map((n) => n.elements?.[0]?.text).join(' ')).toContain('Page akut-hjalp');
});

test('importing an unchanged export changes no file', () => {
  const before = snapshot();
  const result = importXliff(root, exportSo());
  expect(result).toEqual({ changed: [], refused: [], reviewed: [] });
  expect(changedFiles(before)).toEqual([]);
});

test('editing one target changes exactly that text in the MDX file', () => {
  const file = 'content/so/akut-hjalp.mdx';
  const before = snapshot();
  const original = before.get(file)!;
  const tree = convert.xml2js(exportSo(), { captureSpacesBetweenElements: true }) as El;
  // A paragraph with a component: its first text node changes, the placeholder stays.
  const seg = mdxSegments(original).find((s) => s.key.startsWith('b') && s.parts.some((p) => p.type === 'ph'))!;
  const first = seg.parts[0]!;
  expect(first.type).toBe('text');
  const target = targetOf(unitById(tree, `akut-hjalp#${seg.key}`));
  target.elements![0]!.text = 'Hadda wac ';
  const result = importXliff(root, convert.js2xml(tree));
  expect(result.refused).toEqual([]);
  expect(result.changed).toEqual([file]);
  expect(changedFiles(before)).toEqual([file]);
  const expected = original.slice(0, seg.start) + 'Hadda wac ' + original.slice(seg.start + (first as { text: string }).text.length);
  expect(readFileSync(join(root, file), 'utf8')).toBe(expected);
});

test('a UI string edit replaces only that value, keeping the file formatting', () => {
  const file = 'locales/so/common.json';
  const original = readFileSync(join(root, file), 'utf8');
  const seg = jsonSegments(original)[0]!;
  const tree = convert.xml2js(exportSo(), { captureSpacesBetweenElements: true }) as El;
  const target = targetOf(unitById(tree, `common.json#${seg.key}`));
  target.elements = [{ type: 'text', text: 'Qoraal "cusub"' }];
  importXliff(root, convert.js2xml(tree));
  const after = readFileSync(join(root, file), 'utf8');
  expect(after).toBe(original.slice(0, seg.start) + '"Qoraal \\"cusub\\""' + original.slice(seg.end));
  expect(JSON.parse(after)).toBeTruthy();
});

test('a segment whose Swedish source changed since the export is refused, naming the page and segment', () => {
  const tree = convert.xml2js(exportSo(), { captureSpacesBetweenElements: true }) as El;
  targetOf(unitById(tree, 'akut-hjalp#description')).elements = [{ type: 'text', text: 'Sharaxaad cusub' }];
  const sv = join(root, 'content/sv/akut-hjalp.mdx');
  writeFileSync(sv, readFileSync(sv, 'utf8').replace(/^description: .*$/m, 'description: En helt ny beskrivning.'));
  const before = snapshot();
  const result = importXliff(root, convert.js2xml(tree));
  expect(result.changed).toEqual([]);
  expect(result.refused).toHaveLength(1);
  expect(result.refused[0]).toMatch(/^content\/so\/akut-hjalp\.mdx, segment akut-hjalp#description: the Swedish source changed since the export/);
  expect(changedFiles(before)).toEqual([]);
});

test('a target that loses a component is refused, and nothing is written for it', () => {
  const original = readFileSync(join(root, 'content/so/akut-hjalp.mdx'), 'utf8');
  const seg = mdxSegments(original).find((s) => s.key.startsWith('b') && s.parts.some((p) => p.type === 'ph'))!;
  const tree = convert.xml2js(exportSo(), { captureSpacesBetweenElements: true }) as El;
  targetOf(unitById(tree, `akut-hjalp#${seg.key}`)).elements = [{ type: 'text', text: 'Wac booliska' }];
  const result = importXliff(root, convert.js2xml(tree));
  expect(result.refused[0]).toMatch(new RegExp(`akut-hjalp#${seg.key}: placeholders? ph:1.* missing`));
  expect(readFileSync(join(root, 'content/so/akut-hjalp.mdx'), 'utf8')).toBe(original);
});

test('a page whose segments are all final becomes reviewed, with reviewer and date, and nothing else changes', () => {
  const file = 'content/so/ung.mdx';
  const original = readFileSync(join(root, file), 'utf8');
  const tree = convert.xml2js(exportSo(), { captureSpacesBetweenElements: true }) as El;
  for (const unit of units(tree).filter((u) => u.attributes!.id!.startsWith('ung#'))) targetOf(unit).attributes!.state = 'final';
  const result = importXliff(root, convert.js2xml(tree), { reviewer: 'Hodan Ali', reviewed: '2026-12-01' });
  expect(result.reviewed).toEqual([file]);
  const after = readFileSync(join(root, file), 'utf8');
  const svVersion = sourceVersion(readFileSync(join(root, 'content/sv/ung.mdx'), 'utf8'));
  expect(translationMeta(after)).toMatchObject({ status: 'reviewed', reviewer: 'Hodan Ali', reviewed: '2026-12-01', sourceVersion: svVersion });
  // Only the translation block of the frontmatter changed.
  const body = (t: string) => splitFrontmatter(t)!.body;
  expect(body(after)).toBe(body(original));
  expect(after.replace(/\n {2}reviewer: .*\n {2}reviewed: .*/, '').replace(/status: reviewed/, 'status: machine').replace(/sourceVersion: \w+/, '')).toBe(
    original.replace(/sourceVersion: \w+/, ''),
  );
  // Importing the same file again changes nothing.
  const again = importXliff(root, convert.js2xml(tree), { reviewer: 'Hodan Ali', reviewed: '2026-12-01' });
  expect(again.changed).toEqual([]);
});

test('a UI string file whose strings are all final is recorded as reviewed in review-status.yaml', () => {
  const tree = convert.xml2js(exportSo(), { captureSpacesBetweenElements: true }) as El;
  for (const unit of units(tree).filter((u) => u.attributes!.id!.startsWith('district.json#'))) targetOf(unit).attributes!.state = 'final';
  const before = readFileSync(join(root, 'locales/so/district.json'), 'utf8');
  const result = importXliff(root, convert.js2xml(tree), { reviewer: 'Hodan Ali', reviewed: '2026-12-01' });
  expect(result.changed).toEqual(['locales/so/review-status.yaml']);
  expect(readFileSync(join(root, 'locales/so/district.json'), 'utf8')).toBe(before);
  const status = loadStringsStatus(root, 'so');
  expect(status['district.json']).toEqual({
    status: 'reviewed',
    sourceVersion: sourceVersion(readFileSync(join(root, 'locales/sv/district.json'), 'utf8')),
    reviewer: 'Hodan Ali',
    reviewed: '2026-12-01',
  });
  expect(importXliff(root, convert.js2xml(tree), { reviewer: 'Hodan Ali', reviewed: '2026-12-01' }).changed).toEqual([]);
});
