/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    lang: import('./i18n/languages.ts').LanguageCode;
    dir: 'ltr' | 'rtl';
    t: import('./i18n/ui.ts').Translate;
    /** Per-page counter for unique element ids. */
    idCounter?: number;
    /** The .mdx file a content page is rendered from, for errors in its components. */
    contentFile?: string;
  }
}
