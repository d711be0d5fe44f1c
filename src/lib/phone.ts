/**
 * Swedish phone numbers. The registry stores numbers in E.164 (`+4620505050`) or, for
 * national short numbers that have no E.164 form, as bare digits (`112`, `11414`).
 */

/** Area codes after the trunk 0 that are two digits long; `8` (Stockholm) is one digit; the rest are three. */
const TWO_DIGIT_AREA_CODES = new Set([
  '10', '11', '13', '16', '18', '19', '20', '21', '23', '26', '31', '33', '35', '36', '40', '42', '44',
  '46', '54', '60', '63', '70', '72', '73', '74', '76', '77', '79', '90',
]);

/** Short numbers reachable from any Swedish phone (emergency, 1177, 116 xxx, 90xxx…). */
const SHORT_NUMBER = /^(112|1177|11[3-4]\d{2}|116\d{3}|90\d{3})$/;
const E164_SWEDEN = /^\+46[1-9]\d{6,8}$/;

export function isShortNumber(value: string): boolean {
  return SHORT_NUMBER.test(value);
}

/** True for a number the registry may hold: a Swedish E.164 number or a known short number. */
export function isValidSwedishNumber(value: string): boolean {
  if (isShortNumber(value)) return true;
  if (!E164_SWEDEN.test(value)) return false;
  const national = value.slice(3);
  // Mobile numbers (07x) and 010 numbers have nine digits after the 0; 020 numbers eight or nine.
  if (/^(7|10)/.test(national)) return national.length === 9;
  if (national.startsWith('20')) return national.length >= 8;
  return true;
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
