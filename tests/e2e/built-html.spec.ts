/** Checks on the HTML of every built page that need no browser. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/config/security.ts';
import { allShownNumbers } from '../../src/data/registry.ts';
import { DIST, builtHtml, builtPages } from './site.ts';

for (const path of builtPages()) {
  test(`${path}: strict CSP, no inline code, safe outbound links`, () => {
    const html = builtHtml(path);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, "'")}">`);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    // Scripts and styles come from files on this origin; none is inline.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/<style[\s>]/g) ?? []).toEqual([]);
    expect(html.match(/\sstyle="/g) ?? []).toEqual([]);
    // Every resource is same-origin.
    expect(html.match(/<(script|link|img|iframe|source)[^>]*(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g)?.filter((t) => !/rel="(canonical|alternate)"/.test(t)) ?? []).toEqual([]);
    // Every link to another origin carries noreferrer and noopener (the quick exit: noreferrer).
    for (const [tag] of html.matchAll(/<a\s[^>]*href="(https?:)?\/\/[^"]*"[^>]*>/g)) {
      if (tag.includes('js-quick-exit')) expect(tag).toMatch(/rel="[^"]*noreferrer/);
      else expect(tag, tag).toMatch(/rel="(?=[^"]*noreferrer)(?=[^"]*noopener)[^"]*"/);
    }
  });
}


const numbers = new Set(allShownNumbers());
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

function targetFile(path: string): string | null {
  const clean = path.split('#')[0].split('?')[0];
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

for (const path of builtPages()) {
  test(`${path}: every internal link and anchor resolves, every tel: number is in the registry`, () => {
    const html = builtHtml(path);
    const ownIds = idsOf(html);
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (href.startsWith('tel:')) {
        expect(numbers.has(href.slice(4)), `${href} is not a shown registry number`).toBe(true);
        continue;
      }
      if (href.startsWith('#')) {
        expect(ownIds.has(decodeURIComponent(href.slice(1))), `${path} links to missing anchor ${href}`).toBe(true);
        continue;
      }
      if (!href.startsWith('/')) continue;
      const file = targetFile(href);
      expect(file, `${path} links to ${href}, which does not exist`).not.toBeNull();
      const anchor = href.split('#')[1];
      if (anchor && file) expect(idsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor)), `${href}: no such anchor`).toBe(true);
    }
  });
}

test('content links in a language stay in that language', () => {
  for (const path of builtPages().filter((p) => /^\/[a-z]{2}\//.test(p))) {
    const lang = path.split('/')[1];
    const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(builtHtml(path))?.[1] ?? '';
    const fallback = /<main[^>]*\slang="sv"/.test(builtHtml(path));
    if (fallback) continue;
    for (const [tag, href] of main.matchAll(/<a\s[^>]*href="(\/[a-z]{2}\/[^"]*)"[^>]*>/g)) {
      // A link that declares its language (hreflang), like the one to lättläst Swedish, may leave it.
      if (/\shreflang="/.test(tag)) continue;
      expect(href.startsWith(`/${lang}/`), `${path} links to ${href}`).toBe(true);
    }
  }
});
