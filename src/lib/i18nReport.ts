/**
 * The per-language summary of the i18n report: reviewed, machine, outdated and missing pages, term-list
 * violations, and the share of safety-critical text (SAFETY_CRITICAL in safetyCritical.ts) reviewed.
 * Pure: states in, summary out.
 */
import { SAFETY_CRITICAL_PAGES, SAFETY_CRITICAL_STRINGS } from './safetyCritical.ts';
import type { TranslationState } from './translationStatus.ts';

export interface StringsRecord {
  status: 'machine' | 'reviewed';
  sourceVersion: string;
}

/** Where a UI string file stands: its review record (review-status.yaml) against the Swedish file's version. */
export function stringsState(record: StringsRecord | undefined, currentSourceVersion: string, exists = true): TranslationState {
  if (!exists) return 'missing';
  if (!record) return 'machine';
  if (record.sourceVersion !== currentSourceVersion) return 'outdated';
  return record.status;
}

export interface LanguageSummary {
  lang: string;
  pages: Record<'reviewed' | 'machine' | 'outdated' | 'missing', number>;
  /** undefined when the language has no term list yet. */
  violations: number | undefined;
  safety: { reviewed: number; total: number; share: number; notReviewed: string[] };
}

export function summarise(
  lang: string,
  pageStates: Readonly<Record<string, TranslationState>>,
  stringStates: Readonly<Record<string, TranslationState>>,
  violations: number | undefined,
): LanguageSummary {
  const pages = { reviewed: 0, machine: 0, outdated: 0, missing: 0 };
  for (const state of Object.values(pageStates)) if (state !== 'source') pages[state] += 1;
  const critical = [
    ...SAFETY_CRITICAL_PAGES.map((slug) => ({ name: slug, state: pageStates[slug] ?? 'missing' })),
    ...SAFETY_CRITICAL_STRINGS.map((file) => ({ name: file, state: stringStates[file] ?? 'missing' })),
  ];
  const reviewed = critical.filter((c) => c.state === 'reviewed').length;
  return {
    lang,
    pages,
    violations,
    safety: {
      reviewed,
      total: critical.length,
      share: critical.length ? reviewed / critical.length : 0,
      notReviewed: critical.filter((c) => c.state !== 'reviewed').map((c) => `${c.name} (${c.state})`),
    },
  };
}

/** One line of the report per language. */
export function formatSummary(s: LanguageSummary): string {
  const share = `${s.safety.reviewed}/${s.safety.total} (${Math.round(s.safety.share * 100)} %)`;
  const terms = s.violations === undefined ? 'no term list' : `${s.violations} term-list violation${s.violations === 1 ? '' : 's'}`;
  return `${s.lang.padEnd(3)} pages: reviewed ${s.pages.reviewed} · machine ${s.pages.machine} · outdated ${s.pages.outdated} · missing ${s.pages.missing} · ${terms} · safety-critical reviewed ${share}`;
}
