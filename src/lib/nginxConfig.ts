/**
 * A complete nginx configuration (for `nginx -c`) that serves the built site with the headers and
 * caching of src/config/security.ts. `npm run nginx:config` writes it; a check runs Debian's nginx
 * on it against dist/.
 */
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, HASHED_PREFIX, securityHeaders } from '../config/security.ts';

export interface NginxOptions {
  /** Absolute path of the built site (dist/). */
  root: string;
  /** Port to listen on. */
  port: number;
  /** Address to listen on; all addresses when not given. */
  address?: string;
  /**
   * A folder for the pid file, the error log and nginx's temporary files. Not given: the system's
   * places (/run/nginx.pid, /var/log/nginx/error.log, nginx's own temp folders).
   */
  runDir?: string;
  /**
   * The user the worker processes run as (nginx's `user`). Not given: nginx's default (`nobody`).
   * A test run as root gives `root`, so the workers can read a checkout under /root.
   */
  user?: string;
  /** Hashes of the CSS the built pages inline (see builtStyleHashes), for the Content-Security-Policy. */
  styleHashes: readonly string[];
}

/** The file types the site serves. */
export const NGINX_TYPES: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/json': 'json',
  'application/xml': 'xml',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/x-icon': 'ico',
  'font/woff2': 'woff2',
  'text/plain': 'txt',
  'application/wasm': 'wasm',
  'application/octet-stream': 'pagefind pf_meta pf_index pf_fragment',
};

function quote(value: string): string {
  if (/["\\\n]/.test(value)) throw new Error(`A header value nginx cannot carry: ${value}`);
  return `"${value}"`;
}

function headerLines(styleHashes: readonly string[], cacheControl: string, indent: string): string[] {
  return [...Object.entries(securityHeaders(styleHashes)), ['Cache-Control', cacheControl]].map(
    ([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`,
  );
}

export function nginxConfig({ root, port, address, runDir, user, styleHashes }: NginxOptions): string {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port: ${port}`);
  if (!root.startsWith('/')) throw new Error(`The site root must be an absolute path: ${root}`);
  const run = runDir?.replace(/\/$/, '');
  const listen = address ? `${address}:${port}` : `${port}`;
  const lines = [
    '# Written by `npm run nginx:config` from src/config/security.ts: edit that file, not this one.',
    ...(user ? [`user ${user};`] : []),
    'worker_processes 1;',
    run ? `pid ${run}/nginx.pid;` : 'pid /run/nginx.pid;',
    run ? `error_log ${run}/error.log warn;` : 'error_log /var/log/nginx/error.log warn;',
    'events { worker_connections 256; }',
    'http {',
    '  types {',
    ...Object.entries(NGINX_TYPES).map(([type, exts]) => `    ${type} ${exts};`),
    '  }',
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    '  charset_types text/css text/javascript application/json application/xml image/svg+xml text/plain;',
    '  sendfile on;',
    '  server_tokens off;',
    // Visits leave no trace on the server either.
    '  access_log off;',
    ...(run
      ? ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${run}/${t};`)
      : []),
    '  server {',
    `    listen ${listen};`,
    '    server_name _;',
    `    root ${root.replace(/\/$/, '')};`,
    '    index index.html;',
    // Redirects (/sv → /sv/) carry a path on this origin only, never another host.
    '    absolute_redirect off;',
    '    merge_slashes on;',
    '    error_page 404 /404.html;',
    '    location / {',
    '      try_files $uri $uri/ =404;',
    ...headerLines(styleHashes, CACHE_REVALIDATE, '      '),
    '    }',
    `    location ${HASHED_PREFIX} {`,
    '      try_files $uri =404;',
    ...headerLines(styleHashes, CACHE_IMMUTABLE, '      '),
    '    }',
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}
