/** Links that leave the site get no referrer and no opener, wherever they are written. */
export const OUTBOUND_REL = 'noreferrer noopener';

/** True for a link to another origin (http, https or protocol-relative). `tel:` and `mailto:` are not pages. */
export function isOutbound(href: string | undefined | null): boolean {
  if (!href) return false;
  return /^(https?:)?\/\//i.test(href.trim());
}

/** The `rel` an anchor should carry: outbound links always include noreferrer and noopener. */
export function relFor(href: string | undefined | null, existing?: string | null): string | undefined {
  const tokens = new Set((existing ?? '').split(/\s+/).filter(Boolean));
  if (isOutbound(href)) for (const token of OUTBOUND_REL.split(' ')) tokens.add(token);
  return tokens.size ? [...tokens].join(' ') : undefined;
}

/**
 * The language a link on a page in `pageLang` leads into, when it is another one: `/sv/lattlast/`
 * from an English page is Swedish (hreflang="sv"). Null for links that stay in the language.
 */
export function hreflangFor(href: string | undefined | null, pageLang: string, languageCodes: readonly string[]): string | null {
  const lang = /^\/([a-z]{2})(\/|$)/.exec(href ?? '')?.[1];
  return lang && lang !== pageLang && languageCodes.includes(lang) ? lang : null;
}

/**
 * An address as a reader would write it: percent-escapes of letters decoded (an Arabic news address
 * shows its Arabic words, in a third of the bytes), while escapes of characters that carry syntax
 * (/ ? # & = …) and of spaces stay. A malformed escape leaves the address as it was. Browsers
 * encode the letters again when the link is followed.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url).replace(/\s/g, encodeURIComponent);
  } catch {
    return url;
  }
}
