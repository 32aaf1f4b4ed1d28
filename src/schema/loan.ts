/**
 * 二（三）8 — a household's micro-credit loans as input: principal, rate, drawdown and repayment
 * dates, and as a bank records them: repayments that lower the balance, rate changes, the
 * contractual maturity, the loan's credit limit (授信额度), the interest paid.
 *
 * @module
 */
import { z } from 'zod';
import { dateSchema, listSchema, moneySchema, rateSchema, yearSchema } from '../core/validate.js';
import { recordIdSchema } from '../rules/record-id.js';

/** At most this many repayments, and this many rate changes, on one loan. */
export const MAX_SCHEDULE = 1000;

const positiveMoney = () => moneySchema().refine((d) => d.gt(0), { message: 'must be more than 0', params: { code: 'not_positive', zh: '必须大于 0' } });

const RepaymentSchema = z.strictObject({ date: dateSchema(), amount: positiveMoney() });
const RateChangeSchema = z.strictObject({ date: dateSchema(), annualRate: rateSchema() });

const issue = (ctx: z.RefinementCtx, path: (string | number)[], code: string, message: string, zh: string) =>
  ctx.addIssue({ code: 'custom', path, message, params: { code, zh } });

/** One household loan (zod), with every date of its schedule checked against its drawdown and repayment. */
export const householdLoanSchema = z.strictObject({
  id: recordIdSchema().optional(),
  principal: moneySchema(),
  annualRate: rateSchema(),
  startDate: dateSchema(),
  endDate: dateSchema(),
  maturityDate: dateSchema().optional(),
  creditLimit: moneySchema().optional(),
  interestPaid: moneySchema().optional(),
  repayments: listSchema(RepaymentSchema, MAX_SCHEDULE).optional(),
  rateChanges: listSchema(RateChangeSchema, MAX_SCHEDULE).optional(),
}).superRefine((l, ctx) => {
  if (l.endDate < l.startDate) issue(ctx, ['endDate'], 'end_before_start', 'must not be before startDate', '不能早于 startDate');
  if (l.maturityDate !== undefined && l.maturityDate < l.startDate) issue(ctx, ['maturityDate'], 'maturity_before_start', 'must not be before startDate', '不能早于 startDate');
  let repaid = l.principal.minus(l.principal);
  l.repayments?.forEach((r, j) => {
    if (r.date < l.startDate) issue(ctx, ['repayments', j, 'date'], 'before_start', 'must not be before the loan\'s startDate', '不能早于贷款的 startDate');
    else if (r.date > l.endDate) issue(ctx, ['repayments', j, 'date'], 'after_end', 'must not be after the loan\'s endDate', '不能晚于贷款的 endDate');
    repaid = repaid.plus(r.amount);
  });
  if (repaid.gt(l.principal)) issue(ctx, ['repayments'], 'exceeds_principal', 'must not add up to more than the principal', '合计不能超过贷款本金');
  l.rateChanges?.forEach((r, j) => {
    if (r.date < l.startDate) issue(ctx, ['rateChanges', j, 'date'], 'before_start', 'must not be before the loan\'s startDate', '不能早于贷款的 startDate');
    else if (r.date > l.endDate) issue(ctx, ['rateChanges', j, 'date'], 'after_end', 'must not be after the loan\'s endDate', '不能晚于贷款的 endDate');
  });
});

/** One loan as validated. */
export type ParsedLoan = z.output<typeof householdLoanSchema>;
/** One loan as given. */
export type HouseholdLoanInput = z.input<typeof householdLoanSchema>;

/** The input of `householdLoanSubsidy`: the year, the loans, and the household's credit line. */
export const householdLoansSchema = z.strictObject({
  year: yearSchema(),
  loans: listSchema(householdLoanSchema, 1000),
  creditLine: moneySchema().optional(),
});

/** The input of `householdLoanSubsidy` as validated. */
export type ParsedHouseholdLoans = z.output<typeof householdLoansSchema>;
