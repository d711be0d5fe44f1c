/**
 * The translator round trip between the repository and an XLIFF file: which segments an export holds
 * and what an import writes back. Reads and writes files under a root directory given by the caller
 * (the repository, or a copy in tests); the XML is xliff.ts's, the segments segments.ts's.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, parseDocument, stringify as stringifyYaml, isScalar, type Node as YamlNode } from 'yaml';
import { jsonSegments, mdxSegments, partsToRaw, plainText, rawFor, segmentHash, shape, applyReplacements, type Part, type Replacement, type Segment } from './segments.ts';
import { frontmatterData, splitFrontmatter } from './frontmatter.ts';
import { parseTermList, termsUsed, type TermList } from './terms.ts';
import { sourceVersion } from './translationStatus.ts';
import { buildXliff, codeMap, isReviewed, parseXliff, targetParts, type UnitState, type XliffFile, type XliffUnit } from './xliff.ts';

export const REVIEW_STATUS_FILE = 'review-status.yaml';

interface PageMeta {
  source?: string;
  sourceVersion?: string;
  status?: string;
  reviewer?: string;
  reviewed?: string;
}

/** The `translation:` object of a page's frontmatter, if any. */
export function translationMeta(fileText: string): PageMeta | undefined {
  return (frontmatterData(fileText) as { translation?: PageMeta } | undefined)?.translation ?? undefined;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const list = (root: string, dir: string, ext: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort() : [];

/** The term list of a language, or undefined when it has none yet. */
export function loadTermList(root: string, lang: string): TermList | undefined {
  const path = `locales/${lang}/terms.yaml`;
  return existsSync(join(root, path)) ? parseTermList(read(root, path), path) : undefined;
}

/** Review status of UI string files (JSON has no frontmatter): `locales/<lang>/review-status.yaml`. */
export type StringsStatus = Record<string, { status: 'machine' | 'reviewed'; sourceVersion: string; reviewer?: string; reviewed?: string }>;

export function loadStringsStatus(root: string, lang: string): StringsStatus {
  const path = `locales/${lang}/${REVIEW_STATUS_FILE}`;
  return existsSync(join(root, path)) ? ((parseYaml(read(root, path)) as StringsStatus | null) ?? {}) : {};
}

/** Pairs a target file's segments with the Swedish ones: frontmatter and JSON by key, body by position when the structure matches. */
export function pairSegments(source: readonly Segment[], target: readonly Segment[]): { pairs: Map<string, Segment | undefined>; structureMatches: boolean } {
  const isBody = (s: Segment) => /^b\d+$/.test(s.key) && s.kind !== 'string';
  const sBody = source.filter(isBody);
  const tBody = target.filter(isBody);
  const structureMatches = shape(sBody) === shape(tBody);
  const byKey = new Map(source.filter((s) => !isBody(s)).map((s) => [s.key, s]));
  const pairs = new Map<string, Segment | undefined>();
  for (const t of target) pairs.set(t.key, isBody(t) ? (structureMatches ? sBody[tBody.indexOf(t)] : undefined) : byKey.get(t.key));
  return { pairs, structureMatches };
}

function termNote(svList: TermList | undefined, own: TermList | undefined, svText: string): string | undefined {
  if (!svList) return undefined;
  const ids = termsUsed(svList, svText);
  if (!ids.length) return undefined;
  return `Terms: ${ids.map((id) => `${id} (${svList.terms.find((t) => t.id === id)!.sv} → ${own?.terms.find((t) => t.id === id)?.preferred ?? 'no term list yet'})`).join('; ')}`;
}

function termsFile(lang: string, svList: TermList | undefined, own: TermList | undefined): XliffFile {
  const terms = own ?? svList;
  const notes = [
    own
      ? `Term list for ${lang} (locales/${lang}/terms.yaml): read this first. Use the preferred term for each concept; never use the variants to avoid. This file is for reading only; change terms in terms.yaml.`
      : `There is no term list for ${lang} yet (locales/${lang}/terms.yaml). The Swedish terms are shown; write the list before review.`,
  ];
  if (own?.alarmWords.length) notes.push(`Words a page's tabTitle (browser tab, history, bookmarks) must not contain: ${own.alarmWords.join(', ')}`);
  const units: XliffUnit[] = (terms?.terms ?? []).map((t) => {
    const sv = svList?.terms.find((s) => s.id === t.id)?.sv ?? t.sv;
    const n = [`${t.id}: ${t.definition}`];
    if (own && t.avoid.length) n.push(`Avoid: ${t.avoid.join(', ')}`);
    return {
      id: `term#${t.id}`,
      kind: 'term',
      source: [{ type: 'text', text: sv }],
      target: own ? [{ type: 'text', text: t.preferred }] : null,
      state: 'term' as UnitState,
      sourceHash: '',
      notes: n,
      translate: false,
    };
  });
  return { original: 'terms', source: 'locales/sv/terms.yaml', notes, units };
}

/** Builds the export of one language: the term list, then every page, then every UI string file. */
export function buildExport(root: string, lang: string): { xml: string; files: XliffFile[] } {
  if (lang === 'sv') throw new Error('Swedish is the source language: export a translation (en, ar, fa, so, ti, fi)');
  const svList = loadTermList(root, 'sv');
  const own = loadTermList(root, lang);
  const files: XliffFile[] = [termsFile(lang, svList, own)];
  const untranslated = list(root, 'content/sv', '.mdx').filter((f) => !existsSync(join(root, `content/${lang}/${f}`)));
  if (untranslated.length) {
    (files[0]!.notes as string[]).push(
      `Swedish pages with no ${lang} page yet, so not in this file (create content/${lang}/<page>.mdx first): ${untranslated.map((f) => f.slice(0, -4)).join(', ')}`,
    );
  }

  for (const file of list(root, `content/${lang}`, '.mdx')) {
    const slug = file.slice(0, -4);
    const original = `content/${lang}/${file}`;
    const text = read(root, original);
    const svPath = `content/sv/${file}`;
    const svText = existsSync(join(root, svPath)) ? read(root, svPath) : undefined;
    const current = svText === undefined ? undefined : sourceVersion(svText);
    const meta = translationMeta(text);
    const target = mdxSegments(text);
    const source = svText === undefined ? [] : mdxSegments(svText);
    const { pairs, structureMatches } = pairSegments(source, target);
    const outdated = meta?.sourceVersion !== undefined && current !== undefined && meta.sourceVersion !== current;
    const pageState: UnitState = outdated ? 'outdated' : meta?.status === 'reviewed' ? 'reviewed' : 'machine';
    const notes = [
      `Page ${slug}: ${original}, translating ${svPath}. Status: ${pageState}${outdated ? ` (made from Swedish version ${meta?.sourceVersion}; the Swedish page is now ${current})` : ''}.`,
    ];
    if (!svText) notes.push('There is no Swedish page with this name: every segment needs review.');
    else if (!structureMatches) notes.push('The structure of this page does not match the Swedish page (headings, paragraphs, list items, table cells differ): segments cannot be paired with their Swedish source; every segment needs review against the Swedish page.');
    const missingKeys = source.filter((s) => !/^b\d+$/.test(s.key) && !target.some((t) => t.key === s.key)).map((s) => s.key);
    if (missingKeys.length) notes.push(`The Swedish page has ${missingKeys.join(', ')}, which this page lacks: add it in the MDX file.`);
    const units = target.map((t): XliffUnit => {
      const sv = pairs.get(t.key);
      const state: UnitState = !sv ? 'needs-review' : pageState;
      const n = [`Page ${slug}, ${t.kind === 'title' || t.kind === 'tabTitle' || t.kind === 'description' ? `frontmatter ${t.kind}` : `${t.kind} ${t.key.slice(1)}`}`];
      if (state === 'outdated') n.push('Outdated: the Swedish page changed since this translation was made. Check this segment against the Swedish source.');
      if (!sv) n.push('No matching Swedish segment: review against the Swedish page.');
      const terms = termNote(svList, own, plainText(sv?.parts ?? []));
      if (terms) n.push(terms);
      return { id: `${slug}#${t.key}`, kind: t.kind, source: sv?.parts ?? [], target: t.parts, state, sourceHash: sv ? segmentHash(sv.parts) : '', notes: n };
    });
    files.push({ original, source: svPath, sourceVersion: current, notes, units });
  }

  const status = loadStringsStatus(root, lang);
  for (const file of list(root, `locales/${lang}`, '.json')) {
    const original = `locales/${lang}/${file}`;
    const svPath = `locales/sv/${file}`;
    const svText = existsSync(join(root, svPath)) ? read(root, svPath) : '{}';
    const current = sourceVersion(svText);
    const record = status[file];
    const outdated = record !== undefined && record.sourceVersion !== current;
    const fileState: UnitState = outdated ? 'outdated' : record?.status === 'reviewed' ? 'reviewed' : 'machine';
    const source = new Map(jsonSegments(svText).map((s) => [s.key, s]));
    const units = jsonSegments(read(root, original)).map((t): XliffUnit => {
      const sv = source.get(t.key);
      const n = [`UI strings ${file}, key ${t.key}`];
      if (!sv) n.push('No Swedish string with this key.');
      const terms = termNote(svList, own, plainText(sv?.parts ?? []));
      if (terms) n.push(terms);
      return { id: `${file}#${t.key}`, kind: 'string', source: sv?.parts ?? [], target: t.parts, state: sv ? fileState : 'needs-review', sourceHash: sv ? segmentHash(sv.parts) : '', notes: n };
    });
    files.push({ original, source: svPath, sourceVersion: current, notes: [`UI strings ${original}, translating ${svPath}. Status: ${fileState}.`], units });
  }
  return { xml: buildXliff({ sourceLanguage: 'sv', targetLanguage: lang, files }), files };
}

export interface ImportOptions {
  reviewer?: string;
  /** YYYY-MM-DD */
  reviewed?: string;
}

export interface ImportResult {
  changed: string[];
  refused: string[];
  reviewed: string[];
}

const PAGE = /^content\/([a-z]{2,3})\/([a-z0-9-]+)\.mdx$/;
const STRINGS = /^locales\/([a-z]{2,3})\/([a-z0-9-]+)\.json$/;

/** Frontmatter edits that mark a page reviewed: status, sourceVersion, and reviewer/date when given. */
function reviewedEdits(text: string, version: string, opts: ImportOptions): Replacement[] {
  const { yaml, yamlStart: inner } = splitFrontmatter(text)!;
  const doc = parseDocument(yaml);
  const edits: Replacement[] = [];
  const setScalar = (key: string, value: string, quoted = false) => {
    const node = doc.getIn(['translation', key], true) as YamlNode | undefined;
    if (isScalar(node) && node.range) {
      if (String(node.value) !== value) edits.push({ start: inner + node.range[0], end: inner + node.range[1], text: quoted ? JSON.stringify(value) : value });
      return true;
    }
    return false;
  };
  setScalar('status', 'reviewed');
  setScalar('sourceVersion', version);
  const statusNode = doc.getIn(['translation', 'status'], true) as YamlNode;
  const lineEnd = text.indexOf('\n', inner + statusNode.range![1]);
  const lineStart = text.lastIndexOf('\n', inner + statusNode.range![0]) + 1;
  const pad = /^\s*/.exec(text.slice(lineStart))![0].replace(/\n/g, '');
  const add: string[] = [];
  if (opts.reviewer && !setScalar('reviewer', opts.reviewer, true)) add.push(`${pad}reviewer: ${JSON.stringify(opts.reviewer)}`);
  if (opts.reviewed && !setScalar('reviewed', opts.reviewed, true)) add.push(`${pad}reviewed: "${opts.reviewed}"`);
  if (add.length) edits.push({ start: lineEnd, end: lineEnd, text: `\n${add.join('\n')}` });
  return edits;
}

/** Writes the targets of an XLIFF file back into the pages and UI string files under root. */
export function importXliff(root: string, xml: string, opts: ImportOptions = {}): ImportResult {
  const doc = parseXliff(xml);
  const result: ImportResult = { changed: [], refused: [], reviewed: [] };
  const reviewer = opts.reviewer ?? doc.reviewer;
  const reviewedDate = opts.reviewed ?? doc.reviewed;
  if (reviewedDate && !/^\d{4}-\d{2}-\d{2}$/.test(reviewedDate)) throw new Error(`review date must be YYYY-MM-DD, not "${reviewedDate}"`);
  const stringsStatus = new Map<string, StringsStatus>();

  for (const file of doc.files) {
    const page = PAGE.exec(file.original);
    const strings = STRINGS.exec(file.original);
    if (!page && !strings) continue; // the term list and anything else is for reading only
    if (!existsSync(join(root, file.original))) {
      result.refused.push(`${file.original}: the file does not exist; nothing imported from it.`);
      continue;
    }
    const text = read(root, file.original);
    const svPath = page ? `content/sv/${page[2]}.mdx` : `locales/sv/${strings![2]}.json`;
    const svText = existsSync(join(root, svPath)) ? read(root, svPath) : page ? '' : '{}';
    const current = page ? mdxSegments(text) : jsonSegments(text);
    const source = page ? (svText ? mdxSegments(svText) : []) : jsonSegments(svText);
    const { pairs } = pairSegments(source, current);
    const byKey = new Map(current.map((s) => [s.key, s]));
    const edits: Replacement[] = [];
    let allReviewed = file.units.length > 0;
    let textChanged = false;
    const covered = new Set<string>();

    for (const unit of file.units) {
      const key = unit.id.slice(unit.id.indexOf('#') + 1);
      const where = `${file.original}, segment ${unit.id}`;
      covered.add(key);
      if (!unit.translate || unit.target === null) {
        allReviewed = false;
        continue;
      }
      const seg = byKey.get(key);
      if (!seg || (unit.kind && seg.kind !== unit.kind)) {
        result.refused.push(`${where}: the page no longer has this segment where the export had it (its structure changed since the export). Export again.`);
        allReviewed = false;
        continue;
      }
      const built = targetParts(unit.target, codeMap(seg.parts));
      if ('error' in built) {
        result.refused.push(`${where}: ${built.error}.`);
        allReviewed = false;
        continue;
      }
      const changed = partsToRaw(built.parts) !== partsToRaw(seg.parts);
      const reviewed = isReviewed(unit);
      const sv = pairs.get(key);
      const nowHash = sv ? segmentHash(sv.parts) : '';
      if ((unit.sourceHash ?? '') !== nowHash && (changed || reviewed)) {
        result.refused.push(
          `${where}: the Swedish source changed since the export (${svPath}; segment hash ${unit.sourceHash || 'none'} then, ${nowHash || 'no matching segment'} now). Not imported: export again and translate the new Swedish text.`,
        );
        allReviewed = false;
        continue;
      }
      if (!reviewed) allReviewed = false;
      if (changed) {
        edits.push({ start: seg.start, end: seg.end, text: rawFor(seg, built.parts as Part[], text) });
        textChanged = true;
      }
    }
    if (current.some((s) => !covered.has(s.key))) allReviewed = false;

    const svVersion = sourceVersion(svText);
    const sameSource = file.sourceVersion === svVersion;
    if (page) {
      const meta = translationMeta(text);
      if (meta?.status !== undefined) {
        if (allReviewed && sameSource) {
          const fm = reviewedEdits(text, svVersion, { reviewer, reviewed: reviewedDate });
          if (fm.length) {
            edits.push(...fm);
            result.reviewed.push(file.original);
          }
        } else if (textChanged && meta.status === 'reviewed') {
          edits.push(...reviewedEditsToMachine(text));
        }
      }
    } else {
      const lang = strings![1]!;
      const name = `${strings![2]}.json`;
      const status = stringsStatus.get(lang) ?? loadStringsStatus(root, lang);
      stringsStatus.set(lang, status);
      const before = JSON.stringify(status[name] ?? null);
      if (allReviewed && sameSource) {
        status[name] = { status: 'reviewed', sourceVersion: svVersion, ...(reviewer ? { reviewer } : {}), ...(reviewedDate ? { reviewed: reviewedDate } : {}) };
      } else if (textChanged && status[name]?.status === 'reviewed') {
        status[name] = { ...status[name]!, status: 'machine' };
      }
      if (JSON.stringify(status[name] ?? null) !== before) result.reviewed.push(file.original);
    }
    if (edits.length) {
      const next = applyReplacements(text, edits);
      if (next !== text) {
        writeFileSync(join(root, file.original), next);
        result.changed.push(file.original);
      }
    }
  }
  for (const [lang, status] of stringsStatus) {
    const path = `locales/${lang}/${REVIEW_STATUS_FILE}`;
    const next = `# Review status of the UI string files; written by npm run i18n:import.\n${stringifyYaml(status)}`;
    const prev = existsSync(join(root, path)) ? read(root, path) : undefined;
    const prevData = prev === undefined ? {} : ((parseYaml(prev) as StringsStatus | null) ?? {});
    if (JSON.stringify(prevData) !== JSON.stringify(status)) {
      writeFileSync(join(root, path), next);
      result.changed.push(path);
    }
  }
  return result;
}

/** A reviewed page whose text changed without review goes back to `machine`. */
function reviewedEditsToMachine(text: string): Replacement[] {
  const { yaml, yamlStart: inner } = splitFrontmatter(text)!;
  const node = parseDocument(yaml).getIn(['translation', 'status'], true) as YamlNode | undefined;
  return isScalar(node) && node.range ? [{ start: inner + node.range[0], end: inner + node.range[1], text: 'machine' }] : [];
}
