/** Facts show their age on the built pages: the oldest check per card, and a note when it is old. */
import { expect, test } from 'vitest';
import { builtHtml } from './site.ts';

const card = (html: string, id: string) => new RegExp(`<article[^>]*data-service-card="${id}"[\\s\\S]*?</article>`).exec(html)?.[0] ?? '';

test('a card is as old as its oldest fact: BRIS shows 2021 (its hours), not its newest source (2025)', () => {
  const bris = card(builtHtml('/sv/stadsdel/jarva/'), 'bris');
  expect(bris).toContain('15 mars 2021');
  expect(bris).not.toContain('2025');
  expect(bris).toMatch(/data-fact-age="recheck"[^>]*>[^<]*15 mars 2021[^<]*Något kan ha ändrats/);
});

test('the same note in the reader\'s language', () => {
  expect(card(builtHtml('/en/stadsdel/jarva/'), 'bris')).toContain('Something may have changed since then');
});

test('a fact in running text carries its date and, when old, the note', () => {
  const html = builtHtml('/sv/sa-fungerar-stodet/');
  expect(html).toMatch(/<span data-fact="rvc\.friYtaMaxTalks">5 samtal<\/span><small class="fact-age" data-fact-age="recheck"> \(uppgift från 11 juni 2024, kan ha ändrats\)<\/small>/);
});

test('stable facts (112) carry no date', () => {
  const box = /<section[^>]*aria-labelledby="emergency-heading"[\s\S]*?<\/section>/.exec(builtHtml('/sv/akut-hjalp/'))![0];
  expect(box).not.toMatch(/data-fact-age/);
});
