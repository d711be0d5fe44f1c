import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, securityHeaders, styleHash } from '../../src/config/security.ts';
import { cleanPath, createSiteServer, portFrom, sameOriginLocation } from '../../src/tools/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'stodnara-serve-'));
const INLINE_CSS = 'body{color:#111}';
/** What the server must send: the policy that allows the CSS its pages inline. */
const SECURITY_HEADERS = securityHeaders([styleHash(INLINE_CSS)]);
const secret = join(root, '..', `${root.split('/').pop()}-secret.txt`);
let server: Server;
let port = 0;

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), `<style>${INLINE_CSS}</style><p>start</p>`);
  writeFileSync(join(root, '404.html'), '<p>not found page</p>');
  mkdirSync(join(root, 'sv'));
  writeFileSync(join(root, 'sv/index.html'), '<p>svenska</p>');
  mkdirSync(join(root, 'evil.example/x'), { recursive: true });
  writeFileSync(join(root, 'evil.example/x/index.html'), '<p>a folder named like a host</p>');
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro/site.Ab12Cd.css'), 'body{}');
  writeFileSync(secret, 'outside the site');
  server = createSiteServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
  rmSync(secret, { force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request as written: the path goes on the wire exactly as given, no client clean-up. */
function raw(method: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => (text += d));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8') });
    });
  });
}

function get(path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectProductionHeaders(reply: Reply) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], name).toBe(value);
}

describe('the preview server', () => {
  test('serves a page with the production headers; HTML revalidates', async () => {
    const reply = await get('/sv/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<p>svenska</p>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe(CACHE_REVALIDATE);
    expectProductionHeaders(reply);
  });

  test('hashed files under /_astro/ are immutable', async () => {
    const reply = await get('/_astro/site.Ab12Cd.css');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect(reply.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  test('HEAD answers like GET, without a body', async () => {
    const reply = await get('/sv/', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    expectProductionHeaders(reply);
  });

  test('a malformed URL gets 400, and the server keeps serving', async () => {
    const bad = await raw('GET', '/%ff/');
    expect(bad.status).toBe(400);
    expectProductionHeaders(bad);
    expect((await get('/sv/')).status).toBe(200);
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    const reply = await raw(method, '/sv/');
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('GET, HEAD');
    expect(reply.body).not.toContain('svenska');
    expectProductionHeaders(reply);
  });

  test('an unknown path gets the 404 page with status 404 and the production headers', async () => {
    for (const path of ['/finns-inte/', '/finns-inte', '/sv/saknas.html', '/_astro/gone.js']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).toBe('<p>not found page</p>');
      expect(reply.headers['cache-control']).toBe(CACHE_REVALIDATE);
      expectProductionHeaders(reply);
    }
  });

  test('a folder without its slash redirects to a path on this origin', async () => {
    const reply = await get('/sv');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/sv/');
    expectProductionHeaders(reply);
  });

  test('never redirects to another host', async () => {
    for (const path of ['/.//evil.example/x', '//evil.example/x', '/.//evil.example/x?a=b', '/%2F%2Fevil.example/x', '/./%5Cevil.example/x']) {
      const reply = await raw('GET', path);
      const location = reply.headers['location'];
      if (location !== undefined) {
        expect(location, path).toMatch(/^\/(?![/\\])/);
        expect(location).not.toContain('//');
      }
    }
    expect((await raw('GET', '/.//evil.example/x')).headers['location']).toBe('/evil.example/x/');
  });

  test('path traversal stays refused', async () => {
    const name = secret.split('/').pop()!;
    for (const path of [`/../${name}`, `/%2e%2e/${name}`, `/sv/../../${name}`, `/..%2f${name}`]) {
      const reply = await raw('GET', path);
      expect(reply.body, path).not.toContain('outside the site');
      expect([400, 404]).toContain(reply.status);
    }
  });
});

describe('its pure parts', () => {
  test('cleanPath resolves dots and slashes and refuses what is not a path', () => {
    expect(cleanPath('/sv/om/?q=1')).toBe('/sv/om/');
    expect(cleanPath('/.//evil.example/x')).toBe('/evil.example/x');
    expect(cleanPath('/a/../../etc/passwd')).toBe('/etc/passwd');
    expect(cleanPath('/S%C3%B6k/')).toBe('/Sök/');
    expect(cleanPath('/%ff/')).toBeNull();
    expect(cleanPath('http://evil.example/')).toBeNull();
    expect(cleanPath('/a%5Cb')).toBeNull();
    expect(cleanPath('/a%00b')).toBeNull();
  });

  test('sameOriginLocation never names another host', () => {
    expect(sameOriginLocation('/sv/')).toBe('/sv/');
    expect(sameOriginLocation('//evil.example/')).toBe('/');
    expect(sameOriginLocation('/\\evil.example/')).toBe('/%5Cevil.example/');
    expect(sameOriginLocation('/Sök/')).toBe('/S%C3%B6k/');
  });

  test('the port comes from the command line, then PORT, then 4321', () => {
    expect(portFrom([], {})).toBe(4321);
    expect(portFrom([], { PORT: '8080' })).toBe(8080);
    expect(portFrom(['5000'], { PORT: '8080' })).toBe(5000);
    expect(() => portFrom([], { PORT: 'abc' })).toThrow(/Not a port/);
    expect(() => portFrom(['70000'], {})).toThrow(/Not a port/);
  });
});

test('run as a command, it listens on PORT from the environment', async () => {
  const probe = createSiteServer(root);
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const free = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  const child = spawn(process.execPath, [join(import.meta.dirname, '../../src/tools/serve.ts')], {
    env: { ...process.env, PORT: String(free) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => resolve(String(d)));
      child.on('exit', (code) => reject(new Error(`serve.ts stopped with ${code}`)));
    });
    expect(line).toContain(`:${free}/`);
    const reply = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: free, path: '/', method: 'HEAD' }, (res) => resolve(res.statusCode ?? 0))
        .on('error', reject)
        .end();
    });
    expect([200, 404]).toContain(reply);
  } finally {
    child.kill();
  }
});
