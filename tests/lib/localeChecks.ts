/** Helpers for checking that UI strings line up across languages. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `search.results_one` → `search.results`: plural forms belong to one key. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** The `{{name}}` placeholders in a string, sorted and without duplicates. */
export function interpolationVariables(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]))].sort();
}

/** The CLDR plural categories a language distinguishes. */
export function pluralCategoriesOf(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories];
}
