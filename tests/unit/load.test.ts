import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { lineColumn, parseJsonFile, readRegistryFiles } from '../../src/data/load.ts';
import { checkRegistry, formatProblem } from '../../src/data/validate.ts';

const root = join(import.meta.dirname, '../..');
const problems = (text: string) => parseJsonFile('content/data/rvc.json', text).problems.map(formatProblem);

test('an offset becomes a line and a column, both from 1', () => {
  expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
  expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
});

describe('malformed JSON names the file, the line and the column', () => {
  test('a trailing comma in an object', () => {
    expect(problems('{\n  "a": 1,\n}')).toEqual(['content/data/rvc.json:3:1 › (file) › (JSON syntax): Expected double-quoted property name (a comma too many before it?)']);
  });
  test('a trailing comma in a list, where V8 gives no position', () => {
    expect(problems('{\n  "a": [1, 2,]\n}')).toEqual(['content/data/rvc.json:2:14 › (file) › (JSON syntax): unexpected "]" (a comma too many before it?)']);
  });
  test('a missing colon and an unfinished file', () => {
    expect(problems('{\n  "a" 1\n}')).toEqual(["content/data/rvc.json:2:7 › (file) › (JSON syntax): Expected ':' after property name"]);
    expect(problems('{\n  "a": 1\n')).toEqual(["content/data/rvc.json:3:1 › (file) › (JSON syntax): Expected ',' or '}' after property value"]);
    expect(problems('')).toEqual(['content/data/rvc.json:1:1 › (file) › (JSON syntax): Unexpected end of JSON input']);
  });
});

test('a key written twice in one object names the file, the line and the key', () => {
  expect(problems('{\n  "a": {\n    "phone": 1,\n    "phone": 2\n  },\n  "b": { "phone": 3 }\n}')).toEqual([
    'content/data/rvc.json:4:5 › (file) › phone: this key appears twice in the same object (only the last would count): keep one',
  ]);
});

describe('the registry files as read from the project root', () => {
  let copy = '';
  afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));
  const copyOfData = () => {
    copy = mkdtempSync(join(tmpdir(), 'registry-'));
    cpSync(join(root, 'content/data'), join(copy, 'content/data'), { recursive: true });
    return (name: string, edit: (text: string) => string) => {
      const path = join(copy, 'content/data', name);
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
    };
  };

  test('as committed, they read without a problem and check-data says so', () => {
    const loaded = readRegistryFiles(root);
    expect(loaded.problems).toEqual([]);
    expect(checkRegistry(loaded)).toEqual({ ok: true, text: 'content/data: no problems' });
  });

  test('check-data prints the problems one a line, then the count; a file that fails to read comes alone', () => {
    const edit = copyOfData();
    edit('services.json', (t) => t.replace('"anonymous"', '"anonymus"'));
    expect(checkRegistry(readRegistryFiles(copy))).toEqual({
      ok: false,
      text: expect.stringMatching(/^content\/data\/services\.json › [a-z0-9-]+ › anonymus: unknown field "anonymus" \(did you mean "anonymous"\?\); allowed: [^\n]+\ncontent\/data: 1 problem; nothing was built$/),
    });
    edit('facts.json', (t) => t.replace(/\}\s*$/, ',}'));
    const report = checkRegistry(readRegistryFiles(copy));
    expect(report.ok).toBe(false);
    expect(report.text.split('\n')).toEqual([expect.stringMatching(/^content\/data\/facts\.json:\d+:\d+ › \(file\) › \(JSON syntax\): /), 'content/data: 1 problem; nothing was built']);
  });
});
