/**
 * 二（三）8 — the arithmetic of the micro-credit interest subsidy, written once over a calculator
 * (exact Decimal, or whole fen), for one loan and for a household's loans over a year.
 *
 * > 贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * > 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。
 *
 * Readings: I-2 (就高, never above the actual rate unless `subsidyAboveActualRate`, never above the
 * interest paid; overdue days earn nothing), I-3 (actual days, 算头不算尾, ÷ dayCountBasis), I-4 (the
 * yearly cap by `capBasis`, the credit limit, the household credit line, drawdown order), I-5 (no day
 * before effectiveFrom), I-12 (one rounding per loan). Decisions come back as data; the public
 * functions build the trace from them.
 *
 * @module
 * @internal
 */
import type { Calculator } from '../core/calculator.js';
import { sortAscending, sortIndicesBy } from '../core/small-sort.js';

/** Which reading of 就高 gave the subsidy rate (I-2). */
export type SubsidyRateBasis = 'share-of-rate' | 'floor-rate' | 'tie' | 'actual-rate';

/** The plan's numbers and readings for clause 2.3.8, in a calculator's values. */
export interface LoanParams<M, R> {
  readonly rateShare: R;
  readonly floorRate: R;
  readonly principalCap: M;
  readonly dayCountBasis: number;
  readonly capBasis: 'cumulative' | 'balance';
  readonly overdue: 'stop-at-maturity' | 'forfeit';
  readonly subsidyAboveActualRate: boolean;
}

/** The subsidy rate for an actual rate (I-2), with the branch taken and the share of the rate. */
export interface SubsidyRate<R> {
  readonly rate: R;
  readonly basis: SubsidyRateBasis;
  readonly share: R;
}

/** I-2: the higher of rateShare × rate and floorRate (就高), never above the actual rate unless the reading allows it. */
export function subsidyRate<M, R, P>(c: Calculator<M, R, P>, actual: R, p: LoanParams<M, R>): SubsidyRate<R> {
  const share = c.rateMul(p.rateShare, actual);
  const vs = c.rateCmp(share, p.floorRate);
  // Stryker disable next-line EqualityOperator: equivalent: on a tie the share of the rate and the floor are the same rate, whichever is taken
  const higher = vs >= 0 ? share : p.floorRate;
  if (!p.subsidyAboveActualRate && c.rateCmp(actual, higher) < 0) return { rate: actual, basis: 'actual-rate', share };
  return { rate: higher, basis: vs > 0 ? 'share-of-rate' : vs === 0 ? 'tie' : 'floor-rate', share };
}

/** One loan's amount from its exact interest subsidy: rounded once to the fen, half up, held to the interest paid (I-2, I-12). */
export function loanAmount<M, R, P>(c: Calculator<M, R, P>, exact: P, interestPaid: M | undefined, basis: number): { amount: M; capped: boolean } {
  const amount = c.roundFen(exact, basis);
  if (interestPaid !== undefined && (c.cmpProduct(exact, c.lift(interestPaid, basis)) > 0 || c.cmp(amount, interestPaid) > 0)) {
    return { amount: c.floorFen(interestPaid), capped: true };
  }
  return { amount, capped: false };
}

/** A loan as the algorithm reads it: dates as day numbers, schedules sorted by day (ties in input order). */
export interface LoanTerms<M, R> {
  readonly principal: M;
  readonly annualRate: R;
  readonly start: number;
  readonly end: number;
  /** The contractual maturity; `Infinity` when none is given. */
  readonly maturity: number;
  readonly creditLimit: M | undefined;
  readonly interestPaid: M | undefined;
  readonly repayments: readonly { readonly day: number; readonly amount: M }[];
  readonly rateChanges: readonly { readonly day: number; readonly annualRate: R }[];
}

/** A loan's repayments or rate changes when it has none. */
export const NO_CHANGES: readonly never[] = Object.freeze([]);

/**
 * A schedule's items as {@link LoanTerms} holds them: sorted by day, ties in input order. Every
 * list the algorithm reads is made here (or is {@link NO_CHANGES}), so all are of one kind.
 */
export function byDay<T extends { readonly day: number }>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? NO_CHANGES : [...items].sort((a, b) => a.day - b.day);
}

/** One stretch of days with one balance and one rate. */
export interface LoanPeriod<M, R> {
  readonly from: number;
  readonly to: number;
  readonly days: number;
  /** The loan's balance on those days. */
  readonly balance: M;
  /** The part of it that earns subsidy (after the credit limit, the credit line and the cap). */
  readonly subsidizedBalance: M;
  readonly annualRate: R;
  readonly subsidy: SubsidyRate<R>;
}

/** What the algorithm decided for one loan. */
export interface LoanOutcome<M, R, P> {
  /** Subsidised days: inside the year, from effectiveFrom, before maturity. */
  readonly from: number;
  readonly to: number;
  readonly days: number;
  /** 'forfeit': repaid after maturity under the reading 'forfeit'; 'stopped': days from maturity on earn nothing. */
  readonly overdue: 'none' | 'stopped' | 'forfeit';
  /** The credit limit lowered the principal that can earn subsidy. */
  readonly limited: boolean;
  /** 'cumulative': the loan's share of the yearly cap; 'balance': its highest subsidised balance. */
  readonly subsidizedPrincipal: M;
  /** The subsidy rate on its first subsidised day (or for its rate, when it has none). */
  readonly subsidy: SubsidyRate<R>;
  /** Σ subsidised balance × subsidy rate × days, exact. */
  readonly exact: P;
  /** 积数: Σ subsidised balance × days (yuan·days). */
  readonly balanceDays: M;
  readonly amount: M;
  readonly cappedByInterestPaid: boolean;
  /** The periods (only when asked for: the trace and the result lines). */
  readonly periods: readonly LoanPeriod<M, R>[];
}

/** What the algorithm decided for a household's loans in one year. */
export interface HouseholdLoansOutcome<M, R, P> {
  /** One per loan, in input order (none when the caller asked for no detail). */
  readonly loans: readonly LoanOutcome<M, R, P>[];
  /** The loans in drawdown order (earliest first, ties in input order). */
  readonly order: readonly number[];
  readonly total: M;
  readonly capRemaining: M;
}

/**
 * A household's loans in the window [from, to) of one year (from: the later of 1 January and
 * effectiveFrom; to: 1 January of the next year), under the plan's numbers and readings.
 */
export function householdLoans<M, R, P>(
  c: Calculator<M, R, P>,
  loans: readonly LoanTerms<M, R>[],
  window: { readonly from: number; readonly to: number },
  creditLine: M | undefined,
  p: LoanParams<M, R>,
  detail: boolean,
): HouseholdLoansOutcome<M, R, P> {
  const n = loans.length;
  // Stryker disable next-line ArrayDeclaration: equivalent: every index is written below before any is read; the length only presizes the array
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: sorting a single loan changes nothing
  if (n > 1) sortIndicesBy(order, (i) => (loans[i] as LoanTerms<M, R>).start);
  // Each loan's subsidised days, then its share of the cumulative cap (I-4), in drawdown order.
  // Stryker disable next-line ArrayDeclaration: equivalent: every loan's state is written below before any is read; the length only presizes the array
  const st = new Array<LoanState<M, R, P>>(n);
  let remaining = p.principalCap;
  // Stryker disable next-line ArrayDeclaration: equivalent: an item that is not a number stays first through the insertion sort, and the stretch it starts holds no loan's days
  const breaks: number[] = [];
  for (let o = 0; o < n; o++) {
    const i = order[o] as number;
    const l = loans[i] as LoanTerms<M, R>;
    // Stryker disable next-line EqualityOperator: equivalent: when the start is the window's first day, either is the same day
    const from = l.start > window.from ? l.start : window.from;
    // Stryker disable next-line EqualityOperator: equivalent: when the end is the window's end, either is the same day
    let to = l.end < window.to ? l.end : window.to;
    let overdue: LoanState<M, R, P>['overdue'] = 'none';
    if (l.maturity < l.end && p.overdue === 'forfeit') { overdue = 'forfeit'; to = from; }
    else if (l.maturity < to) { overdue = 'stopped'; to = l.maturity; }
    const limited = l.creditLimit !== undefined && c.cmp(l.creditLimit, l.principal) < 0;
    let share = c.zero;
    if (to > from) {
      share = c.min(limited ? (l.creditLimit as M) : l.principal, remaining);
      // Stryker disable next-line ConditionalExpression: equivalent: under the reading 'balance' nothing reads the cumulative cap left or the shares taken from it
      if (p.capBasis === 'cumulative') remaining = c.sub(remaining, share);
      breaks.push(from, to);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent: a break outside the loan's subsidised days only splits a stretch of other loans, whose balance and rate hold across it, and their periods are joined again
      for (let j = 0; j < l.repayments.length; j++) { const d = (l.repayments[j] as { day: number }).day; if (d > from && d < to) breaks.push(d); }
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent: a break outside the loan's subsidised days only splits a stretch of other loans, whose balance and rate hold across it, and their periods are joined again
      for (let j = 0; j < l.rateChanges.length; j++) { const d = (l.rateChanges[j] as { day: number }).day; if (d > from && d < to) breaks.push(d); }
    }
    st[i] = {
      // Stryker disable next-line EqualityOperator: equivalent: when to = from, either is the same day
      lo: from, hi: to > from ? to : from, overdue, limited, share, balance: l.principal, rate: l.annualRate, rep: 0, rc: 0,
      subsidy: undefined, first: undefined, exact: c.zeroProduct, balanceDays: c.zero, highest: c.zero, periods: detail ? [] : NO_PERIODS,
    };
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: the two breaks of a single loan, its first and its last day, are already in order
  if (breaks.length > 2) sortAscending(breaks);
  // Stretch by stretch: each loan's balance and rate hold between two breaks.
  let highestTotal = c.zero;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent: the stretches added start at or after the last break, where no loan has days (and one from undefined to undefined is skipped)
  for (let k = 0; k + 1 < breaks.length; k++) {
    const a = breaks[k] as number;
    const b = breaks[k + 1] as number;
    // Stryker disable next-line ConditionalExpression: equivalent: a stretch of no days adds nothing, and its period is joined to the next one, which starts on the same day with the same balance and rate
    if (b === a) continue;
    let lineLeft = creditLine;
    let capLeft = p.principalCap;
    let dayTotal = c.zero;
    for (let o = 0; o < n; o++) {
      const i = order[o] as number;
      const x = st[i] as LoanState<M, R, P>;
      if (!(x.lo <= a && a < x.hi)) continue;
      const l = loans[i] as LoanTerms<M, R>;
      // the balance: less the repayments dated on or before the day (算头不算尾: the day accrues on the lower balance)
      while (x.rep < l.repayments.length && (l.repayments[x.rep] as { day: number }).day <= a) {
        x.balance = c.sub(x.balance, (l.repayments[x.rep] as { amount: M }).amount);
        x.rep += 1;
      }
      // the rate: the last change dated on or before the day, else the loan's rate; I-2 for each
      // Stryker disable next-line ConditionalExpression: equivalent: 就高 of an unchanged rate gives the same subsidy rate; the test only saves computing it again
      let moved = x.subsidy === undefined;
      while (x.rc < l.rateChanges.length && (l.rateChanges[x.rc] as { day: number }).day <= a) {
        x.rate = (l.rateChanges[x.rc] as { annualRate: R }).annualRate;
        x.rc += 1;
        moved = true;
      }
      // Stryker disable next-line ConditionalExpression: equivalent: 就高 of an unchanged rate gives the same subsidy rate; the test only saves computing it again
      if (moved) x.subsidy = subsidyRate(c, x.rate, p);
      const s = x.subsidy as SubsidyRate<R>;
      // what earns subsidy: within the credit limit, the cap (by capBasis) and the household's credit line
      let sb = x.balance;
      if (l.creditLimit !== undefined) sb = c.min(sb, l.creditLimit);
      sb = c.min(sb, p.capBasis === 'cumulative' ? x.share : capLeft);
      if (lineLeft !== undefined) sb = c.min(sb, lineLeft);
      capLeft = c.sub(capLeft, sb);
      if (lineLeft !== undefined) lineLeft = c.sub(lineLeft, sb);
      dayTotal = c.add(dayTotal, sb);
      const days = b - a;
      x.exact = c.addProduct(x.exact, c.product(sb, s.rate, days));
      x.balanceDays = c.add(x.balanceDays, c.mulInt(sb, days));
      // Stryker disable next-line EqualityOperator: equivalent: of two equal balances, keeping the later is keeping the same value
      if (c.cmp(sb, x.highest) > 0) x.highest = sb;
      if (x.first === undefined) x.first = s;
      if (detail) addPeriod(c, x.periods as LoanPeriod<M, R>[], a, b, x.balance, sb, x.rate, s);
    }
    // Stryker disable next-line EqualityOperator: equivalent: of two equal day totals, keeping the later is keeping the same value
    if (c.cmp(dayTotal, highestTotal) > 0) highestTotal = dayTotal;
  }
  let total = c.zero;
  // Stryker disable next-line ArrayDeclaration: equivalent: with detail every index is written below
  const out = detail ? new Array<LoanOutcome<M, R, P>>(n) : undefined;
  for (let i = 0; i < n; i++) {
    const l = loans[i] as LoanTerms<M, R>;
    const x = st[i] as LoanState<M, R, P>;
    const days = x.hi - x.lo;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a loan with no days has an exact subsidy of zero, which rounds to 0 and is above no interest paid (never negative); days are never below zero
    const { amount, capped } = days > 0 ? loanAmount(c, x.exact, l.interestPaid, p.dayCountBasis) : { amount: c.zero, capped: false };
    total = c.add(total, amount);
    if (out === undefined) continue;
    out[i] = {
      from: x.lo, to: x.hi, days, overdue: x.overdue, limited: x.limited,
      subsidizedPrincipal: p.capBasis === 'cumulative' ? x.share : x.highest,
      subsidy: x.first ?? subsidyRate(c, l.annualRate, p),
      exact: x.exact, balanceDays: x.balanceDays, amount, cappedByInterestPaid: capped, periods: x.periods,
    };
  }
  const capRemaining = p.capBasis === 'cumulative' ? remaining : c.sub(p.principalCap, c.min(highestTotal, p.principalCap));
  return { loans: out ?? NO_OUTCOMES, order, total, capRemaining };
}

/** One loan's running state through the stretches of a year. */
interface LoanState<M, R, P> {
  readonly lo: number;
  readonly hi: number;
  readonly overdue: 'none' | 'stopped' | 'forfeit';
  readonly limited: boolean;
  /** Its share of the cumulative cap. */
  readonly share: M;
  balance: M;
  rate: R;
  /** The next repayment and rate change to apply. */
  rep: number;
  rc: number;
  subsidy: SubsidyRate<R> | undefined;
  first: SubsidyRate<R> | undefined;
  exact: P;
  balanceDays: M;
  highest: M;
  readonly periods: readonly LoanPeriod<M, R>[];
}

// Stryker disable next-line ArrayDeclaration: equivalent: the shared empty list is kept only by runs that ask for no detail, and they read no periods
const NO_PERIODS: readonly never[] = Object.freeze([]);
const NO_OUTCOMES: readonly never[] = Object.freeze([]);

/** Adds a stretch to a loan's periods, joined to the last one when balance, subsidised balance and rate are the same. */
function addPeriod<M, R, P>(c: Calculator<M, R, P>, list: LoanPeriod<M, R>[], a: number, b: number, balance: M, sb: M, rate: R, s: SubsidyRate<R>): void {
  const last = list[list.length - 1];
  if (last !== undefined && last.to === a && c.cmp(last.balance, balance) === 0 && c.cmp(last.subsidizedBalance, sb) === 0 && last.annualRate === rate) {
    list[list.length - 1] = { ...last, to: b, days: last.days + (b - a) };
  } else {
    list.push({ from: a, to: b, days: b - a, balance, subsidizedBalance: sb, annualRate: rate, subsidy: s });
  }
}
