import { describe, expect, it } from 'vitest';
import { Decimal, LANXI_2023, PolicyInputError, explain, householdLoanSubsidy, loanInterestSubsidy } from '../../src/index.js';

const amount = (r: { amount: Decimal }) => r.amount.toFixed(2);

describe('loanInterestSubsidy (2.3.8, I-2, I-3, I-12)', () => {
  it('pays 3% when half the actual rate is below 3%', () => {
    const r = loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 });
    expect(r.subsidyRate.toString()).toBe('0.03');
    expect(r.rateBasis).toBe('floor-rate');
    expect(amount(r)).toBe('1500.00');
  });

  it('pays half the actual rate when that is above 3%', () => {
    const r = loanInterestSubsidy({ principal: 50000, annualRate: '0.08', days: 360 });
    expect(r.subsidyRate.toString()).toBe('0.04');
    expect(r.rateBasis).toBe('share-of-rate');
    expect(amount(r)).toBe('2000.00');
  });

  it('pays 3% either way when half the actual rate is exactly 3% (a tie in 就高)', () => {
    const r = loanInterestSubsidy({ principal: 10000, annualRate: '0.06', days: 360 });
    expect(r.rateBasis).toBe('tie');
    expect(r.subsidyRate.toString()).toBe('0.03');
    expect(amount(r)).toBe('300.00');
  });

  it('never pays above the actual rate when the actual rate is below 3%', () => {
    const r = loanInterestSubsidy({ principal: 10000, annualRate: '0.025', days: 360 });
    expect(r.rateBasis).toBe('actual-rate');
    expect(r.subsidyRate.toString()).toBe('0.025');
    expect(amount(r)).toBe('250.00');
  });

  it('never pays more than the interest actually paid', () => {
    const r = loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360, interestPaid: '999.99' });
    expect(amount(r)).toBe('999.99');
    expect(r.cappedByInterestPaid).toBe(true);
  });

  it('counts actual days over a 360-day year', () => {
    const r = loanInterestSubsidy({ principal: 100000, annualRate: '0.0435', days: 365 });
    expect(amount(r)).toBe('3041.67');
  });

  it('rounds half a fen up, once, at the end', () => {
    // 1 × 3% × 3 / 360 = 0.00025 → 0.00; 30 × 3% × 2 / 360 = 0.005 → 0.01
    expect(amount(loanInterestSubsidy({ principal: 30, annualRate: '0.03', days: 2 }))).toBe('0.01');
    expect(amount(loanInterestSubsidy({ principal: 1, annualRate: '0.03', days: 3 }))).toBe('0.00');
  });

  it('subsidises at most 100000 yuan of principal', () => {
    const r = loanInterestSubsidy({ principal: 150000, annualRate: '0.0435', days: 360 });
    expect(r.subsidizedPrincipal.toString()).toBe('100000');
    expect(amount(r)).toBe('3000.00');
  });

  it('applies a what-if floor rate without touching the plan', () => {
    const reform = LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
    expect(amount(loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 }, reform))).toBe('2000.00');
    expect(LANXI_2023.params.microcredit.floorRate.value.toString()).toBe('0.03');
  });

  it('explains the branch taken in both languages', () => {
    const r = loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 });
    expect(explain(r, { locale: 'en' })).toContain('50% × 4.35% = 2.175% is below the 3% floor, so 3% applies');
    expect(explain(r)).toContain('低于 3%，按就高原则适用 3%');
    expect(explain(r)).toContain('2.3.8');
  });

  it.each([
    [{ principal: -1, annualRate: '0.04', days: 1 }, 'principal', 'negative'],
    [{ principal: NaN, annualRate: '0.04', days: 1 }, 'principal', 'not_a_number'],
    [{ principal: Infinity, annualRate: '0.04', days: 1 }, 'principal', 'not_finite'],
    [{ principal: 'abc', annualRate: '0.04', days: 1 }, 'principal', 'invalid_decimal'],
    [{ principal: '', annualRate: '0.04', days: 1 }, 'principal', 'invalid_decimal'],
    [{ principal: '1e999', annualRate: '0.04', days: 1 }, 'principal', 'out_of_range'],
    [{ principal: 1, annualRate: 4.35, days: 1 }, 'annualRate', 'rate_above_one'],
    [{ principal: 1, annualRate: '0.04', days: 1.5 }, 'days', 'not_integer'],
  ])('rejects %o at its path', (input, path, code) => {
    try {
      loanInterestSubsidy(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues[0]).toMatchObject({ path: [path], code });
    }
  });
});

describe('householdLoanSubsidy (2.3.8, I-4, I-5)', () => {
  // Drawn after the date of force (2023-05-13) so that the 2023 plan subsidises every day from the drawdown.
  const loan = (over: object) => ({ principal: 60000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', ...over });

  it('splits the 100000 cap across two loans, earliest drawdown first', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [loan({ id: 'late', startDate: '2023-08-01' }), loan({ id: 'early' })] });
    expect(r.loans.map((l) => [l.id, l.subsidizedPrincipal.toString()])).toEqual([['late', '40000'], ['early', '60000']]);
    expect(r.principalCapRemaining.toString()).toBe('0');
  });

  it('breaks a tie in drawdown date by input order', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [loan({ id: 'a' }), loan({ id: 'b' })] });
    expect(r.loans.map((l) => l.subsidizedPrincipal.toString())).toEqual(['60000', '40000']);
  });

  it('pays nothing for days before the plan took effect on 2023-05-13', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [loan({ startDate: '2023-01-01', endDate: '2023-05-13' })] });
    expect(r.loans[0]?.days).toBe(0);
    expect(r.total.toFixed(2)).toBe('0.00');
    expect(r.principalCapRemaining.toString()).toBe('100000');
  });

  it('counts from 2023-05-13 for a loan drawn earlier in 2023', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [loan({ principal: 36000, startDate: '2023-01-01', endDate: '2024-01-01' })] });
    expect(r.loans[0]?.days).toBe(233);
    expect(r.total.toFixed(2)).toBe('699.00');
  });

  it('applies the whole year when the date of force is moved to 2023-01-01', () => {
    const allYear = LANXI_2023.with({ effectiveFrom: '2023-01-01' });
    const r = householdLoanSubsidy({ year: 2023, loans: [loan({ principal: 36000, startDate: '2023-01-01', endDate: '2024-01-01' })] }, allYear);
    expect(r.loans[0]?.days).toBe(365);
  });

  it('subsidises nothing above the credit limit', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [loan({ creditLimit: 50000 })] });
    expect(r.loans[0]?.subsidizedPrincipal.toString()).toBe('50000');
  });

  it('rejects a loan that ends before it starts, naming the path', () => {
    expect(() => householdLoanSubsidy({ year: 2023, loans: [loan({ endDate: '2023-05-31' })] })).toThrowError(PolicyInputError);
    try {
      householdLoanSubsidy({ year: 2023, loans: [loan({ endDate: '2023-05-31' })] });
    } catch (e) {
      expect((e as PolicyInputError).issues[0]).toMatchObject({ path: ['loans', 0, 'endDate'], code: 'end_before_start' });
    }
  });
});
