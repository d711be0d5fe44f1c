/**
 * Plural choice in a client script: the server passes every plural form of a key (`pluralForms` in
 * src/i18n/ui.ts, `{{count}}` left in place) and the script picks one with the language's CLDR rules.
 */
import { fill } from './template.ts';

export function pluralText(count: number, lang: string, forms: Record<string, string>): string {
  const category = new Intl.PluralRules(lang).select(count);
  const template = forms[category] ?? forms.other ?? '{{count}}';
  return fill(template, { count: new Intl.NumberFormat(lang).format(count) });
}
