/**
 * How old a fact is, and what the page should say about it. A fact is as old as its check:
 * its own `checked` date, or else the oldest date among its sources. A fact older than the
 * configured age is shown with a note that it may have changed; a stable fact (112) needs no date.
 */

export type FactState = 'stable' | 'current' | 'recheck' | 'unknown';

export interface DatedFact {
  value: unknown;
  status: 'verified' | 'unverified';
  checked: string | null;
  sources: string[];
  stable?: boolean;
}

/**
 * A registry date (YYYY, YYYY-MM or YYYY-MM-DD) as the earliest day it can mean, so that a
 * date given only as "2025" is never taken for a later check than it may have been.
 */
export function earliestDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The oldest of the dates given, or null. */
export function oldestDate(dates: (string | null | undefined)[]): string | null {
  const known = dates.filter((d): d is string => typeof d === 'string');
  if (known.length === 0) return null;
  return known.reduce((oldest, d) => (earliestDay(d) < earliestDay(oldest) ? d : oldest));
}

/** `months` before an ISO day, as an ISO day. */
export function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** The date a fact rests on: when it was checked, else its oldest dated source. */
export function factDate(fact: DatedFact, sourceDate: (id: string) => string | undefined): string | null {
  return fact.checked ?? oldestDate(fact.sources.map(sourceDate));
}

/**
 * - unknown: no source confirms a value (it is never shown);
 * - stable: a value that does not change (112), shown without a date;
 * - recheck: older than `maxAgeMonths`, or of unknown date;
 * - current: checked within `maxAgeMonths`.
 */
export function factState(fact: DatedFact, date: string | null, today: string, maxAgeMonths: number): FactState {
  if (fact.status !== 'verified' || fact.value === null) return 'unknown';
  if (fact.stable) return 'stable';
  if (date === null) return 'recheck';
  return earliestDay(date) < monthsBefore(today, maxAgeMonths) ? 'recheck' : 'current';
}

/** What a group of shown facts (a service card) says about its age: the oldest date, and whether any needs a re-check. */
export function groupAge(facts: { state: FactState; date: string | null }[]): { date: string | null; recheck: boolean; undated: boolean } | null {
  const dated = facts.filter((f) => f.state === 'current' || f.state === 'recheck');
  if (dated.length === 0) return null;
  return {
    date: oldestDate(dated.map((f) => f.date)),
    recheck: dated.some((f) => f.state === 'recheck'),
    undated: dated.some((f) => f.date === null),
  };
}
