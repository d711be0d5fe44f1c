import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

export default getViteConfig(
  {
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      // The test files share no mutable state: one worker per core, reused across files.
      isolate: false,
    },
  },
  { root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'silent' },
);
