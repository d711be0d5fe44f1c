/**
 * Swedish phone numbers. The registry stores numbers in E.164 (`+4620505050`) or, for
 * national short numbers that have no E.164 form, as bare digits (`112`, `11414`).
 */

/** Area codes after the trunk 0 that are two digits long; `8` (Stockholm) is one digit; the rest are three. */
const TWO_DIGIT_AREA_CODES = new Set([
  '10', '11', '13', '16', '18', '19', '20', '21', '23', '26', '31', '33', '35', '36', '40', '42', '44',
  '46', '54', '60', '63', '70', '72', '73', '74', '76', '77', '79', '90',
]);

/** Short numbers reachable from any Swedish phone (emergency, 114 14, 1177, 116 xxx, 90xxx…). */
const SHORT_NUMBER = /^(112|1177|11[3-4]\d{2}|116\d{3}|90\d{3})$/;
const E164_SWEDEN = /^\+46[1-9]\d{6,8}$/;

export function isShortNumber(value: string): boolean {
  return SHORT_NUMBER.test(value);
}

/** The kinds of number in the Swedish numbering plan (PTS) that the registry may hold. */
export type NumberKind = 'short' | 'freephone' | 'mobile' | 'corporate' | 'shared-cost' | 'geographic';

export type NumberCheck = { ok: true; kind: NumberKind } | { ok: false; reason: string };

const MOBILE_SERIES = new Set(['70', '72', '73', '76', '79']);

/** Lengths of a number after the trunk 0, by what it starts with. */
function lengthRule(national: string, kind: string, min: number, max: number, part = 'after the 0'): string | null {
  const n = national.length;
  if (n >= min && n <= max) return null;
  const want = min === max ? `${min}` : `${min}–${max}`;
  return `it looks like ${kind} but has ${n} digit${n === 1 ? '' : 's'} ${part}; it needs ${want}`;
}

/**
 * Checks a stored number against the Swedish numbering plan, by kind: short numbers, 020/0200
 * freephone, 010 corporate, 0771 shared cost, mobile (070, 072, 073, 076, 079) and geographic
 * numbers with the length their area code allows (08 + 5–8 digits, 0xx + 5–7, 0xxx + 5–6).
 * The reason says which kind the number looked like and what is wrong with it.
 */
export function checkSwedishNumber(value: string): NumberCheck {
  if (isShortNumber(value)) return { ok: true, kind: 'short' };
  if (/^\d{2,6}$/.test(value)) return { ok: false, reason: 'not a Swedish short number (112, 114 14, 1177, 116 xxx, 90xxx); write other numbers as +46…' };
  if (!value.startsWith('+46')) {
    if (/^0\d/.test(value.replace(/[\s-]/g, ''))) return { ok: false, reason: 'write it as +46 followed by the number without its leading 0, digits only (020-50 50 50 is +4620505050)' };
    return { ok: false, reason: 'not a Swedish number: write it as +46… (digits only) or as a short number such as 112' };
  }
  const national = value.slice(3);
  if (!/^\d+$/.test(national)) return { ok: false, reason: 'digits only after +46: no spaces, dashes or brackets' };
  if (national.startsWith('0')) return { ok: false, reason: 'drop the trunk 0 after +46 (+46 20…, not +46 020…)' };
  if (national.length > 9) return { ok: false, reason: `${national.length} digits after +46; a Swedish number has at most 9` };
  const fail = (reason: string | null, kind: NumberKind): NumberCheck => (reason ? { ok: false, reason } : { ok: true, kind });
  if (national.startsWith('200')) return fail(lengthRule(national, 'a 0200 freephone number', 9, 9), 'freephone');
  if (national.startsWith('20')) return fail(lengthRule(national, 'a 020 freephone number', 8, 9), 'freephone');
  if (national.startsWith('10')) return fail(lengthRule(national, 'an 010 number', 9, 9), 'corporate');
  if (national.startsWith('771')) return fail(lengthRule(national, 'a 0771 shared-cost number', 9, 9), 'shared-cost');
  if (/^(900|939|944)/.test(national)) return { ok: false, reason: `0${national.slice(0, 3)} is a premium-rate series: calling it costs money; the site does not show such numbers` };
  if (national.startsWith('7')) {
    if (!MOBILE_SERIES.has(national.slice(0, 2))) return { ok: false, reason: `0${national.slice(0, 2)} is not a mobile series (070, 072, 073, 076, 079) nor a number people call` };
    return fail(lengthRule(national, `a mobile number (0${national.slice(0, 2)})`, 9, 9), 'mobile');
  }
  const [area, subscriber] = splitAreaCode(national);
  if (subscriber.startsWith('0')) return { ok: false, reason: `it looks like a geographic number (area code 0${area}) but the number after the area code begins with 0` };
  const [min, max] = area.length === 1 ? [5, 8] : area.length === 2 ? [5, 7] : [5, 6];
  const kind = `a geographic number (area code 0${area})`;
  return fail(lengthRule(subscriber, kind, min, max, 'after the area code'), 'geographic');
}

/** True for a number the registry may hold: a Swedish E.164 number or a known short number. */
export function isValidSwedishNumber(value: string): boolean {
  return checkSwedishNumber(value).ok;
}

function splitAreaCode(national: string): [string, string] {
  if (national.startsWith('8')) return ['8', national.slice(1)];
  const two = national.slice(0, 2);
  if (TWO_DIGIT_AREA_CODES.has(two)) return [two, national.slice(2)];
  return [national.slice(0, 3), national.slice(3)];
}

/** Groups a subscriber number the Swedish way: 50 50 50 · 123 45 67 · 508 00 508. */
function groupSubscriber(digits: string): string {
  switch (digits.length) {
    case 5: return `${digits.slice(0, 3)} ${digits.slice(3)}`;
    case 6: return `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
    case 7: return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
    case 8: return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
    default: return digits;
  }
}

function formatShortNumber(value: string): string {
  if (/^116\d{3}$/.test(value)) return `116 ${value.slice(3)}`;
  if (/^11[3-4]\d{2}$/.test(value)) return `${value.slice(0, 3)} ${value.slice(3)}`;
  return value;
}

/** The number as Swedes write it: `020-50 50 50`, `08-508 00 508`, `114 14`, `112`. */
export function formatSwedishNumber(value: string): string {
  if (isShortNumber(value)) return formatShortNumber(value);
  if (!E164_SWEDEN.test(value)) throw new Error(`Not a Swedish number: ${value}`);
  const [area, subscriber] = splitAreaCode(value.slice(3));
  return `0${area}-${groupSubscriber(subscriber)}`;
}

/** The `tel:` URL; digits only, so no dialler misreads it. */
export function telHref(value: string): string {
  if (!isValidSwedishNumber(value)) throw new Error(`Not a Swedish number: ${value}`);
  return `tel:${value}`;
}

/** Digits only, with the Swedish trunk 0 instead of +46: what a person would dial. */
export function dialledDigits(value: string): string {
  return value.startsWith('+46') ? `0${value.slice(3)}` : value;
}

/** True when a display text shows exactly the digits of the stored number. */
export function displayMatchesNumber(display: string, value: string): boolean {
  return display.replace(/\D/g, '') === dialledDigits(value);
}
