import { expect, test } from 'vitest';
import { hreflangFor, isOutbound, readableUrl, relFor } from '../../src/lib/links.ts';

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

test('readableUrl shows the letters of an address, keeps its syntax, and leaves a broken one alone', () => {
  expect(readableUrl('https://aktarr.se/article/%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1')).toBe('https://aktarr.se/article/انفجار');
  expect(new URL(readableUrl('https://aktarr.se/article/%D8%A7%D9%86')).href).toBe('https://aktarr.se/article/%D8%A7%D9%86');
  expect(readableUrl('https://x.example/a%2Fb?q=%3D%26#%23')).toBe('https://x.example/a%2Fb?q=%3D%26#%23');
  expect(readableUrl('https://x.example/a%20b')).toBe('https://x.example/a%20b');
  expect(readableUrl('https://x.example/100%')).toBe('https://x.example/100%');
  expect(readableUrl('https://x.example/plain')).toBe('https://x.example/plain');
});
