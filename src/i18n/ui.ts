import i18next, { type ParseKeys, type TFunction } from 'i18next';
import { splitAround } from '../lib/template.ts';
import { defaultLanguage, getLanguage, languageCodes, type LanguageCode } from './languages.ts';

/** Every `locales/<lang>/<namespace>.json`, gathered at build time. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', {
  eager: true,
});

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Groups locale files into i18next resources: `{ [lang]: { [namespace]: strings } }`. */
export function collectResources(modules: Record<string, { default: Record<string, unknown> }>): Resources {
  const resources: Resources = {};
  for (const [path, mod] of Object.entries(modules)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match;
    resources[lang] ??= {};
    resources[lang][ns] = mod.default;
  }
  return resources;
}

export const resources = collectResources(files);

/**
 * The namespaces of `locales/<lang>/`, the default first. Their keys are typed from the Swedish
 * files (i18next.d.ts), so `t('no.such.key')` does not compile.
 */
export const NAMESPACES = ['common', 'district', 'facts', 'formats', 'phrases', 'tools'] as const;

/** A translation function fixed to one language, over every namespace (`t('district:rvcWait')`). */
export type Translate = TFunction<typeof NAMESPACES>;
/** A key `t` accepts: `key` in common, `namespace:key` in the others. */
export type TranslationKey = ParseKeys<typeof NAMESPACES>;

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: defaultLanguage,
  fallbackLng: false,
  supportedLngs: languageCodes,
  defaultNS: 'common',
  ns: NAMESPACES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** A translation function fixed to one language. Components get strings only through this. */
export function useTranslations(lang: LanguageCode): Translate {
  return instance.getFixedT<typeof NAMESPACES>(lang);
}

/** Whether a key built at run time names a string in Swedish, the source (a plural is named by a form: `key_one`). */
export function isTranslationKey(key: string): key is TranslationKey {
  return instance.exists(key, { lng: defaultLanguage });
}

/**
 * A key built at run time from data (the self-check's statements are the keys `check.<variant>.…`
 * that a file holds), checked: a key that is not in locales/sv stops the build instead of
 * becoming page text. Keys built from typed parts need no check: the compiler does it.
 */
export function translationKey(key: string): TranslationKey {
  if (isTranslationKey(key)) return key;
  throw new Error(`No translation "${key}" in locales/${defaultLanguage}`);
}

export function textDirection(lang: LanguageCode): 'ltr' | 'rtl' {
  return getLanguage(lang).dir;
}

/**
 * A translated sentence split around one placeholder, so markup (an isolated phone link)
 * can stand where the translation puts it, whatever the word order.
 */
export function translateAround(
  t: Translate,
  key: TranslationKey,
  placeholder: string,
  values: Record<string, string | number> = {},
): [string, string] {
  const text = t(key, { ...values, [placeholder]: `{{${placeholder}}}` });
  return splitAround(text, placeholder);
}

/** Every plural form of a key in one language, by CLDR category, with `{{count}}` left in place. */
export function pluralForms(lang: LanguageCode, key: string, ns = 'common'): Record<string, string> {
  const strings = (resources[lang]?.[ns] ?? {}) as Record<string, string>;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.map((c) => [c, strings[`${key}_${c}`]]).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
  );
}
