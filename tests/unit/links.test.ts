import { expect, test } from 'vitest';
import { hreflangFor, isOutbound, relFor } from '../../src/lib/links.ts';

test('outbound links are those to another origin', () => {
  expect(isOutbound('https://www.digg.se/')).toBe(true);
  expect(isOutbound('http://example.org')).toBe(true);
  expect(isOutbound('//cdn.example.org/x')).toBe(true);
  expect(isOutbound('/sv/om-webbplatsen/')).toBe(false);
  expect(isOutbound('#main')).toBe(false);
  expect(isOutbound('tel:112')).toBe(false);
  expect(isOutbound(undefined)).toBe(false);
});

test('outbound links always get noreferrer and noopener, keeping what the author wrote', () => {
  expect(relFor('https://www.digg.se/')).toBe('noreferrer noopener');
  expect(relFor('https://www.digg.se/', 'external')).toBe('external noreferrer noopener');
  expect(relFor('https://www.digg.se/', 'noopener')).toBe('noopener noreferrer');
  expect(relFor('/sv/')).toBeUndefined();
  expect(relFor('/sv/', 'next')).toBe('next');
});

test('a link into another language carries that language', () => {
  const codes = ['sv', 'en', 'so'];
  expect(hreflangFor('/sv/lattlast/', 'so', codes)).toBe('sv');
  expect(hreflangFor('/so/ung/', 'so', codes)).toBeNull();
  expect(hreflangFor('https://sv.example/', 'so', codes)).toBeNull();
  expect(hreflangFor('/xx/', 'so', codes)).toBeNull();
  expect(hreflangFor('#top', 'so', codes)).toBeNull();
});
