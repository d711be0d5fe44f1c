/**
 * A registry value in words, in a page's language: a count, a length of time, an age range or
 * opening hours. `t` is the page's translation function; the words come from locales/<lang>/facts.json.
 */
import type { Translate } from '../i18n/ui.ts';
import type { OpeningHours } from './hours.ts';
import { describeHours } from './openingHours.ts';

/** The units a length of time is given in: the registry's `unit`, the words `facts:unit.<unit>`. */
export const DURATION_UNITS = ['day', 'week', 'month', 'year'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
const isDurationUnit = (u: unknown): u is DurationUnit => (DURATION_UNITS as readonly unknown[]).includes(u);

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function factText(value: unknown, lang: string, t: Translate): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    if (value.always === true || Array.isArray(value.weekly)) {
      return describeHours(value as OpeningHours, lang, { always: t('facts:always'), everyDay: t('service.everyDay') }).join(', ');
    }
    if (typeof value.amount === 'number' && isDurationUnit(value.unit)) {
      return t(`facts:unit.${value.unit}`, { count: value.amount, amount: formatNumber(value.amount, lang) });
    }
    if ('min' in value && 'max' in value) {
      const min = typeof value.min === 'number' ? formatNumber(value.min, lang) : null;
      const max = typeof value.max === 'number' ? formatNumber(value.max, lang) : null;
      if (min && max) return t('facts:ages.range', { min, max });
      if (min) return t('facts:ages.from', { min });
      if (max) return t('facts:ages.upTo', { max });
    }
  }
  throw new Error(`No way to write this fact in words: ${JSON.stringify(value)}`);
}
