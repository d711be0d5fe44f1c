/**
 * The data report for the content owner: every fact in the registry, grouped per service (or
 * area, or centre) by its state — current, to re-check (older than the configured age, or
 * undated), unknown (no source confirms a value, so the site routes around it).
 */
import { factState, factDate, type FactState } from '../lib/factAge.ts';
import { factsOf } from './fields.ts';
import type { District, Fact, GeneralFacts, RvcFile, Service, Source } from './schema.ts';

export type ReportState = Exclude<FactState, 'stable'> | 'stable';

export interface ReportItem {
  field: string;
  state: ReportState;
  /** The date the fact rests on (its check, else its oldest source), or null. */
  date: string | null;
  note?: string;
}

export interface ReportGroup {
  /** What the content owner would call it: the service's or area's name. */
  title: string;
  kind: 'service' | 'district' | 'rvc' | 'general';
  items: ReportItem[];
}

export type ReportCounts = Record<ReportState, number> & { total: number; unsourcedPlaceNames: number };

export interface ReportInput {
  services: Service[];
  districts: District[];
  rvc: RvcFile;
  facts: GeneralFacts;
  sources: Record<string, Source>;
}

export function buildReport(input: ReportInput, today: string, maxAgeMonths: number): { groups: ReportGroup[]; counts: ReportCounts } {
  const counts: ReportCounts = { current: 0, recheck: 0, unknown: 0, stable: 0, total: 0, unsourcedPlaceNames: 0 };
  const groups: ReportGroup[] = [];
  const item = (field: string, f: Fact<unknown>): ReportItem => {
    const date = factDate(f, (id) => input.sources[id]?.date);
    const state = factState(f, date, today, maxAgeMonths);
    counts[state] += 1;
    counts.total += 1;
    return { field, state, date, ...(f.note ? { note: f.note } : {}) };
  };
  const add = (title: string, kind: ReportGroup['kind'], entries: [string, Fact<unknown>][]) => {
    groups.push({ title, kind, items: entries.map(([field, f]) => item(field, f)) });
  };
  for (const s of input.services) add(s.name, 'service', factsOf(s));
  add('Relationsvåldscentrum – gemensamt (Fri yta m.m.)', 'rvc', Object.entries(input.rvc.common));
  for (const c of input.rvc.centres) add(c.name, 'rvc', factsOf(c));
  add('Allmänna uppgifter (content/data/facts.json)', 'general', Object.entries(input.facts));
  for (const d of input.districts) {
    add(`${d.name} (stadsdelsområde)`, 'district', [['rvc', d.rvc]]);
    counts.unsourcedPlaceNames += d.placeNames.filter((p) => p.sources.length === 0).length;
  }
  return { groups, counts };
}

/** Place names with no source, per area: for the city to confirm before launch. */
export function unsourcedPlaceNames(districts: District[]): { area: string; names: string[] }[] {
  return districts
    .map((d) => ({ area: d.name, names: d.placeNames.filter((p) => p.sources.length === 0).map((p) => `${p.name} (i ${p.in})`) }))
    .filter((g) => g.names.length > 0);
}
