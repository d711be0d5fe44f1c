/**
 * Site-wide settings. Each is the single place its value is set.
 */

/** The public address of the site: hreflang, canonical links, sitemap and QR codes use it. */
export const SITE_URL = 'https://stodnara.stockholm.example';

/**
 * Where the quick exit goes: a neutral Swedish page with no personalised content,
 * that loads fast and plays no sound (DESIGN.md §3.3). Change it here only.
 */
export const QUICK_EXIT_URL = 'https://www.smhi.se/';
