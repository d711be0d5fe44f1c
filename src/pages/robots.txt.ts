/** robots.txt: the data report stays out of search engines; the sitemap is at the public address. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../config/site.ts';
import { absoluteUrl } from '../i18n/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /data-rapport/\nSitemap: ${absoluteUrl(SITE_URL, '/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
