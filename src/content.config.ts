import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { languageCodes } from './i18n/languages.ts';
import { easySchema, pageSchema } from './lib/pageSchema.ts';

/** Every page in every language: `content/<lang>/<slug>.mdx`; `index.mdx` is the home page. */
const pages = defineCollection({
  loader: glob({
    base: './content',
    pattern: `{${languageCodes.join(',')}}/**/*.mdx`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: pageSchema,
});

/** Easy-to-read Swedish (lättläst) versions of the core pages: `content/lattlast/<slug>.mdx`. */
const easy = defineCollection({
  loader: glob({ base: './content/lattlast', pattern: '*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: easySchema,
});

export const collections = { pages, easy };
