import { describe, expect, it } from 'vitest';
import { isIsoDate, monthsBefore } from './calendar-date.ts';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])('%s is a date', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-04-31',
    '2025-4-1',
    '01/04/2025',
    '2025-04-01T00:00',
  ])('%s is not', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it.each([
    ['2025-06-30', 3, '2025-03-30'],
    ['2025-05-31', 3, '2025-02-28'], // no 31 February: the last day of the month
    ['2024-05-31', 3, '2024-02-29'],
    ['2025-02-15', 3, '2024-11-15'], // across the year
    ['2025-06-30', 12, '2024-06-30'],
  ] as const)('%s less %i months is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});
