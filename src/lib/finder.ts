/**
 * The district finder's matching: from what a person types (any case, with or without
 * å/ä/ö/é, small typos, extra spaces) to the district areas whose names fit, best first.
 * Pure and small: it runs in the browser with the names read from the page.
 */

export interface FinderArea {
  id: string;
  /** Every name that leads to the area: its own, neighbourhoods, place names, former names. */
  names: string[];
}

export interface AreaMatch {
  id: string;
  /** The name that matched best, as written in the list. */
  name: string;
  score: number;
}

export interface FinderResult {
  areas: AreaMatch[];
  /** Places outside Stockholm city that fit what was typed. */
  outside: string[];
}

/**
 * Lower case, no diacritics, hyphens and punctuation as spaces, single spaces. Fullwidth and
 * other compatibility forms ("Ｒｉｎｋｅｂｙ", ligatures) are folded first (NFKC).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/s:t/g, 'sankt')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const matchableCache = new Map<string, string>();

/** A name as matched: what stands in brackets is a note, not part of the name. */
export function matchableName(name: string): string {
  let key = matchableCache.get(name);
  if (key === undefined) {
    key = normalise(name.replace(/\(.*?\)/g, ' '));
    matchableCache.set(name, key);
  }
  return key;
}

/**
 * Restricted Damerau–Levenshtein distance (one swap of neighbours counts as one edit). With a
 * `limit`, stops as soon as the distance must exceed it and returns `limit + 1`: the finder only
 * asks whether a name is within one or two typos, so most names are ruled out after a few letters.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const cols = b.length + 1;
  let before = new Int32Array(cols);
  let previous = Int32Array.from({ length: cols }, (_, j) => j);
  let current = new Int32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[cols - 1], limit + 1);
}

/** How many typos a query of this length may hold. */
function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * How well a typed query fits one name (0: not at all). Exact beats prefix beats a typo;
 * a name written inside a longer query ("jag bor i tensta") also counts.
 */
export function scoreName(query: string, name: string): number {
  if (!query || !name) return 0;
  if (query === name) return 100;
  if (query.length >= 2 && name.startsWith(query)) return 80 + Math.min(query.length, 10);
  const words = name.split(' ');
  if (query.length >= 3 && words.some((w) => w.startsWith(query))) return 70;
  if (name.length >= 4 && ` ${query} `.includes(` ${name} `)) return 60 + Math.min(name.length, 20) / 2;
  const typos = allowedTypos(query.length);
  if (typos > 0) {
    const whole = Math.abs(query.length - name.length) <= typos ? editDistance(query, name, typos) : Infinity;
    if (whole <= typos) return 50 - whole * 10;
    // A typo while still typing: compare with the start of the name.
    if (query.length >= 4 && name.length > query.length) {
      const start = editDistance(query, name.slice(0, query.length), 1);
      if (start <= Math.min(1, typos)) return 35 - start * 10;
    }
  }
  return 0;
}

/** The best score of any name in a list, and the name that gave it. */
function best(query: string, names: string[]): { name: string; score: number } {
  let top = { name: '', score: 0 };
  for (const name of names) {
    const score = scoreName(query, matchableName(name));
    if (score > top.score) top = { name, score };
  }
  return top;
}

export function findDistricts(rawQuery: string, areas: FinderArea[], outsideCity: string[] = []): FinderResult {
  const query = normalise(rawQuery);
  if (query.length < 2) return { areas: [], outside: [] };
  const outside = outsideCity
    .map((name) => ({ name, score: scoreName(query, matchableName(name)) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score);
  const topOutside = outside[0]?.score ?? 0;
  const matches = areas
    .map((area) => ({ id: area.id, ...best(query, area.names) }))
    // A place outside the city that fits better than any district name wins: never route it into the
    // city. So "Vårby" (Huddinge) is outside, although it is one typo from the start of "Vårberg".
    .filter((m) => m.score > 0 && m.score >= topOutside)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'sv'));
  // Only the places outside that fit best, and only when nothing in the city fits better.
  const bar = Math.max(topOutside, matches[0]?.score ?? 0);
  return { areas: matches, outside: outside.filter((o) => o.score >= bar).map((o) => o.name) };
}
