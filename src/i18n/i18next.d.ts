/**
 * i18next's keys, typed from the Swedish source strings (locales/sv): a key that does not exist
 * there is a compile error (`npm run check`) instead of the key shipped as page text.
 */
import type common from '../../locales/sv/common.json';
import type district from '../../locales/sv/district.json';
import type facts from '../../locales/sv/facts.json';
import type formats from '../../locales/sv/formats.json';
import type phrases from '../../locales/sv/phrases.json';
import type tools from '../../locales/sv/tools.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      district: typeof district;
      facts: typeof facts;
      formats: typeof formats;
      phrases: typeof phrases;
      tools: typeof tools;
    };
  }
}
