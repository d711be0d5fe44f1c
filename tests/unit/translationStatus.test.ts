import { expect, test } from 'vitest';
import { sourceVersion, translationState } from '../../src/lib/translationStatus.ts';

test('source versions change with the text, not with line endings', () => {
  const a = sourceVersion('---\ntitle: A\n---\nText\n');
  // Letters only: a hash in frontmatter must never look like a phone number.
  expect(a).toMatch(/^[a-p]{12}$/);
  expect(sourceVersion('---\r\ntitle: A\r\n---\r\nText\r\n')).toBe(a);
  expect(sourceVersion('---\ntitle: A\n---\nText changed\n')).not.toBe(a);
});

test('translation state compares with the current Swedish source', () => {
  const meta = { source: 'index', sourceVersion: 'abc123abc123', status: 'machine' as const };
  expect(translationState('sv', undefined, 'x', true)).toBe('source');
  expect(translationState('en', undefined, 'abc123abc123', false)).toBe('missing');
  expect(translationState('en', meta, 'abc123abc123', true)).toBe('machine');
  expect(translationState('en', { ...meta, status: 'reviewed' }, 'abc123abc123', true)).toBe('reviewed');
  expect(translationState('en', meta, 'ffffffffffff', true)).toBe('outdated');
});
