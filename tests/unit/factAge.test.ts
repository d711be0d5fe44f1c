import { describe, expect, test } from 'vitest';
import { earliestDay, factDate, factState, groupAge, monthsBefore, oldestDate, type DatedFact } from '../../src/lib/factAge.ts';

const fact = (over: Partial<DatedFact> = {}): DatedFact => ({ value: 'x', status: 'verified', checked: '2026-10-01', sources: ['s'], ...over });
const today = '2026-12-02';

describe('dates', () => {
  test('a partial date means its earliest day', () => {
    expect(earliestDay('2025')).toBe('2025-01-01');
    expect(earliestDay('2025-06')).toBe('2025-06-01');
    expect(earliestDay('2025-06-30')).toBe('2025-06-30');
  });
  test('the oldest of mixed-precision dates', () => {
    expect(oldestDate(['2025-08-20', '2021-03-15', null])).toBe('2021-03-15');
    expect(oldestDate(['2021-06', '2021'])).toBe('2021');
    expect(oldestDate([null, undefined])).toBeNull();
  });
  test('twelve months back', () => {
    expect(monthsBefore('2026-12-02', 12)).toBe('2025-12-02');
  });
});

describe('a fact rests on its check, else its oldest source', () => {
  const dates: Record<string, string> = { old: '2018', newer: '2024-06-11' };
  test('its own check date wins', () => {
    expect(factDate(fact({ checked: '2025-01-01', sources: ['old'] }), (id) => dates[id])).toBe('2025-01-01');
  });
  test('without one, the oldest dated source', () => {
    expect(factDate(fact({ checked: null, sources: ['newer', 'old'] }), (id) => dates[id])).toBe('2018');
    expect(factDate(fact({ checked: null, sources: ['undated'] }), (id) => dates[id])).toBeNull();
  });
});

describe('state', () => {
  test('null or unverified is unknown', () => {
    expect(factState(fact({ value: null, status: 'unverified' }), null, today, 12)).toBe('unknown');
    expect(factState(fact({ value: null }), '2026-11-01', today, 12)).toBe('unknown');
  });
  test('stable facts need no date', () => {
    expect(factState(fact({ stable: true, checked: '2014-11-04' }), '2014-11-04', today, 12)).toBe('stable');
  });
  test('within the age is current; older, or undated, is to re-check', () => {
    expect(factState(fact(), '2026-01-01', today, 12)).toBe('current');
    expect(factState(fact(), '2025-12-01', today, 12)).toBe('recheck');
    expect(factState(fact(), '2025', today, 12)).toBe('recheck');
    expect(factState(fact(), null, today, 12)).toBe('recheck');
  });
  test('the age is configurable', () => {
    expect(factState(fact(), '2025-06-01', today, 24)).toBe('current');
    expect(factState(fact(), '2026-09-01', today, 1)).toBe('recheck');
  });
});

describe('a card is as old as its oldest shown fact', () => {
  test('oldest date, any re-check, stable and unknown ignored', () => {
    expect(
      groupAge([
        { state: 'current', date: '2026-08-20' },
        { state: 'recheck', date: '2021-03-15' },
        { state: 'stable', date: '2014-11-04' },
        { state: 'unknown', date: null },
      ]),
    ).toEqual({ date: '2021-03-15', recheck: true, undated: false });
  });
  test('only stable facts: no date line', () => {
    expect(groupAge([{ state: 'stable', date: '2014-11-04' }])).toBeNull();
  });
  test('an undated fact is flagged', () => {
    expect(groupAge([{ state: 'recheck', date: null }, { state: 'current', date: '2026-08-01' }])).toEqual({ date: '2026-08-01', recheck: true, undated: true });
  });
});
