/**
 * Reads the registry's JSON files. A file that is not valid JSON, or an object that holds the
 * same key twice (JSON.parse would keep the last one silently), is a problem naming the file,
 * the line and the column; the registry is then not validated further, so one typo gives one
 * message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { FILE_NAMES, type RegistryFiles, type RegistryProblem } from './validate.ts';

/** Line and column (from 1) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Where JSON.parse stopped, when its message gives no position ("Unexpected token ']'"): the
 * longest start of the text that JSON.parse still reads as unfinished rather than wrong.
 */
function errorOffset(text: string): number {
  const unfinished = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (error) {
      const message = String(error);
      const at = /at position (\d+)/.exec(message);
      return /Unexpected end of JSON input|Unterminated string/.test(message) || (at !== null && Number(at[1]) >= n);
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (unfinished(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Parses one file's text; the problems name the file, line and column. */
export function parseJsonFile(file: string, text: string): { data: unknown; problems: RegistryProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? Number(position[1]) : errorOffset(text);
    const { line, column } = lineColumn(text, offset);
    // V8 appends the offending snippet and the position; the line and column say it better.
    const reason = raw.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected token '(.)'$/, 'unexpected "$1"');
    const afterComma = /,\s*$/.test(text.slice(0, offset)) && /^[\]}]/.test(text.slice(offset));
    const hint = afterComma ? ' (a comma too many before it?)' : '';
    return { data: undefined, problems: [{ file, entry: '(file)', field: '(JSON syntax)', message: `${reason}${hint}`, line, column }] };
  }
  const problems: RegistryProblem[] = [];
  // JSON is YAML 1.2: the yaml parser finds keys that appear twice in one object, with their place.
  for (const issue of parseDocument(text, { uniqueKeys: true }).errors) {
    if (issue.code !== 'DUPLICATE_KEY') continue;
    const { line, column } = lineColumn(text, issue.pos[0]);
    const key = /^\s*"((?:[^"\\]|\\.)*)"/.exec(text.slice(issue.pos[0]))?.[1] ?? '(key)';
    problems.push({ file, entry: '(file)', field: key, message: 'this key appears twice in the same object (only the last would count): keep one', line, column });
  }
  return { data, problems };
}

/** Reads every registry file from the project's root (the working directory of npm scripts). */
export function readRegistryFiles(root: string = process.cwd()): { files: RegistryFiles; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const files = {} as Record<keyof typeof FILE_NAMES, unknown>;
  for (const [name, path] of Object.entries(FILE_NAMES) as [keyof typeof FILE_NAMES, string][]) {
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch (error) {
      problems.push({ file: path, entry: '(file)', field: '(file)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}` });
      continue;
    }
    const parsed = parseJsonFile(path, text);
    files[name] = parsed.data;
    problems.push(...parsed.problems);
  }
  return { files: files as unknown as RegistryFiles, problems };
}
