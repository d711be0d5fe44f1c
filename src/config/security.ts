/**
 * The Content-Security-Policy and other headers, in one place. The `<meta>` tag in every page
 * and the header files for static hosts (public/_headers, the nginx snippet in README) must
 * say the same; a unit test holds them together.
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
};
