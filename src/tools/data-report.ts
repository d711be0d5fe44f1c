/**
 * Prints every fact that is null, unverified, or last confirmed more than six months ago,
 * grouped by service: the list to confirm with the city before launch. The same report is
 * built as a page at /data-rapport/ by `npm run build` (not linked, not searchable).
 * Usage: npm run data:report [-- YYYY-MM-DD]   (the date to measure "six months" from; default today)
 */
import { districts, rvcCommon, rvcCentres, services } from '../data/registry.ts';
import { buildReport, staleBefore } from '../data/report.ts';

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const { groups, counts } = buildReport({ services, districts, rvc: { common: rvcCommon, centres: rvcCentres } }, today);

const REASON: Record<string, string> = {
  null: 'missing (null)',
  unverified: 'unverified',
  stale: `confirmed before ${staleBefore(today)}`,
  undated: 'no date for the last confirmation',
};

console.log(`Stöd nära — data report for the content owner (${today})\n`);
for (const group of groups) {
  console.log(`${group.title}`);
  for (const item of group.items) {
    console.log(`  - ${item.field}: ${REASON[item.reason]}${item.checked ? ` (last ${item.checked})` : ''}${item.note ? ` — ${item.note}` : ''}`);
  }
}
console.log(`\nfacts: ${counts.total} · verified ${counts.verified} (of which ${counts.stale} older than six months or undated) · unverified ${counts.unverified} · null ${counts.null}`);
console.log('The page version is built at /data-rapport/ by npm run build.');
