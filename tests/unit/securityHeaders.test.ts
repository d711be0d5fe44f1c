import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/config/security.ts';

const root = join(import.meta.dirname, '../..');

test('the policy allows scripts only from this origin, with no inline or eval', () => {
  expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'/);
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'/);
});

test('public/_headers sends exactly the configured headers', () => {
  const text = readFileSync(join(root, 'public/_headers'), 'utf8');
  const lines = text.split('\n').filter((l) => /^\s+\S+: /.test(l)).map((l) => l.trim());
  const sent = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
  expect(sent).toEqual(SECURITY_HEADERS);
});

test('the nginx snippet in README sends exactly the configured headers', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const sent = Object.fromEntries(
    [...readme.matchAll(/^\s*add_header ([\w-]+) "([^"]+)" always;$/gm)].map((m) => [m[1], m[2]]),
  );
  expect(sent).toEqual(SECURITY_HEADERS);
});
