/**
 * XLIFF 1.2 for the translator round trip: writing an export and reading back what a CAT tool
 * (Trados, memoQ) returns. XML is written and read with xml-js, the XML library the `xliff` package is
 * built on; the `xliff` package itself cannot carry a target's `state`, which the round trip needs.
 * Pure: objects in, XML text out, and back.
 */
import sax from 'sax';
import convert from 'xml-js';
import type { Part } from './segments.ts';

/** Our own attributes and elements live in this namespace; XLIFF 1.2 allows them and CAT tools keep them. */
export const SN_NAMESPACE = 'urn:stod-nara:translation:1';

/** Where a segment stands when exported. */
export type UnitState = 'machine' | 'reviewed' | 'outdated' | 'needs-review' | 'new' | 'term';

export interface XliffUnit {
  id: string;
  source: readonly Part[];
  target: readonly Part[] | null;
  state: UnitState;
  /** Hash of the Swedish source segment (segments.ts segmentHash). */
  sourceHash: string;
  /** Segment kind (h2, p, cell, title, string…) so import can tell a moved segment. */
  kind: string;
  notes: readonly string[];
  /** Term-list entries are for reading only. */
  translate?: boolean;
}

export interface XliffFile {
  /** The target file's path in the repository (content/so/akut-hjalp.mdx) or `terms`. */
  original: string;
  /** The Swedish file it translates. */
  source?: string;
  /** Content hash of the Swedish file at export (translationStatus.ts sourceVersion). */
  sourceVersion?: string;
  notes: readonly string[];
  units: readonly XliffUnit[];
}

export interface XliffDocument {
  sourceLanguage: string;
  targetLanguage: string;
  files: readonly XliffFile[];
}

/** XLIFF 1.2 target state for each of our states. */
export const STATE_12: Record<UnitState, { state: string; qualifier?: string }> = {
  machine: { state: 'needs-review-translation', qualifier: 'leveraged-mt' },
  reviewed: { state: 'final' },
  outdated: { state: 'needs-translation' },
  'needs-review': { state: 'needs-review-translation' },
  new: { state: 'new' },
  term: { state: 'final' },
};

type XmlElement = { type: 'element'; name: string; attributes?: Record<string, string>; elements?: XmlNode[] };
type XmlNode = XmlElement | { type: 'text' | 'cdata' | 'comment' | 'instruction'; text?: string; cdata?: string };

const el = (name: string, attributes: Record<string, string | undefined> | null, elements: XmlNode[] = []): XmlElement => {
  const attrs = Object.fromEntries(Object.entries(attributes ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
  return { type: 'element', name, ...(Object.keys(attrs).length ? { attributes: attrs } : {}), elements };
};
const text = (t: string): XmlNode => ({ type: 'text', text: t });

/**
 * Indents structural elements with explicit whitespace text and leaves mixed content (source, target,
 * note) untouched: the serialiser runs without its own indentation, which would add spaces to the text.
 */
function indent(node: XmlElement, depth = 0): XmlElement {
  if (['source', 'target', 'note'].includes(node.name) || !node.elements?.length) return node;
  const pad = (d: number) => text(`\n${'  '.repeat(d)}`);
  const children = node.elements.flatMap((c) => [pad(depth + 1), c.type === 'element' ? indent(c, depth + 1) : c]);
  return { ...node, elements: [...children, pad(depth)] };
}

/** Parts as XLIFF 1.2 inline content: code becomes <ph>, <bpt>, <ept> holding the native code. */
export function inlineNodes(parts: readonly Part[]): XmlNode[] {
  let next = 0;
  const open: number[] = [];
  return parts.map((p) => {
    if (p.type === 'text') return text(p.text);
    if (p.type === 'ph') return el('ph', { id: String(++next) }, [text(p.code)]);
    if (p.type === 'open') {
      open.push(++next);
      return el('bpt', { id: String(next) }, [text(p.code)]);
    }
    const id = open.pop() ?? ++next;
    return el('ept', { id: String(id) }, [text(p.code)]);
  });
}

/** The code of each inline element of parts, by `ph:1`, `bpt:2`, `ept:2` — what import puts back. */
export function codeMap(parts: readonly Part[]): Map<string, string> {
  const map = new Map<string, string>();
  inlineNodes(parts).forEach((n, i) => {
    if (n.type === 'element') map.set(`${n.name}:${n.attributes!.id}`, (parts[i] as { code: string }).code);
  });
  return map;
}

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function unitElement(u: XliffUnit): XmlElement {
  const st = STATE_12[u.state];
  const children: XmlNode[] = [el('source', null, inlineNodes(u.source))];
  if (u.target) children.push(el('target', { state: st.state, 'state-qualifier': st.qualifier }, inlineNodes(u.target)));
  for (const note of u.notes) children.push(el('note', null, [text(note)]));
  return el(
    'trans-unit',
    {
      id: u.id,
      resname: u.id,
      'xml:space': 'preserve',
      translate: u.translate === false ? 'no' : undefined,
      approved: (u.state === 'reviewed' || u.state === 'term') && u.target ? 'yes' : undefined,
      'sn:sourceHash': u.sourceHash || undefined,
      'sn:kind': u.kind,
    },
    children,
  );
}

/** The whole export as XLIFF 1.2 text. */
export function buildXliff(doc: XliffDocument): string {
  const files = doc.files.map((f) =>
    el(
      'file',
      {
        original: f.original,
        datatype: f.original.endsWith('.json') ? 'x-i18next-json' : f.original.endsWith('.mdx') ? 'x-mdx' : 'plaintext',
        'source-language': doc.sourceLanguage,
        'target-language': doc.targetLanguage,
        'sn:source': f.source,
        'sn:sourceVersion': f.sourceVersion,
      },
      [el('header', null, f.notes.map((n) => el('note', null, [text(n)]))), el('body', null, f.units.map(unitElement))],
    ),
  );
  const root = el('xliff', { version: '1.2', xmlns: 'urn:oasis:names:tc:xliff:document:1.2', 'xmlns:sn': SN_NAMESPACE }, files);
  return `${convert.js2xml(
    { declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } }, elements: [text('\n'), indent(root)] },
    { spaces: 0, attributeValueFn: escapeAttribute },
  )}\n`;
}

/** An inline token read back from a target: text, or a reference to a code by element and id. */
export type Token = { type: 'text'; text: string } | { type: 'code'; key: string };

export interface ReadUnit {
  id: string;
  fileOriginal: string;
  sourceHash?: string;
  kind?: string;
  /** null when the unit has no <target>. */
  target: Token[] | null;
  state?: string;
  approved: boolean;
  translate: boolean;
}

export interface ReadFile {
  original: string;
  source?: string;
  sourceVersion?: string;
  units: ReadUnit[];
}

export interface ReadDocument {
  targetLanguage?: string;
  files: ReadFile[];
  /** From a header <phase process-name="review" contact-name="…" date="…">, if a tool wrote one. */
  reviewer?: string;
  reviewed?: string;
}

const elements = (n: XmlNode | undefined): XmlElement[] => ((n as XmlElement | undefined)?.elements ?? []).filter((c): c is XmlElement => c.type === 'element');

/** Attribute by local name, whatever prefix a tool gave our namespace. */
function attr(e: XmlElement, local: string): string | undefined {
  const attrs = e.attributes ?? {};
  if (local in attrs) return attrs[local];
  const key = Object.keys(attrs).find((k) => k.endsWith(`:${local}`) && !k.startsWith('xmlns'));
  return key ? attrs[key] : undefined;
}

function tokens(nodes: XmlNode[] | undefined): Token[] {
  const out: Token[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'text' || n.type === 'cdata') {
      const t = (n.type === 'text' ? n.text : n.cdata) ?? '';
      const last = out[out.length - 1];
      if (last?.type === 'text') last.text += t;
      else out.push({ type: 'text', text: String(t) });
    } else if (n.type === 'element') {
      if (['ph', 'bpt', 'ept', 'x', 'bx', 'ex', 'it'].includes(n.name)) out.push({ type: 'code', key: `${n.name}:${n.attributes?.id ?? ''}` });
      else for (const t of tokens(n.elements)) {
        const last = out[out.length - 1];
        if (t.type === 'text' && last?.type === 'text') last.text += t.text;
        else out.push(t);
      }
    }
  }
  return out;
}

/** Throws unless the text is well-formed XML (sax in strict mode, which also catches unclosed elements). */
export function assertWellFormed(xml: string): void {
  const parser = sax.parser(true, {});
  parser.onerror = (error: Error) => {
    throw new Error(`not well-formed XML: ${error.message.split('\n').join(' ')}`);
  };
  parser.write(xml).close();
}

/** Reads an XLIFF 1.2 file as a CAT tool returns it. Throws on XML that is not well formed. */
export function parseXliff(xml: string): ReadDocument {
  assertWellFormed(xml);
  const tree = convert.xml2js(xml, { captureSpacesBetweenElements: true }) as { elements?: XmlNode[] };
  const root = (tree.elements ?? []).find((e): e is XmlElement => e.type === 'element' && e.name === 'xliff');
  if (!root) throw new Error('not an XLIFF file: no <xliff> root element');
  if (root.attributes?.version !== '1.2') throw new Error(`XLIFF version ${root.attributes?.version ?? '?'}: this import reads XLIFF 1.2`);
  const doc: ReadDocument = { files: [] };
  for (const file of elements(root).filter((e) => e.name === 'file')) {
    doc.targetLanguage ??= file.attributes?.['target-language'];
    const header = elements(file).find((e) => e.name === 'header');
    for (const phase of elements(elements(header).find((e) => e.name === 'phase-group')).filter((e) => e.name === 'phase')) {
      if (/review/i.test(`${phase.attributes?.['process-name'] ?? ''} ${phase.attributes?.['phase-name'] ?? ''}`)) {
        doc.reviewer = phase.attributes?.['contact-name'] ?? doc.reviewer;
        doc.reviewed = phase.attributes?.date?.slice(0, 10) ?? doc.reviewed;
      }
    }
    const original = file.attributes?.original ?? '';
    const units: ReadUnit[] = [];
    const collect = (container: XmlElement) => {
      for (const child of elements(container)) {
        if (child.name === 'group') collect(child);
        if (child.name !== 'trans-unit') continue;
        const target = elements(child).find((e) => e.name === 'target');
        units.push({
          id: child.attributes?.id ?? '',
          fileOriginal: original,
          sourceHash: attr(child, 'sourceHash'),
          kind: attr(child, 'kind'),
          target: target ? tokens(target.elements) : null,
          state: target?.attributes?.state,
          approved: child.attributes?.approved === 'yes',
          translate: child.attributes?.translate !== 'no',
        });
      }
    };
    const body = elements(file).find((e) => e.name === 'body');
    if (body) collect(body);
    doc.files.push({ original, source: attr(file, 'source'), sourceVersion: attr(file, 'sourceVersion'), units });
  }
  return doc;
}

/** Whether a unit as returned counts as reviewed: state final or signed-off, or approved. */
export function isReviewed(unit: Pick<ReadUnit, 'state' | 'approved'>): boolean {
  return unit.approved || unit.state === 'final' || unit.state === 'signed-off';
}

/**
 * Puts a target back together with the codes of the file it goes into. Every code must appear
 * exactly once (order may change); returns the parts or a message saying what is wrong.
 */
export function targetParts(tokensIn: readonly Token[], codes: Map<string, string>): { parts: Part[] } | { error: string } {
  const seen = new Set<string>();
  const parts: Part[] = [];
  for (const t of tokensIn) {
    if (t.type === 'text') {
      parts.push({ type: 'text', text: t.text });
      continue;
    }
    const code = codes.get(t.key);
    if (code === undefined) return { error: `unknown placeholder ${t.key}` };
    if (seen.has(t.key)) return { error: `placeholder ${t.key} appears twice` };
    seen.add(t.key);
    parts.push({ type: t.key.startsWith('bpt') ? 'open' : t.key.startsWith('ept') ? 'close' : 'ph', code });
  }
  const missing = [...codes.keys()].filter((k) => !seen.has(k));
  if (missing.length) return { error: `placeholder${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing (components, links and formatting must stay)` };
  return { parts };
}
