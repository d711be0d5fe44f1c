/**
 * The data report for the content owner: every fact, per service, by state — current, to
 * re-check, unknown — with the date it rests on. Prints it and writes the same text to
 * .astro/reports/data-report.txt (a build folder that is never deployed). Nothing of it is
 * published: unconfirmed values never reach dist/.
 * Usage: npm run data:report [-- YYYY-MM-DD]   (the day to measure age from; default today)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_MAX_AGE_MONTHS, FACTS_TODAY } from '../config/facts.ts';
import { districts, generalFacts, rvcCentres, rvcCommon, services, sources } from '../data/registry.ts';
import { buildReport, unsourcedPlaceNames, type ReportState } from '../data/report.ts';

const today = process.argv[2] ?? FACTS_TODAY;
const { groups, counts } = buildReport({ services, districts, rvc: { common: rvcCommon, centres: rvcCentres }, facts: generalFacts, sources }, today, FACT_MAX_AGE_MONTHS);

const STATES: [ReportState, string][] = [
  ['unknown', 'unknown (no source confirms a value: not shown, the page routes around it)'],
  ['recheck', `to re-check (checked more than ${FACT_MAX_AGE_MONTHS} months before ${today}, or undated: shown with "may have changed")`],
  ['current', `current (checked within ${FACT_MAX_AGE_MONTHS} months)`],
  ['stable', 'stable (does not change, e.g. 112: shown without a date)'],
];

const lines: string[] = [`Stöd nära — data report for the content owner (${today})`, ''];
for (const group of groups) {
  lines.push(group.title);
  for (const [state, label] of STATES) {
    const items = group.items.filter((i) => i.state === state);
    if (items.length === 0) continue;
    lines.push(`  ${label.split(' (')[0]}:`);
    for (const i of items) lines.push(`    - ${i.field}${i.date ? ` (${i.date})` : state === 'recheck' ? ' (undated)' : ''}${i.note ? ` — ${i.note}` : ''}`);
  }
}
lines.push('', 'Place names with no source (confirm that each lies in its area):');
for (const g of unsourcedPlaceNames(districts)) lines.push(`  ${g.area}: ${g.names.join(', ')}`);
lines.push('', `facts: ${counts.total} · ${STATES.map(([s, label]) => `${label.split(' (')[0]} ${counts[s]}`).join(' · ')} · place names without a source ${counts.unsourcedPlaceNames}`);

const text = lines.join('\n');
console.log(text);
const dir = join(import.meta.dirname, '../../.astro/reports');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'data-report.txt'), `${text}\n`);
console.log(`\nWritten to ${join('.astro/reports', 'data-report.txt')} (not deployed).`);
