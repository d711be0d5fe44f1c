import { defaultLanguage, isLanguageCode, languageCodes, type LanguageCode } from './languages.ts';

/** Normalises a page slug: no leading or trailing slash; the home page is ''. */
export function normaliseSlug(slug: string | undefined): string {
  return (slug ?? '').replace(/^\/+|\/+$/g, '');
}

/** `/<lang>/<slug>/` — every page, Swedish included, lives under its language. */
export function localizedPath(lang: LanguageCode, slug = ''): string {
  const clean = normaliseSlug(slug);
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** The welcome page: every language by its own name. The only page outside a language. */
export const WELCOME_PATH = '/';

/** The short address for young people: the youth page's title in every language. */
export const YOUTH_PATH = '/ung/';

/** A content page: `/<lang>/<slug>/`. */
export const pagePath = localizedPath;

/** A district page: `/<lang>/stadsdel/<id>/`. */
export function districtPath(lang: LanguageCode, districtId: string): string {
  return localizedPath(lang, `stadsdel/${districtId}`);
}

/** The printable help material: the list at `/<lang>/material/`, one district's sheet at `/<lang>/material/<id>/`. */
export function materialPath(lang: LanguageCode, districtId?: string): string {
  return localizedPath(lang, districtId ? `material/${districtId}` : 'material');
}

/** Lättläst (easy Swedish) exists in Swedish only: `/sv/lattlast/` and `/sv/lattlast/<slug>/` ('' or 'index' is its home). */
export function easyPath(slug = ''): string {
  const clean = normaliseSlug(slug);
  return localizedPath('sv', clean && clean !== 'index' ? `lattlast/${clean}` : 'lattlast');
}

/** Splits a path into its language and the slug after it. */
export function splitPath(pathname: string): { lang: LanguageCode | undefined; slug: string } {
  const [first, ...rest] = normaliseSlug(pathname).split('/');
  if (isLanguageCode(first)) return { lang: first, slug: rest.join('/') };
  return { lang: undefined, slug: normaliseSlug(pathname) };
}

export function langFromPath(pathname: string): LanguageCode {
  return splitPath(pathname).lang ?? defaultLanguage;
}

/** The same page in every language, for the language list and hreflang alternates. */
export function alternatePaths(pathname: string, otherSlug?: string): { lang: LanguageCode; path: string }[] {
  const { lang: current, slug } = splitPath(pathname);
  return languageCodes.map((lang) => ({
    lang,
    path: otherSlug !== undefined && lang !== current ? localizedPath(lang, otherSlug) : localizedPath(lang, slug),
  }));
}

/** Absolute URL on the public site, for hreflang, canonical and QR codes. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
