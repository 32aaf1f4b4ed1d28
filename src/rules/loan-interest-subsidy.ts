/**
 * 二（三）8. 实施小额信贷促增收行动 (clause 2.3.8)
 *
 * > 金融部门要主动授信，贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助
 * > （按就高原则）。每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。
 *
 * The public functions: validate, run the one algorithm of `loan-algorithm.ts` over the whole-fen
 * calculator (over the Decimal one when a value does not fit), and build the trace from its
 * decisions. Readings: I-2, I-3, I-4, I-5, I-12, and `plan.readings` capBasis, overdue and
 * subsidyAboveActualRate.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { exactly, type AnyCalculator, type Calculator } from '../core/calculator.js';
import type { Decimal, DecimalInput } from '../core/decimal.js';
import { dayNumber, isoOfDay } from '../core/scaled.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { LOAN_TEXT as TEXT } from './messages/loan-interest-subsidy.js';
import { countSchema, moneySchema, parseInput, rateSchema } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan } from '../plan/types.js';
import { householdLoansSchema, LONGEST_LOANS_LIST, type HouseholdLoanInput, type ParsedLoan } from '../schema/loan.js';
import { calcPlan } from './calc-plan.js';
import { byDay, householdLoans, loanAmount, NO_CHANGES, subsidyRate, type HouseholdLoansOutcome, type LoanTerms, type SubsidyRateBasis } from './loan-algorithm.js';
import { loanNodes, periodLines, traceAmount, traceLoanPeriods, traceRate, type LoanPeriodLine } from './loan-trace.js';
import { checkPlan, checkYear } from './plan-argument.js';

export type { SubsidyRateBasis } from './loan-algorithm.js';
export type { LoanPeriodLine } from './loan-trace.js';
export type { HouseholdLoanInput, ParsedLoan } from '../schema/loan.js';

/** Input of {@link loanInterestSubsidy}: one loan's principal, rate and subsidised days. */
export interface LoanInterestSubsidyInput {
  /** Principal in yuan. Only up to the plan's 100000-yuan yearly cap earns subsidy. */
  readonly principal: DecimalInput;
  /** The loan's actual annual rate, as a fraction (0.0435 for 4.35%). */
  readonly annualRate: DecimalInput;
  /** Days of interest to subsidise (whole days, 算头不算尾). */
  readonly days: number;
  /** Interest actually paid for those days, in yuan: when given, the subsidy never exceeds it (I-2). */
  readonly interestPaid?: DecimalInput;
}

/** Result of {@link loanInterestSubsidy}. */
export interface LoanInterestSubsidyResult {
  /** The subsidy in yuan, rounded once to the fen, half up. */
  readonly amount: Decimal;
  /** The annual subsidy rate applied (a fraction). */
  readonly subsidyRate: Decimal;
  /** Which branch set the rate: 50% of the rate, the 3% floor, a tie, or the actual rate (when it is below the floor). */
  readonly rateBasis: SubsidyRateBasis;
  /** Principal that earned subsidy (at most the yearly cap). */
  readonly subsidizedPrincipal: Decimal;
  /** Whether the amount was cut to the interest actually paid. */
  readonly cappedByInterestPaid: boolean;
  readonly trace: Trace;
}

const LoanSchema = once(() => z.strictObject({
  principal: moneySchema(),
  annualRate: rateSchema(),
  days: countSchema(0).pipe(z.number().max(36600)),
  interestPaid: moneySchema().optional(),
}));

const TITLE: Text = TEXT.title;

/**
 * The interest subsidy on one loan (clause 2.3.8).
 *
 * 「贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。」
 *
 * The rate is the higher of 50% of the actual rate and 3% a year, but never above the actual rate
 * (unless the reading `subsidyAboveActualRate` is true); the amount is principal (at most 100000)
 * × rate × days ÷ 360, never above `interestPaid` when given, rounded once to the fen, half up (I-2,
 * I-3, I-12). For a household's loans over a year, with their schedules, use {@link householdLoanSubsidy}.
 *
 * @param input - principal (yuan), annualRate (fraction), days, and optionally interestPaid (yuan).
 * @param plan - the plan to apply (default {@link LANXI_2023}).
 * @returns the amount, the subsidy rate and its basis, the principal subsidised, and a trace.
 * @throws {@link PolicyInputError} on a negative, non-finite or non-numeric amount, a rate above 1,
 *   or fractional days.
 * @example
 * ```ts
 * loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 }).amount.toString();
 * //=> '1500' (50% × 4.35% = 2.175% is below the 3% floor, so 3% applies)
 * loanInterestSubsidy({ principal: 50000, annualRate: '0.08', days: 360 }).amount.toString();
 * //=> '2000' (50% × 8% = 4% is above 3%)
 * ```
 */
export function loanInterestSubsidy(input: LoanInterestSubsidyInput, plan: Plan = LANXI_2023): LoanInterestSubsidyResult {
  const i = parseInput('loanInterestSubsidy', LoanSchema(), input);
  plan = checkPlan('loanInterestSubsidy', plan);
  const mc = plan.params.microcredit;
  const run = exactly((c) => {
    const p = calcPlan(c, plan).loans;
    const principal = c.min(c.fromMoney(i.principal), p.principalCap);
    const rate = subsidyRate(c, c.fromRate(i.annualRate), p);
    const exact = c.product(principal, rate.rate, i.days);
    const paid = i.interestPaid === undefined ? undefined : c.fromMoney(i.interestPaid);
    return { principal, rate, exact, ...loanAmount(c, exact, paid, p.dayCountBasis) };
  });
  const c = run.calc;
  const v = run.value;
  const subsidizedPrincipal = c.money(v.principal);
  const amount = c.money(v.amount);
  const t = new TraceBuilder('loanInterestSubsidy', '2.3.8', TITLE)
    .input('principal', i.principal, TEXT.principal)
    .input('annualRate', i.annualRate, TEXT.annualRate)
    .input('days', i.days, TEXT.days);
  if (i.interestPaid !== undefined) t.input('interestPaid', i.interestPaid, TEXT.interestPaid);
  t.param('principalCapPerYear', mc.principalCapPerYear, TEXT.principalCapPerYearParam);
  if (subsidizedPrincipal.lt(i.principal)) {
    t.branch('principalCap', 'capped', TEXT.principalCapped(mc.principalCapPerYear.value.toString(), c.moneyText(v.principal)), '2.3.8');
  }
  traceRate(t, plan, c, c.fromRate(i.annualRate), v.rate, true);
  const n = loanNodes(plan);
  const subsidyRateValue = c.rate(v.rate.rate);
  t.node(n.dayCountBasis);
  const formula = `${c.moneyText(v.principal)} × ${c.percentText(v.rate.rate)} × ${i.days} ÷ ${n.basisText}`;
  traceAmount(t, c, v.exact, formula, i.interestPaid, v.amount, v.capped, mc.dayCountBasis.value);
  t.result('amount', c.fixedText(v.amount), TEXT.amount);
  return Object.freeze({
    amount, subsidyRate: subsidyRateValue, rateBasis: v.rate.basis, subsidizedPrincipal, cappedByInterestPaid: v.capped, trace: t.done(),
  });
}

/** Input of {@link householdLoanSubsidy}. */
export interface HouseholdLoanSubsidyInput {
  /** The calendar year whose subsidy is computed (within the plan's period). */
  readonly year: number;
  readonly loans: readonly HouseholdLoanInput[];
  /** The household's credit line (授信额度): on each day its loans' subsidised balances together stay within it. */
  readonly creditLine?: DecimalInput;
}

/** One loan's line in {@link HouseholdLoanSubsidyResult}. */
export interface HouseholdLoanLine {
  readonly id: string;
  /** 'cumulative' cap: the loan's share of the yearly cap; 'balance': its highest subsidised balance. */
  readonly subsidizedPrincipal: Decimal;
  /** The subsidy rate on the loan's first subsidised day (each period has its own). */
  readonly subsidyRate: Decimal;
  readonly rateBasis: SubsidyRateBasis;
  /** Subsidised days in the year (within the plan's period of force, before maturity). */
  readonly days: number;
  /** The loan's subsidy, rounded to the fen. */
  readonly amount: Decimal;
  /** 积数: Σ subsidised balance × days, in yuan·days, as a bank's 贴息清单 reports it. */
  readonly balanceDays: Decimal;
  /** Each stretch of days with one balance and one rate. */
  readonly periods: readonly LoanPeriodLine[];
  /** 'stopped': days from the maturity on are overdue and earn nothing; 'forfeit': repaid after maturity, nothing earned. */
  readonly overdue: 'none' | 'stopped' | 'forfeit';
  /** Whether the amount was cut to the interest actually paid. */
  readonly cappedByInterestPaid: boolean;
}

/** Result of {@link householdLoanSubsidy}. */
export interface HouseholdLoanSubsidyResult {
  /** Sum of the loans' amounts. */
  readonly total: Decimal;
  /** One line per loan, in input order. */
  readonly loans: readonly HouseholdLoanLine[];
  /** Cap on subsidised principal left unused this year. */
  readonly principalCapRemaining: Decimal;
  readonly trace: Trace;
}

/**
 * A loan as the algorithm reads it, in `c`'s values: dates as day numbers, schedules sorted by day
 * (ties in input order). Shared by the public functions and the population path.
 */
export function loanTermsOf<M, R, P>(c: Calculator<M, R, P>, l: ParsedLoan): LoanTerms<M, R> {
  return {
    principal: c.fromMoney(l.principal),
    annualRate: c.fromRate(l.annualRate),
    start: dayNumber(l.startDate),
    end: dayNumber(l.endDate),
    maturity: l.maturityDate === undefined ? Infinity : dayNumber(l.maturityDate),
    creditLimit: l.creditLimit === undefined ? undefined : c.fromMoney(l.creditLimit),
    interestPaid: l.interestPaid === undefined ? undefined : c.fromMoney(l.interestPaid),
    repayments: l.repayments === undefined ? NO_CHANGES : byDay(l.repayments.map((r) => ({ day: dayNumber(r.date), amount: c.fromMoney(r.amount) }))),
    rateChanges: l.rateChanges === undefined ? NO_CHANGES : byDay(l.rateChanges.map((r) => ({ day: dayNumber(r.date), annualRate: c.fromRate(r.annualRate) }))),
  };
}

/** The window of subsidised days of `year`: from the later of 1 January and effectiveFrom to 1 January of the next year (I-5). */
export function yearWindow(year: number, plan: Plan): { from: number; to: number } {
  const y = String(year).padStart(4, '0');
  const first = dayNumber(`${y}-01-01`);
  const force = dayNumber(plan.effectiveFrom);
  return { from: first > force ? first : force, to: dayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) };
}

/**
 * A household's loans for a year over the calculators: whole fen when every value fits, else
 * Decimal. `detail`: keep each loan's periods (for the trace and the result's lines).
 */
export function runHouseholdLoans(year: number, loans: readonly ParsedLoan[], creditLine: Decimal | undefined, plan: Plan, detail: boolean): { value: HouseholdLoansOutcome<unknown, unknown, unknown>; calc: AnyCalculator } {
  const window = yearWindow(year, plan);
  return exactly((c) => householdLoans(
    c, loans.map((l) => loanTermsOf(c, l)), window, creditLine === undefined ? undefined : c.fromMoney(creditLine), calcPlan(c, plan).loans, detail,
  ));
}

const HOUSEHOLD_TITLE: Text = TEXT.householdTitle;
const HL = TEXT;

/**
 * The result and trace of a household's loans for a year, from one run of the algorithm.
 * @internal
 */
export function householdLoanResult(year: number, loans: readonly ParsedLoan[], creditLine: Decimal | undefined, plan: Plan, withTrace: boolean): HouseholdLoanSubsidyResult {
  const { value: o, calc: c } = runHouseholdLoans(year, loans, creditLine, plan, true);
  const n = loanNodes(plan);
  const t = withTrace ? new TraceBuilder('householdLoanSubsidy', '2.3.8', HOUSEHOLD_TITLE).input('year', year, HL.year).node(n.principalCapPerYear) : undefined;
  if (t && creditLine !== undefined) t.input('creditLine', creditLine, HL.creditLine);
  const lines: HouseholdLoanLine[] = new Array(loans.length);
  for (const idx of o.order) {
    const loan = loans[idx] as ParsedLoan;
    const r = o.loans[idx] as (typeof o.loans)[number];
    const id = loan.id ?? `loan-${idx + 1}`;
    const amount = c.money(r.amount);
    if (t) t.child(loanTrace(year, loan, id, r, plan, c));
    lines[idx] = Object.freeze({
      id, subsidizedPrincipal: c.money(r.subsidizedPrincipal), subsidyRate: c.rate(r.subsidy.rate), rateBasis: r.subsidy.basis,
      days: r.days, amount, balanceDays: c.money(r.balanceDays), periods: periodLines(c, r.periods), overdue: r.overdue,
      cappedByInterestPaid: r.cappedByInterestPaid,
    });
  }
  const total = c.money(o.total);
  const principalCapRemaining = c.money(o.capRemaining);
  t?.result('total', c.fixedText(o.total), HL.total).result('principalCapRemaining', c.moneyText(o.capRemaining), HL.capLeft);
  return Object.freeze({ total, loans: Object.freeze(lines), principalCapRemaining, trace: t ? t.done() : EMPTY_TRACE });
}

const EMPTY_TRACE: Trace = Object.freeze({ kind: 'rule', rule: 'householdLoanSubsidy', clause: '2.3.8', title: HOUSEHOLD_TITLE, children: Object.freeze([]) });

/** One loan's trace, from the algorithm's decisions. */
function loanTrace(year: number, loan: ParsedLoan, id: string, r: HouseholdLoansOutcome<unknown, unknown, unknown>['loans'][number], plan: Plan, c: AnyCalculator): Trace {
  const lt = new TraceBuilder('loanInterestSubsidy', '2.3.8', TEXT.loan(id))
    .input('principal', loan.principal, HL.principal)
    .input('annualRate', loan.annualRate, HL.annualRate)
    .input('period', `${loan.startDate} – ${loan.endDate}`, HL.period);
  if (r.limited && loan.creditLimit !== undefined) {
    const limitText = loan.creditLimit.toString();
    lt.branch('creditLimit', 'capped', TEXT.creditLimit(limitText), '2.3.8');
  }
  if (r.overdue === 'forfeit') {
    lt.branch('overdue', 'forfeit', TEXT.forfeit(loan.maturityDate ?? ''), '2.3.8');
  } else if (r.overdue === 'stopped') {
    lt.branch('overdue', 'stopped', TEXT.stopped(loan.maturityDate ?? ''), '2.3.8');
  }
  if (r.days > 0) {
    lt.step('days', r.days, TEXT.subsidisedDays(year, plan.effectiveFrom, isoOfDay(r.from), isoOfDay(r.to)))
      .step('subsidizedPrincipal', c.moneyText(r.subsidizedPrincipal), plan.readings.capBasis.value === 'cumulative' ? TEXT.cumulativeCap : TEXT.balanceCap);
    const formula = traceLoanPeriods(lt, plan, c, r);
    traceAmount(lt, c, r.exact, formula, loan.interestPaid, r.amount, r.cappedByInterestPaid, plan.params.microcredit.dayCountBasis.value);
    lt.result('balanceDays', c.moneyText(r.balanceDays), HL.balanceDays);
  } else if (r.overdue !== 'forfeit') {
    lt.branch('days', 'none', TEXT.noDays(year, plan.effectiveFrom), '2.3.8');
  }
  lt.result('amount', c.fixedText(r.amount), HL.amount);
  return lt.done();
}

/**
 * A household's interest subsidy over all its loans in one calendar year (clause 2.3.8).
 *
 * 「贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。」
 *
 * Each loan earns subsidy on its balance (principal less the repayments dated on or before each day)
 * at the rate in force that day (its last rate change, else annualRate), for its days inside the year,
 * on or after the plan's date of force and before its maturity (I-2, I-3, I-5); balance above its
 * credit limit earns nothing, and on each day the household's loans together stay within its credit
 * line (drawdown order). The 100000-yuan cap follows the reading `capBasis` (I-4). Each loan is
 * rounded once to the fen (I-12) and held to its interest paid.
 *
 * @param input - `{ year, loans, creditLine? }`.
 * @param plan - the plan to apply (default {@link LANXI_2023}).
 * @returns the total, one line per loan (input order) with its 积数 and periods, the unused cap, and a trace.
 * @throws {@link PolicyInputError} on invalid loans or schedules (paths like `loans[1].repayments[0].date`).
 * @throws {@link PlanNotInForceError} for a year outside the plan's period.
 * @example
 * ```ts
 * const r = householdLoanSubsidy({
 *   year: 2023,
 *   loans: [{ id: 'a', principal: 100000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2023-12-01',
 *             repayments: [{ date: '2023-09-01', amount: 50000 }] }],
 * });
 * r.total.toString();               //=> '1145.83' (100000 × 3% × 92 + 50000 × 3% × 91, ÷ 360)
 * r.loans[0]?.balanceDays.toString(); //=> '13750000'
 * ```
 */
export function householdLoanSubsidy(input: HouseholdLoanSubsidyInput, plan: Plan = LANXI_2023): HouseholdLoanSubsidyResult {
  const i = parseInput('householdLoanSubsidy', householdLoansSchema(), input, LONGEST_LOANS_LIST);
  plan = checkPlan('householdLoanSubsidy', plan);
  checkYear(i.year, plan);
  return householdLoanResult(i.year, i.loans as readonly ParsedLoan[], i.creditLine, plan, true);
}
