/**
 * Translation status of every page in every language — missing, outdated (the Swedish source
 * changed since), machine (unreviewed) or reviewed — and the LIX readability of each Swedish page.
 * Usage: npm run i18n:report
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCodes } from '../i18n/languages.ts';
import { lix, mdxToText } from '../lib/lix.ts';
import { sourceVersion, translationState, type TranslationState } from '../lib/translationStatus.ts';

const content = join(import.meta.dirname, '../../content');
const slugs = readdirSync(join(content, 'sv')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();

function frontmatterTranslation(text: string) {
  const block = /translation:\s*\n((?:\s+.+\n)+)/.exec(text)?.[1] ?? '';
  const get = (key: string) => new RegExp(`${key}:\\s*"?([^"\\n]+)"?`).exec(block)?.[1]?.trim();
  const status = get('status');
  return block ? { source: get('source') ?? '', sourceVersion: get('sourceVersion') ?? '', status: status === 'reviewed' ? ('reviewed' as const) : ('machine' as const) } : undefined;
}

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
    const state = translationState(lang, exists ? frontmatterTranslation(readFileSync(file, 'utf8')) : undefined, version, exists);
    totals[state] += 1;
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
