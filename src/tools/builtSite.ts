/** The built site in dist/: every page and its HTML, for the checks over dist/ and the bench. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { styleHash } from '../config/security.ts';

/** The built site; BUILT_SITE=<folder> points the bench at another build (e.g. an older one, to compare). */
export const DIST = process.env.BUILT_SITE ?? join(import.meta.dirname, '../../dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

let pages: string[] | undefined;
/** URL path of every built page: `/`, `/sv/`, `/sv/om-webbplatsen/`, `/404.html`. */
export function builtPages(): string[] {
  if (pages) return pages;
  const files = existsSync(DIST) ? walk(DIST) : [];
  if (files.length === 0) throw new Error('No built pages in dist/: run `npm run build` first.');
  pages = files
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      if (rel === 'index.html') return '/';
      if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
      return `/${rel}`;
    })
    .sort();
  return pages;
}

const cache = new Map<string, string>();
export function builtHtml(path: string): string {
  let html = cache.get(path);
  if (html === undefined) {
    const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
    html = readFileSync(file, 'utf8');
    cache.set(path, html);
  }
  return html;
}

/** Content pages under a language: `/sv/...`. */
export function languagePages(): string[] {
  return builtPages().filter((p) => /^\/[a-z]{2}\//.test(p));
}

/**
 * The CSP hashes of the CSS that the built pages inline, read from the pages themselves (every page
 * inlines the same stylesheet; a check over dist/ holds them to it). Empty when there is no build.
 */
export function builtStyleHashes(dist: string = DIST): string[] {
  const hashes = new Set<string>();
  for (const page of ['index.html', '404.html']) {
    const file = join(dist, page);
    if (!existsSync(file)) continue;
    for (const [, css] of readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(styleHash(css));
  }
  return [...hashes];
}
