/**
 * Finds facts typed into a page's text instead of read from the registry: phone-like numbers,
 * time ranges, ages, "dygnet runt"/"24/7", and counts or durations ("fem samtal", "två veckor").
 * The legal age of majority (18) may stay in words; years (2021) are dates, not facts of a service.
 */

import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

export interface TypedFact {
  line: number;
  text: string;
  kind: 'phone' | 'time-range' | 'age' | 'hours-claim' | 'count';
}

const NUMBER_WORDS = 'en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv';
const UNITS = 'samtal|samtalen|veckor|vecka|veckors|månader|månad|månaders|dagar|dag|dagars|år|timmar|timme';

const RULES: { kind: TypedFact['kind']; pattern: RegExp }[] = [
  { kind: 'hours-claim', pattern: /dygnet runt|24\s*\/\s*7|alla dagar,? hela dygnet|24 timmar om dygnet/giu },
  { kind: 'time-range', pattern: /\b(kl\.?\s*)?\d{1,2}([.:]\d{2})?\s*[–-]\s*\d{1,2}[.:]\d{2}\b|\bkl\.?\s*\d{1,2}\s*[–-]\s*\d{1,2}\b/giu },
  { kind: 'age', pattern: /\b\d{1,2}\s*[–-]\s*\d{1,2}\s*år\b/giu },
  { kind: 'age', pattern: /(?<![\p{L}\d])(?!18\s)\d{1,2}\s*år(?!\p{L})|(?<!\p{L})(under|över|från|fyllt|till)\s+(?!18(?!\d))\d{1,2}(?!\d)/giu },
  { kind: 'count', pattern: new RegExp(`(?<![\\p{L}])(${NUMBER_WORDS}|\\d+([,.]\\d+)?)\\s+(${UNITS})(?![\\p{L}])|ett och ett halvt år`, 'giu') },
  // Three or more digits, perhaps grouped by spaces or dashes, that are not a year (1900–2099).
  { kind: 'phone', pattern: /(?<![\p{L}\d])\+?\d[\d -]{1,14}\d(?![\p{L}\d])/gu },
];

const YEAR = /^(19|20)\d{2}$/;

/** Blanks what is not running text: frontmatter, code, JSX tags and link targets, keeping line numbers. */
export function runningText(mdx: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const front = splitFrontmatter(mdx);
  return (front ? blank(mdx.slice(0, front.bodyStart)) + front.body : mdx)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<[A-Za-z][^>]*\/?>|<\/[A-Za-z][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/\{[^}\n]*\}/g, blank);
}

export function findTypedFacts(mdx: string): TypedFact[] {
  const found: TypedFact[] = [];
  runningText(mdx)
    .split('\n')
    .forEach((line, i) => {
      const taken: [number, number][] = [];
      for (const { kind, pattern } of RULES) {
        for (const m of line.matchAll(pattern)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          const text = m[0].trim();
          if (kind === 'phone' && (YEAR.test(text) || text.replace(/\D/g, '').length < 3)) continue;
          if (kind === 'count' && /^18\s*år$/.test(text)) continue;
          taken.push([start, end]);
          found.push({ line: i + 1, text, kind });
        }
      }
    });
  return found;
}
