/** What tests/lib/typedFacts.ts counts as a fact typed into a page (the check over content/ is tests/unit/content/typedFacts.test.ts). */
import { describe, expect, test } from 'vitest';
import { findTypedFacts, runningText } from '../lib/typedFacts.ts';

const kinds = (text: string) => findTypedFacts(text).map((f) => [f.kind, f.text]);

describe('what counts as a typed fact', () => {
  test('phone numbers, short numbers included', () => {
    expect(kinds('Ring 020-50 50 50 eller 112.')).toEqual([['phone', '020-50 50 50'], ['phone', '112']]);
    expect(kinds('Ring 08-508 00 508 eller 114 14.')).toEqual([['phone', '08-508 00 508'], ['phone', '114 14']]);
  });
  test('opening claims and time ranges', () => {
    expect(kinds('De svarar dygnet runt.')).toEqual([['hours-claim', 'dygnet runt']]);
    expect(kinds('Öppet 24/7, vardagar 09:00–16:00, kl. 9–16.')).toEqual([['hours-claim', '24/7'], ['time-range', '09:00–16:00'], ['time-range', 'kl. 9–16']]);
  });
  test('ages and counts, but not the age of majority', () => {
    expect(kinds('För dig som är 12–22 år.')).toEqual([['age', '12–22 år']]);
    expect(kinds('Du som är över 16 kan ringa.')).toEqual([['age', 'över 16']]);
    expect(kinds('Du kan få fem samtal, två veckor i taget.')).toEqual([['count', 'fem samtal'], ['count', 'två veckor']]);
    expect(kinds('Det kan pågå ett och ett halvt år.')).toEqual([['count', 'ett och ett halvt år']]);
    expect(kinds('Är du under 18 år? Över 18 gäller annat.')).toEqual([]);
  });
  test('years, components, links and frontmatter are not running text', () => {
    expect(kinds('Sedan 2021 gäller en ny lag.')).toEqual([]);
    expect(kinds('Ring <PhoneLink id="112" /> eller läs [mer](/sv/akut-hjalp/#112).')).toEqual([]);
    expect(kinds('---\ntitle: X\ntranslation: { sourceVersion: 0123456789ab }\n---\nText.')).toEqual([]);
    expect(kinds('Tryck Skift tre gånger.')).toEqual([]);
  });
  test('line numbers survive the blanking', () => {
    expect(runningText('---\na: 1\n---\nx\n').split('\n')).toHaveLength(5);
    expect(findTypedFacts('---\na: 1\n---\n\nRing 112.')[0].line).toBe(5);
  });
});
