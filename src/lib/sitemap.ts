/**
 * The public pages for search engines, every path built by the route module (src/i18n/paths.ts):
 * the welcome page, /ung/, every content page in every language, every district page and help sheet
 * in every language, and the lättläst pages. Not the data report, not 404.
 */
import { absoluteUrl, districtPath, easyPath, materialPath, pagePath, WELCOME_PATH, YOUTH_PATH } from '../i18n/paths.ts';
import type { LanguageCode } from '../i18n/languages.ts';

export interface SitemapInput {
  languages: readonly LanguageCode[];
  /** Every rendered content page (fallbacks included: they are real pages at their own address). */
  pages: readonly { lang: LanguageCode; slug: string }[];
  districtIds: readonly string[];
  /** Lättläst entries by id ('index' is the lättläst home). */
  easyIds: readonly string[];
}

export function sitemapPaths({ languages, pages, districtIds, easyIds }: SitemapInput): string[] {
  const paths = [
    WELCOME_PATH,
    YOUTH_PATH,
    ...pages.map((p) => pagePath(p.lang, p.slug)),
    ...languages.flatMap((lang) => districtIds.map((id) => districtPath(lang, id))),
    ...languages.flatMap((lang) => [materialPath(lang), ...districtIds.map((id) => materialPath(lang, id))]),
    ...easyIds.map((id) => easyPath(id)),
  ];
  return [...new Set(paths)];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(site: string, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(absoluteUrl(site, p))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
