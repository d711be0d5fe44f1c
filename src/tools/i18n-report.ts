/**
 * Translation status of every page in every language — missing, outdated (the Swedish source
 * changed since), machine (unreviewed) or reviewed — and the LIX readability of each Swedish page;
 * then per language: page counts, term-list violations and the share of safety-critical text reviewed.
 * Usage: npm run i18n:report
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCodes } from '../i18n/languages.ts';
import { lix, mdxToText } from '../lib/lix.ts';
import { sourceVersion, translationState, type TranslationState } from '../lib/translationStatus.ts';
import { formatSummary, stringsState, summarise } from '../lib/i18nReport.ts';
import { SAFETY_CRITICAL_PAGES, SAFETY_CRITICAL_STRINGS } from '../lib/safetyCritical.ts';
import { checkLanguage, formatViolation, type LanguageFile } from '../lib/terms.ts';
import { loadStringsStatus, loadTermList } from '../lib/translationExchange.ts';
import { readPage } from '../lib/frontmatter.ts';

const content = join(import.meta.dirname, '../../content');
const slugs = readdirSync(join(content, 'sv')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();

/** A translation's `translation:` block, read with the YAML parser and checked with the page schema. */
function frontmatterTranslation(text: string, file: string) {
  return readPage(text, file).translation;
}

const pageStates: Record<string, Record<string, TranslationState>> = {};

const totals: Record<TranslationState, number> = { source: 0, missing: 0, outdated: 0, machine: 0, reviewed: 0 };
const others = languageCodes.filter((l) => l !== 'sv');
console.log(`Stöd nära — translations (${slugs.length} pages × ${languageCodes.length} languages)\n`);
console.log(`${'page'.padEnd(22)} ${'LIX'.padStart(5)}  ${others.map((l) => l.padEnd(9)).join('')}`);
for (const slug of slugs) {
  const source = readFileSync(join(content, 'sv', `${slug}.mdx`), 'utf8');
  const version = sourceVersion(source);
  const readability = lix(mdxToText(source));
  const cells = others.map((lang) => {
    const file = join(content, lang, `${slug}.mdx`);
    const exists = existsSync(file);
    const state = translationState(lang, exists ? frontmatterTranslation(readFileSync(file, 'utf8'), file) : undefined, version, exists);
    totals[state] += 1;
    (pageStates[lang] ??= {})[slug] = state;
    return state.padEnd(9);
  });
  console.log(`${slug.padEnd(22)} ${readability.lix.toFixed(1).padStart(5)}  ${cells.join('')}`);
}
const lixes = slugs.map((slug) => lix(mdxToText(readFileSync(join(content, 'sv', `${slug}.mdx`), 'utf8'))).lix);
console.log(
  `\ntranslations: ${others.length * slugs.length} · reviewed ${totals.reviewed} · machine (unreviewed) ${totals.machine} · outdated ${totals.outdated} · missing ${totals.missing}`,
);
console.log(`Swedish LIX: median ${lixes.sort((a, b) => a - b)[Math.floor(lixes.length / 2)]} · highest ${Math.max(...lixes)} (aim ≤ 45)`);

const easyDir = join(content, 'lattlast');
if (existsSync(easyDir)) {
  console.log('\nlättläst (aim ≤ 30):');
  for (const file of readdirSync(easyDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const value = lix(mdxToText(readFileSync(join(easyDir, file), 'utf8')));
    console.log(`  ${file.slice(0, -4).padEnd(22)} LIX ${value.lix.toFixed(1)}`);
  }
}

const root = join(import.meta.dirname, '../..');
console.log(`\nper language (safety-critical: ${[...SAFETY_CRITICAL_PAGES, ...SAFETY_CRITICAL_STRINGS].join(', ')}):`);
for (const lang of others) {
  const list = loadTermList(root, lang);
  const files: LanguageFile[] = [`content/${lang}`, `locales/${lang}`].flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => f.endsWith(dir.startsWith('content') ? '.mdx' : '.json'))
          .sort()
          .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }))
      : [],
  );
  const violations = list ? checkLanguage(list, files) : undefined;
  const records = loadStringsStatus(root, lang);
  const stringStates = Object.fromEntries(
    readdirSync(join(root, 'locales/sv'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, stringsState(records[f], sourceVersion(readFileSync(join(root, 'locales/sv', f), 'utf8')), existsSync(join(root, 'locales', lang, f)))]),
  );
  const summary = summarise(lang, pageStates[lang] ?? {}, stringStates, violations?.length);
  console.log(`  ${formatSummary(summary)}`);
  if (summary.safety.notReviewed.length) console.log(`      safety-critical not yet reviewed: ${summary.safety.notReviewed.join(', ')}`);
  for (const v of violations ?? []) console.log(`      ${formatViolation(v)}`);
}
