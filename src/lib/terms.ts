/**
 * Term lists: one per language in `locales/<lang>/terms.yaml`. For each key concept the list gives the
 * preferred term, the variants that must not appear in that language's pages or UI strings, and a
 * one-line definition for translators. `alarmWords` must never appear in a page's `tabTitle` (the
 * browser tab, history and bookmarks). Pure: parsing, validation and matching, no file access.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { frontmatterData, splitFrontmatter } from './frontmatter.ts';

/** Every concept a term list must cover, in the order reviewers read them. */
export const TERM_IDS = [
  'violence-close-relationship',
  'control',
  'social-services',
  'after-hours-social-services',
  'protected-housing',
  'jour-shelter',
  'municipality',
  'district',
  'interpreter',
  'relationsvaldscentrum',
  'fri-yta',
  'kvinnofridslinjen',
  'duty-to-report',
] as const;

export type TermId = (typeof TERM_IDS)[number];

const lowerCase = z.string().min(1).refine((s) => s === s.toLowerCase(), { message: 'must be written in lower case' });

export const termSchema = z.object({
  id: z.enum(TERM_IDS),
  /** The Swedish term, as the Swedish pages use it. */
  sv: z.string().min(1),
  preferred: z.string().min(1),
  /** Variants that must not appear in this language's pages or UI strings. */
  avoid: z.array(z.string().min(1)).default([]),
  /** One line for translators. */
  definition: z.string().min(1).refine((s) => !s.includes('\n'), { message: 'must be one line' }),
});

export const termListSchema = z
  .object({
    language: z.string().regex(/^[a-z]{2,3}$/),
    alarmWords: z.array(lowerCase).default([]),
    terms: z.array(termSchema),
  })
  .superRefine((list, ctx) => {
    const ids = list.terms.map((t) => t.id);
    for (const id of TERM_IDS) {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['terms'], message: `missing concept "${id}"` });
    }
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['terms', i, 'id'], message: `concept "${id}" listed twice` });
    });
  });

export type Term = z.infer<typeof termSchema>;
export type TermList = z.infer<typeof termListSchema>;

/** Parses and validates a term list; throws one message naming every problem. */
export function parseTermList(text: string, file = 'terms.yaml'): TermList {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = termListSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return result.data;
}

export interface Occurrence {
  variant: string;
  /** 1-based line and column in the text given. */
  line: number;
  column: number;
  /** The text as it stands in the file (original case). */
  found: string;
}

/** Letters, combining marks, digits and the joiners used inside Persian and Arabic words. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lastBreak = i;
  }
  return { line, column: offset - lastBreak };
}

/**
 * Every place `text` uses one of `variants`, case-insensitive, as a whole word or phrase: the match
 * must not continue a word on either side (a letter, mark, digit or joiner). This works for Latin,
 * Ethiopic, Arabic and Persian script alike: Arabic/Persian/Ethiopic are matched as a plain substring
 * bounded by non-letters (so "jour" does not match "journal", and "jourer-ka" matches "jourer").
 */
export function findVariants(text: string, variants: readonly string[], options: { prefix?: boolean } = {}): Occurrence[] {
  const haystack = text.normalize('NFC').toLowerCase();
  const found: Occurrence[] = [];
  for (const variant of variants) {
    const needle = variant.normalize('NFC').toLowerCase().trim();
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const before = at > 0 ? haystack[at - 1]! : '';
      const after = haystack[at + needle.length] ?? '';
      const startsWord = WORD_CHAR.test(needle[0]!);
      const endsWord = WORD_CHAR.test(needle[needle.length - 1]!);
      if ((startsWord && before && WORD_CHAR.test(before)) || (!options.prefix && endsWord && after && WORD_CHAR.test(after))) continue;
      found.push({ variant, ...lineAndColumn(text, at), found: text.slice(at, at + needle.length) });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Every avoided variant of every term, with the concept it belongs to. */
export function avoidedVariants(list: TermList): { id: TermId; variant: string }[] {
  return list.terms.flatMap((t) => t.avoid.map((variant) => ({ id: t.id, variant })));
}

export interface Violation {
  file: string;
  line: number;
  column: number;
  variant: string;
  /** The concept, or 'alarm-word' for a tabTitle problem. */
  id: TermId | 'alarm-word';
  found: string;
}

/** Avoided variants used in one file's text (a page, body and frontmatter, or a UI string file). */
export function checkText(list: TermList, file: string, text: string): Violation[] {
  return avoidedVariants(list)
    .flatMap(({ id, variant }) => findVariants(text, [variant]).map((o) => ({ file, line: o.line, column: o.column, variant, id, found: o.found })))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Alarm words in a page's tabTitle. `line` is the tabTitle's line in the file (1 when unknown). */
export function checkTabTitle(list: TermList, file: string, tabTitle: string | undefined, line = 1): Violation[] {
  if (!tabTitle) return [];
  return findVariants(tabTitle, list.alarmWords).map((o) => ({ file, line, column: o.column, variant: o.variant, id: 'alarm-word' as const, found: o.found }));
}

/** A page's tabTitle and its line, read with the YAML parser. */
export function tabTitleOf(fileText: string): { value: string; line: number } | undefined {
  const front = splitFrontmatter(fileText);
  const data = frontmatterData(fileText);
  if (!front || !data || typeof data.tabTitle !== 'string') return undefined;
  // The YAML starts on line 2, after the opening `---`.
  const index = front.yaml.split('\n').findIndex((l) => /^tabTitle\s*:/.test(l));
  return { value: data.tabTitle, line: 2 + Math.max(index, 0) };
}

/**
 * The concepts whose preferred term (or the Swedish term) a text uses, for reviewers' notes. Terms match
 * at the start of a word, so inflected forms count ("stadsdelen", "kommunens").
 */
export function termsUsed(list: TermList, text: string): TermId[] {
  return list.terms.filter((t) => findVariants(text, [t.preferred, t.sv], { prefix: true }).length > 0).map((t) => t.id);
}

/** One line per violation: `file:line:column  "variant" (concept)`. */
export function formatViolation(v: Violation): string {
  const what = v.id === 'alarm-word' ? `alarm word "${v.variant}" in tabTitle` : `avoided variant "${v.variant}" (${v.id})`;
  return `${v.file}:${v.line}:${v.column}  ${what}: "${v.found}"`;
}

export interface LanguageFile {
  /** Path shown in messages, e.g. content/so/akut-hjalp.mdx. */
  path: string;
  text: string;
}

/**
 * Every term-list violation in a language's files: avoided variants in pages (body and frontmatter)
 * and UI string files, and alarm words in pages' tabTitles.
 */
export function checkLanguage(list: TermList, files: readonly LanguageFile[]): Violation[] {
  return files.flatMap((f) => {
    const found = checkText(list, f.path, f.text);
    if (f.path.endsWith('.mdx')) {
      const tab = tabTitleOf(f.text);
      if (tab) found.push(...checkTabTitle(list, f.path, tab.value, tab.line));
    }
    return found;
  });
}
