/**
 * Is a service open at a given instant? Computed in Stockholm time, so daylight-saving
 * changes and Swedish public holidays are right in any year.
 */
import { WEEKDAYS, type OpeningHours, type Weekday } from './hours.ts';
import { isHoliday } from './holidays.ts';

export const STOCKHOLM = 'Europe/Stockholm';

export interface LocalTime {
  /** ISO date in Stockholm. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: STOCKHOLM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

export function stockholmTime(at: Date): LocalTime {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = parts.weekday.toLowerCase().slice(0, 3) as Weekday;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function previousDay(date: string, weekday: Weekday): { date: string; weekday: Weekday } {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return { date: d.toISOString().slice(0, 10), weekday: WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7] };
}

export type OpenState = 'open' | 'closed' | 'unknown';

/**
 * 'open' or 'closed' at that instant; 'unknown' on a public holiday when the registry does not
 * say whether the service keeps its hours then.
 */
export function openState(hours: OpeningHours, at: Date): OpenState {
  if ('always' in hours && hours.always) return 'open';
  if (!('weekly' in hours)) return 'unknown';
  const now = stockholmTime(at);
  const yesterday = previousDay(now.date, now.weekday);
  // Which calendar day's opening does this moment belong to? Today's, or last night's running past midnight.
  let openingDay: { date: string; weekday: Weekday } | undefined;
  for (const period of hours.weekly) {
    const open = toMinutes(period.open);
    const close = toMinutes(period.close);
    // Only a period marked overnight runs past midnight; the registry refuses close <= open without it.
    const overnight = period.overnight === true;
    if (period.days.includes(now.weekday) && now.minutes >= open && (overnight || now.minutes < close)) openingDay = now;
    else if (overnight && period.days.includes(yesterday.weekday) && now.minutes < close) openingDay = yesterday;
    if (openingDay) break;
  }
  if (!openingDay) return 'closed';
  if (isHoliday(openingDay.date)) {
    if (hours.publicHolidays === 'closed') return 'closed';
    if (hours.publicHolidays === 'unknown') return 'unknown';
  }
  return 'open';
}
