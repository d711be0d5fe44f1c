/**
 * No layout shift (CLS 0) on every page type when the scripts run. The site's scripts are held back
 * until the page has painted, so each one stamps its interface into a page already on screen: if its
 * box did not keep the space, the content below would move and this would see it.
 */
import { expect, test, type Page } from '@playwright/test';

interface Shift {
  value: number;
  sources: string[];
}

async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as any).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s: any) => {
          const node = s.node as Element | null;
          const r = (x: DOMRectReadOnly) => `${Math.round(x.x)},${Math.round(x.y)},${Math.round(x.width)}x${Math.round(x.height)}`;
          return node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''} ${(node.textContent ?? '').trim().slice(0, 40)} ${r(s.previousRect)} -> ${r(s.currentRect)} t=${Math.round(entry.startTime)}` : '?';
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Observed rather than read from performance: a faked clock replaces window.performance.
    new PerformanceObserver(() => ((window as any).__painted = true)).observe({ type: 'paint', buffered: true });
  });
  // Hold this site's scripts until the first paint, so every stamp lands on a page already shown.
  await page.route('**/_astro/*.js', async (route) => {
    await page.waitForFunction(() => (window as any).__painted === true);
    await route.continue();
  });
}

/** A fake speech engine with voices for the given languages (none: the device has no voice). */
async function voices(page: Page, langs: string[]) {
  await page.addInitScript((list) => {
    const all = list.map((lang) => ({ lang, name: `voice-${lang}`, localService: true, default: false, voiceURI: lang }));
    const engine = { getVoices: () => all, speak() {}, pause() {}, resume() {}, cancel() {}, addEventListener() {} };
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  }, langs);
}

async function settledShifts(page: Page, ready: string): Promise<Shift[]> {
  await page.locator(ready).first().waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as any).__shifts as Shift[]);
}

const total = (shifts: Shift[]) => shifts.reduce((sum, s) => sum + s.value, 0);

// Each page type, and what shows that its scripts have run (a stamped box).
// `tall`: the window is tall enough to show the stamped box, which is further down the page.
const pageTypes: { name: string; path: string; ready: string; voice?: string[]; at?: string; tall?: boolean }[] = [
  { name: 'home', path: '/sv/', ready: 'district-finder [data-stamp="form"][data-stamped]', tall: true },
  { name: 'finder', path: '/sv/hitta-stod/', ready: 'district-finder [data-stamp="form"][data-stamped]' },
  { name: 'district (sv), open now', path: '/sv/stadsdel/jarva/', ready: 'open-status [data-stamped]', at: '2026-11-23T10:00:00Z', tall: true },
  { name: 'district (sv), closed', path: '/sv/stadsdel/jarva/', ready: 'open-status [data-stamped]', at: '2026-11-22T10:00:00Z', tall: true },
  { name: 'district (ar), closed, with a voice', path: '/ar/stadsdel/jarva/', ready: 'open-status [data-stamped]', at: '2026-11-22T10:00:00Z', voice: ['ar-SA'], tall: true },
  { name: 'content page, a voice: Lyssna appears', path: '/sv/vad-ar-vald/', ready: 'read-aloud [data-toggle]', voice: ['sv-SE'] },
  { name: 'content page, no voice: no Lyssna', path: '/sv/vad-ar-vald/', ready: 'html[data-test-defined]', voice: [] },
  { name: 'search', path: '/sv/sok/', ready: 'site-search [data-stamp="form"][data-stamped]' },
  { name: 'self-check', path: '/sv/sjalvtest/', ready: 'self-check [data-stamp="clear"][data-stamped]' },
  { name: 'safety plan', path: '/sv/sakerhetsplan/', ready: 'safety-plan [data-stamp="actions"][data-stamped]' },
  { name: 'traces', path: '/sv/spar/', ready: 'trace-steps [data-stamp="detected"][data-stamped]' },
  { name: 'material', path: '/sv/material/jarva/', ready: '[data-stamp="print"][data-stamped]' },
];

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

// Both widths in one test: the second visit is a new document in the same page, so the watch, the
// held scripts, the clock and the voices set up once apply to it as well.
for (const type of pageTypes) {
  test(`${type.name}: ${type.path} does not shift, at ${viewports.map((v) => `${v.width}px`).join(' or ')}`, async ({ page }) => {
    if (type.at) await page.clock.setFixedTime(new Date(type.at));
    if (type.voice) await voices(page, type.voice);
    // Without a voice nothing is stamped: wait until the listen control's script has run.
    await page.addInitScript(() => {
      void customElements.whenDefined('read-aloud').then(() => document.documentElement.setAttribute('data-test-defined', ''));
    });
    await observeShifts(page);
    const found: Record<string, Shift[]> = {};
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: type.tall ? 4000 : viewport.height });
      await page.goto(type.path);
      const shifts = await settledShifts(page, type.ready);
      if (type.voice?.length === 0) await expect(page.locator('read-aloud button')).toHaveCount(0);
      console.log(`CLS ${viewport.name} ${type.name}: ${total(shifts)}`);
      found[viewport.name] = shifts;
    }
    expect(found).toEqual(Object.fromEntries(viewports.map((v) => [v.name, []])));
  });
}

// The inline stylesheet lets the browser paint mid-parse. A top bar painted half-parsed (the exit link
// still without its text) grew when the rest arrived and moved <quick-exit>: the bar is shown only once
// the parser has closed it, that is once it is no longer the last element of <body>.
test('the top bar stays hidden while it is the last element parsed, and shows once it is closed', async ({ page }) => {
  await page.goto('/sv/vad-ar-vald/');
  const bar = page.locator('[data-top-bar]').first();
  await expect(bar).toBeVisible();
  const halfParsed = await page.evaluate(() => {
    const clone = document.querySelector('[data-top-bar]')!.cloneNode(true) as HTMLElement;
    document.body.append(clone);
    return getComputedStyle(clone.querySelector('quick-exit a')!).visibility;
  });
  expect(halfParsed).toBe('hidden');
  expect(await bar.locator('quick-exit a').evaluate((a) => getComputedStyle(a).visibility)).toBe('visible');
});
