/**
 * One household under one plan, for `simulate`, `compare` and `sweep`: the household rules of
 * clauses 2.3.8, 2.3.4 and 1, each the rule's own algorithm, over the whole-fen calculator straight
 * from the store's columns, or over the Decimal calculator from the household when a value does not
 * fit. No trace: the population path only adds up (I-9).
 *
 * @module
 * @internal
 */
import { DECIMAL, FEN, type Calculator } from '../core/calculator.js';
import { Decimal, ZERO } from '../core/decimal.js';
import { pow10 } from '../core/scaled.js';
import type { Plan } from '../plan/types.js';
import { calcPlan, type CalcPlan } from '../rules/calc-plan.js';
import { grantDecision } from '../rules/grant-algorithm.js';
import { incomeFigures, type IncomeOutcomeSlot, type IncomeParts } from '../rules/income-algorithm.js';
import type { IncomeTargetsMet } from '../rules/income-targets.js';
import { householdLoans, NO_CHANGES, type LoanTerms } from '../rules/loan-algorithm.js';
import { loanTermsOf, yearWindow } from '../rules/loan-interest-subsidy.js';
import { checkYear } from '../rules/plan-argument.js';
import type { Household } from '../schema/household.js';
import { vocationalStudents } from '../schema/compact.js';
import { EXTERNAL, type HouseholdStore } from './store.js';

/** A household's inputs to its rules, in a calculator's values. */
export interface HouseholdInputs<M, R> {
  readonly members: number;
  readonly income: IncomeParts<M>;
  readonly previous: M | undefined;
  /** Members whose schooling earns the grant under the plan's reading `grantFor` (I-7). */
  readonly students: number;
  readonly aid: readonly { readonly amount: M; readonly stackable: boolean }[];
  readonly loans: readonly LoanTerms<M, R>[];
  readonly creditLine: M | undefined;
}

/** What the household rules give one household, in a calculator's values (clause 1's figures with the entitlements). */
export interface HouseholdOutcome<M> extends IncomeOutcomeSlot<M, unknown> {
  loan: M;
  grant: M;
  /** What the household receives through these rules, stacking aid apart: its change is added to net transfers (I-9). */
  received: M;
}

/** A fresh outcome record, for a run to fill household after household. */
export function newOutcome<M>(zero: M): HouseholdOutcome<M> {
  // Stryker disable next-line ObjectLiteral: equivalent: householdOutcome writes every field before any is read
  return {
    // Stryker disable next-line BooleanLiteral: equivalent: householdOutcome writes every field before any is read
    loan: zero, grant: zero, received: zero, netTransfer: zero, disposable: zero, perCapita: zero, metPerCapita: false,
    // Stryker disable next-line BooleanLiteral: equivalent: householdOutcome writes every field before any is read
    growth: null, metGrowth: null, transferShare: null, otherShare: null, metTransfer: false, metOther: false,
  };
}

/** One scenario of a run: the year, the plan, and what the algorithms read of it, made once. */
export interface Scenario {
  readonly year: number;
  readonly plan: Plan;
  readonly window: { readonly from: number; readonly to: number };
  /** The plan in whole fen; `null` when a parameter does not fit (every household takes the Decimal path). */
  readonly fen: CalcPlan<number, number> | null;
  readonly decimal: CalcPlan<Decimal, Decimal>;
}

/**
 * A plan for a year, its calculator forms made once for a whole run.
 *
 * @throws {@link PlanNotInForceError} for a year outside the plan's period.
 */
export function scenario(year: number, plan: Plan): Scenario {
  checkYear(year, plan);
// Stryker disable next-line BooleanLiteral: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  FEN.failed = false;
  const fen = calcPlan(FEN, plan);
// Stryker disable next-line BooleanLiteral: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  const ok = !FEN.failed;
  return { year, plan, window: yearWindow(year, plan), fen: ok ? fen : null, decimal: calcPlan(DECIMAL, plan) };
}


/**
 * The household rules, one after the other: 2.3.8 over the year, 2.3.4 with 就高, then clause 1
 * with `received − baselineReceived` added to net transfers (a reform's change, I-9).
 */
export function householdOutcome<M, R, P>(
  c: Calculator<M, R, P>, x: HouseholdInputs<M, R>, cp: CalcPlan<M, R>, sc: Scenario, baselineReceived: M | undefined,
  // Stryker disable next-line BooleanLiteral: equivalent: every caller passes report
  out: HouseholdOutcome<M> = newOutcome(c.zero), report = true,
): HouseholdOutcome<M> {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent: a household with no loans gets zero from the loan algorithm too, and only its total is read (no detail)
  const loan = x.loans.length === 0 ? c.zero : householdLoans(c, x.loans, sc.window, x.creditLine, cp.loans, false).total;
  let grant = c.zero;
  let received = loan;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: with no student the grant decision pays nothing and adds nothing to what the household receives
  if (x.students > 0) {
    const g = grantDecision(c, x.students, x.aid, cp.grant, sc.plan.readings.grantTie.value);
    grant = g.amount;
    received = c.add(loan, g.received);
  }
  incomeFigures(c, x.members, x.income, x.previous, cp, baselineReceived === undefined ? undefined : c.sub(received, baselineReceived), out as IncomeOutcomeSlot<M, R>, report);
  out.loan = loan;
  out.grant = grant;
  out.received = received;
  return out;
}

/** I-7 and the reading `grantFor`: members whose vocational schooling earns the grant. */
export function vocationalStudentsOf(h: Household, plan: Plan): number {
  const v = vocationalStudents(h.members);
  return plan.readings.grantFor.value === 'children' ? v.childStudents : v.students;
}

/** A validated household's inputs in `c`'s values. */
export function householdInputs<M, R, P>(c: Calculator<M, R, P>, h: Household, plan: Plan): HouseholdInputs<M, R> {
  const i = h.income;
  const creditLine = (h as { creditLine?: Decimal }).creditLine;
  return {
    members: h.members.length,
    income: { wage: c.fromMoney(i.wage), netOperating: c.fromMoney(i.netOperating), netProperty: c.fromMoney(i.netProperty), netTransfer: c.fromMoney(i.netTransfer) },
    // Stryker disable next-line ConditionalExpression: equivalent: the only caller reads over Decimal, whose fromMoney gives undefined back for undefined
    previous: h.previousPerCapita === undefined ? undefined : c.fromMoney(h.previousPerCapita),
    students: vocationalStudentsOf(h, plan),
    aid: (h.otherEducationAid ?? []).map((a) => ({ amount: c.fromMoney(a.amount), stackable: a.stackable })),
    loans: (h.loans ?? []).map((l) => loanTermsOf(c, l)),
    creditLine: creditLine === undefined ? undefined : c.fromMoney(creditLine),
  };
}

// Stryker disable next-line ArrayDeclaration: equivalent: the whole-fen calculator fails on an aid item that is not an amount, and the household takes the Decimal path, which gives the same figures
const NO_AID: readonly { amount: number; stackable: boolean }[] = Object.freeze([]);
const NO_LOANS: readonly LoanTerms<number, number>[] = Object.freeze([]);

/** A loan's terms in whole fen, writable: the population path fills the same few, household after household. */
type LoanSlot = { -readonly [K in keyof LoanTerms<number, number>]: LoanTerms<number, number>[K] };

// Stryker disable next-line ObjectLiteral: equivalent: fenLoansOf writes every field of a slot before the slot is read
const newLoanSlot = (): LoanSlot => ({
  principal: 0, annualRate: 0, start: 0, end: 0, maturity: Infinity, creditLimit: undefined, interestPaid: undefined, repayments: NO_CHANGES, rateChanges: NO_CHANGES,
});

/**
 * Household `i`'s loans in whole fen, written into the slot's list of as many loan records (made
 * once for each count; the algorithm keeps none of them); `null` when one does not fit (a rate with
 * more than six decimals).
 */
function fenLoansOf(s: HouseholdStore, i: number, into: InputsSlot): readonly LoanTerms<number, number>[] | null {
  const l0 = s.loanStart[i] as number;
  const l1 = s.loanStart[i + 1] as number;
  // Stryker disable next-line ConditionalExpression: equivalent: without the early exit the loop below adds no loan, and the empty list gives the same
  if (l1 === l0) return NO_LOANS;
  const slots = (into.loanLists[l1 - l0] ??= Array.from({ length: l1 - l0 }, newLoanSlot));
  for (let at = l0; at < l1; at++) {
    const dp = s.loanRateDp[at] as number;
    const schedule = s.loanScheduled[at] === 0 ? undefined : s.schedules.termsOf(at);
// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
    if (dp > 6 || schedule === null) return null;
    const limit = s.loanCreditLimit[at] as number;
    const paid = s.loanInterestPaid[at] as number;
    const l = slots[at - l0] as LoanSlot;
    l.principal = s.loanPrincipal[at] as number;
    // Stryker disable next-line ArithmeticOperator: equivalent: a rate with fewer than six decimals has no trailing zero in its digits, so dividing gives a fraction, on which the whole-fen calculator fails, and the household takes the Decimal path (with six decimals both give the same)
    l.annualRate = (s.loanRateNum[at] as number) * pow10(6 - dp);
    l.start = s.loanStartDay[at] as number;
    l.end = s.loanEndDay[at] as number;
    l.maturity = schedule?.maturity ?? Infinity;
    l.creditLimit = limit < 0 ? undefined : limit;
    l.interestPaid = paid < 0 ? undefined : paid;
    l.repayments = schedule?.repayments ?? NO_CHANGES;
    l.rateChanges = schedule?.rateChanges ?? NO_CHANGES;
  }
  return slots;
}

/**
 * Household `i` of a store in whole fen, read from its columns; `undefined` for a household kept
 * whole (external) or a rate with more than six decimals: those take the household path.
 */
// Stryker disable next-line BlockStatement: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
export function storeInputs(s: HouseholdStore, i: number, plan: Plan, into: InputsSlot = newInputs()): HouseholdInputs<number, number> | undefined {
// Stryker disable next-line ConditionalExpression: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  if (((s.flags[i] as number) & EXTERNAL) !== 0) return undefined;
  const loans = fenLoansOf(s, i, into);
  // Stryker disable next-line ConditionalExpression: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  if (loans === null) return undefined;
  const ns = s.nonStackingAid[i] as number;
  const students = plan.readings.grantFor.value === 'children' ? (s.childStudents[i] as number) : (s.students[i] as number);
  const prev = s.previous[i] as number;
  const income = into.income;
  income.wage = s.wage[i] as number;
  income.netOperating = s.netOperating[i] as number;
  income.netProperty = s.netProperty[i] as number;
  income.netTransfer = s.netTransfer[i] as number;
  into.members = s.members[i] as number;
  // Stryker disable next-line EqualityOperator: equivalent: a previous figure is positive (the schema), and −1 marks none
  into.previous = prev < 0 ? undefined : prev;
  into.students = students;
  // only the sum of the non-stacking aid matters here: stacking aid is paid whatever the plan says
  // Stryker disable next-line ConditionalExpression: equivalent: with no non-stacking aid (−1) the slot is written but not read: the aid is NO_AID
  if (ns >= 0) (into.nonStacking[0] as { amount: number }).amount = ns;
  // Stryker disable next-line EqualityOperator: equivalent: a non-stacking aid of 0 weighs as none: the household is paid the grant, or 0 either way
  into.aid = ns < 0 ? NO_AID : into.nonStacking;
  into.loans = loans;
  into.creditLine = s.schedules.creditLine.size === 0 ? undefined : s.schedules.creditLine.get(i);
  return into;
}

/** A household's inputs in whole fen, writable: one is filled household after household. */
export interface InputsSlot extends HouseholdInputs<number, number> {
  members: number;
  readonly income: { wage: number; netOperating: number; netProperty: number; netTransfer: number };
  previous: number | undefined;
  students: number;
  aid: readonly { readonly amount: number; readonly stackable: boolean }[];
  loans: readonly LoanTerms<number, number>[];
  creditLine: number | undefined;
  /** The one-item aid list the household's non-stacking aid sum is written into. */
  readonly nonStacking: readonly { amount: number; readonly stackable: boolean }[];
  /** By loan count, the list of loan records written household after household. */
  readonly loanLists: LoanSlot[][];
}

const newInputs = (): InputsSlot => ({
  // Stryker disable next-line ObjectLiteral: equivalent: storeInputs writes every field before any is read
  members: 0, income: { wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 }, previous: undefined, students: 0, aid: NO_AID, loans: NO_LOANS, creditLine: undefined,
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: equivalent: the aid amount is written before it is read (a missing stackable reads as not stackable), and the loan list is emptied before use
  nonStacking: [{ amount: 0, stackable: false }], loanLists: [],
});

/** The inputs a run fills for each household in turn (the population path is single-threaded). */
const SCRATCH = newInputs();

/** Household `i` in whole fen; `undefined` when it must take the Decimal path. */
// Stryker disable next-line BlockStatement: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
export function evaluateFen(s: HouseholdStore, i: number, sc: Scenario, baselineReceived: number | undefined, out: HouseholdOutcome<number> = newOutcome(0), report = true): HouseholdOutcome<number> | undefined {
// Stryker disable next-line ConditionalExpression: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  if (sc.fen === null) return undefined;
  const x = storeInputs(s, i, sc.plan, SCRATCH);
// Stryker disable next-line ConditionalExpression: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  if (x === undefined) return undefined;
// Stryker disable next-line BooleanLiteral: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  FEN.failed = false;
  const o = householdOutcome(FEN, x, sc.fen, sc, baselineReceived, out, report);
  return FEN.failed ? undefined : o;
}

/** A household in Decimals. */
export function evaluateDecimal(h: Household, sc: Scenario, baselineReceived: Decimal | undefined, report = true): HouseholdOutcome<Decimal> {
  return householdOutcome(DECIMAL, householdInputs(DECIMAL, h, sc.plan), sc.decimal, sc, baselineReceived, newOutcome(DECIMAL.zero), report);
}

/** One household's figures as Decimals, for rows. */
export interface Evaluated {
  readonly loanSubsidy: Decimal;
  readonly vocationalGrant: Decimal;
  readonly totalEntitlement: Decimal;
  readonly received: Decimal;
  /** The change in `received` from the baseline, added to net transfer income (0 in a baseline). */
  readonly incomeChange: Decimal;
  readonly netTransfer: Decimal;
  readonly disposableIncome: Decimal;
  readonly perCapita: Decimal;
  readonly met: IncomeTargetsMet;
}

// Stryker disable next-line ArrayDeclaration: equivalent: the cache grows as keys are written; the length only presizes it
const MET_CACHE: (IncomeTargetsMet | undefined)[] = new Array(24);

/** Shared frozen `met` records (there are only 24 different ones). */
export function metOf(perCapita: boolean, growth: boolean | null, transferShare: boolean, otherShare: boolean): IncomeTargetsMet {
  // Stryker disable next-line ArithmeticOperator: equivalent: the key stays one to one whichever part is subtracted (the parts are 0 or 12, 0, 4 or 8, 0 or 2, 0 or 1), which is all the cache needs
  const key = (perCapita ? 12 : 0) + (growth === null ? 0 : growth ? 4 : 8) + (transferShare ? 2 : 0) + (otherShare ? 1 : 0);
  let m = MET_CACHE[key];
  // Stryker disable next-line ConditionalExpression: equivalent: a new frozen record has the same fields; the cache only saves building one
  if (m === undefined) {
    m = Object.freeze({ perCapita, growth, transferShare, otherShare });
    MET_CACHE[key] = m;
  }
  return m;
}

function evaluated<M>(c: Calculator<M, unknown, unknown>, o: HouseholdOutcome<M>, baselineReceived: M | undefined): Evaluated {
  // Stryker disable next-line ConditionalExpression: equivalent: the Decimal of a zero amount has the value of the shared zero; the test only saves building one
  const money = (m: M) => (c.cmp(m, c.zero) === 0 ? ZERO : c.money(m));
  return {
    loanSubsidy: money(o.loan),
    vocationalGrant: money(o.grant),
    totalEntitlement: money(c.add(o.loan, o.grant)),
    received: money(o.received),
    incomeChange: baselineReceived === undefined ? ZERO : money(c.sub(o.received, baselineReceived)),
    netTransfer: money(o.netTransfer),
    disposableIncome: money(o.disposable),
    perCapita: money(o.perCapita),
    met: metOf(o.metPerCapita, o.metGrowth, o.metTransfer, o.metOther),
  };
}

/**
 * Household `i` under a baseline and, optionally, a reform (whose change in what the household
 * receives is added to its net transfers, I-9): in whole fen when both fit, else in Decimals.
 */
export function evaluatePair(s: HouseholdStore, i: number, base: Scenario, reform: Scenario | undefined): { base: Evaluated; reform: Evaluated | undefined } {
  const b = evaluateFen(s, i, base, undefined);
// Stryker disable next-line ConditionalExpression,BlockStatement: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
  if (b !== undefined) {
    if (reform === undefined) return { base: evaluated(FEN, b, undefined), reform: undefined };
    const r = evaluateFen(s, i, reform, b.received);
// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
    if (r !== undefined) return { base: evaluated(FEN, b, undefined), reform: evaluated(FEN, r, b.received) };
  }
  const h = s.household(i);
  const eb = evaluateDecimal(h, base, undefined);
  return {
    base: evaluated(DECIMAL, eb, undefined),
    reform: reform === undefined ? undefined : evaluated(DECIMAL, evaluateDecimal(h, reform, eb.received), eb.received),
  };
}
