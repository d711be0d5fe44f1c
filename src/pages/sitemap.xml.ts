/** The public pages for search engines (see src/lib/sitemap.ts for what is listed). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_URL } from '../config/site.ts';
import { districts } from '../data/registry.ts';
import { defaultLanguage, languageCodes, type LanguageCode } from '../i18n/languages.ts';
import { pageRoutes } from '../lib/pages.ts';
import { sitemapPaths, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const routes = pageRoutes(await getCollection('pages'), languageCodes, defaultLanguage);
  const paths = sitemapPaths({
    languages: languageCodes,
    pages: routes.map((r) => ({ lang: r.lang as LanguageCode, slug: r.slug })),
    districtIds: districts.map((d) => d.id),
    easyIds: (await getCollection('easy')).map((e) => e.id),
  });
  return new Response(sitemapXml(SITE_URL, paths), { headers: { 'Content-Type': 'application/xml' } });
};
