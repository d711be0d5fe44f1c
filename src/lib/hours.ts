/** Opening hours as the registry stores them. Logic on them lives in `openingHours.ts`. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningPeriod {
  days: Weekday[];
  /** 'HH:MM', Stockholm time. */
  open: string;
  /** 'HH:MM'; a time at or before `open` means the period ends the next day. */
  close: string;
}

export type OpeningHours =
  | { always: true }
  | { always?: false; weekly: OpeningPeriod[]; publicHolidays: 'closed' | 'open' | 'unknown' };
