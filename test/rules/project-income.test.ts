import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { projectIncomeCore, projectIncomeRule } from '../../src/rules/project-income.js';

const issueOf = (input: unknown) => {
  try {
    projectIncomeRule(input as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues[0];
  }
  return expect.unreachable('no error thrown');
};

describe('projectIncomeRule (2.3.9, I-8)', () => {
  describe('required amount', () => {
    it('requires 30% of the income', () => {
      expect(projectIncomeRule({ income: 100000, allocatedToLowIncome: 0 }).required.toFixed(2)).toBe('30000.00');
    });

    it('rounds the requirement up to the fen, never down', () => {
      expect(projectIncomeRule({ income: '1000.01', allocatedToLowIncome: 0 }).required.toFixed(2)).toBe('300.01');
      expect(projectIncomeRule({ income: '0.01', allocatedToLowIncome: 0 }).required.toFixed(2)).toBe('0.01');
    });

    it('requires nothing when the income is zero', () => {
      const r = projectIncomeRule({ income: 0, allocatedToLowIncome: 0 });
      expect(r.required.toFixed(2)).toBe('0.00');
      expect(r.compliant).toBe(true);
      expect(r.shortfall.toFixed(2)).toBe('0.00');
    });

    it('requires nothing when the project made a loss', () => {
      const r = projectIncomeRule({ income: '-5000', allocatedToLowIncome: 0 });
      expect(r.required.toFixed(2)).toBe('0.00');
      expect(r.compliant).toBe(true);
      expect(r.shortfall.toFixed(2)).toBe('0.00');
    });
  });

  describe('compliance', () => {
    it('is compliant at exactly 30% (至少 includes the number)', () => {
      const r = projectIncomeRule({ income: 100000, allocatedToLowIncome: 30000 });
      expect(r.compliant).toBe(true);
      expect(r.shortfall.toFixed(2)).toBe('0.00');
    });

    it('is not compliant a fen below 30%, and the shortfall is that fen', () => {
      const r = projectIncomeRule({ income: 100000, allocatedToLowIncome: '29999.99' });
      expect(r.compliant).toBe(false);
      expect(r.shortfall.toFixed(2)).toBe('0.01');
    });

    it('compares exact values: 300.003 complies with an income of 1000.01 although 300.01 is required', () => {
      const r = projectIncomeRule({ income: '1000.01', allocatedToLowIncome: '300.003' });
      expect(r.compliant).toBe(true);
      expect(r.required.toFixed(2)).toBe('300.01');
      expect(r.shortfall.toFixed(2)).toBe('0.00');
    });

    it('reports the shortfall against the amount required', () => {
      const r = projectIncomeRule({ income: '1000.01', allocatedToLowIncome: 300 });
      expect(r.compliant).toBe(false);
      expect(r.shortfall.toFixed(2)).toBe('0.01');
    });

    it('is compliant above 30%', () => {
      expect(projectIncomeRule({ income: 100000, allocatedToLowIncome: 100000 }).compliant).toBe(true);
    });
  });

  describe('what-if', () => {
    it('applies a what-if share of 40% without touching the plan', () => {
      const reform = LANXI_2023.with({ projectIncome: { minLowIncomeShare: '0.4' } });
      const r = projectIncomeRule({ income: 100000, allocatedToLowIncome: 30000 }, reform);
      expect(r.required.toFixed(2)).toBe('40000.00');
      expect(r.compliant).toBe(false);
      expect(r.shortfall.toFixed(2)).toBe('10000.00');
      expect(LANXI_2023.params.projectIncome.minLowIncomeShare.value.toString()).toBe('0.3');
    });
  });

  describe('explanation', () => {
    it('explains a shortfall in both languages, citing the clause', () => {
      const r = projectIncomeRule({ income: 100000, allocatedToLowIncome: 20000 });
      const en = explain(r, { locale: 'en' });
      const zh = explain(r);
      expect(en).toContain('[2.3.9]');
      expect(en).toContain('20000 allocated: less than 30% of the income');
      expect(en).toContain('rounded up to the fen');
      expect(zh).toContain('不足收益的 30%');
      expect(zh).toContain('每个项目的收益中，至少30%要用于本村低收入农户的生产生活和困难补助');
    });

    it('explains a loss in both languages', () => {
      const r = projectIncomeRule({ income: -1, allocatedToLowIncome: 0 });
      expect(explain(r, { locale: 'en' })).toContain('the project has no income (zero or a loss): nothing is required');
      expect(explain(r)).toContain('项目无收益（收益为零或亏损），不要求分配');
    });
  });

  describe('bad input', () => {
    it.each([
      [{ income: 'abc', allocatedToLowIncome: 0 }, ['income'], 'invalid_decimal'],
      [{ income: NaN, allocatedToLowIncome: 0 }, ['income'], 'not_a_number'],
      [{ income: '-1e13', allocatedToLowIncome: 0 }, ['income'], 'out_of_range'],
      [{ income: 1, allocatedToLowIncome: -1 }, ['allocatedToLowIncome'], 'negative'],
      [{ income: 1 }, ['allocatedToLowIncome'], 'required'],
      [{ income: 1, allocatedToLowIncome: 0, project: 'x' }, [], 'unrecognized_keys'],
    ])('rejects %o at its path', (input, path, code) => {
      expect(issueOf(input)).toMatchObject({ path, code });
    });
  });

  describe('properties', () => {
    const cents = (max: bigint, min = 0n) => fc.bigInt({ min, max }).map((n) => new Decimal(n.toString()).div(100));
    const income = cents(10n ** 10n, -(10n ** 10n));
    // allocations in tenths of a fen too, to exercise exact comparison against a rounded requirement
    const allocated = fc.bigInt({ min: 0n, max: 10n ** 11n }).map((n) => new Decimal(n.toString()).div(1000));

    it('requires the least whole number of fen not below 30% of a positive income, and 0 otherwise', () => {
      fc.assert(fc.property(income, (inc) => {
        const r = projectIncomeCore(inc, new Decimal(0), LANXI_2023, false);
        expect(r.required.decimalPlaces()).toBeLessThanOrEqual(2);
        if (inc.lte(0)) {
          expect(r.required.isZero()).toBe(true);
        } else {
          const exact = inc.times('0.3');
          expect(r.required.gte(exact)).toBe(true);
          expect(r.required.minus('0.01').lt(exact)).toBe(true);
        }
      }));
    });

    it('is compliant exactly when allocated ≥ 0.3 × income', () => {
      fc.assert(fc.property(income, allocated, (inc, alloc) => {
        expect(projectIncomeCore(inc, alloc, LANXI_2023, false).compliant).toBe(alloc.gte(inc.times('0.3')));
      }));
    });

    it('has a shortfall that is never negative, zero exactly when compliant, and enough to comply', () => {
      fc.assert(fc.property(income, allocated, (inc, alloc) => {
        const r = projectIncomeCore(inc, alloc, LANXI_2023, false);
        expect(r.shortfall.gte(0)).toBe(true);
        expect(r.shortfall.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(r.shortfall.isZero()).toBe(r.compliant);
        expect(projectIncomeCore(inc, alloc.plus(r.shortfall), LANXI_2023, false).compliant).toBe(true);
      }));
    });

    it('never requires less for a larger income', () => {
      fc.assert(fc.property(income, income, (a, b) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const zero = new Decimal(0);
        expect(projectIncomeCore(hi, zero, LANXI_2023, false).required.gte(projectIncomeCore(lo, zero, LANXI_2023, false).required)).toBe(true);
      }));
    });
  });

  it('returns a frozen result', () => {
    expect(Object.isFrozen(projectIncomeRule({ income: 1, allocatedToLowIncome: 1 }))).toBe(true);
  });
});
