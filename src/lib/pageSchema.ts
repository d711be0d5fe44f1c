import { z } from 'astro/zod';

/** Frontmatter of every content page. Translations say what they were made from. */
export const pageSchema = z.object({
  /** The page's heading (<h1>): it may name the violence plainly. */
  title: z.string().min(1),
  /**
   * The browser tab's title, also kept in history and bookmarks: it describes the page
   * without alarm words ("Heder och kontroll", not "Hedersrelaterat våld och förtryck").
   */
  tabTitle: z.string().min(1).max(60),
  description: z.string().min(1),
  /** False: search does not index the page (the search page itself). */
  indexed: z.boolean().default(true),
  /** False: no read-aloud control (a page that is only an interface). */
  listen: z.boolean().default(true),
  /** False: no help block (24/7 line, finder) at the end of the page. */
  helpBlock: z.boolean().default(true),
  /** False: left out of the list of all pages. */
  listed: z.boolean().default(true),
  translation: z
    .object({
      /** Slug of the Swedish page this translates. */
      source: z.string(),
      /** Content hash of the Swedish source this was made from (see translationStatus.ts). */
      sourceVersion: z.string().regex(/^[a-p]{12}$/),
      status: z.enum(['machine', 'reviewed']),
      /** Who reviewed the translation (written by `npm run i18n:import` when the XLIFF or the command gives it). */
      reviewer: z.string().min(1).optional(),
      /** When it was reviewed, YYYY-MM-DD (a YAML date is read as one too). */
      reviewed: z
        .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
        .optional(),
    })
    .optional(),
});

export type PageData = z.infer<typeof pageSchema>;

/** A lättläst page: which ordinary page it makes easy ('' for the home page). */
export const easySchema = z.object({
  title: z.string().min(1),
  /** See pageSchema.tabTitle. */
  tabTitle: z.string().min(1).max(60),
  description: z.string().min(1),
  standard: z.string(),
});
