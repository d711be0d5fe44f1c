/**
 * Every form control in the built site is kept out of the browser's form memory: without JavaScript a
 * browser must not bring back a ticked safety-plan box or typed text after Back. A control carries
 * autocomplete="off" itself, or (checkboxes, where HTML does not allow the attribute) sits inside a
 * <form autocomplete="off">. Controls a script stamps in later (JsOnly.astro keeps them in a
 * `data-markup` attribute) are checked too, where their placeholder stands.
 */
import { expect, test } from 'vitest';
import { builtPages, offenders } from './site.ts';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const CONTROL = /<(input|select|textarea)\b[^>]*>/g;
const OFF = /\sautocomplete="off"/;

/** Start and end of every <form autocomplete="off"> in the page's source. */
function formsOff(html: string): [number, number][] {
  return [...html.matchAll(/<form\b[^>]*>/g)]
    .filter((m) => OFF.test(m[0]))
    .map((m) => [m.index, html.indexOf('</form>', m.index)]);
}

/** Every control, as [where it stands in the page's source, its tag]; stamped ones at their placeholder. */
function controls(html: string): [number, string][] {
  const own = [...html.matchAll(CONTROL)].map((m): [number, string] => [m.index, m[0]]);
  const stamped = [...html.matchAll(/\sdata-markup="([^"]*)"/g)].flatMap((m) =>
    [...decode(m[1]).matchAll(CONTROL)].map((c): [number, string] => [m.index, c[0]]),
  );
  return [...own, ...stamped];
}

test('every <input>, <select> and <textarea> is kept out of form memory (autocomplete="off")', () => {
  let seen = 0;
  const problems = offenders(builtPages(), (_, html) => {
    const forms = formsOff(html);
    const all = controls(html);
    seen += all.length;
    return all.filter(([at, tag]) => !OFF.test(tag) && !forms.some(([start, end]) => at > start && at < end)).map(([, tag]) => tag);
  });
  // The finder, the search box, the self-check and the safety plan: there is something to check.
  expect(seen).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

test('the safety plan and the self-check are forms with autocomplete="off"', () => {
  for (const path of ['/sv/sakerhetsplan/', '/sv/sjalvtest/']) {
    const html = builtPages().includes(path) ? offenders([path], (_, h) => (formsOff(h).length ? [] : ['no form with autocomplete="off"'])) : [`${path} missing`];
    expect(html).toEqual([]);
  }
});
