import { expect, test } from 'vitest';
import { lix, mdxToText } from '../../src/lib/lix.ts';

test('LIX counts words per sentence and long words', () => {
  expect(lix('Jag heter Anna. Jag bor i Stockholm.')).toEqual({ lix: 17.8, words: 7, sentences: 2, longWords: 1 });
  expect(mdxToText('---\ntitle: X\n---\n## Rubrik\n\n- en punkt\n\n<ServiceCard id="x" />\n\n[länk](/sv/)')).toMatch(/Rubrik\.\s+en punkt\.\s+länk/);
});
