/**
 * Checks the data registry (content/data/*.json) before anything else is built, and prints only
 * its problems: one per line (`file › entry › field: message`), then how many. Exit code 1 when
 * there is any, so `npm run build` stops here with these lines and nothing else.
 * Usage: npm run data:check
 */
import { readRegistryFiles } from '../data/load.ts';
import { checkRegistry } from '../data/validate.ts';

const report = checkRegistry(readRegistryFiles(process.argv[2] ?? process.cwd()));
if (report.ok) console.log(report.text);
else console.error(report.text);
process.exitCode = report.ok ? 0 : 1;
