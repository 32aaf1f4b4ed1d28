import { describe, expect, expectTypeOf, it } from 'vitest';
import { minimalHousehold } from '../helpers/builders.js';
import type { z } from 'zod';
import type { Defined } from '../helpers/defined.js';
import { PolicyInputError, type PolicyIssue } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';
import {
  householdLoanSchema, householdLoansSchema, parseHousehold, safeParseHousehold, type ParsedHouseholdLoans, type ParsedLoan,
} from '../../src/schema/household.js';

const loan = {
  id: 'loan-1', principal: '100000', annualRate: '0.0435', startDate: '2023-03-01', endDate: '2024-03-01', maturityDate: '2024-03-01',
  creditLimit: '100000', interestPaid: '4000',
  repayments: [{ date: '2023-09-01', amount: '50000' }, { date: '2024-03-01', amount: '50000' }],
  rateChanges: [{ date: '2023-03-01', annualRate: '0.05' }, { date: '2023-10-01', annualRate: '0.06' }],
};
const household = (l: unknown, extra: Record<string, unknown> = {}) => minimalHousehold({ id: 'LX-1', loans: [l], ...extra });

/** The issues `householdLoanSubsidy`'s schema gives for one loan. */
function loansIssues(l: unknown, extra: Record<string, unknown> = {}): readonly PolicyIssue[] {
  try {
    parseInput('householdLoanSubsidy', householdLoansSchema(), { year: 2023, loans: [l], ...extra });
  } catch (e) {
    if (e instanceof PolicyInputError) return e.issues;
    throw e;
  }
  return [];
}
const householdIssues = (l: unknown, extra: Record<string, unknown> = {}): readonly PolicyIssue[] => {
  const r = safeParseHousehold(household(l, extra));
  return r.success ? [] : r.error.issues;
};
const brief = (issues: readonly PolicyIssue[]) => issues.map((i) => ({ path: i.path, code: i.code }));

describe('a loan as banks record it', () => {
  it('is accepted with a maturity, repayments, rate changes, a credit limit and interest paid, in both schemas', () => {
    expect(loansIssues(loan, { creditLine: '150000' })).toEqual([]);
    expect(householdIssues(loan, { creditLine: '150000' })).toEqual([]);
    const h = parseHousehold(household(loan, { creditLine: '150000' }));
    const l = h.loans?.[0];
    expect(l?.maturityDate).toBe('2024-03-01');
    expect(l?.repayments?.map((r) => [r.date, r.amount.toString()])).toEqual([['2023-09-01', '50000'], ['2024-03-01', '50000']]);
    expect(l?.rateChanges?.map((r) => [r.date, r.annualRate.toString()])).toEqual([['2023-03-01', '0.05'], ['2023-10-01', '0.06']]);
    expect(h.creditLine?.toString()).toBe('150000');
  });

  it('is accepted with a repayment on its first day and one on its last, and a rate change on either', () => {
    const edges = { ...loan, repayments: [{ date: '2023-03-01', amount: 1 }, { date: '2024-03-01', amount: 1 }], rateChanges: [{ date: '2024-03-01', annualRate: 0.03 }] };
    expect(loansIssues(edges)).toEqual([]);
  });

  it('leaves out every optional field absent from the input, as before', () => {
    const h = parseHousehold(household({ principal: 1000, annualRate: 0.04, startDate: '2023-06-01', endDate: '2023-07-01' }));
    expect(Object.keys(h.loans?.[0] ?? {})).toEqual(['principal', 'annualRate', 'startDate', 'endDate']);
    expect('creditLine' in h).toBe(false);
  });

  const refused: readonly [string, unknown, readonly (string | number)[], string][] = [
    ['that ends before it starts', { ...loan, endDate: '2023-02-28', repayments: undefined, rateChanges: undefined }, ['endDate'], 'end_before_start'],
    ['that matures before it starts', { ...loan, maturityDate: '2023-02-28' }, ['maturityDate'], 'maturity_before_start'],
    ['with a repayment before its drawdown', { ...loan, repayments: [{ date: '2023-02-28', amount: 1 }] }, ['repayments', 0, 'date'], 'repayment_outside_loan'],
    ['with a repayment after its end', { ...loan, repayments: [{ date: '2023-05-01', amount: 1 }, { date: '2024-03-02', amount: 1 }] }, ['repayments', 1, 'date'], 'repayment_outside_loan'],
    ['with a repayment of zero', { ...loan, repayments: [{ date: '2023-05-01', amount: '0' }] }, ['repayments', 0, 'amount'], 'not_positive'],
    ['with a negative repayment', { ...loan, repayments: [{ date: '2023-05-01', amount: -5 }] }, ['repayments', 0, 'amount'], 'negative'],
    ['with repayments adding up to more than its principal', { ...loan, repayments: [{ date: '2023-05-01', amount: '60000' }, { date: '2023-06-01', amount: '40000.01' }] }, ['repayments'], 'repayments_exceed_principal'],
    ['with a rate change before its drawdown', { ...loan, rateChanges: [{ date: '2023-01-01', annualRate: 0.05 }] }, ['rateChanges', 0, 'date'], 'rate_change_outside_loan'],
    ['with a rate change after its end', { ...loan, rateChanges: [{ date: '2024-03-02', annualRate: 0.05 }] }, ['rateChanges', 0, 'date'], 'rate_change_outside_loan'],
    ['with a rate change above 1', { ...loan, rateChanges: [{ date: '2023-05-01', annualRate: 2 }] }, ['rateChanges', 0, 'annualRate'], 'rate_above_one'],
    ['with 1001 repayments', { ...loan, repayments: Array.from({ length: 1001 }, () => ({ date: '2023-05-01', amount: 1 })) }, ['repayments'], 'too_big'],
    ['with 1001 rate changes', { ...loan, rateChanges: Array.from({ length: 1001 }, () => ({ date: '2023-05-01', annualRate: 0.05 })) }, ['rateChanges'], 'too_big'],
    ['with an unknown key in a repayment', { ...loan, repayments: [{ date: '2023-05-01', amount: 1, note: 'x' }] }, ['repayments', 0], 'unrecognized_keys'],
  ];

  it.each(refused)('is refused at its path, with its code, when it is a loan %s', (_name, bad, path, code) => {
    const l = Object.fromEntries(Object.entries(bad as Record<string, unknown>).filter(([, v]) => v !== undefined));
    expect(brief(loansIssues(l))).toEqual([{ path: ['loans', 0, ...path], code }]);
    expect(brief(householdIssues(l))).toEqual([{ path: ['loans', 0, ...path], code }]);
  });

  it('accepts 1000 repayments and 1000 rate changes', () => {
    const many = {
      ...loan, principal: '1000000',
      repayments: Array.from({ length: 1000 }, () => ({ date: '2023-05-01', amount: 1 })),
      rateChanges: Array.from({ length: 1000 }, () => ({ date: '2023-05-01', annualRate: 0.05 })),
    };
    expect(loansIssues(many)).toEqual([]);
  });

  it('gives each refusal in English and Chinese, without the value refused', () => {
    const issues = householdIssues({ ...loan, repayments: [{ date: '2023-02-28', amount: '123456.78' }, { date: '2023-05-01', amount: '0' }] });
    expect(issues.length).toBe(1);
    for (const i of issues) {
      expect(i.message).toMatch(/[a-z]/);
      expect(i.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(`${i.message}${i.messageZh}`).not.toMatch(/123456|2023-02-28/);
    }
  });
});

describe('the household credit line', () => {
  it('is money, not negative: a negative one is refused at creditLine in both schemas', () => {
    expect(brief(loansIssues(loan, { creditLine: '-1' }))).toEqual([{ path: ['creditLine'], code: 'negative' }]);
    expect(brief(householdIssues(loan, { creditLine: -0.01 }))).toEqual([{ path: ['creditLine'], code: 'negative' }]);
    expect(brief(householdIssues(loan, { creditLine: 'abc' }))).toEqual([{ path: ['creditLine'], code: 'invalid_decimal' }]);
    expect(brief(householdIssues(loan, { creditLine: null }))).toEqual([{ path: ['creditLine'], code: 'null_value' }]);
  });

  it('may be zero', () => {
    expect(parseHousehold(household(loan, { creditLine: 0 })).creditLine?.toString()).toBe('0');
  });
});

describe('the loan types', () => {
  it('hold what the schemas output, key for key', () => {
    const asLoan = (x: Defined<z.output<typeof householdLoanSchema>>): ParsedLoan => x;
    const asLoans = (x: Defined<z.output<ReturnType<typeof householdLoansSchema>>>): ParsedHouseholdLoans => x;
    const back = (x: ParsedLoan): Defined<z.output<typeof householdLoanSchema>> => x;
    expectTypeOf(back).parameter(0).toEqualTypeOf<ParsedLoan>();
    expectTypeOf(asLoan).returns.toEqualTypeOf<ParsedLoan>();
    expectTypeOf(asLoans).returns.toEqualTypeOf<ParsedHouseholdLoans>();
  });
});
