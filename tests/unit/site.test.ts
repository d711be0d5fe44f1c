import { expect, test } from 'vitest';
import { PLACEHOLDER_SITE_URL, siteAddress } from '../../src/config/site.ts';

test('SITE_URL from the environment is the public address', () => {
  expect(siteAddress({ SITE_URL: 'https://stodnara.example.se' })).toEqual({ url: 'https://stodnara.example.se', fromEnvironment: true });
  expect(siteAddress({ SITE_URL: ' https://Stodnara.Example.se/ ' }).url).toBe('https://stodnara.example.se');
});

test('without SITE_URL: the placeholder, marked as a test build, with one warning line', () => {
  for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
    const site = siteAddress(env);
    expect(site.url).toBe(PLACEHOLDER_SITE_URL);
    expect(site.fromEnvironment).toBe(false);
    expect(site.warning).toMatch(/^SITE_URL is not set/);
    expect(site.warning).not.toContain('\n');
  }
});

test('a malformed SITE_URL stops the build with a clear message', () => {
  expect(() => siteAddress({ SITE_URL: 'stodnara.example.se' })).toThrow(/not a URL/);
  expect(() => siteAddress({ SITE_URL: 'http://stodnara.example.se' })).toThrow(/https/);
  expect(() => siteAddress({ SITE_URL: 'javascript:alert(1)' })).toThrow(/https/);
  expect(() => siteAddress({ SITE_URL: 'https://stodnara.example.se/sv/' })).toThrow(/origin only/);
  expect(() => siteAddress({ SITE_URL: 'https://stodnara.example.se/?utm_source=x' })).toThrow(/origin only/);
  expect(() => siteAddress({ SITE_URL: 'https://user:pw@stodnara.example.se' })).toThrow(/password/);
});
