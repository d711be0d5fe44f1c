/** Rules every built page keeps, checked by reading dist/. Each failure lists every offending page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, styleHash } from '../../src/config/security.ts';
import { builtStyleHashes } from '../../src/tools/builtSite.ts';
import { allShownNumbers } from '../../src/data/registry.ts';
import { DIST, builtHtml, builtPages, offenders } from './site.ts';

const pages = builtPages();

describe('discretion', () => {
  test('every page inlines the one stylesheet and allows it, in its CSP meta, by its hash', () => {
    const hashes = builtStyleHashes(DIST);
    expect(hashes).toHaveLength(1);
    expect(offenders(pages, (_, html) => {
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => styleHash(m[1]));
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styles)}">`;
      return [
        ...(styles.length === 1 && styles[0] === hashes[0] ? [] : [`inline styles ${styles.join(', ')} instead of the one stylesheet`]),
        ...(html.includes(meta) ? [] : ['CSP meta missing or not matching its inline CSS']),
        ...(/<link rel="stylesheet"(?![^>]*media="print")/.test(html) ? ['a render-blocking stylesheet link'] : []),
        ...(html.includes('<meta name="referrer" content="no-referrer">') ? [] : ['no-referrer meta missing']),
      ];
    })).toEqual([]);
  });

  test('no inline script and no style attribute', () => {
    expect(offenders(pages, (_, html) => [
      ...(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []),
      ...(html.match(/\sstyle="/g) ?? []),
    ])).toEqual([]);
  });

  test('every resource is same-origin', () => {
    expect(offenders(pages, (_, html) =>
      (html.match(/<(script|link|img|iframe|source)[^>]*(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g) ?? []).filter((t) => !/rel="(canonical|alternate)"/.test(t)),
    )).toEqual([]);
  });

  test('every outbound link carries noreferrer and noopener (the quick exit: noreferrer)', () => {
    expect(offenders(pages, (_, html) =>
      [...html.matchAll(/<a\s[^>]*href="(https?:)?\/\/[^"]*"[^>]*>/g)].map(([tag]) => tag).filter((tag) =>
        tag.includes('js-quick-exit') ? !/rel="[^"]*noreferrer/.test(tag) : !/rel="(?=[^"]*noreferrer)(?=[^"]*noopener)[^"]*"/.test(tag),
      ),
    )).toEqual([]);
  });
});

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

function targetFile(path: string): string | null {
  const clean = path.split('#')[0].split('?')[0];
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

const hrefs = (html: string) => [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]);

describe('links', () => {
  test('every internal link and anchor resolves', () => {
    expect(offenders(pages, (_, html) => {
      const own = idsOf(html);
      return hrefs(html).flatMap((href) => {
        if (href.startsWith('#')) return own.has(decodeURIComponent(href.slice(1))) ? [] : [`missing anchor ${href}`];
        if (!href.startsWith('/')) return [];
        const file = targetFile(href);
        if (!file) return [`links to ${href}, which does not exist`];
        const anchor = href.split('#')[1];
        return anchor && !idsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor)) ? [`${href}: no such anchor`] : [];
      });
    })).toEqual([]);
  });

  test('every tel: number is a shown registry number', () => {
    const numbers = new Set(allShownNumbers());
    expect(offenders(pages, (_, html) => hrefs(html).filter((h) => h.startsWith('tel:') && !numbers.has(h.slice(4))))).toEqual([]);
  });

  test('content links in a language stay in that language', () => {
    const languagePages = pages.filter((p) => /^\/[a-z]{2}\//.test(p));
    expect(offenders(languagePages, (path, html) => {
      const lang = path.split('/')[1];
      if (/<main[^>]*\slang="sv"/.test(html)) return [];
      const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
      // A link that declares its language (hreflang), like the one to lättläst Swedish, may leave it.
      return [...main.matchAll(/<a\s[^>]*href="(\/[a-z]{2}\/[^"]*)"[^>]*>/g)]
        .filter(([tag, href]) => !/\shreflang="/.test(tag) && !href.startsWith(`/${lang}/`))
        .map(([, href]) => `links to ${href}`);
    })).toEqual([]);
  });
});

test('the built site has every page: 7 languages', () => {
  expect(pages.filter((p) => /^\/(sv|en|ar|fa|so|ti|fi)\/$/.test(p))).toHaveLength(7);
  expect(builtHtml('/sv/')).toContain('<html lang="sv"');
});
