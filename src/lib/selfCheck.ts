/**
 * The self-check: statements grouped by the form of violence they describe, and a plain
 * reading of what was ticked — never a score. Answers live only in the page's memory.
 */
export const CATEGORIES = ['control', 'threats', 'isolation', 'economic', 'digital', 'sexual', 'physical'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Variant = 'adult' | 'young';

export interface Statement {
  key: string;
  category: Category;
}

/** The statements of one version, from the keys `check.<variant>.<category>.<n>`, in category order. */
export function statementsFor(keys: string[], variant: Variant): Statement[] {
  const pattern = new RegExp(`^check\\.${variant}\\.(\\w+)\\.(\\d+)$`);
  return keys
    .map((key) => ({ key, match: pattern.exec(key) }))
    .filter((k): k is { key: string; match: RegExpExecArray } => k.match !== null && (CATEGORIES as readonly string[]).includes(k.match[1]))
    .map(({ key, match }) => ({ key, category: match[1] as Category, n: Number(match[2]) }))
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.n - b.n)
    .map(({ key, category }) => ({ key, category }));
}

export interface Reading {
  count: number;
  /** The forms of violence the ticked statements describe, in a fixed order. */
  categories: Category[];
  /** Physical or sexual violence was ticked: 112 and health care come first. */
  bodily: boolean;
}

export function readAnswers(ticked: Category[]): Reading {
  const categories = CATEGORIES.filter((c) => ticked.includes(c));
  return { count: ticked.length, categories, bodily: categories.includes('physical') || categories.includes('sexual') };
}
