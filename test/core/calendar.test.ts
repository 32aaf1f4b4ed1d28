import { describe, expect, it } from 'vitest';
import { academicYear, daysBetween, endOfMonth, midMonthEnd } from '../../src/index.js';
import { addDays, isoDateFromParts, monthsBetween } from '../../src/core/calendar.js';

describe('calendar (I-3, I-7, I-10)', () => {
  it('counts the first day and not the last (算头不算尾)', () => {
    expect(daysBetween('2023-05-13', '2023-05-14')).toBe(1);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('counts the same days across a daylight-saving change', () => {
    expect(daysBetween('2023-03-01', '2023-04-01')).toBe(31);
    expect(daysBetween('2023-10-01', '2023-12-01')).toBe(61);
  });

  it('puts 月底 on the month’s last day, leap years included', () => {
    expect(endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 10)).toBe('2023-10-31');
  });

  it('ends 中旬 on the 20th', () => {
    expect(midMonthEnd(2023, 10)).toBe('2023-10-20');
  });

  it('runs the academic year from 09-01 to 08-31', () => {
    expect(academicYear('2023-09-01').label).toBe('2023-2024');
    expect(academicYear('2023-08-31').label).toBe('2022-2023');
  });

  it('rejects dates that do not exist', () => {
    expect(isoDateFromParts(2023, 2, 29)).toBeUndefined();
    expect(isoDateFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDateFromParts(2023, 13, 1)).toBeUndefined();
  });

  it('adds days and lists months', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(monthsBetween('2023-11-15', '2024-02-01')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });
});
