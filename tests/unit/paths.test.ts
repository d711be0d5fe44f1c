import { expect, test } from 'vitest';
import { absoluteUrl, alternatePaths, districtPath, easyPath, langFromPath, localizedPath, materialPath, pagePath, splitPath, WELCOME_PATH, YOUTH_PATH } from '../../src/i18n/paths.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

test('every page lives under its language, Swedish included', () => {
  expect(localizedPath('sv')).toBe('/sv/');
  expect(localizedPath('fa', 'om-webbplatsen')).toBe('/fa/om-webbplatsen/');
  expect(localizedPath('en', '/stadsdel/farsta/')).toBe('/en/stadsdel/farsta/');
});

test('paths split into language and slug', () => {
  expect(splitPath('/ar/sok/')).toEqual({ lang: 'ar', slug: 'sok' });
  expect(splitPath('/')).toEqual({ lang: undefined, slug: '' });
  expect(splitPath('/xx/sok/')).toEqual({ lang: undefined, slug: 'xx/sok' });
  expect(langFromPath('/so/stadsdel/jarva/')).toBe('so');
  expect(langFromPath('/')).toBe('sv');
});

test('alternates point to the same page in every language', () => {
  const alternates = alternatePaths('/en/dolj-ditt-besok/');
  expect(alternates.map((a) => a.path)).toEqual(languageCodes.map((l) => `/${l}/dolj-ditt-besok/`));
});

test('absolute URLs are built on the public address', () => {
  expect(absoluteUrl('https://example.org', '/sv/')).toBe('https://example.org/sv/');
  expect(absoluteUrl('https://example.org/', '/fa/sok/')).toBe('https://example.org/fa/sok/');
});

test('a page whose other languages live at another slug (lättläst) keeps its own path', () => {
  const alternates = alternatePaths('/sv/lattlast/vad-ar-vald/', 'vad-ar-vald');
  expect(alternates.find((a) => a.lang === 'sv')?.path).toBe('/sv/lattlast/vad-ar-vald/');
  expect(alternates.find((a) => a.lang === 'ar')?.path).toBe('/ar/vad-ar-vald/');
});

test('district, material and lättläst paths come from one place', () => {
  expect(districtPath('fa', 'jarva')).toBe('/fa/stadsdel/jarva/');
  expect(materialPath('so')).toBe('/so/material/');
  expect(materialPath('ti', 'farsta')).toBe('/ti/material/farsta/');
  expect(easyPath()).toBe('/sv/lattlast/');
  expect(easyPath('index')).toBe('/sv/lattlast/');
  expect(easyPath('vad-ar-vald')).toBe('/sv/lattlast/vad-ar-vald/');
  expect(pagePath('ar', 'sok')).toBe('/ar/sok/');
  expect(WELCOME_PATH).toBe('/');
  expect(YOUTH_PATH).toBe('/ung/');
});
