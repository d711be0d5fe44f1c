import { expect, test, NO_TRACES, browserTraces, text } from './site.ts';

/** A Swedish string of the tools, from locales/sv/tools.json. */
const sv = (key: string, values: Record<string, string | number> = {}) => text('sv', `tools:${key}`, values);
/** "Du har inte kryssat i något" and the other first sentences of a reading. */
const firstSentence = (key: string) => sv(key).split(/(?<=[.?])\s/)[0];
const areas = (...categories: string[]) =>
  sv('check.resultAreas', { areas: new Intl.ListFormat('sv', { type: 'conjunction' }).format(categories.map((c) => sv(`check.cat.${c}`))) });

test.describe('self-check', () => {
  test('answers change nothing in the URL, history, cookies or storage, and send nothing', async ({ sitePage: page, baseURL }) => {
    await page.goto('/sv/sjalvtest/', { waitUntil: 'networkidle' });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
    });
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByLabel(sv('check.adult.control.1')).check();
    await page.getByLabel(sv('check.adult.economic.1')).check();
    expect(page.url()).toBe(`${baseURL}/sv/sjalvtest/`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(requests).toEqual([]);
    expect(await browserTraces(page)).toEqual(NO_TRACES);
  });

  test('the reading matches the answers', async ({ sitePage: page }) => {
    await page.goto('/sv/sjalvtest/');
    const reading = page.locator('[data-reading]');
    await expect(reading).toContainText(firstSentence('check.resultNone'));
    await page.getByLabel(sv('check.adult.control.1')).check();
    await expect(reading).toContainText(sv('check.resultSome_one', { count: 1 }));
    await expect(reading).toContainText(areas('control'));
    await expect(page.locator('[data-bodily]').first()).toBeHidden();
    await page.getByLabel(sv('check.adult.digital.1')).check();
    await page.getByLabel(sv('check.adult.physical.2')).check();
    await expect(reading).toContainText(sv('check.resultSome_other', { count: 3 }));
    await expect(reading).toContainText(areas('control', 'digital', 'physical'));
    await expect(page.locator('[data-bodily]').first()).toBeVisible();
    await expect(page.locator('[data-bodily] a[href="tel:112"]')).toBeVisible();
    await page.getByRole('button', { name: sv('check.clear') }).click();
    await expect(reading).toContainText(firstSentence('check.resultNone'));
    expect(await page.locator('input[data-statement]:checked').count()).toBe(0);
  });

  test('the young version has its own statements and youth doors', async ({ sitePage: page }) => {
    await page.goto('/sv/sjalvtest-ung/');
    await expect(page.getByLabel(sv('check.young.digital.1'))).toBeVisible();
    await expect(page.locator('[data-service-card="bris"]')).toBeVisible();
  });

  test('the quick exit empties the answers', async ({ sitePage: page }) => {
    await page.goto('/en/sjalvtest/');
    await page.locator('input[data-statement]').first().check();
    await page.evaluate(() => document.dispatchEvent(new Event('quick-exit')));
    expect(await page.locator('input[data-statement]:checked').count()).toBe(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('it is a readable list with the same guidance, and no result or button', async ({ page }) => {
      await page.goto('/sv/sjalvtest/');
      await expect(page.getByText(sv('check.adult.control.1'))).toBeVisible();
      await expect(page.locator('input[data-statement]')).toHaveCount(0);
      await expect(page.locator('self-check button')).toHaveCount(0);
      await expect(page.locator('[data-bodily]')).toHaveCount(0);
      const danger = page.getByText(firstSentence('check.physicalDangerNoScript'));
      await expect(danger).toBeVisible();
      await expect(danger.locator('a[href="tel:112"]')).toBeVisible();
      await expect(page.locator('[data-reading]')).toHaveText('');
      await expect(page.locator('[data-service-card="kvinnofridslinjen"]').first()).toBeVisible();
    });
  });
});

test.describe('safety plan', () => {
  test('is filled in, printed and cleared, and never stored', async ({ sitePage: page }) => {
    await page.goto('/sv/sakerhetsplan/');
    await expect(page.locator('[data-plan-warning]')).toBeVisible();
    await expect(page.locator('input, textarea').first()).toHaveAttribute('autocomplete', 'off');
    const field = page.getByLabel(sv('plan.tell.who'));
    await field.fill('Min syster');
    await page.getByLabel(sv('plan.documents.id')).check();
    await page.evaluate(() => {
      (window as any).__printed = 0;
      window.print = () => ((window as any).__printed += 1);
    });
    await page.getByRole('button', { name: sv('plan.print') }).click();
    expect(await page.evaluate(() => (window as any).__printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(field).toBeVisible();
    await expect(page.getByRole('button', { name: sv('plan.clear') })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: sv('plan.clear') }).click();
    await expect(field).toHaveValue('');
    await expect(page.getByLabel(sv('plan.documents.id'))).not.toBeChecked();
    await expect(page.locator('[data-plan-status]')).toHaveText(sv('plan.cleared'));
    expect(await browserTraces(page)).toEqual(NO_TRACES);
  });

  test('beside the digital steps it warns that the other person may notice, in every language', async ({ sitePage: page }) => {
    await page.goto('/sv/sakerhetsplan/');
    const digital = page.locator('fieldset', { has: page.getByLabel(sv('plan.digital.passwords')) });
    const warning = digital.locator('[data-digital-warning]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(firstSentence('plan.digital.warning'));
    await expect(warning).toContainText('Kvinnofridslinjen');
    for (const lang of ['en', 'ar', 'fa', 'so', 'ti', 'fi']) {
      await page.goto(`/${lang}/sakerhetsplan/`);
      const box = page.locator('fieldset:has([data-digital-warning])');
      await expect(box.locator('input[type="checkbox"]'), lang).toHaveCount(4);
      await expect(box.locator('[data-digital-warning]'), lang).toContainText('Kvinnofridslinjen');
    }
  });

  test('the quick exit empties the plan', async ({ sitePage: page }) => {
    await page.goto('/sv/sakerhetsplan/');
    await page.getByLabel(sv('plan.tell.who')).fill('Min granne');
    await page.evaluate(() => document.dispatchEvent(new Event('quick-exit')));
    await expect(page.getByLabel(sv('plan.tell.who'))).toHaveValue('');
  });
});

test.describe('without JavaScript, nothing comes back after Back', () => {
  test.use({ javaScriptEnabled: false });
  test('a ticked safety-plan box is empty again', async ({ page }) => {
    await page.goto('/sv/sakerhetsplan/');
    const box = page.getByLabel(sv('plan.documents.id'));
    await box.check();
    await page.getByLabel(sv('plan.tell.who')).fill('Min syster');
    await page.goto('/sv/');
    await page.goBack();
    await expect(page).toHaveURL(/\/sv\/sakerhetsplan\/$/);
    await expect(page.getByLabel(sv('plan.documents.id'))).not.toBeChecked();
    await expect(page.getByLabel(sv('plan.tell.who'))).toHaveValue('');
  });
});

test.describe('what this visit left behind', () => {
  const agents: [string, string, string][] = [
    ['Chrome on Android', 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36', 'chromeAndroid'],
    ['Safari on iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1', 'safariIos'],
    ['Firefox on desktop', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0', 'firefoxDesktop'],
    ['Edge on desktop', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0', 'edgeDesktop'],
  ];
  for (const [label, userAgent, family] of agents) {
    test(`${label}: named at the top, linked to its own steps, which are marked`, async ({ browser }) => {
      const context = await browser.newContext({ userAgent });
      const page = await context.newPage();
      await page.goto('/sv/spar/');
      const own = page.locator('[data-family][data-detected]');
      await expect(own).toHaveAttribute('data-family', family);
      const name = await own.locator('[data-family-name]').innerText();
      const line = page.locator('[data-detected-text]');
      await expect(line).toHaveText(`Det ser ut som att du använder ${name}.`);
      await line.getByRole('link', { name }).click();
      await expect(page).toHaveURL(new RegExp(`#traces-${family}$`));
      await context.close();
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the steps for every browser are there to read', async ({ page }) => {
      await page.goto('/sv/spar/');
      await expect(page.locator('[data-family]')).toHaveCount(7);
      await expect(page.locator('[data-detected-text]')).toHaveCount(0);
    });
  });
});
