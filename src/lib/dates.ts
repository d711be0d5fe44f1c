/** Formats a registry date (YYYY, YYYY-MM or YYYY-MM-DD) for a language, in words. */
export function formatFactDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d !== undefined ? { dateStyle: 'long', timeZone: 'UTC' } : m !== undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  // Always the Gregorian calendar: these are Swedish dates, whatever the reader's language.
  return new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, options).format(at);
}
