/**
 * The Content-Security-Policy, the other security headers and the caching rules, in one place.
 * The `<meta>` tag in every page, public/_headers (written from here by `npm run headers:write`),
 * the nginx configuration (`npm run nginx:config`) and the preview server all take them from
 * here; unit tests hold them together.
 *
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search; it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives a `<meta>` tag cannot carry; only the header files add them. */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_CSP}`,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Browsers honour it only over https: two years, subdomains included.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

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
    '/data-rapport/*',
    ...languages.map((lang) => `/${lang}/*`),
  ];
}

/** The text of public/_headers (Netlify, Cloudflare Pages): security headers everywhere, then caching. */
export function headersFile(languages: readonly string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by `npm run headers:write` from src/config/security.ts: edit that file, not this one.',
    '# Netlify and Cloudflare Pages read it; a unit test checks that it is up to date.',
    block('/*', SECURITY_HEADERS),
    block(`${HASHED_PREFIX}*`, { 'Cache-Control': CACHE_IMMUTABLE }),
    ...revalidatedPaths(languages).map((path) => block(path, { 'Cache-Control': CACHE_REVALIDATE })),
    '',
  ].join('\n');
}
