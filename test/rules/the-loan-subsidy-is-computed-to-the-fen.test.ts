/**
 * 二（三）8 over both calculators, with amounts computed by hand (subsidised balance × subsidy rate ×
 * days ÷ 360, rounded once, half up): 就高 and its ties, the days of the year, the yearly cap in
 * drawdown order under both readings, repayments and rate changes, maturity, the credit limit, the
 * household's credit line and the interest paid.
 */
import { describe, expect, it } from 'vitest';
import { DECIMAL, FEN, type Calculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { dayNumber } from '../../src/core/scaled.js';
import { householdLoans, loanAmount, subsidyRate, type LoanParams, type LoanTerms } from '../../src/rules/loan-algorithm.js';

const d = (v: string | number) => new Decimal(v);
const YEAR = { from: dayNumber('2023-01-01'), to: dayNumber('2024-01-01') };

interface Spec {
  principal: string; rate: string; start: string; end: string; maturity?: string; creditLimit?: string; interestPaid?: string;
  repayments?: [string, string][]; rateChanges?: [string, string][];
}
interface Readings { capBasis?: 'cumulative' | 'balance'; overdue?: 'stop-at-maturity' | 'forfeit'; subsidyAboveActualRate?: boolean }

function params<M, R, P>(c: Calculator<M, R, P>, r: Readings = {}): LoanParams<M, R> {
  return {
    rateShare: c.fromRate(d('0.5')), floorRate: c.fromRate(d('0.03')), principalCap: c.fromMoney(d(100000)), dayCountBasis: 360,
    capBasis: r.capBasis ?? 'cumulative', overdue: r.overdue ?? 'stop-at-maturity', subsidyAboveActualRate: r.subsidyAboveActualRate ?? false,
  };
}
function terms<M, R, P>(c: Calculator<M, R, P>, s: Spec): LoanTerms<M, R> {
  return {
    principal: c.fromMoney(d(s.principal)), annualRate: c.fromRate(d(s.rate)), start: dayNumber(s.start), end: dayNumber(s.end),
    maturity: s.maturity === undefined ? Infinity : dayNumber(s.maturity),
    creditLimit: s.creditLimit === undefined ? undefined : c.fromMoney(d(s.creditLimit)),
    interestPaid: s.interestPaid === undefined ? undefined : c.fromMoney(d(s.interestPaid)),
    repayments: (s.repayments ?? []).map(([day, amount]) => ({ day: dayNumber(day), amount: c.fromMoney(d(amount)) })),
    rateChanges: (s.rateChanges ?? []).map(([day, rate]) => ({ day: dayNumber(day), annualRate: c.fromRate(d(rate)) })),
  };
}

/** What both calculators give for a household's loans, as text; they must agree. */
function run(specs: Spec[], r: Readings = {}, creditLine?: string) {
  const over = <M, R, P>(c: Calculator<M, R, P>) => {
    FEN.failed = false;
    const o = householdLoans(c, specs.map((s) => terms(c, s)), YEAR, creditLine === undefined ? undefined : c.fromMoney(d(creditLine)), params(c, r), true);
    const m = (v: M) => c.money(v).toString();
    return {
      total: m(o.total), capRemaining: m(o.capRemaining), order: o.order,
      loans: o.loans.map((l) => ({
        amount: m(l.amount), days: l.days, overdue: l.overdue, limited: l.limited, principal: m(l.subsidizedPrincipal),
        basis: l.subsidy.basis, rate: c.rate(l.subsidy.rate).toString(), balanceDays: m(l.balanceDays), capped: l.cappedByInterestPaid,
        periods: l.periods.map((p) => `${p.days}d ${m(p.balance)}/${m(p.subsidizedBalance)} @${c.rate(p.annualRate).toString()}`),
      })),
    };
  };
  const fen = over(FEN);
  expect(FEN.failed).toBe(false);
  const decimal = over(DECIMAL);
  expect(fen).toEqual(decimal);
  return decimal;
}

const whole = (over: Partial<Spec> = {}): Spec => ({ principal: '50000', rate: '0.0435', start: '2023-01-01', end: '2024-01-01', ...over });

describe('就高: the subsidy rate (I-2)', () => {
  it('pays the 3% floor when half the rate is below it: 50 000 × 3% × 365 ÷ 360 = 1520.83', () => {
    const l = run([whole()]).loans[0];
    expect(l).toMatchObject({ amount: '1520.83', days: 365, basis: 'floor-rate', rate: '0.03', balanceDays: '18250000', principal: '50000', capped: false });
  });

  it('pays half the rate when it is above 3%: 8% → 4%, 50 000 × 4% × 365 ÷ 360 = 2027.78', () => {
    expect(run([whole({ rate: '0.08' })]).loans[0]).toMatchObject({ amount: '2027.78', basis: 'share-of-rate', rate: '0.04' });
  });

  it('names a tie when half the rate is exactly 3%', () => {
    expect(run([whole({ rate: '0.06' })]).loans[0]).toMatchObject({ amount: '1520.83', basis: 'tie', rate: '0.03' });
  });

  it('never pays above the actual rate (2.5%: 1267.36), unless the reading allows it (3%: 1520.83)', () => {
    expect(run([whole({ rate: '0.025' })]).loans[0]).toMatchObject({ amount: '1267.36', basis: 'actual-rate', rate: '0.025' });
    expect(run([whole({ rate: '0.025' })], { subsidyAboveActualRate: true }).loans[0]).toMatchObject({ amount: '1520.83', basis: 'floor-rate', rate: '0.03' });
  });

  it('pays the floor, not the actual rate, when the actual rate is exactly 3%', () => {
    expect(run([whole({ rate: '0.03' })]).loans[0]).toMatchObject({ amount: '1520.83', basis: 'floor-rate' });
  });

  it('gives the share of the rate with the rate it chose', () => {
    for (const c of [FEN, DECIMAL] as Calculator<unknown, unknown, unknown>[]) {
      const s = subsidyRate(c, c.fromRate(d('0.0435')), params(c));
      expect(c.rate(s.share).toString()).toBe('0.02175');
    }
  });
});

describe('the days of the year (I-3, I-5)', () => {
  it('counts a loan from its start inside the year: 184 days, 766.67', () => {
    expect(run([whole({ start: '2023-07-01', end: '2024-07-01' })]).loans[0]).toMatchObject({ amount: '766.67', days: 184 });
  });

  it('counts a loan from 1 January when it started before: 181 days, 754.17', () => {
    expect(run([whole({ start: '2022-07-01', end: '2023-07-01' })]).loans[0]).toMatchObject({ amount: '754.17', days: 181 });
  });

  it('gives nothing, and takes nothing of the cap, for a loan outside the year', () => {
    const r = run([whole({ start: '2022-01-01', end: '2023-01-01' })]);
    expect(r.loans[0]).toMatchObject({ amount: '0', days: 0, principal: '0' });
    expect(r.capRemaining).toBe('100000');
  });
});

describe('the yearly cap of 100 000 (I-4)', () => {
  const first = whole({ principal: '80000' });
  const second = whole({ start: '2023-02-01' });

  it('gives the cap to the loans in drawdown order, whatever their order in the input', () => {
    // 80 000 × 3% × 365 ÷ 360 = 2433.33; the rest of the cap, 20 000 × 3% × 334 ÷ 360 = 556.67
    const r = run([second, first]);
    expect(r.order).toEqual([1, 0]);
    expect(r.loans.map((l) => [l.principal, l.amount])).toEqual([['20000', '556.67'], ['80000', '2433.33']]);
    expect(r.total).toBe('2990');
    expect(r.capRemaining).toBe('0');
  });

  it('keeps input order for loans drawn on the same day', () => {
    const r = run([whole({ principal: '70000' }), whole({ principal: '60000' })]);
    expect(r.order).toEqual([0, 1]);
    expect(r.loans.map((l) => l.principal)).toEqual(['70000', '30000']);
  });

  it('under the reading "balance", names a loan\'s highest subsidised balance as its principal', () => {
    // the second loan never holds more than the 20 000 the first leaves of the cap
    const r = run([first, second], { capBasis: 'balance' });
    expect(r.loans.map((l) => [l.principal, l.amount])).toEqual([['80000', '2433.33'], ['20000', '556.67']]);
    expect(r.capRemaining).toBe('0');
  });

  it('orders three loans by their drawdown day', () => {
    const r = run([whole({ principal: '10000', start: '2023-03-01' }), whole({ principal: '95000', start: '2023-02-01' }), whole({ principal: '10000' })]);
    expect(r.order).toEqual([2, 1, 0]);
    expect(r.loans.map((l) => l.principal)).toEqual(['0', '90000', '10000']);
  });

  it('leaves what a single loan does not use', () => {
    expect(run([whole()]).capRemaining).toBe('50000');
    expect(run([whole()], { capBasis: 'balance' }).capRemaining).toBe('50000');
  });

  it('under the reading "balance", frees the cap on the days a repaid loan no longer holds it', () => {
    // the first loan, 80 000, is repaid on 1 July (181 days: 1206.67); the second holds 20 000 of
    // the cap for 150 days, then all its 50 000 for 184: 3% × (3 000 000 + 9 200 000) ÷ 360 = 1016.67
    const early = whole({ principal: '80000', end: '2023-07-01' });
    const r = run([early, second], { capBasis: 'balance' });
    expect(r.loans.map((l) => [l.amount, l.principal])).toEqual([['1206.67', '80000'], ['1016.67', '50000']]);
    expect(r.loans[1]?.periods).toEqual(['150d 50000/20000 @0.0435', '184d 50000/50000 @0.0435']);
    expect(r.capRemaining).toBe('0');
    // under "cumulative" the second loan keeps the 20 000 it was given: 556.67
    expect(run([early, second]).loans[1]).toMatchObject({ amount: '556.67', principal: '20000' });
  });
});

describe('repayments and rate changes (I-3)', () => {
  it('accrues the day of a repayment on the lower balance: 3% × (60 000 × 181 + 30 000 × 184) ÷ 360 = 1365', () => {
    const l = run([whole({ principal: '60000', repayments: [['2023-07-01', '30000']] })]).loans[0];
    expect(l).toMatchObject({ amount: '1365', balanceDays: '16380000', principal: '60000' });
    expect(l?.periods).toEqual(['181d 60000/60000 @0.0435', '184d 30000/30000 @0.0435']);
  });

  it('applies 就高 again from a rate change: 60 000 × (4% × 181 + 3% × 184) ÷ 360 = 2126.67', () => {
    const l = run([whole({ principal: '60000', rate: '0.08', rateChanges: [['2023-07-01', '0.04']] })]).loans[0];
    expect(l).toMatchObject({ amount: '2126.67', basis: 'share-of-rate', rate: '0.04' });
    expect(l?.periods).toEqual(['181d 60000/60000 @0.08', '184d 60000/60000 @0.04']);
  });

  it('counts a repayment made before the subsidised days from their start, and ignores what is dated after them', () => {
    // 40 000 × 3% × 184 ÷ 360 = 613.33
    const l = run([whole({ start: '2023-07-01', end: '2024-07-01', repayments: [['2023-01-15', '10000'], ['2024-03-01', '10000']], rateChanges: [['2024-02-01', '0.1']] })]).loans[0];
    expect(l).toMatchObject({ amount: '613.33', days: 184 });
  });

  it('counts a repayment or a rate change dated on the first or the last subsidised day', () => {
    // repaid 20 000 on the first day: 30 000 × 3% × 184 ÷ 360 = 460; repriced on 2024-01-01, after the year: nothing changes
    const l = run([whole({ start: '2023-07-01', end: '2024-07-01', repayments: [['2023-07-01', '20000'], ['2024-01-01', '30000']], rateChanges: [['2024-01-01', '0.2']] })]).loans[0];
    expect(l).toMatchObject({ amount: '460', days: 184, rate: '0.03' });
    expect(l?.periods).toEqual(['184d 30000/30000 @0.0435']);
    // repriced on the first day: 8% from the start, 4%: 50 000 × 4% × 184 ÷ 360 = 1022.22
    expect(run([whole({ start: '2023-07-01', end: '2024-07-01', rateChanges: [['2023-07-01', '0.08']] })]).loans[0]).toMatchObject({ amount: '1022.22', basis: 'share-of-rate' });
  });

  it('names the rate of the first subsidised day, and 就高 for the loan\'s own rate when it has no such day', () => {
    const l = run([whole({ principal: '60000', rateChanges: [['2023-03-01', '0.08'], ['2023-07-01', '0.02']] })]).loans[0];
    expect(l).toMatchObject({ basis: 'floor-rate', rate: '0.03' });
    expect(l?.periods).toEqual(['59d 60000/60000 @0.0435', '122d 60000/60000 @0.08', '184d 60000/60000 @0.02']);
    expect(run([whole({ rate: '0.08', start: '2022-01-01', end: '2022-06-01' })]).loans[0]).toMatchObject({ days: 0, basis: 'share-of-rate', rate: '0.04' });
  });

  it('keeps one period for a loan whose balance and rate hold while another loan starts', () => {
    const r = run([whole({ principal: '10000' }), whole({ principal: '10000', start: '2023-03-01' })]);
    expect(r.loans[0]?.periods).toEqual(['365d 10000/10000 @0.0435']);
  });
});

describe('maturity (I-2: overdue days earn nothing)', () => {
  it('stops at maturity: 181 days, 754.17', () => {
    expect(run([whole({ maturity: '2023-07-01' })]).loans[0]).toMatchObject({ amount: '754.17', days: 181, overdue: 'stopped' });
  });

  it('forfeits a loan repaid after its maturity under the reading "forfeit", and takes none of the cap', () => {
    const r = run([whole({ maturity: '2023-07-01' })], { overdue: 'forfeit' });
    expect(r.loans[0]).toMatchObject({ amount: '0', days: 0, overdue: 'forfeit' });
    expect(r.capRemaining).toBe('100000');
  });

  it('is not overdue when repaid on its maturity', () => {
    expect(run([whole({ maturity: '2024-01-01' })], { overdue: 'forfeit' }).loans[0]).toMatchObject({ amount: '1520.83', overdue: 'none' });
    expect(run([whole({ maturity: '2024-01-01' })]).loans[0]).toMatchObject({ amount: '1520.83', overdue: 'none' });
  });

  it('is not stopped in this year by a maturity in the next', () => {
    expect(run([whole({ end: '2024-07-01', maturity: '2024-03-01' })]).loans[0]).toMatchObject({ amount: '1520.83', overdue: 'none', days: 365 });
  });
});

describe('the credit limit, the credit line and the interest paid (I-2, I-4)', () => {
  it('subsidises no more than the credit limit: 40 000 × 3% × 365 ÷ 360 = 1216.67', () => {
    expect(run([whole({ creditLimit: '40000' })]).loans[0]).toMatchObject({ amount: '1216.67', limited: true, principal: '40000' });
    expect(run([whole({ creditLimit: '50000' })]).loans[0]).toMatchObject({ amount: '1520.83', limited: false });
  });

  it('shares the household credit line in drawdown order: 608.33 and 304.17', () => {
    const r = run([whole({ principal: '20000' }), whole({ principal: '20000' })], {}, '30000');
    expect(r.loans.map((l) => l.amount)).toEqual(['608.33', '304.17']);
    expect(r.total).toBe('912.5');
  });

  it('pays no more than the interest paid, and pays the subsidy when the interest paid covers it', () => {
    expect(run([whole({ interestPaid: '1000' })]).loans[0]).toMatchObject({ amount: '1000', capped: true });
    expect(run([whole({ interestPaid: '1520.83' })]).loans[0]).toMatchObject({ amount: '1520.83', capped: true });
    expect(run([whole({ interestPaid: '1520.84' })]).loans[0]).toMatchObject({ amount: '1520.83', capped: false });
  });

  it('holds a rounded-up amount to an interest paid of less than it, cut to the fen', () => {
    // exact 10.005 rounds to 10.01, above the 10.006 paid, although 10.005 is not
    const r = loanAmount(DECIMAL, d('3601.8'), d('10.006'), 360);
    expect([r.amount.toString(), r.capped]).toEqual(['10', true]);
    const none = loanAmount(DECIMAL, d('3601.8'), undefined, 360);
    expect([none.amount.toString(), none.capped]).toEqual(['10.01', false]);
  });

  it('gives only the total when no detail is asked for', () => {
    FEN.failed = false;
    const o = householdLoans(FEN, [terms(FEN, whole())], YEAR, undefined, params(FEN), false);
    expect(o.loans).toEqual([]);
    expect(FEN.money(o.total).toString()).toBe('1520.83');
  });
});

describe('the principal each reading names, and the cap it leaves (I-4)', () => {
  it('under the reading "balance", subsidises no more than the credit limit either: 40 000 × 3% × 365 ÷ 360 = 1216.67', () => {
    const r = run([whole({ creditLimit: '40000' })], { capBasis: 'balance' });
    expect(r.loans[0]).toMatchObject({ amount: '1216.67', limited: true, principal: '40000', balanceDays: '14600000' });
    expect(r.capRemaining).toBe('60000');
  });

  it('under the reading "balance", names the highest subsidised balance after a repayment has lowered it', () => {
    // 3% × (60 000 × 181 + 30 000 × 184) ÷ 360 = 1365; the highest balance, 60 000, is the principal
    const r = run([whole({ principal: '60000', repayments: [['2023-07-01', '30000']] })], { capBasis: 'balance' });
    expect(r.loans[0]).toMatchObject({ amount: '1365', principal: '60000' });
    expect(r.capRemaining).toBe('40000');
  });

  it('under the reading "cumulative", names each loan\'s share of the cap, though the household\'s credit line lets the second earn on less', () => {
    // 20 000 × 3% × 365 ÷ 360 = 608.33; the line leaves the second loan 10 000: 304.17; the cap gave each 20 000
    const r = run([whole({ principal: '20000' }), whole({ principal: '20000' })], {}, '30000');
    expect(r.loans.map((l) => [l.principal, l.amount])).toEqual([['20000', '608.33'], ['20000', '304.17']]);
    expect(r.capRemaining).toBe('60000');
  });

  it('under the reading "balance", names what the household\'s credit line lets each loan earn on, and leaves the cap above the highest day', () => {
    const r = run([whole({ principal: '20000' }), whole({ principal: '20000' })], { capBasis: 'balance' }, '30000');
    expect(r.loans.map((l) => [l.principal, l.amount])).toEqual([['20000', '608.33'], ['10000', '304.17']]);
    expect(r.capRemaining).toBe('70000');
  });
});

describe('a loan\'s periods and its days', () => {
  it('keeps two periods when a repayment lowers the balance but not the part within the credit limit', () => {
    // 40 000 earns all year: 40 000 × 3% × 365 ÷ 360 = 1216.67
    const l = run([whole({ principal: '60000', creditLimit: '40000', repayments: [['2023-07-01', '10000']] })]).loans[0];
    expect(l).toMatchObject({ amount: '1216.67', balanceDays: '14600000', limited: true });
    expect(l?.periods).toEqual(['181d 60000/40000 @0.0435', '184d 50000/40000 @0.0435']);
  });

  it('does not name a loan outside the year as cut to its interest paid', () => {
    expect(run([whole({ start: '2022-01-01', end: '2023-01-01', interestPaid: '100' })]).loans[0]).toMatchObject({ amount: '0', days: 0, capped: false });
    expect(run([whole({ maturity: '2023-07-01', interestPaid: '100' })], { overdue: 'forfeit' }).loans[0]).toMatchObject({ amount: '0', days: 0, capped: false });
  });
});
