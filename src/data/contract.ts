/**
 * The building blocks of the data contract (schema.ts): objects that refuse unknown fields,
 * real dates that are not in the future, safe addresses without tracking, sane names, times
 * of day and Swedish numbers. Each refusal says what is wrong and how to write it instead.
 */
import { z } from 'astro/zod';
import { FACTS_TODAY } from '../config/facts.ts';
import { WEEKDAYS } from '../lib/hours.ts';
import { checkSwedishNumber } from '../lib/phone.ts';

/** Edit distance, to suggest the field an editor most likely meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function unknownFieldMessage(keys: string[], allowed: string[]): string {
  const named = keys.map((k) => `"${k}"`).join(', ');
  const near = keys.length === 1 ? allowed.find((a) => distance(a.toLowerCase(), keys[0].toLowerCase()) <= 2) : undefined;
  return `unknown field ${named}${near ? ` (did you mean "${near}"?)` : ''}; allowed: ${allowed.join(', ')}`;
}

/** An object that refuses any field it does not know: a misspelled field is an error, not a dropped fact. */
export function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldMessage(issue.keys, Object.keys(shape)) : undefined),
  });
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a date is not a real calendar date on or before `today`, or null when it is fine. */
export function dateProblem(value: string, today: string = FACTS_TODAY): string | null {
  const m = DATE.exec(value);
  if (!m) return `"${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1900) return `"${value}" is not a plausible year`;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `"${value}" is not a real date: there is no month ${mo}`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(year, Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `"${value}" is not a real date: ${y}-${mo} has ${days} days`;
  }
  if (value > today.slice(0, value.length)) return `"${value}" is in the future (the build's day is ${today})`;
  return null;
}

export const isoDate = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Query parameters that track who clicked where; a link on this site never carries one. */
const TRACKING = /^(utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid|ttclid|li_fat_id|_hsenc|_hsmi|mkt_tok|vero_id|oly_enc_id|oly_anon_id|rb_clickid|s_cid|wickedid|srsltid)$/i;

export function trackingParameters(url: URL): string[] {
  const params = [...url.searchParams.keys()];
  if (url.hash.includes('=')) params.push(...new URLSearchParams(url.hash.slice(1)).keys());
  return [...new Set(params.filter((p) => TRACKING.test(p)))];
}

/**
 * Why an address may not be used, or null. Visitors' links (`web`, `chat`) must be https;
 * sources may also be old http pages (shown as text, not as links). Never javascript:, data:
 * or file:, always a host, never a tracking parameter or credentials.
 */
export function urlProblem(value: string, allow: 'https' | 'http-or-https'): string | null {
  if (value !== value.trim() || /\s/.test(value)) return `"${value}" contains spaces`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a full address (write it with https://)`;
  }
  const allowed = allow === 'https' ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) {
    return `"${url.protocol}" addresses are not allowed here (only ${allowed.map((p) => `${p}//`).join(' or ')})`;
  }
  if (!url.hostname) return `"${value}" has no host`;
  if (url.username || url.password) return `"${value}" carries a user name or password`;
  const tracking = trackingParameters(url);
  if (tracking.length > 0) return `"${value}" carries the tracking parameter${tracking.length > 1 ? 's' : ''} ${tracking.join(', ')}: remove ${tracking.length > 1 ? 'them' : 'it'}`;
  return null;
}

function urlOf(allow: 'https' | 'http-or-https') {
  return z.string().superRefine((value, ctx) => {
    const problem = urlProblem(value, allow);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** An address shown to visitors as a link. */
export const visitorUrl = urlOf('https');
/** A source's address (sources.json): https, or an old http page shown as text. */
export const sourceUrl = urlOf('http-or-https');

/** The character the finder joins names with (DistrictFinder.astro `data-names`). */
export const FINDER_SEPARATOR = '|';
export const NAME_MAX = 80;

/** Why a name may not be used, or null. */
export function nameProblem(value: string, min = 1): string | null {
  if (value.trim() === '') return 'a name cannot be empty';
  if (value !== value.trim()) return `"${value}" has spaces at its start or end`;
  if (value.length > NAME_MAX) return `a name of ${value.length} characters; at most ${NAME_MAX}`;
  if (value.length < min) return `"${value}" is shorter than ${min} characters`;
  if (value.includes(FINDER_SEPARATOR)) return `"${value}" contains "${FINDER_SEPARATOR}", which the district finder uses to separate names`;
  const control = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.exec(value);
  if (control) return `"${value}" contains an invisible or control character (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  return null;
}

export function nameText(min = 1) {
  return z.string().superRefine((value, ctx) => {
    const problem = nameProblem(value, min);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A time of day, `00:00`–`23:59`; a closing time may also be `24:00` (midnight at the end of the day). */
const OPENING = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSING = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const openingTime = z.string().regex(OPENING, { error: (i) => `"${String(i.input)}" is not a time 00:00–23:59 written HH:MM` });
export const closingTime = z.string().regex(CLOSING, { error: (i) => `"${String(i.input)}" is not a time 00:00–24:00 written HH:MM` });

export const weekday = z.enum(WEEKDAYS, { error: (i) => `"${String(i.input)}" is not a weekday (write ${WEEKDAYS.join('|')})` });

/** One opening period. Closing at or before opening means past midnight, and must say so. */
export const openingPeriod = strict({
  days: z.array(weekday).min(1),
  open: openingTime,
  close: closingTime,
  /** The period runs past midnight into the next day: 21:00–06:00. */
  overnight: z.literal(true).optional(),
}).superRefine((p, ctx) => {
  // A time that is itself wrong is reported once, above; comparing it would only add a second message.
  if (!OPENING.test(p.open) || !CLOSING.test(p.close)) return;
  if (p.overnight && p.close > p.open) {
    ctx.addIssue({ code: 'custom', path: ['overnight'], message: `the period ${p.open}–${p.close} ends the same day: remove "overnight"` });
  } else if (!p.overnight && p.close <= p.open) {
    ctx.addIssue({ code: 'custom', path: ['close'], message: `closes at ${p.close}, not after it opens at ${p.open}; if it runs past midnight, add "overnight": true` });
  }
});

export const phoneNumber = z.string().superRefine((value, ctx) => {
  const check = checkSwedishNumber(value);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid Swedish number: ${check.reason}` });
});
