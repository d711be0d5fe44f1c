/**
 * The one language table. Adding a language is an entry here plus
 * `locales/<code>/` and `content/<code>/` — nothing else.
 */
export interface Language {
  /** URL segment and i18next code. */
  code: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** The language's name in its own script. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const languages = [
  { code: 'sv', tag: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', tag: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', tag: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', tag: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'so', tag: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'ti', tag: 'ti', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'fi', tag: 'fi', name: 'Suomi', dir: 'ltr' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

export const defaultLanguage: LanguageCode = 'sv';

export const languageCodes: LanguageCode[] = languages.map((l) => l.code);

export function isLanguageCode(value: string | undefined): value is LanguageCode {
  return value !== undefined && (languageCodes as string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language: ${code}`);
  return found;
}
