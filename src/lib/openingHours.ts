import { WEEKDAYS, type OpeningHours, type Weekday } from './hours.ts';

/** Weekday names in a language, Monday first, from the platform's own locale data. */
export function weekdayNames(lang: string, width: 'short' | 'long' = 'short'): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const names = WEEKDAYS.map((_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
  return Object.fromEntries(WEEKDAYS.map((d, i) => [d, names[i]])) as Record<Weekday, string>;
}

/** Groups days into runs of consecutive weekdays: [mon..fri], [sun]. */
export function dayRuns(days: Weekday[]): Weekday[][] {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

/**
 * Hours as short text lines: `mån–fre 09:00–16:00`. `everyDay` is the translated phrase for all
 * seven days; `always` is returned alone for 24/7 services.
 */
export function describeHours(hours: OpeningHours, lang: string, phrases: { always: string; everyDay: string }): string[] {
  if ('always' in hours && hours.always) return [phrases.always];
  if (!('weekly' in hours)) return [];
  const names = weekdayNames(lang);
  return hours.weekly.map((period) => {
    const days =
      period.days.length === 7
        ? phrases.everyDay
        : dayRuns(period.days)
            .map((run) => (run.length > 2 ? `${names[run[0]]}–${names[run.at(-1)!]}` : run.map((d) => names[d]).join(', ')))
            .join(', ');
    return `${days} ${period.open}–${period.close}`;
  });
}
