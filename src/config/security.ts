import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy, the other security headers and the caching rules, in one place.
 * The `<meta>` tag in every page, dist/_headers (written by the build), the nginx configuration
 * (`npm run nginx:config`) and the preview server all take them from here, with the hash of the
 * CSS the built pages inline; checks over dist/ hold them together.
 *
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search; it allows no JavaScript eval.
 */

/**
 * The site's CSS is inlined in every page's <head> (no render-blocking request); the policy allows
 * exactly that CSS by its sha256 hash, never 'unsafe-inline'. The hash is computed at build time
 * from the CSS actually inlined (BaseLayout for the <meta> tag; the built pages for the headers).
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A CSP hash source for a piece of inline CSS: `sha256-<base64>`. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/** Directives a `<meta>` tag cannot carry; only the headers add them. */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";

/** Every security header, for a site whose pages inline CSS with these hashes. */
export function securityHeaders(styleHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(styleHashes)}; ${HEADER_ONLY_CSP}`,
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers honour it only over https: two years, subdomains included.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}

/** HTML and every file without a hash in its name: keep a copy but ask the server before using it. */
export const CACHE_REVALIDATE = 'no-cache';
/** Files whose name carries a hash of their content (`/_astro/…`): they never change. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Where Astro writes its hashed files. */
export const HASHED_PREFIX = '/_astro/';

/** The Cache-Control for a URL path. */
export function cacheControlFor(path: string): string {
  return path.startsWith(HASHED_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Top-level paths of the built site other than `/_astro/`, each revalidated. Static hosts join the
 * values of one header from several matching rules, so `/*` cannot carry a Cache-Control that
 * `/_astro/*` then overrides: each top-level path gets its own rule. A check over dist/ fails when
 * a top-level file or folder is not listed here.
 */
export function revalidatedPaths(languages: readonly string[]): string[] {
  return [
    '/',
    '/index.html',
    '/404.html',
    '/favicon.svg',
    '/robots.txt',
    '/sitemap.xml',
    '/pagefind/*',
    '/ung/*',
    ...languages.map((lang) => `/${lang}/*`),
  ];
}

/** The text of dist/_headers (Netlify, Cloudflare Pages): security headers everywhere, then caching. */
export function headersFile(languages: readonly string[], styleHashes: readonly string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written into dist/ by the build (src/tools/headers-write.ts) from src/config/security.ts and the',
    '# hash of the CSS inlined in the pages. Netlify and Cloudflare Pages read it.',
    block('/*', securityHeaders(styleHashes)),
    block(`${HASHED_PREFIX}*`, { 'Cache-Control': CACHE_IMMUTABLE }),
    ...revalidatedPaths(languages).map((path) => block(path, { 'Cache-Control': CACHE_REVALIDATE })),
    '',
  ].join('\n');
}
