/**
 * LIX readability (läsbarhetsindex): words per sentence plus the share of long words (more than
 * six letters) in percent. About 30 is easy, 40 ordinary newspaper text, 50 and up hard.
 */

import { splitFrontmatter } from './frontmatter.ts';

/** The readable text of an MDX page: no frontmatter, components, markup or link targets. */
export function mdxToText(mdx: string): string {
  return (splitFrontmatter(mdx)?.body ?? mdx)
    .replace(/<[A-Z][\s\S]*?\/>/g, ' ') // self-closing components carry no prose
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+(.*)$/gm, '$1.') // a heading ends a sentence
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*?)[.!?:]?\s*$/gm, '$1.') // so does a list item
    .replace(/[*_`>]/g, '');
}

export function lix(text: string): { lix: number; words: number; sentences: number; longWords: number } {
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
  const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  const value = words.length === 0 ? 0 : words.length / sentences + (longWords * 100) / words.length;
  return { lix: Math.round(value * 10) / 10, words: words.length, sentences, longWords };
}
