/**
 * Translatable segments of an MDX page and a UI string file, with their exact source ranges, so a
 * translation can be written back byte for byte. MDX is parsed with satteri, the MDX parser Astro's
 * MDX integration uses (a dependency of @astrojs/mdx); YAML frontmatter and JSON with the `yaml` package,
 * which keeps node ranges. Pure: text in, segments out.
 */
import { createHash } from 'node:crypto';
import { mdxToMdast, type MdastNode } from 'satteri';
import { isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from 'yaml';

/** A piece of a segment: text to translate, or protected native code (a component, a link target, markup). */
export type Part =
  | { type: 'text'; text: string }
  /** `ph`: a component, code or expression; `open`/`close`: the two halves of bold, italic or a link. */
  | { type: 'ph' | 'open' | 'close'; code: string };

export type SegmentKind = 'title' | 'tabTitle' | 'description' | `h${1 | 2 | 3 | 4 | 5 | 6}` | 'p' | 'cell' | 'string';

export interface Segment {
  /** Stable within a file: `title`, `description`, `tabTitle`, `b1`, `b2`… for body blocks, or a JSON key path. */
  key: string;
  kind: SegmentKind;
  /** The range in the file text that holds the segment (for frontmatter and JSON: the quoted or plain scalar). */
  start: number;
  end: number;
  parts: Part[];
}

export const FRONTMATTER_KEYS = ['title', 'tabTitle', 'description'] as const;

/** A short hash of a segment's text and code, to tell whether a source segment changed. */
export function segmentHash(parts: readonly Part[]): string {
  const flat = parts.map((p) => (p.type === 'text' ? `t:${p.text}` : `${p.type}:${p.code}`)).join('\u0000');
  return createHash('sha256').update(flat, 'utf8').digest('hex').slice(0, 12);
}

/** The plain text a reader sees (code left out): for term detection and notes. */
export function plainText(parts: readonly Part[]): string {
  return parts.map((p) => (p.type === 'text' ? p.text : ' ')).join('').replace(/\s+/g, ' ').trim();
}

/** The native text of parts: what goes into the file. */
export function partsToRaw(parts: readonly Part[]): string {
  return parts.map((p) => (p.type === 'text' ? p.text : p.code)).join('');
}

const offset = (n: MdastNode, end = false) => {
  const p = (n as { position?: { start: { offset?: number }; end: { offset?: number } } }).position;
  const v = end ? p?.end.offset : p?.start.offset;
  if (typeof v !== 'number') throw new Error(`MDX node ${n.type} has no position`);
  return v;
};

const children = (n: MdastNode): MdastNode[] => ((n as { children?: MdastNode[] }).children ?? []);

/** Inline nodes that are protected whole. */
const PROTECTED = new Set(['mdxJsxTextElement', 'inlineCode', 'mdxTextExpression', 'html', 'image', 'imageReference', 'footnoteReference', 'inlineMath', 'break']);
/** Inline nodes whose markers are protected and whose children are translated. */
const PAIRED = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference']);

function inlineParts(source: string, nodes: MdastNode[], from: number, to: number): Part[] {
  const parts: Part[] = [];
  const text = (a: number, b: number) => {
    if (b <= a) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += source.slice(a, b);
    else parts.push({ type: 'text', text: source.slice(a, b) });
  };
  let at = from;
  for (const node of nodes) {
    const s = offset(node);
    const e = offset(node, true);
    text(at, s);
    if (PAIRED.has(node.type) && children(node).length > 0) {
      const inner = children(node);
      const innerStart = offset(inner[0]!);
      const innerEnd = offset(inner[inner.length - 1]!, true);
      parts.push({ type: 'open', code: source.slice(s, innerStart) });
      parts.push(...inlineParts(source, inner, innerStart, innerEnd));
      parts.push({ type: 'close', code: source.slice(innerEnd, e) });
    } else if (PROTECTED.has(node.type) || PAIRED.has(node.type)) {
      parts.push({ type: 'ph', code: source.slice(s, e) });
    } else {
      text(s, e);
    }
    at = e;
  }
  text(at, to);
  return parts;
}

/** Moves leading and trailing whitespace of a segment out of it (CAT tools trim it anyway). */
function trimmed(parts: Part[], start: number, end: number): { parts: Part[]; start: number; end: number } {
  const out = parts.map((p) => ({ ...p }));
  const first = out[0];
  if (first?.type === 'text') {
    const lead = first.text.length - first.text.trimStart().length;
    first.text = first.text.slice(lead);
    start += lead;
  }
  const last = out[out.length - 1];
  if (last?.type === 'text') {
    const trail = last.text.length - last.text.trimEnd().length;
    last.text = last.text.slice(0, last.text.length - trail);
    end -= trail;
  }
  return { parts: out.filter((p) => p.type !== 'text' || p.text !== ''), start, end };
}

const hasLetters = (parts: readonly Part[]) => parts.some((p) => p.type === 'text' && /\p{L}/u.test(p.text));

function bodySegments(source: string, root: MdastNode): Segment[] {
  const found: Segment[] = [];
  const visit = (node: MdastNode) => {
    const type = node.type;
    if (type === 'heading' || type === 'paragraph' || type === 'tableCell') {
      const inline = children(node);
      if (inline.length === 0) return;
      const from = offset(inline[0]!);
      const to = offset(inline[inline.length - 1]!, true);
      const seg = trimmed(inlineParts(source, inline, from, to), from, to);
      if (!hasLetters(seg.parts)) return;
      const kind: SegmentKind = type === 'heading' ? (`h${(node as { depth: number }).depth}` as SegmentKind) : type === 'paragraph' ? 'p' : 'cell';
      found.push({ key: `b${found.length + 1}`, kind, ...seg });
      return;
    }
    if (['yaml', 'toml', 'code', 'mdxjsEsm', 'mdxFlowExpression', 'html', 'math', 'definition', 'thematicBreak'].includes(type)) return;
    children(node).forEach(visit);
  };
  visit(root);
  return found;
}

function frontmatterSegments(source: string, root: MdastNode): Segment[] {
  const yamlNode = children(root).find((n) => n.type === 'yaml');
  if (!yamlNode) return [];
  const blockStart = offset(yamlNode);
  const inner = source.indexOf('\n', blockStart) + 1;
  const doc = parseDocument(source.slice(inner, source.indexOf('\n---', inner) + 1), { keepSourceTokens: true });
  const segments: Segment[] = [];
  for (const key of FRONTMATTER_KEYS) {
    const node = doc.get(key, true) as YamlNode | undefined;
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    segments.push({ key, kind: key, start: inner + node.range[0], end: inner + node.range[1], parts: [{ type: 'text', text: node.value }] });
  }
  return segments;
}

/** Every translatable segment of an MDX page: frontmatter title, tabTitle, description, then body blocks in order. */
export function mdxSegments(source: string): Segment[] {
  const root = mdxToMdast(source, { features: { smartPunctuation: false } as never });
  return [...frontmatterSegments(source, root), ...bodySegments(source, root)];
}

const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\/?>/g;

/** i18next interpolation (`{{name}}`), nesting (`$t(key)`) and Trans tags (`<1>`) are protected. */
export function stringParts(value: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of value.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push({ type: 'text', text: value.slice(at, m.index) });
    parts.push({ type: 'ph', code: m[0] });
    at = m.index + m[0].length;
  }
  if (at < value.length) parts.push({ type: 'text', text: value.slice(at) });
  return parts;
}

/** Every string value of a JSON UI string file, keyed by its dotted path, with the range of the quoted value. */
export function jsonSegments(source: string): Segment[] {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(`not valid JSON: ${doc.errors[0]!.message}`);
  const found: Segment[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
      }
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      found.push({ key: path.join('.'), kind: 'string', start: node.range[0], end: node.range[1], parts: stringParts(node.value) });
    }
  };
  walk(doc.contents, []);
  return found;
}

/** The structure of a page: segment kinds in order. Two pages pair by position when these are equal. */
export function shape(segments: readonly Segment[]): string {
  return segments.map((s) => s.kind).join(' ');
}

/** How a new value is written into YAML frontmatter: plain when it reads back the same, else double-quoted. */
export function yamlScalar(value: string, previous: string): string {
  if (!previous.startsWith('"') && !previous.startsWith("'") && !/[\n\r]/.test(value)) {
    const doc = parseDocument(`k: ${value}\n`);
    if (!doc.errors.length && doc.get('k') === value && value.trim() === value) return value;
  }
  if (previous.startsWith("'") && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

/** The raw text a segment's new parts become in its file. */
export function rawFor(segment: Segment, parts: readonly Part[], fileText: string): string {
  if (segment.kind === 'string') return JSON.stringify(partsToRaw(parts));
  if (segment.kind === 'title' || segment.kind === 'tabTitle' || segment.kind === 'description') {
    return yamlScalar(partsToRaw(parts), fileText.slice(segment.start, segment.end));
  }
  return partsToRaw(parts);
}

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping replacements; everything outside them stays byte for byte. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  const sorted = [...replacements].sort((a, b) => b.start - a.start);
  sorted.forEach((r, i) => {
    const next = sorted[i - 1];
    if (next && r.end > next.start) throw new Error(`overlapping replacements at ${r.start}–${r.end}`);
  });
  return sorted.reduce((acc, r) => acc.slice(0, r.start) + r.text + acc.slice(r.end), text);
}


