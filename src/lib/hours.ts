/** Opening hours as the registry stores them. Logic on them lives in `openingHours.ts`. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningPeriod {
  days: Weekday[];
  /** 'HH:MM', Stockholm time. */
  open: string;
  /** 'HH:MM', up to '24:00'; after `open`, unless the period runs past midnight. */
  close: string;
  /** The period ends the next day (21:00–06:00); `close` is then at or before `open`. */
  overnight?: true;
}

export type OpeningHours =
  | { always: true }
  | { weekly: OpeningPeriod[]; publicHolidays: 'closed' | 'open' | 'unknown' };
