/**
 * Swedish public holidays for any year, computed (no hand-written list), plus the eves that
 * offices treat as holidays: Midsommarafton, julafton and nyårsafton.
 */

/** Easter Sunday (Gregorian), as [month 1–12, day]. Anonymous Gregorian algorithm. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The first date from `from` (inclusive) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(from: Date, weekday: number): Date {
  return plusDays(from, (weekday - from.getUTCDay() + 7) % 7);
}

/** The names of the holidays, in the order holidayDates() gives their dates. */
const HOLIDAY_NAMES = [
  'Nyårsdagen',
  'Trettondedag jul',
  'Långfredagen',
  'Påskdagen',
  'Annandag påsk',
  'Första maj',
  'Kristi himmelsfärdsdag',
  'Pingstdagen',
  'Sveriges nationaldag',
  'Midsommarafton',
  'Midsommardagen',
  'Alla helgons dag',
  'Julafton',
  'Juldagen',
  'Annandag jul',
  'Nyårsafton',
];

/**
 * The dates of a year's holidays (ISO), in the order of HOLIDAY_NAMES. Kept apart from the names
 * so that the browser's open-now script, which only asks "is this a holiday?", carries no names.
 */
function holidayDates(year: number): string[] {
  const [em, ed] = easterSunday(year);
  const easter = utc(year, em, ed);
  const midsummerEve = firstWeekdayFrom(utc(year, 6, 19), 5);
  const allSaints = firstWeekdayFrom(utc(year, 10, 31), 6);
  return [
    utc(year, 1, 1),
    utc(year, 1, 6),
    plusDays(easter, -2),
    easter,
    plusDays(easter, 1),
    utc(year, 5, 1),
    plusDays(easter, 39),
    plusDays(easter, 49),
    utc(year, 6, 6),
    midsummerEve,
    plusDays(midsummerEve, 1),
    allSaints,
    utc(year, 12, 24),
    utc(year, 12, 25),
    utc(year, 12, 26),
    utc(year, 12, 31),
  ].map(iso);
}

/** Holidays of a year as ISO date → Swedish name. */
export function swedishHolidays(year: number): Map<string, string> {
  return new Map(holidayDates(year).map((date, i) => [date, HOLIDAY_NAMES[i]]));
}

export function holidayName(isoDate: string): string | undefined {
  return swedishHolidays(Number(isoDate.slice(0, 4))).get(isoDate);
}

/** Whether a date (ISO) is a public holiday or one of the eves offices treat as one. */
export function isHoliday(isoDate: string): boolean {
  return holidayDates(Number(isoDate.slice(0, 4))).includes(isoDate);
}
