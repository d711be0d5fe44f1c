import { defineConfig } from 'vitest/config';

/** Checks over the built site in dist/: they read files, run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    root: new URL('..', import.meta.url).pathname,
  },
});
