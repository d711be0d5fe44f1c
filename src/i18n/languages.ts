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
  /** The language's name in Swedish, as said on the phone: "Jag behöver tolk på somaliska". */
  swedishName: string;
  dir: 'ltr' | 'rtl';
}

export const languages = [
  { code: 'sv', tag: 'sv', swedishName: 'svenska', name: 'Svenska', dir: 'ltr' },
  { code: 'en', tag: 'en', swedishName: 'engelska', name: 'English', dir: 'ltr' },
  { code: 'ar', tag: 'ar', swedishName: 'arabiska', name: 'العربية', dir: 'rtl' },
  { code: 'fa', tag: 'fa', swedishName: 'persiska', name: 'فارسی', dir: 'rtl' },
  { code: 'so', tag: 'so', swedishName: 'somaliska', name: 'Soomaali', dir: 'ltr' },
  { code: 'ti', tag: 'ti', swedishName: 'tigrinja', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'fi', tag: 'fi', swedishName: 'finska', name: 'Suomi', dir: 'ltr' },
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
