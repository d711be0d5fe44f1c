/**
 * Site-wide settings. Each is the single place its value is set.
 */

/** The address a build without SITE_URL uses: it leads nowhere (`.example` is reserved). */
export const PLACEHOLDER_SITE_URL = 'https://stodnara.stockholm.example';

export interface SiteAddress {
  /** The public origin, without a trailing slash: `https://stodnara.example.se`. */
  url: string;
  /** False when SITE_URL was not set: a test build, whose print material must say so. */
  fromEnvironment: boolean;
  /** The one warning line a build without SITE_URL prints; undefined when it is set. */
  warning?: string;
}

/**
 * The public address from the environment's SITE_URL: an `https:` origin (no path, query,
 * fragment or credentials). Without it, the placeholder, marked as a test build. A malformed
 * value is an error: a build must not print QR codes to a wrong address.
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    return {
      url: PLACEHOLDER_SITE_URL,
      fromEnvironment: false,
      warning: `SITE_URL is not set: canonical links, sitemap, robots.txt and QR codes use ${PLACEHOLDER_SITE_URL} and every print page says it is a test copy. Set SITE_URL=https://… to build for real.`,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL: give the public address, e.g. SITE_URL=https://stodnara.example.se`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`SITE_URL "${raw}" must start with https://`);
  if (parsed.username || parsed.password) throw new Error(`SITE_URL "${raw}" must not carry a user name or password`);
  if (parsed.pathname !== '/' || parsed.search || parsed.hash || /[?#]/.test(raw)) {
    throw new Error(`SITE_URL "${raw}" must be the site's origin only, with no path, query or fragment`);
  }
  return { url: parsed.origin, fromEnvironment: true };
}

/** This build's address (read once, when the build starts). */
export const SITE = siteAddress(typeof process === 'undefined' ? {} : process.env);

/** The public address of the site: hreflang, canonical links, sitemap, robots.txt and QR codes use it. */
export const SITE_URL = SITE.url;

/** A build without SITE_URL: print material carries a visible "test copy" line. */
export const IS_TEST_BUILD = !SITE.fromEnvironment;

/**
 * Where the quick exit goes: a neutral Swedish page with no personalised content,
 * that loads fast and plays no sound (DESIGN.md §3.3). Change it here only.
 */
export const QUICK_EXIT_URL = 'https://www.smhi.se/';
