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
