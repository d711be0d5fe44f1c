import { expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, securityHeaders } from '../../src/config/security.ts';
import { nginxConfig } from '../../src/lib/nginxConfig.ts';

const styleHashes = ['sha256-abc='];
const SECURITY_HEADERS = securityHeaders(styleHashes);
const config = nginxConfig({ root: '/srv/stodnara/dist', port: 8080, styleHashes });

/** The `add_header` lines of one location block. */
function headersOf(location: string): Record<string, string> {
  const start = config.indexOf(`location ${location} {`);
  expect(start, location).toBeGreaterThan(-1);
  const block = config.slice(start, config.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/^\s*add_header ([\w-]+) "([^"]+)" always;$/gm)].map((m) => [m[1], m[2]]));
}

test('every location sends exactly the configured security headers, always (also on 404)', () => {
  expect(headersOf('/')).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': CACHE_REVALIDATE });
  expect(headersOf('/_astro/')).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': CACHE_IMMUTABLE });
});

test('a complete configuration: port, root, 404 page, same-origin redirects, no access log', () => {
  expect(config).toMatch(/^\s*listen 8080;$/m);
  expect(config).toMatch(/^\s*root \/srv\/stodnara\/dist;$/m);
  expect(config).toMatch(/^\s*error_page 404 \/404\.html;$/m);
  expect(config).toMatch(/^\s*try_files \$uri \$uri\/ =404;$/m);
  expect(config).toMatch(/^\s*absolute_redirect off;$/m);
  expect(config).toMatch(/^\s*access_log off;$/m);
  expect(config).toMatch(/^events \{/m);
  expect(config).toContain('application/wasm wasm;');
  expect(config).toContain('pagefind pf_meta pf_index pf_fragment;');
});

test('a run folder holds the pid, the log and the temporary files; a listen address is used', () => {
  const local = nginxConfig({ root: '/tmp/site/', port: 4000, address: '127.0.0.1', runDir: '/tmp/run/', styleHashes });
  expect(local).toMatch(/^\s*listen 127\.0\.0\.1:4000;$/m);
  expect(local).toContain('pid /tmp/run/nginx.pid;');
  expect(local).toContain('client_body_temp_path /tmp/run/client_body;');
  expect(local).toMatch(/^\s*root \/tmp\/site;$/m);
  expect(local).not.toMatch(/^user /m);
  expect(nginxConfig({ root: '/x', port: 80, user: 'root', styleHashes })).toMatch(/^user root;$/m);
});

test('refuses a bad port or a relative root', () => {
  expect(() => nginxConfig({ root: '/x', port: 0, styleHashes })).toThrow(/port/);
  expect(() => nginxConfig({ root: 'dist', port: 80, styleHashes })).toThrow(/absolute/);
});
