/**
 * The deploy configuration on the real server: Debian's nginx (installed by src/tools/ensure-tools.ts)
 * serves dist/ with the configuration `npm run nginx:config` writes, on a free loopback port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, securityHeaders } from '../../src/config/security.ts';
import { builtStyleHashes } from '../../src/tools/builtSite.ts';
import { nginxConfig } from '../../src/lib/nginxConfig.ts';
import { DIST } from './site.ts';

const NGINX = '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let nginx: ChildProcess | undefined;
let runDir = '';
let base = '';
let log = '';

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`node src/tools/ensure-tools.ts\` (as root) or apt-get install nginx`);
  runDir = mkdtempSync(join(tmpdir(), 'stodnara-nginx-'));
  const port = await freePort();
  const conf = join(runDir, 'nginx.conf');
  // As root (CI), the workers would run as `nobody` and could not read a checkout under /root.
  const user = process.getuid?.() === 0 ? 'root' : undefined;
  writeFileSync(conf, nginxConfig({ root: DIST, port, address: '127.0.0.1', runDir, user, styleHashes: builtStyleHashes(DIST) }));
  nginx = spawn(NGINX, ['-p', runDir, '-e', join(runDir, 'error.log'), '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout?.on('data', (d) => (log += d));
  nginx.stderr?.on('data', (d) => (log += d));
  base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped at start (code ${nginx.exitCode}):\n${log}`);
    try {
      await fetch(`${base}/`, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() - started > 10_000) throw new Error(`nginx did not answer within 10 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}, 20_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const stopped = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await stopped;
  }
  if (runDir) rmSync(runDir, { recursive: true, force: true });
});

function expectSecurityHeaders(res: Response) {
  for (const [name, value] of Object.entries(securityHeaders(builtStyleHashes(DIST)))) expect(res.headers.get(name), name).toBe(value);
}

test('a page comes with every security header and revalidates', async () => {
  const res = await fetch(`${base}/sv/`, { redirect: 'manual' });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expectSecurityHeaders(res);
  expect(res.headers.get('cache-control')).toBe(CACHE_REVALIDATE);
  expect(await res.text()).toContain('<html lang="sv"');
});

test('a missing path gets the 404 page with status 404 and the same headers', async () => {
  const res = await fetch(`${base}/sv/finns-inte/`, { redirect: 'manual' });
  expect(res.status).toBe(404);
  expectSecurityHeaders(res);
  expect(await res.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
});

test('a hashed file under /_astro/ is cached for a year, immutable', async () => {
  const script = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'));
  expect(script).toBeDefined();
  const res = await fetch(`${base}/_astro/${script}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe(CACHE_IMMUTABLE);
  expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  expectSecurityHeaders(res);
});

test('a missing /_astro/ file is a 404, not cached as immutable', async () => {
  const res = await fetch(`${base}/_astro/nothing.deadbeef.js`);
  expect(res.status).toBe(404);
  expect(res.headers.get('cache-control')).toBe(CACHE_REVALIDATE);
});

test('the search script and Pagefind\'s index files are served with their types', async () => {
  const script = await fetch(`${base}/pagefind/pagefind.js`, { method: 'HEAD' });
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const wasm = readdirSync(join(DIST, 'pagefind')).find((f) => /^wasm\..*\.pagefind$/.test(f));
  expect(wasm).toBeDefined();
  const res = await fetch(`${base}/pagefind/${wasm}`, { method: 'HEAD' });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/octet-stream');
});

test('a folder without its slash redirects to a path on this origin only', async () => {
  const res = await fetch(`${base}/sv`, { redirect: 'manual' });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe('/sv/');
});
