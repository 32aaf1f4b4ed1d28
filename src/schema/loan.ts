/**
 * The loan input of clause 2.3.8, as banks record loans: a drawdown, repayments that lower the
 * balance from their date on, rate changes (repricings), a contractual maturity, a credit limit,
 * and the household's credit line (授信额度) shared by its loans. Clause 2.3.8:
 * 「贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。」
 *
 * A schedule that cannot be a loan is refused at its path, with a stable code: an end or a maturity
 * before the drawdown, a repayment or a rate change outside the loan, a repayment of zero or less,
 * repayments adding up to more than the principal, more than 1000 repayments or rate changes.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal, type DecimalInput } from '../core/decimal.js';
import type { IsoDate } from '../core/calendar.js';
import { addIssue, listSchema, yearSchema, type Msg } from '../core/validate.js';
import { date, money, positiveMoney, rate } from './fields.js';
import { recordIdSchema } from './record-id.js';

/**
 * Most repayments, and most rate changes, one loan may list.
 *
 * @example
 * ```ts
 * MAX_SCHEDULE; //=> 1000
 * ```
 */
export const MAX_SCHEDULE = 1000;
/**
 * Most loans {@link householdLoansSchema} accepts.
 *
 * @example
 * ```ts
 * MAX_HOUSEHOLD_LOANS; //=> 1000
 * ```
 */
export const MAX_HOUSEHOLD_LOANS = 1000;

const LOAN_MESSAGES = {
  endBeforeStart: { en: 'must not be before startDate', zh: '不能早于 startDate' },
  maturityBeforeStart: { en: 'must not be before startDate', zh: '不能早于 startDate' },
  outsideLoan: { en: 'must be on or after startDate and on or before endDate', zh: '必须在 startDate 与 endDate 之间（含两端）' },
  repaidTooMuch: { en: 'add up to more than the principal', zh: '合计超过贷款本金' },
} as const satisfies Record<string, Msg>;

/** One repayment of principal. */
const RepaymentSchema = z.strictObject({
  date: date('Date of the repayment, YYYY-MM-DD: the balance is lower from this day on (算头不算尾); from startDate to endDate. 还款日：自当日起按减少后的余额计息。'),
  amount: positiveMoney('Principal repaid, yuan, above 0. 归还本金（元），须大于 0。'),
});

/** One change of the loan's annual rate (a repricing). */
const RateChangeSchema = z.strictObject({
  date: date('Date from which the new rate applies, YYYY-MM-DD; from startDate to endDate. 新利率起始日。'),
  annualRate: rate('The new actual annual rate as a fraction, 0 to 1. 调整后的实际年利率（小数）。'),
});

/** Refuses the entries of a schedule dated outside [startDate, endDate]. */
function datedWithin(ctx: z.RefinementCtx, key: string, entries: readonly { readonly date: string }[] | undefined, start: string, end: string): void {
  entries?.forEach((e, j) => {
    if (e.date < start || e.date > end) addIssue(ctx, `${key === 'repayments' ? 'repayment' : 'rate_change'}_outside_loan`, LOAN_MESSAGES.outsideLoan, [key, j, 'date']);
  });
}

function makeLoanSchema() {
  return z.strictObject({
    id: recordIdSchema().meta({ description: 'A label for the loan (not personal data). 贷款标识（非个人信息）。' }).optional(),
    principal: money('Principal drawn, yuan. 贷款本金（元）。'),
    annualRate: rate('Actual annual rate as a fraction, 0 to 1 (0.0435 for 4.35%). 实际年利率（小数，4.35% 写作 0.0435）。'),
    startDate: date('Drawdown date: the first day of interest. 放款日（计息首日）。'),
    endDate: date('Repayment date, not counted (算头不算尾); not before startDate. 还款日（不计息），不得早于放款日。'),
    maturityDate: date('Contractual maturity (贷款到期日), not before startDate: days from it on are overdue and earn no subsidy. 合同到期日：到期后的天数为逾期，不予贴息。').optional(),
    creditLimit: money('Credit line granted (授信额度), yuan: principal above it earns no subsidy. 授信额度（元）。').optional(),
    interestPaid: money('Interest actually paid for the year, yuan: the subsidy never exceeds it. 实付利息（元）。').optional(),
    repayments: listSchema(RepaymentSchema, MAX_SCHEDULE).optional().meta({
      description: `Repayments of principal before endDate, at most ${MAX_SCHEDULE}, adding up to no more than the principal; what is left is repaid at endDate. 提前归还的本金，最多 ${MAX_SCHEDULE} 笔，合计不超过本金。`,
    }),
    rateChanges: listSchema(RateChangeSchema, MAX_SCHEDULE).optional().meta({
      description: `Changes of the actual annual rate (repricings), at most ${MAX_SCHEDULE}: each rate applies from its date until the next. 利率调整，最多 ${MAX_SCHEDULE} 次。`,
    }),
  }).superRefine((l, ctx) => {
    if (l.endDate < l.startDate) addIssue(ctx, 'end_before_start', LOAN_MESSAGES.endBeforeStart, ['endDate']);
    if (l.maturityDate !== undefined && l.maturityDate < l.startDate) {
      addIssue(ctx, 'maturity_before_start', LOAN_MESSAGES.maturityBeforeStart, ['maturityDate']);
    }
    datedWithin(ctx, 'repayments', l.repayments, l.startDate, l.endDate);
    datedWithin(ctx, 'rateChanges', l.rateChanges, l.startDate, l.endDate);
    if (l.repayments !== undefined && l.repayments.reduce((sum, r) => sum.plus(r.amount), new Decimal(0)).gt(l.principal)) {
      addIssue(ctx, 'repayments_exceed_principal', LOAN_MESSAGES.repaidTooMuch, ['repayments']);
    }
  });
}

/**
 * The zod schema of one loan of clause 2.3.8: `{ id?, principal, annualRate, startDate, endDate,
 * maturityDate?, creditLimit?, interestPaid?, repayments?: [{ date, amount }], rateChanges?:
 * [{ date, annualRate }] }`, money in yuan, rates as fractions. Bad schedules are refused at their
 * path: `endDate` (`end_before_start`), `maturityDate` (`maturity_before_start`),
 * `repayments[j].date` (`repayment_outside_loan`), `repayments[j].amount` (`not_positive`),
 * `repayments` (`repayments_exceed_principal`), `rateChanges[j].date` (`rate_change_outside_loan`).
 *
 * @example
 * ```ts
 * householdLoanSchema.safeParse({ principal: '50000', annualRate: '0.0435', startDate: '2023-06-01',
 *   endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: '20000' }] }).success; //=> true
 * ```
 */
export const householdLoanSchema = makeLoanSchema();

/** The longest list of {@link householdLoansSchema}'s input: its loans, or a loan's repayments or rate changes. */
export const LONGEST_LOANS_LIST = Math.max(MAX_HOUSEHOLD_LOANS, MAX_SCHEDULE);

/**
 * The zod schema of the input of `householdLoanSubsidy`: `{ year, loans, creditLine? }`, built on
 * first use. Each loan is {@link householdLoanSchema}'s (at most 1000); `creditLine` is money, not
 * negative.
 *
 * @example
 * ```ts
 * householdLoansSchema().safeParse({ year: 2023, loans: [], creditLine: '-1' }).success; //=> false (at creditLine)
 * ```
 */
export const householdLoansSchema = once(() => z.strictObject({
  year: yearSchema(),
  loans: listSchema(householdLoanSchema, MAX_HOUSEHOLD_LOANS),
  creditLine: money("The household's credit line (授信额度), yuan, shared by its loans: on each day their subsidised balances together stay within it. 户授信额度（元）。").optional(),
}));

/**
 * One repayment as sent: a date and the principal repaid (above 0).
 *
 * @example
 * ```ts
 * const r: RepaymentInput = { date: '2023-09-01', amount: '50000' };
 * ```
 */
export interface RepaymentInput {
  /** 'YYYY-MM-DD' or a Date: the balance is lower from this day on. */
  readonly date: string | Date;
  readonly amount: DecimalInput;
}

/**
 * One rate change as sent: the date from which the new actual annual rate applies.
 *
 * @example
 * ```ts
 * const c: RateChangeInput = { date: '2023-10-01', annualRate: '0.06' };
 * ```
 */
export interface RateChangeInput {
  readonly date: string | Date;
  readonly annualRate: DecimalInput;
}

/**
 * One loan as sent: the input side of {@link householdLoanSchema}.
 *
 * @example
 * ```ts
 * const l: HouseholdLoanInput = { principal: 100000, annualRate: '0.0435', startDate: '2023-05-13', endDate: '2024-05-13' };
 * ```
 */
export interface HouseholdLoanInput {
  /** A label for the loan (not personal data), echoed in the result. Default 'loan-1', 'loan-2', … */
  readonly id?: string;
  readonly principal: DecimalInput;
  readonly annualRate: DecimalInput;
  /** Drawdown date, 'YYYY-MM-DD' or a Date: the first day of interest. */
  readonly startDate: string | Date;
  /** Repayment date: the last day, not counted (算头不算尾). */
  readonly endDate: string | Date;
  /** Contractual maturity: days from it on are overdue. */
  readonly maturityDate?: string | Date;
  /** The credit line granted (授信额度): principal above it earns nothing. */
  readonly creditLimit?: DecimalInput;
  /** Interest actually paid on this loan for the year, in yuan: the loan's subsidy never exceeds it. */
  readonly interestPaid?: DecimalInput;
  readonly repayments?: readonly RepaymentInput[];
  readonly rateChanges?: readonly RateChangeInput[];
}

/**
 * A validated repayment.
 *
 * @example
 * ```ts
 * const r: Repayment = { date: '2023-09-01', amount: new Decimal('50000') };
 * ```
 */
export interface Repayment {
  readonly date: IsoDate;
  readonly amount: Decimal;
}

/**
 * A validated rate change.
 *
 * @example
 * ```ts
 * const c: RateChange = { date: '2023-10-01', annualRate: new Decimal('0.06') };
 * ```
 */
export interface RateChange {
  readonly date: IsoDate;
  readonly annualRate: Decimal;
}

/**
 * A validated loan: the output of {@link householdLoanSchema}, money and rates as Decimals, dates
 * 'YYYY-MM-DD'; optional fields absent from the input are absent here.
 *
 * @example
 * ```ts
 * const l = householdLoanSchema.parse({ principal: 1, annualRate: 0, startDate: '2023-06-01', endDate: '2023-07-01' }) as ParsedLoan;
 * ```
 */
export interface ParsedLoan {
  readonly id?: string;
  readonly principal: Decimal;
  readonly annualRate: Decimal;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly maturityDate?: IsoDate;
  readonly creditLimit?: Decimal;
  readonly interestPaid?: Decimal;
  readonly repayments?: readonly Repayment[];
  readonly rateChanges?: readonly RateChange[];
}

/**
 * Input of `householdLoanSubsidy`: the input side of {@link householdLoansSchema}.
 *
 * @example
 * ```ts
 * const i: HouseholdLoansInput = { year: 2023, creditLine: 50000, loans: [] };
 * ```
 */
export interface HouseholdLoansInput {
  /** The calendar year whose subsidy is computed. */
  readonly year: number;
  readonly loans: readonly HouseholdLoanInput[];
  /** The household's credit line (授信额度), shared by its loans. */
  readonly creditLine?: DecimalInput;
}

/**
 * The validated input of `householdLoanSubsidy`: the output of {@link householdLoansSchema}.
 *
 * @example
 * ```ts
 * const p = householdLoansSchema().parse({ year: 2023, loans: [] }) as ParsedHouseholdLoans;
 * ```
 */
export interface ParsedHouseholdLoans {
  readonly year: number;
  readonly loans: readonly ParsedLoan[];
  readonly creditLine?: Decimal;
}
