/**
 * One policy everywhere it is sent: the pages' <meta>, dist/_headers, the generated nginx
 * configuration and the preview server all allow exactly the CSS the built pages inline.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HEADER_ONLY_CSP, styleHash } from '../../src/config/security.ts';
import { nginxConfig } from '../../src/lib/nginxConfig.ts';
import { createSiteServer } from '../../src/tools/serve.ts';
import { DIST, builtHtml } from './site.ts';

const html = builtHtml('/sv/');
const inlineHash = styleHash(/<style>([\s\S]*?)<\/style>/.exec(html)![1]);
const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
const headerPolicy = `${metaPolicy}; ${HEADER_ONLY_CSP}`;

test('the meta policy carries the hash of the CSS actually inlined', () => {
  expect(metaPolicy).toContain(`'${inlineHash}'`);
  expect(metaPolicy).not.toContain('unsafe-inline');
});

test('dist/_headers sends the same policy', () => {
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${headerPolicy}\n`);
});

test('the generated nginx configuration sends the same policy', () => {
  const config = nginxConfig({ root: DIST, port: 8080, styleHashes: [inlineHash] });
  expect(config).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
});

let base = '';
const server = createSiteServer(DIST);
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the preview server sends the same policy', async () => {
  const res = await fetch(`${base}/sv/`);
  expect(res.headers.get('content-security-policy')).toBe(headerPolicy);
});
