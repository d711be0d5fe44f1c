/**
 * Writes an XLIFF 1.2 file of one language for a translation agency: the term list first, then every
 * segment of every page and every UI string, with the Swedish source, the current translation and its state.
 * Usage: npm run i18n:export -- <lang> <file.xlf>
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLanguageCode } from '../i18n/languages.ts';
import { buildExport } from '../lib/translationExchange.ts';

const [lang, out] = process.argv.slice(2);
if (!lang || !out || !isLanguageCode(lang) || lang === 'sv') {
  console.error('Usage: npm run i18n:export -- <lang> <file.xlf>   (lang: en, ar, fa, so, ti, fi)');
  process.exit(2);
}
const root = join(import.meta.dirname, '../..');
const { xml, files } = buildExport(root, lang);
const target = resolve(process.env.INIT_CWD ?? process.cwd(), out);
writeFileSync(target, xml);
const units = files.flatMap((f) => f.units);
const count = (s: string) => units.filter((u) => u.state === s).length;
console.log(
  `${target}: ${files.length - 1} files, ${units.length - files[0]!.units.length} segments (machine ${count('machine')}, reviewed ${count('reviewed')}, outdated ${count('outdated')}, needs review ${count('needs-review')}), term list with ${files[0]!.units.length} concepts first.`,
);
