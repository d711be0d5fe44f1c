// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { SITE, SITE_URL } from './src/config/site.ts';

// A build without SITE_URL works for testing; say so once, in one line.
if (SITE.warning && process.argv.includes('build')) console.warn(`⚠ ${SITE.warning}`);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Keep whitespace between inline elements: translated sentences are built from them.
  compressHTML: true,
  integrations: [mdx()],
  build: {
    format: 'directory',
    // No inline styles or scripts: the Content-Security-Policy allows only files from this origin.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
