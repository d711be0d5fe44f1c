import { expect, test } from 'vitest';
import { frontmatterData, readEasyPage, readPage, splitFrontmatter } from '../../src/lib/frontmatter.ts';

const page = '---\ntitle: "Hjälp: nu"\ntabTitle: Hjälp\ndescription: Stöd nära dig\nlisten: false\ntranslation:\n  source: index\n  sourceVersion: abcdefghijkl\n  status: reviewed\n  reviewed: 2026-11-30\n---\n\n## Rubrik\n\nText --- inte ett staket.\n';

test('the block splits off the body, with offsets into the file', () => {
  const block = splitFrontmatter(page)!;
  expect(block.yaml.startsWith('title:')).toBe(true);
  expect(block.yaml.endsWith('reviewed: 2026-11-30')).toBe(true);
  expect(page.slice(block.yamlStart, block.yamlStart + 6)).toBe('title:');
  expect(block.body).toBe('\n## Rubrik\n\nText --- inte ett staket.\n');
  expect(page.slice(block.bodyStart)).toBe(block.body);
});

test('Windows line endings and an empty block are read too; no block is undefined', () => {
  expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nText\r\n')).toMatchObject({ yaml: 'title: A', body: 'Text\r\n' });
  expect(splitFrontmatter('---\n---\nText')).toMatchObject({ yaml: '', body: 'Text' });
  expect(frontmatterData('---\n---\nText')).toEqual({});
  expect(splitFrontmatter('Text\n---\n')).toBeUndefined();
  expect(splitFrontmatter('---\ntitle: A\nnever closed\n')).toBeUndefined();
});

test('values are YAML, not the text of a line: quotes, colons and nested objects', () => {
  const data = readPage(page);
  expect(data.title).toBe('Hjälp: nu');
  expect(data.description).toBe('Stöd nära dig');
  expect(data.translation).toEqual({ source: 'index', sourceVersion: 'abcdefghijkl', status: 'reviewed', reviewed: '2026-11-30' });
});

test('the page schema fills defaults and rejects a page that does not fit, naming the field', () => {
  expect(readPage('---\ntitle: A\ntabTitle: A\ndescription: B\n---\n')).toMatchObject({ indexed: true, listen: true, helpBlock: true, listed: true });
  expect(() => readPage('---\ntitle: A\ntabTitle: A\n---\n', 'content/sv/a.mdx')).toThrow(/content\/sv\/a\.mdx: description/);
  // Every page has a calm title for tabs and history of its own.
  expect(() => readPage('---\ntitle: Hedersrelaterat våld\ndescription: B\n---\n', 'content/sv/heder.mdx')).toThrow(/tabTitle/);
  expect(() => readPage('---\ntitle: A\ntabTitle: A\ndescription: B\ntranslation: { source: a, sourceVersion: xyz, status: machine }\n---\n')).toThrow(/translation\.sourceVersion/);
});

test('a lättläst page says which page it makes easy', () => {
  expect(readEasyPage('---\ntitle: A\ntabTitle: A\ndescription: B\nstandard: vad-ar-vald\n---\n').standard).toBe('vad-ar-vald');
  expect(() => readEasyPage('---\ntitle: A\ntabTitle: A\ndescription: B\n---\n')).toThrow(/standard/);
});
