/**
 * The one frontmatter reader: splits the `---` block at the top of an MDX file, parses it with the
 * YAML parser and, for a page, checks it with the same zod schema the content collection uses.
 */
import { parse as parseYaml } from 'yaml';
import { easySchema, pageSchema, type PageData } from './pageSchema.ts';

export interface FrontmatterBlock {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** Where the YAML starts in the file text (offsets of YAML nodes are relative to it). */
  yamlStart: number;
  /** Where the body starts, after the closing `---` line. */
  bodyStart: number;
  body: string;
}

const isFence = (line: string) => line.replace(/\r$/, '') === '---';

/** The frontmatter block of a file, or undefined when the file does not open with `---`. */
export function splitFrontmatter(text: string): FrontmatterBlock | undefined {
  const firstEnd = text.indexOf('\n');
  if (firstEnd === -1 || !isFence(text.slice(0, firstEnd))) return undefined;
  const yamlStart = firstEnd + 1;
  let at = yamlStart;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next;
    if (isFence(text.slice(at, lineEnd))) {
      const yamlEnd = at > yamlStart && text[at - 1] === '\n' ? at - 1 - (text[at - 2] === '\r' ? 1 : 0) : at;
      const bodyStart = next === -1 ? text.length : next + 1;
      return { yaml: text.slice(yamlStart, Math.max(yamlStart, yamlEnd)), yamlStart, bodyStart, body: text.slice(bodyStart) };
    }
    if (next === -1) return undefined;
    at = next + 1;
  }
  return undefined;
}

/** The frontmatter parsed as YAML, not yet checked (undefined without a block; {} for an empty one). */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  const block = splitFrontmatter(text);
  if (!block) return undefined;
  const data: unknown = parseYaml(block.yaml);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** A content page's frontmatter, checked with the page schema. Throws, naming the file and the field, when it does not fit. */
export function readPage(text: string, file = 'page'): PageData {
  const result = pageSchema.safeParse(frontmatterData(text) ?? {});
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** A lättläst page's frontmatter, checked with its schema. */
export function readEasyPage(text: string, file = 'page') {
  const result = easySchema.safeParse(frontmatterData(text) ?? {});
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`);
  return result.data;
}
