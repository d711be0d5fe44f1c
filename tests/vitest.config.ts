import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

export default getViteConfig(
  {
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
    },
  },
  { root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'silent' },
);
