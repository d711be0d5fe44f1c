/**
 * Serves the built site from dist/ on localhost with the same security headers and caching a
 * static host gets from public/_headers, so what the tests see is what visitors get.
 * Usage: node src/tools/serve.ts [port]   (or PORT=8080 node src/tools/serve.ts; default 4321)
 *
 * Hardened for raw clients: only GET and HEAD (405 otherwise), a malformed URL gets 400 and the
 * server keeps serving, a redirect only ever names a path on this origin, nothing outside dist/ is
 * served, and an unknown path gets the 404 page with status 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, sep } from 'node:path';
import { CACHE_REVALIDATE, cacheControlFor, securityHeaders } from '../config/security.ts';
import { DIST, builtStyleHashes } from './builtSite.ts';

export const DEFAULT_PORT = 4321;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** The port: the command line's first argument, else PORT, else 4321. */
export function portFrom(argv: readonly string[], env: Record<string, string | undefined>): number {
  const raw = argv[0] ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: "${raw}"`);
  return port;
}

/**
 * The URL path of a request target as a clean absolute path (`/sv/om/`), or null when it is not
 * one: not starting with `/`, undecodable (`/%ff/`), or holding a NUL or a backslash.
 */
export function cleanPath(target: string): string | null {
  if (!target.startsWith('/')) return null;
  const raw = target.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded)) return null;
  // Resolves `.` and `..` (never above the root) and merges repeated slashes: `/.//x` is `/x`.
  const normal = posix.normalize(decoded).replace(/\/{2,}/g, '/');
  const keepSlash = decoded.endsWith('/') && !normal.endsWith('/');
  return keepSlash ? `${normal}/` : normal;
}

/** A redirect target on this origin: one leading slash, never `//host` or `/\host`. */
export function sameOriginLocation(path: string): string {
  const encoded = encodeURI(path).replace(/[?#]/g, encodeURIComponent);
  if (!encoded.startsWith('/') || /^\/[/\\]/.test(encoded)) return '/';
  return encoded;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createSiteServer(root: string): Server {
  // The same policy the built pages carry: it allows the CSS they inline, by its hash.
  const headers = securityHeaders(builtStyleHashes(root));
  const send = (res: ServerResponse, status: number, path: string, body: Buffer | string, type: string, extra: Record<string, string> = {}) => {
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      ...headers,
      'Cache-Control': status === 200 ? cacheControlFor(path) : CACHE_REVALIDATE,
      'Content-Type': type,
      'Content-Length': String(data.length),
      ...extra,
    });
    res.end(data);
  };
  const notFound = async (res: ServerResponse) => {
    const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    send(res, 404, '/404.html', page, TYPES['.html']);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, '', 'Method not allowed\n', TYPES['.txt'], { Allow: 'GET, HEAD' });
      return;
    }
    const path = cleanPath(req.url ?? '');
    if (path === null) {
      send(res, 400, '', 'Bad request\n', TYPES['.txt']);
      return;
    }
    const file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) {
      await notFound(res);
      return;
    }
    if (path.endsWith('/')) {
      const index = join(file, 'index.html');
      if (await isFile(index)) send(res, 200, path, await readFile(index), TYPES['.html']);
      else await notFound(res);
      return;
    }
    if (await isFile(file)) {
      send(res, 200, path, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
      return;
    }
    // A folder asked for without its slash: add it, on this origin only.
    if (await isFile(join(file, 'index.html'))) {
      send(res, 301, '', '', TYPES['.txt'], { Location: sameOriginLocation(`${path}/`) });
      return;
    }
    await notFound(res);
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, '', 'Server error\n', TYPES['.txt']);
      else res.destroy();
    });
  });
}

if (import.meta.main) {
  const port = portFrom(process.argv.slice(2), process.env);
  const root = DIST;
  createSiteServer(root).listen(port, '127.0.0.1', () => {
    console.log(`Stöd nära is served at http://localhost:${port}/ (Ctrl+C stops it)`);
  });
}
