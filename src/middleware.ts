import { defineMiddleware } from 'astro:middleware';
import { langFromPath } from './i18n/paths.ts';
import { textDirection, useTranslations } from './i18n/ui.ts';

/** Gives every page and component its language, direction and translation function. */
export const onRequest = defineMiddleware((context, next) => {
  const lang = langFromPath(context.url.pathname);
  context.locals.lang = lang;
  context.locals.dir = textDirection(lang);
  context.locals.t = useTranslations(lang);
  return next();
});
