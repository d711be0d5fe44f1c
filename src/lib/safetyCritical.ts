/**
 * Safety-critical text: what a reader in danger relies on. These pages and UI string files get native
 * review first, and the i18n report shows the share of them reviewed per language.
 */
export const SAFETY_CRITICAL_PAGES = ['akut-hjalp', 'sa-fungerar-stodet', 'dolj-ditt-besok', 'ung'] as const;

/** UI string files (locales/<lang>/<name>) that are safety-critical: the district pages' strings. */
export const SAFETY_CRITICAL_STRINGS = ['district.json'] as const;

/** Every safety-critical item of a language, as repository paths. */
export function safetyCriticalPaths(lang: string): string[] {
  return [...SAFETY_CRITICAL_PAGES.map((slug) => `content/${lang}/${slug}.mdx`), ...SAFETY_CRITICAL_STRINGS.map((name) => `locales/${lang}/${name}`)];
}
