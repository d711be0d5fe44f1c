import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
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
