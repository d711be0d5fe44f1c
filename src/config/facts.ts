/**
 * How old a fact may be before the page says it may have changed, and the day it is measured
 * from. Both can be set for one build: FACT_MAX_AGE_MONTHS=6, FACTS_TODAY=2026-12-02.
 */
export const FACT_MAX_AGE_MONTHS = Number(process.env.FACT_MAX_AGE_MONTHS ?? 12);

/** The build's day in Stockholm, as YYYY-MM-DD. */
export const FACTS_TODAY = process.env.FACTS_TODAY ?? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

if (!Number.isInteger(FACT_MAX_AGE_MONTHS) || FACT_MAX_AGE_MONTHS < 1) throw new Error(`FACT_MAX_AGE_MONTHS must be a whole number of months, not "${process.env.FACT_MAX_AGE_MONTHS}"`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(FACTS_TODAY)) throw new Error(`FACTS_TODAY must be written YYYY-MM-DD, not "${FACTS_TODAY}"`);
