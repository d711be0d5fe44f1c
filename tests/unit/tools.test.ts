import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { browserFamily } from '../../src/lib/browserFamily.ts';
import { readAnswers, statementsFor } from '../../src/lib/selfCheck.ts';

const sv = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/sv/tools.json'), 'utf8')) as Record<string, string>;

test('each self-check version has 10–20 statements covering every form of violence', () => {
  for (const variant of ['adult', 'young'] as const) {
    const statements = statementsFor(Object.keys(sv), variant);
    expect(statements.length).toBeGreaterThanOrEqual(10);
    expect(statements.length).toBeLessThanOrEqual(20);
    expect(new Set(statements.map((s) => s.category))).toEqual(new Set(['control', 'threats', 'isolation', 'economic', 'digital', 'sexual', 'physical']));
  }
});

test('statements come in category order', () => {
  const s = statementsFor(['check.adult.physical.1', 'check.adult.control.2', 'check.adult.control.1', 'check.young.control.1', 'check.adult.nonsense.1'], 'adult');
  expect(s.map((x) => x.key)).toEqual(['check.adult.control.1', 'check.adult.control.2', 'check.adult.physical.1']);
});

test('the reading says what the answers show, not a score', () => {
  expect(readAnswers([])).toEqual({ count: 0, categories: [], bodily: false });
  expect(readAnswers(['digital', 'control', 'digital'])).toEqual({ count: 3, categories: ['control', 'digital'], bodily: false });
  expect(readAnswers(['sexual']).bodily).toBe(true);
  expect(readAnswers(['physical', 'threats']).categories).toEqual(['threats', 'physical']);
});

test.each([
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36', 'chromeAndroid'],
  ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36', 'samsung'],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1', 'safariIos'],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0 Mobile/15E148 Safari/604.1', 'safariIos'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0', 'edgeDesktop'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0', 'firefoxDesktop'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36', 'chromeDesktop'],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15', 'safariMac'],
  ['Lynx/2.9.0dev.12 libwww-FM/2.14', 'unknown'],
])('%s → %s', (ua, family) => {
  expect(browserFamily(ua)).toBe(family);
});
