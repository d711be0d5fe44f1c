/**
 * The district finder's matching: from what a person types (any case, with or without
 * å/ä/ö/é, small typos, extra spaces, in Arabic or Persian script, with a Finnish case ending)
 * to the district areas whose names fit, best first.
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
 * Arabic and Persian write the same letter in several ways; a reader may type any of them.
 * Each variant is folded to one form: Persian yeh and alef maksura to Arabic yeh, keheh to kaf,
 * teh marbuta and the Persian/Urdu heh forms to heh, alef wasla to alef. Hamza on a seat
 * (أ إ آ ؤ ئ) comes apart under NFD and its mark is dropped with the vowel marks below.
 */
const ARABIC_LETTERS: Record<string, string> = {
  '\u06cc': '\u064a', // ی Persian yeh
  '\u0649': '\u064a', // ى alef maksura
  '\u06d2': '\u064a', // ے yeh barree
  '\u06a9': '\u0643', // ک keheh
  '\u06aa': '\u0643', // ڪ swash kaf
  '\u0629': '\u0647', // ة teh marbuta
  '\u06c0': '\u0647', // ۀ heh with yeh above
  '\u06c1': '\u0647', // ہ heh goal
  '\u06be': '\u0647', // ھ heh doachashmee
  '\u06d5': '\u0647', // ە ae
  '\u0671': '\u0627', // ٱ alef wasla
};
const ARABIC_VARIANTS = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');
/** Vowel marks (harakat), Quranic marks, superscript alef, tatweel, and the invisible joiners and direction marks. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\u2066-\u2069\u202a-\u202e\u135d-\u135f]/g;
/** Letters kept for matching: Latin (already folded), digits, Arabic and Persian letters, Ethiopic (Ge'ez) syllables. */
const NOT_A_LETTER = /[^a-z0-9\u0620-\u063f\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff\u1200-\u135a\u1380-\u138f\u2d80-\u2dde\uab01-\uab2e]+/g;
/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.codePointAt(0)!;
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Lower case, no diacritics, hyphens and punctuation as spaces, single spaces. Fullwidth and
 * other compatibility forms ("Ｒｉｎｋｅｂｙ", ligatures, Arabic presentation forms) are folded
 * first (NFKC). Arabic and Persian letters are kept, one form per letter and without vowel marks;
 * Ethiopic letters are kept as they are.
 */
export function normalise(text: string): string {
  return westernDigits(
    text
      .normalize('NFKC')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(ARABIC_MARKS, '')
      .replace(ARABIC_VARIANTS, (c) => ARABIC_LETTERS[c])
      .toLowerCase(),
  )
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/s:t/g, 'sankt')
    .replace(NOT_A_LETTER, ' ')
    .trim();
}

/** True when a normalised text holds a letter of another script than Latin (Arabic, Persian, Ethiopic). */
export function isNonLatin(normalised: string): boolean {
  return /[^a-z0-9 ]/.test(normalised);
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

/**
 * How many typos a query of this length may hold. Arabic and Persian write few vowels, so their
 * names are short and close to each other: one typo only from six letters on (a wrong or swapped
 * letter, never one more or less), never two, and no typo while still typing. A wrong match sends a
 * person to the wrong social services.
 */
function allowedTypos(length: number, nonLatin = false): number {
  if (nonLatin) return length >= 6 ? 1 : 0;
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
  const nonLatin = isNonLatin(query);
  const typos = allowedTypos(query.length, nonLatin);
  if (typos > 0) {
    // In Arabic script a letter more or less is often the start of another name: "يارفال…" (Järfälla,
    // outside the city) is one letter from "يارفا" (Järva). So only a wrong or swapped letter counts there.
    const comparable = nonLatin ? query.length === name.length : Math.abs(query.length - name.length) <= typos;
    const whole = comparable ? editDistance(query, name, typos) : Infinity;
    if (whole <= typos) return 50 - whole * 10;
    // A typo while still typing: compare with the start of the name (Latin script only).
    if (!nonLatin && query.length >= 4 && name.length > query.length) {
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

function match(query: string, areas: FinderArea[], outsideCity: string[]): FinderResult {
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

/**
 * Finnish case endings, as normalised (ä → a), longest first: inessive -ssa, elative -sta,
 * adessive -lla, ablative -lta, allative -lle, translative -ksi, essive -na, illative (-hVn, -Vn,
 * -seen) and genitive -n. "Tenstassa", "Kistan", "Husbyyn", "Skärholmeniin", "Rinkebyhyn".
 */
const FINNISH_ENDINGS = [
  'seen', 'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi',
  'han', 'hen', 'hin', 'hon', 'hun', 'hyn', 'aan', 'een', 'iin', 'oon', 'uun', 'yyn',
  'an', 'en', 'in', 'on', 'un', 'yn', 'na', 'n',
];

/**
 * A name that fits a stem with no doubt: the same, written whole inside it, or (from five letters)
 * one typo away. Prefixes do not count: a stem is a guess, and only a sure fit may route.
 */
function fitsStem(stem: string, name: string): boolean {
  if (stem === name) return true;
  if (name.length >= 4 && ` ${stem} `.includes(` ${name} `)) return true;
  return stem.length >= 5 && Math.abs(stem.length - name.length) <= 1 && editDistance(stem, name, 1) <= 1;
}

/**
 * Finnish writes a place name with a case ending: "Rinkebyssä" (in Rinkeby), "Kistan" (Kista's).
 * Only when what was typed fits nothing as it stands, the ending of its last word is taken off,
 * and the stem counts only when it fits a known name (in the city or outside) with no doubt.
 * Names that end like a case ending ("Hägersten", "Årsta") match themselves first and never get here.
 */
function finnishStem(query: string, areas: FinderArea[], outsideCity: string[]): FinderResult | null {
  if (isNonLatin(query)) return null;
  const words = query.split(' ');
  const last = words[words.length - 1];
  for (const ending of FINNISH_ENDINGS) {
    if (!last.endsWith(ending) || last.length - ending.length < 3) continue;
    const stem = [...words.slice(0, -1), last.slice(0, -ending.length)].join(' ');
    const result = match(stem, areas, outsideCity);
    const areasFit = result.areas.filter((a) => fitsStem(stem, matchableName(a.name)));
    const outsideFit = result.outside.filter((o) => fitsStem(stem, matchableName(o)));
    if (areasFit.length > 0 || outsideFit.length > 0) return { areas: areasFit, outside: outsideFit };
  }
  return null;
}

export function findDistricts(rawQuery: string, areas: FinderArea[], outsideCity: string[] = []): FinderResult {
  const query = normalise(rawQuery);
  if (query.length < 2) return { areas: [], outside: [] };
  const result = match(query, areas, outsideCity);
  if (result.areas.length > 0 || result.outside.length > 0) return result;
  return finnishStem(query, areas, outsideCity) ?? result;
}
