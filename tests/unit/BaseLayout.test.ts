import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import BaseLayout from '../../src/layouts/BaseLayout.astro';
import PageNotice from '../../src/components/PageNotice.astro';
import { textDirection, useTranslations } from '../../src/i18n/ui.ts';

async function render(lang: 'en' | 'fa', contentLang?: 'sv') {
  const container = await AstroContainer.create();
  const locals = { lang, dir: textDirection(lang), t: useTranslations(lang) };
  const notice = contentLang ? await container.renderToString(PageNotice, { props: { kind: 'fallback' }, locals, partial: true }) : '';
  return container.renderToString(BaseLayout, {
    props: { title: 'Om webbplatsen', description: 'x', contentLang },
    locals,
    request: new Request(`https://example.org/${lang}/om-webbplatsen/`),
    slots: { default: '<h1>Om webbplatsen</h1>', notice },
  });
}

test('a Swedish fallback sits inside the target language shell, with a notice in that language', async () => {
  const html = await render('fa', 'sv');
  expect(html).toMatch(/<html lang="fa" dir="rtl">/);
  expect(html).toMatch(/<main[^>]*lang="sv"[^>]*dir="ltr"/);
  expect(html).toContain('data-page-notice="fallback"');
  expect(html).toMatch(/<p lang="fa" dir="rtl"[^>]*data-page-notice="fallback"/);
  expect(html).toContain(useTranslations('fa')('fallback.notice'));
});

test('a translated page has no language override on its content', async () => {
  const html = await render('en');
  expect(html).toMatch(/<html lang="en" dir="ltr">/);
  expect(html).not.toMatch(/<main[^>]*lang=/);
  expect(html).not.toContain('data-page-notice');
});
