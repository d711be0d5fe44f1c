/** Checks on the HTML of every built page that need no browser. */
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/config/security.ts';
import { builtHtml, builtPages } from './site.ts';

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
