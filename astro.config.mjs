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
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks MDX modules with "use astro:head-inject"; the bundler warns about each of them
        // (170 blocks) and would bury the few lines that matter. Only that directive is silenced.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
