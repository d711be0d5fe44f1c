/**
 * The list for the content owner: every fact that is null, unverified, or last confirmed more
 * than six months ago (or never dated), grouped by service — what to confirm with the city.
 */
import type { District, Fact, Rvc, RvcFile, Service } from './schema.ts';
import { factsOf } from './fields.ts';

export type Reason = 'null' | 'unverified' | 'stale' | 'undated';

export interface ReportItem {
  field: string;
  reason: Reason;
  checked: string | null;
  note?: string;
}

export interface ReportGroup {
  /** What the content owner would call it: the service's or area's name. */
  title: string;
  kind: 'service' | 'district' | 'rvc';
  items: ReportItem[];
}

export interface ReportCounts {
  verified: number;
  unverified: number;
  null: number;
  stale: number;
  total: number;
}

/** Six months before `today`, as an ISO date. */
export function staleBefore(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
}

/** Why a fact needs attention, or null when it is fine. */
export function reasonFor(f: Fact<unknown>, cutoff: string): Reason | null {
  if (f.status === 'unverified') return f.value === null ? 'null' : 'unverified';
  if (f.value === null) return 'null';
  if (f.checked === null) return 'undated';
  // A partial date (a year, a month) is compared on its own precision.
  return f.checked < cutoff.slice(0, f.checked.length) ? 'stale' : null;
}

function itemsFor(entries: [string, Fact<unknown>][], cutoff: string): ReportItem[] {
  return entries.flatMap(([field, f]) => {
    const reason = reasonFor(f, cutoff);
    return reason ? [{ field, reason, checked: f.checked, ...(f.note ? { note: f.note } : {}) }] : [];
  });
}

function rvcFacts(centre: Rvc): [string, Fact<unknown>][] {
  return Object.entries(centre).filter((e): e is [string, Fact<unknown>] => typeof e[1] === 'object' && e[1] !== null && 'status' in e[1]);
}

export function buildReport(input: { services: Service[]; districts: District[]; rvc: RvcFile }, today: string): { groups: ReportGroup[]; counts: ReportCounts } {
  const cutoff = staleBefore(today);
  const all: Fact<unknown>[] = [];
  const groups: ReportGroup[] = [];
  const add = (title: string, kind: ReportGroup['kind'], entries: [string, Fact<unknown>][], extra: ReportItem[] = []) => {
    all.push(...entries.map(([, f]) => f));
    const items = [...itemsFor(entries, cutoff), ...extra];
    if (items.length) groups.push({ title, kind, items });
  };
  for (const s of input.services) add(s.name, 'service', factsOf(s));
  add('Relationsvåldscentrum – gemensamt (Fri yta m.m.)', 'rvc', Object.entries(input.rvc.common));
  for (const c of input.rvc.centres) add(c.name, 'rvc', rvcFacts(c));
  for (const d of input.districts) {
    const unsourced = d.placeNames
      .filter((p) => p.sources.length === 0)
      .map((p) => ({ field: `placeNames: ${p.name} (i ${p.in})`, reason: 'unverified' as const, checked: null, note: 'Place name from common knowledge, with no source: confirm it lies in this area.' }));
    add(`${d.name} (stadsdelsområde)`, 'district', [['rvc', d.rvc]], unsourced);
  }
  const counts: ReportCounts = {
    verified: all.filter((f) => f.status === 'verified' && f.value !== null).length,
    unverified: all.filter((f) => f.status === 'unverified' && f.value !== null).length,
    null: all.filter((f) => f.value === null).length,
    stale: all.filter((f) => f.status === 'verified' && f.value !== null && reasonFor(f, cutoff) !== null).length,
    total: all.length,
  };
  return { groups, counts };
}
