import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { monthlyVisits } from '../../src/rules/monthly-visits.js';
import { issueOf } from '../helpers/issue-of.js';


describe('monthlyVisits (2.3.1)', () => {
  it('is compliant when every month of the period has a visit', () => {
    const r = monthlyVisits({ from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-30', '2023-07-01', '2023-08-15'] });
    expect(r).toMatchObject({ compliant: true, missedMonths: [], visitedMonths: ['2023-06', '2023-07', '2023-08'] });
  });

  it('names the month without a visit', () => {
    const r = monthlyVisits({ from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-05', '2023-08-31'] });
    expect(r.compliant).toBe(false);
    expect(r.missedMonths).toEqual(['2023-07']);
  });

  it('checks the months of from and to, counting only visits between the two days', () => {
    // from and to fall mid-month: 06-01 is before `from` and 07-20 after `to`, so neither counts.
    const r = monthlyVisits({ from: '2023-06-10', to: '2023-07-10', visits: ['2023-06-01', '2023-07-20'] });
    expect(r.months).toEqual(['2023-06', '2023-07']);
    expect(r.missedMonths).toEqual(['2023-06', '2023-07']);
    expect(monthlyVisits({ from: '2023-06-10', to: '2023-07-10', visits: ['2023-06-10', '2023-07-10'] }).compliant).toBe(true);
  });

  it('ignores visits outside the period', () => {
    const r = monthlyVisits({ from: '2023-06-01', to: '2023-06-30', visits: ['2023-05-31', '2023-07-01'] });
    expect(r.missedMonths).toEqual(['2023-06']);
  });

  it('counts two visits in one month once toward that month only', () => {
    const r = monthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits: ['2023-06-01', '2023-06-30'] });
    expect(r.missedMonths).toEqual(['2023-07']);
  });

  it('crosses the turn of the year', () => {
    const r = monthlyVisits({ from: '2023-12-01', to: '2024-01-31', visits: ['2023-12-31'] });
    expect(r.missedMonths).toEqual(['2024-01']);
  });

  it('needs as many visits as a what-if minimum asks', () => {
    const twice = LANXI_2023.with({ visits: { minPerMonth: 2 } });
    const input = { from: '2023-06-01', to: '2023-07-31', visits: ['2023-06-01', '2023-06-30', '2023-07-05'] };
    expect(monthlyVisits(input, twice).missedMonths).toEqual(['2023-07']);
    expect(monthlyVisits(input).compliant).toBe(true);
  });

  it('explains the missed months and cites 2.3.1', () => {
    const r = monthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits: [] });
    expect(explain(r)).toContain('未按月走访的月份：2023-06、2023-07');
    expect(explain(r, { locale: 'en' })).toContain('实施低收入农户每月走访行动');
  });

  it('rejects a period that ends before it starts, at path to', () => {
    expect(issueOf(() => monthlyVisits({ from: '2023-07-01', to: '2023-06-30', visits: [] }))).toMatchObject({ path: ['to'], code: 'end_before_start' });
  });

  it('rejects an invalid visit date at its index', () => {
    expect(issueOf(() => monthlyVisits({ from: '2023-06-01', to: '2023-06-30', visits: ['2023-06-01', '2023-06-31'] }))).toMatchObject({ path: ['visits', 1], code: 'invalid_date' });
  });

  it('splits the period into visited and missed months (property)', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2023-01-01', n));
    fc.assert(fc.property(day, day, fc.array(day, { maxLength: 40 }), (a, b, visits) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const r = monthlyVisits({ from, to, visits });
      expect([...r.visitedMonths, ...r.missedMonths].sort()).toEqual(r.months);
      expect(r.compliant).toBe(r.missedMonths.length === 0);
      for (const m of r.visitedMonths) expect(visits.some((v) => v.startsWith(m) && v >= from && v <= to)).toBe(true);
    }));
  });
});
