// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { SITE, SITE_URL } from './src/config/site.ts';

// A build without SITE_URL works for testing; say so once, in one line.
if (SITE.warning && process.argv.includes('build')) console.warn(`⚠ ${SITE.warning}`);

/**
 * Vite wraps every dynamic `import()` in a helper that preloads the imported chunk's dependencies
 * and CSS (about 0.7 KB gzip on every page that has one). Our on-demand chunks have neither, so the
 * helper is replaced by one that simply runs the import.
 * @returns {import('vite').Plugin}
 */
function lightPreloadHelper() {
  const id = '\0light-preload-helper';
  return {
    name: 'stod-nara:light-preload-helper',
    enforce: 'pre',
    resolveId(source) {
      return source === 'vite/preload-helper.js' || source === '\0vite/preload-helper.js' ? id : null;
    },
    load(loaded) {
      return loaded === id ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

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
    plugins: [tailwindcss(), lightPreloadHelper()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // Every page loads the shared script (quick exit, listen control): the small helpers the
          // other scripts share travel in that same file, not in a file of their own (every
          // separately compressed file costs bytes and a request).
          codeSplitting: {
            groups: [{ name: 'SiteScripts', test: /SiteScripts\.astro\?astro&type=script|src\/scripts\/(quickExitElement|readAloudElement|sayInSwedishElement|stamp)\.ts|src\/lib\/(voices|plural|template|shiftCounter)\.ts/ }],
          },
        },
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
