/**
 * Writes the translations of an XLIFF file (as returned by the agency's CAT tool) back into the pages and
 * UI string files, changing nothing else. Pages whose segments are all final get `status: reviewed`.
 * Usage: npm run i18n:import -- <file.xlf> [--reviewer "Name"] [--date YYYY-MM-DD]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importXliff } from '../lib/translationExchange.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const reviewer = flag('--reviewer');
const reviewed = flag('--date');
const [file] = args;
if (!file) {
  console.error('Usage: npm run i18n:import -- <file.xlf> [--reviewer "Name"] [--date YYYY-MM-DD]');
  process.exit(2);
}
const root = join(import.meta.dirname, '../..');
const result = importXliff(root, readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8'), { reviewer, reviewed });
for (const path of result.changed) console.log(`changed   ${path}`);
for (const path of result.reviewed) console.log(`reviewed  ${path}`);
for (const message of result.refused) console.error(`REFUSED   ${message}`);
console.log(`${result.changed.length} files changed, ${result.reviewed.length} marked reviewed, ${result.refused.length} segments refused.`);
if (result.refused.length) process.exit(1);
