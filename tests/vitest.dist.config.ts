import { defineConfig } from 'vitest/config';

/** Checks over the built site in dist/: they read files, run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    // The test files share no mutable state: one worker per core, reused across files.
    isolate: false,
    root: new URL('..', import.meta.url).pathname,
  },
});
