/** The public pages for search engines: every page in every language. Not the data report, not 404. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_URL } from '../config/site.ts';
import { districts } from '../data/registry.ts';
import { defaultLanguage, languageCodes } from '../i18n/languages.ts';
import { absoluteUrl, localizedPath } from '../i18n/paths.ts';
import { pageRoutes } from '../lib/pages.ts';

export const GET: APIRoute = async () => {
  const routes = pageRoutes(await getCollection('pages'), languageCodes, defaultLanguage);
  const paths = [
    '/',
    ...routes.map((r) => localizedPath(r.lang as (typeof languageCodes)[number], r.slug)),
    ...languageCodes.flatMap((lang) => districts.map((d) => localizedPath(lang, `stadsdel/${d.id}`))),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((p) => `  <url><loc>${absoluteUrl(SITE_URL, p)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
