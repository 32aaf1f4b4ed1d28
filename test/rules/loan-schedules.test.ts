import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayArb, readingsPlanArb, scheduledLoanArb } from '../helpers/arbitraries.js';
import { LANXI_2023, PolicyInputError, assessHousehold, householdLoanSubsidy, simulate } from '../../src/index.js';
import { DECIMAL, FEN } from '../../src/core/calculator.js';
import { byDay, householdLoans, NO_CHANGES } from '../../src/rules/loan-algorithm.js';
import { loanTermsOf, yearWindow } from '../../src/rules/loan-interest-subsidy.js';
import { calcPlan } from '../../src/rules/calc-plan.js';
import { householdLoansSchema, type ParsedLoan } from '../../src/schema/loan.js';

const BALANCE = LANXI_2023.with({ readings: { capBasis: 'balance' } });
const FORFEIT = LANXI_2023.with({ readings: { overdue: 'forfeit' } });

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyInputError) return e.issues.map((i) => ({ path: i.path, code: i.code }));
    throw e;
  }
  throw new Error('no error');
};

describe('householdLoanSubsidy over a bank\'s records (2.3.8, I-2, I-4)', () => {
  it('a 100000 loan cut to 50000 on 09-01 earns 1145.83 on 13750000 yuan-days (100000 × 92 + 50000 × 91 at 3%, ÷ 360)', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [{ principal: 100000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-12-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] });
    expect(r.total.toFixed(2)).toBe('1145.83');
    const l = r.loans[0];
    expect(l?.balanceDays.toString()).toBe('13750000');
    expect(l?.periods.map((p) => [p.from, p.to, p.days, p.balance.toString(), p.subsidyRate.toString()])).toEqual([
      ['2023-06-01', '2023-09-01', 92, '100000', '0.03'],
      ['2023-09-01', '2023-12-01', 91, '50000', '0.03'],
    ]);
  });

  it('a repricing across the 6% tie recomputes the rate for each period: 3% (floor), 3% (tie), 3.5%, 934.03 in all', () => {
    // 50000 × (3% × 92 + 3% × 61 + 3.5% × 61) ÷ 360 = 336250 ÷ 360 = 934.027…
    const r = householdLoanSubsidy({ year: 2023, loans: [{ principal: 50000, annualRate: '0.05', startDate: '2023-06-01', endDate: '2024-01-01',
      rateChanges: [{ date: '2023-11-01', annualRate: '0.07' }, { date: '2023-09-01', annualRate: '0.06' }] }] });
    expect(r.total.toFixed(2)).toBe('934.03');
    expect(r.loans[0]?.periods.map((p) => p.subsidyRate.toString())).toEqual(['0.03', '0.03', '0.035']);
    expect(r.loans[0]?.balanceDays.toString()).toBe('10700000');
  });

  it('a repayment before 2023-05-13 lowers the balance the subsidy starts from: 50000 × 3% × 80 ÷ 360 = 333.33', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [{ principal: 80000, annualRate: '0.04', startDate: '2023-03-01', endDate: '2023-08-01', repayments: [{ date: '2023-04-01', amount: 30000 }] }] });
    expect(r.total.toFixed(2)).toBe('333.33');
    expect(r.loans[0]?.days).toBe(80);
    expect(r.loans[0]?.balanceDays.toString()).toBe('4000000');
  });

  it('days from the maturity on earn nothing by default, and under "forfeit" an overdue loan earns nothing at all', () => {
    const loan = { principal: 60000, annualRate: '0.08', startDate: '2023-06-01', endDate: '2023-10-01', maturityDate: '2023-09-01' };
    const r = householdLoanSubsidy({ year: 2023, loans: [loan] });
    expect(r.total.toFixed(2)).toBe('613.33'); // 60000 × 4% × 92 ÷ 360
    expect(r.loans[0]?.overdue).toBe('stopped');
    const f = householdLoanSubsidy({ year: 2023, loans: [loan] }, FORFEIT);
    expect(f.total.toFixed(2)).toBe('0.00');
    expect(f.loans[0]?.overdue).toBe('forfeit');
    const onTime = householdLoanSubsidy({ year: 2023, loans: [{ ...loan, endDate: '2023-09-01' }] }, FORFEIT);
    expect(onTime.total.toFixed(2)).toBe('613.33');
  });

  it('two drawdowns on one 50000 credit line earn on 50000 together: 457.50 + 51.67', () => {
    const r = householdLoanSubsidy({ year: 2023, creditLine: 50000, loans: [
      { id: 'a', principal: 30000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-12-01' },
      { id: 'b', principal: 30000, annualRate: '0.0435', startDate: '2023-07-01', endDate: '2023-08-01' },
    ] });
    expect(r.loans.map((l) => l.amount.toFixed(2))).toEqual(['457.50', '51.67']);
    expect(r.loans[1]?.balanceDays.toString()).toBe('620000');
    expect(r.total.toFixed(2)).toBe('509.17');
  });

  it('reads the 100000 cap both ways over overlapping loans: cumulative 613.33 + 255.00, balance 613.33 + 558.33', () => {
    const loans = [
      { principal: 80000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-09-01' },
      { principal: 60000, annualRate: '0.0435', startDate: '2023-07-01', endDate: '2023-12-01' },
    ];
    expect(householdLoanSubsidy({ year: 2023, loans }).loans.map((l) => l.amount.toFixed(2))).toEqual(['613.33', '255.00']);
    const b = householdLoanSubsidy({ year: 2023, loans }, BALANCE);
    expect(b.loans.map((l) => l.amount.toFixed(2))).toEqual(['613.33', '558.33']);
    expect(b.loans[1]?.balanceDays.toString()).toBe('6700000');
  });

  it('reads the cap both ways over loans that do not overlap: cumulative gives the second 20000, balance its whole 60000', () => {
    const loans = [
      { principal: 80000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-09-01' },
      { principal: 60000, annualRate: '0.0435', startDate: '2023-09-01', endDate: '2023-12-01' },
    ];
    expect(householdLoanSubsidy({ year: 2023, loans }).loans[1]?.amount.toFixed(2)).toBe('151.67');
    expect(householdLoanSubsidy({ year: 2023, loans }, BALANCE).loans[1]?.amount.toFixed(2)).toBe('455.00');
  });

  it('holds a scheduled loan to the interest paid on it', () => {
    const r = householdLoanSubsidy({ year: 2023, loans: [{ principal: 100000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-12-01', interestPaid: 1000, repayments: [{ date: '2023-09-01', amount: 50000 }] }] });
    expect(r.total.toFixed(2)).toBe('1000.00');
    expect(r.loans[0]?.cappedByInterestPaid).toBe(true);
  });

  it('explains every period in both languages', async () => {
    const { explain } = await import('../../src/index.js');
    const r = householdLoanSubsidy({ year: 2023, loans: [{ principal: 100000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-12-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] });
    expect(explain(r, { locale: 'en' })).toContain('2023-09-01 – 2023-12-01: balance 50000');
    expect(explain(r)).toContain('2023-06-01 – 2023-09-01：余额 100000 元');
  });
});

describe('bad schedules are refused at their path', () => {
  const base = { principal: 50000, annualRate: '0.04', startDate: '2023-06-01', endDate: '2023-12-01' };
  const call = (loan: object, extra: object = {}) => () => householdLoanSubsidy({ year: 2023, loans: [loan as never], ...extra });
  it.each([
    ['a repayment before the drawdown', { ...base, repayments: [{ date: '2023-05-01', amount: 1 }] }, ['loans', 0, 'repayments', 0, 'date'], 'repayment_outside_loan'],
    ['a repayment after the repayment date', { ...base, repayments: [{ date: '2023-12-02', amount: 1 }] }, ['loans', 0, 'repayments', 0, 'date'], 'repayment_outside_loan'],
    ['repayments above the principal', { ...base, repayments: [{ date: '2023-07-01', amount: 30000 }, { date: '2023-08-01', amount: 30000 }] }, ['loans', 0, 'repayments'], 'repayments_exceed_principal'],
    ['a zero repayment', { ...base, repayments: [{ date: '2023-07-01', amount: 0 }] }, ['loans', 0, 'repayments', 0, 'amount'], 'not_positive'],
    ['a rate change outside the loan', { ...base, rateChanges: [{ date: '2024-01-01', annualRate: '0.05' }] }, ['loans', 0, 'rateChanges', 0, 'date'], 'rate_change_outside_loan'],
    ['a maturity before the drawdown', { ...base, maturityDate: '2023-05-31' }, ['loans', 0, 'maturityDate'], 'maturity_before_start'],
  ])('%s', (_, loan, path, code) => {
    expect(issuesOf(call(loan))).toContainEqual({ path, code });
  });
  it('a negative repayment', () => {
    expect(issuesOf(call({ ...base, repayments: [{ date: '2023-07-01', amount: -5 }] })).map((i) => i.path)).toContainEqual(['loans', 0, 'repayments', 0, 'amount']);
  });
  it('a negative credit line', () => {
    expect(issuesOf(call(base, { creditLine: -1 })).map((i) => i.path)).toContainEqual(['creditLine']);
  });
  it('more than 1000 repayments', () => {
    const repayments = Array.from({ length: 1001 }, () => ({ date: '2023-07-01', amount: 1 }));
    expect(issuesOf(call({ ...base, repayments })).map((i) => i.path)).toContainEqual(['loans', 0, 'repayments']);
  });
  it('a reading outside its options', () => {
    expect(issuesOf(() => LANXI_2023.with({ readings: { capBasis: 'daily' as never } }))).toContainEqual({ path: ['readings', 'capBasis'], code: 'invalid_reading' });
  });
});

// Random schedules: the whole-fen and Decimal calculators run the one algorithm to the same fen.
const day = dayArb('2023-01-01', 420);
const money = fc.integer({ min: 1, max: 15_000_000 }).map((f) => (f / 100).toFixed(2));
const rate = fc.integer({ min: 1, max: 120_000 }).map((r) => (r / 1_000_000).toString());
const loanArb = scheduledLoanArb({ day, money, rate });
const planArb = readingsPlanArb;

describe('a schedule as the algorithm reads it', () => {
  it('is sorted by day, ties in the order given, without changing the list it was made from', () => {
    const given = [{ day: 9, n: 'a' }, { day: 3, n: 'b' }, { day: 9, n: 'c' }, { day: 3, n: 'd' }];
    expect(byDay(given).map((x) => x.n)).toEqual(['b', 'd', 'a', 'c']);
    expect(given.map((x) => x.n)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is the one shared, frozen empty list when there is nothing in it', () => {
    expect(byDay([])).toBe(NO_CHANGES);
    expect(Object.isFrozen(NO_CHANGES)).toBe(true);
    expect(loanTermsOf(DECIMAL, { principal: DECIMAL.zero, annualRate: DECIMAL.zero, startDate: '2023-06-01', endDate: '2023-12-01' } as ParsedLoan).repayments).toBe(NO_CHANGES);
  });
});

describe('one algorithm, two calculators', () => {
  it('gives the same amounts, balance-days and cap to the fen over whole fen and over Decimal on random schedules (property)', () => {
    fc.assert(fc.property(fc.array(loanArb, { minLength: 1, maxLength: 4 }), fc.option(money, { nil: undefined }), planArb, (loans, creditLine, plan) => {
      const parsed = householdLoansSchema().safeParse({ year: 2023, loans, ...(creditLine === undefined ? {} : { creditLine }) });
      if (!parsed.success) return; // a schedule whose repayments exceed the principal
      const w = yearWindow(2023, plan);
      FEN.failed = false;
      const f = householdLoans(FEN, (parsed.data.loans as readonly ParsedLoan[]).map((l) => loanTermsOf(FEN, l)), w, parsed.data.creditLine === undefined ? undefined : FEN.fromMoney(parsed.data.creditLine), calcPlan(FEN, plan).loans, true);
      if (FEN.failed) return;
      const d = householdLoans(DECIMAL, (parsed.data.loans as readonly ParsedLoan[]).map((l) => loanTermsOf(DECIMAL, l)), w, parsed.data.creditLine, calcPlan(DECIMAL, plan).loans, true);
      expect(FEN.money(f.total).toFixed(2)).toBe(d.total.toFixed(2));
      expect(FEN.money(f.capRemaining).toString()).toBe(d.capRemaining.toString());
      f.loans.forEach((l, i) => {
        expect(FEN.money(l.amount).toString()).toBe(d.loans[i]?.amount.toString());
        expect(FEN.money(l.balanceDays).toString()).toBe(d.loans[i]?.balanceDays.toString());
        expect(l.periods.length).toBe(d.loans[i]?.periods.length);
      });
    }), { numRuns: 300 });
  });

  it('simulate equals the sum of assessHousehold on households with schedules (property)', () => {
    fc.assert(fc.property(fc.array(fc.array(loanArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), planArb, (lists, plan) => {
      const households = lists.map((loans, i) => ({
        id: `h${i}`, category: 'dibao', members: [{ laborCapable: true }],
        income: { year: 2023, wage: '12000', netOperating: 0, netProperty: 0, netTransfer: '3000' }, loans,
      })).filter((h) => householdLoansSchema().safeParse({ year: 2023, loans: h.loans }).success);
      if (households.length === 0) return;
      const s = simulate(households, { year: 2023, plan });
      let sum = 0n;
      for (const h of households) sum += BigInt(assessHousehold(h, { year: 2023, plan }).totalEntitlement.times(100).toFixed(0));
      expect(s.totalEntitlement.times(100).toFixed(0)).toBe(sum.toString());
    }), { numRuns: 60 });
  });
});
