import { describe, expect, it } from 'vitest';
import { PlanNotInForceError, PolicyInputError, isPlanNotInForceError } from '../../src/core/errors.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { planAt } from '../../src/plan/plan-at.js';
import { checkYear } from '../../src/rules/plan-argument.js';
import { issueOf } from '../helpers/issue-of.js';

/** Runs `f` and returns the PlanNotInForceError it throws. */
function notInForce(f: () => unknown): PlanNotInForceError {
  try {
    f();
  } catch (e) {
    expect(isPlanNotInForceError(e)).toBe(true);
    return e as PlanNotInForceError;
  }
  return expect.unreachable('no error thrown');
}

describe('plan.period (clause 4)', () => {
  it('covers the calendar year 2023, the plan\'s own', () => {
    expect(LANXI_2023.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(Object.isFrozen(LANXI_2023.period)).toBe(true);
  });

  it('is extended for a what-if with plan.with({ period: { to: \'2024-12-31\' } }), the original untouched', () => {
    const p = LANXI_2023.with({ period: { to: '2024-12-31' } });
    expect(p.period).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(p.overridden).toEqual(['period.to']);
    expect(p.fingerprint).not.toBe(LANXI_2023.fingerprint);
    expect(LANXI_2023.period.to).toBe('2023-12-31');
    expect(p.with({ period: { to: '2023-12-31' } }).overridden).toEqual([]);
  });

  it('takes a Date for either end, read in China Standard Time', () => {
    expect(LANXI_2023.with({ period: { to: new Date('2024-12-31T00:00:00+08:00') } }).period.to).toBe('2024-12-31');
  });

  it('refuses an end before its start, and an impossible date, at their paths', () => {
    expect(() => LANXI_2023.with({ period: { to: '2022-12-31' } })).toThrow(PolicyInputError);
    expect(issueOf(() => LANXI_2023.with({ period: { from: '2023-06-01', to: '2023-05-31' } }))).toMatchObject({ path: ['period', 'to'], code: 'end_before_start' });
    expect(issueOf(() => LANXI_2023.with({ period: { to: '2024-02-30' } }))).toMatchObject({ path: ['period', 'to'] });
    expect(issueOf(() => LANXI_2023.with({ period: { until: '2024-12-31' } } as never))).toMatchObject({ path: ['period'] });
  });
});

describe('planAt() and the period', () => {
  it('returns the plan on the last day of its period, 2023-12-31', () => {
    expect(planAt('2023-12-31')).toBe(LANXI_2023);
  });

  it('throws PlanNotInForceError after 2023-12-31, in both languages, naming the end of the period', () => {
    for (const date of ['2024-01-01', '2025-05-13', '2030-01-01']) {
      const e = notInForce(() => planAt(date));
      expect(e).toBeInstanceOf(PlanNotInForceError);
      expect(e).toMatchObject({ name: 'PlanNotInForceError', date, effectiveFrom: '2023-05-13', periodTo: '2023-12-31' });
      expect(e.message).toContain('2023-12-31');
      expect(e.messageZh).toContain('本方案适用期间为 2023-05-13 至 2023-12-31');
    }
  });

  it('returns an extended plan after 2023-12-31 when it is among the plans given', () => {
    const extended = LANXI_2023.with({ period: { to: '2024-12-31' } });
    expect(planAt('2024-06-01', [extended])).toBe(extended);
    expect(() => planAt('2025-01-01', [extended])).toThrow(PlanNotInForceError);
  });

  it('still throws before the date of force, without a period end', () => {
    expect(notInForce(() => planAt('2023-05-12')).periodTo).toBeUndefined();
  });
});

describe('checkYear()', () => {
  it('passes the plan\'s own year 2023', () => {
    expect(() => checkYear(2023, LANXI_2023)).not.toThrow();
  });

  it('refuses a year after the period, naming its end', () => {
    expect(notInForce(() => checkYear(2024, LANXI_2023))).toMatchObject({ date: '2024-01-01', periodTo: '2023-12-31' });
  });

  it('refuses a year that ends before the plan takes effect', () => {
    expect(notInForce(() => checkYear(2022, LANXI_2023))).toMatchObject({ date: '2022-01-01', effectiveFrom: '2023-05-13', periodTo: undefined });
  });

  it('passes a year within an extended period, and refuses the next', () => {
    const p = LANXI_2023.with({ period: { to: '2024-12-31' } });
    expect(() => checkYear(2024, p)).not.toThrow();
    expect(() => checkYear(2025, p)).toThrow(PlanNotInForceError);
  });

  it('passes a year the period reaches only in part', () => {
    expect(() => checkYear(2024, LANXI_2023.with({ period: { to: '2024-01-01' } }))).not.toThrow();
  });

  it('passes an earlier year when both the date of force and the period start are moved to it', () => {
    const p = LANXI_2023.with({ effectiveFrom: '2022-01-01', period: { from: '2022-01-01' } });
    expect(() => checkYear(2022, p)).not.toThrow();
    expect(() => checkYear(2022, LANXI_2023.with({ effectiveFrom: '2022-01-01' }))).toThrow(PlanNotInForceError);
  });
});
