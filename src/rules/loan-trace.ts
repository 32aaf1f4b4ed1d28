/**
 * 二（三）8 — the trace of a loan's subsidy, built from the algorithm's decisions (the branch of
 * 就高 taken, the caps that bound, each period), in Chinese and English.
 *
 * @module
 * @internal
 */
import type { AnyCalculator } from '../core/calculator.js';
import { formatPercent, type Decimal } from '../core/decimal.js';
import { isoOfDay } from '../core/scaled.js';
import { paramNode, type Text, type TraceBuilder } from '../core/trace.js';
import { LOAN_TEXT as TEXT } from './messages/loan-interest-subsidy.js';
import { perPlan } from '../plan/per-plan.js';
import type { Plan } from '../plan/types.js';
import type { LoanOutcome, LoanPeriod, SubsidyRate } from './loan-algorithm.js';

/** The nodes of each plan, made once per plan. */
export const loanNodes = perPlan((plan: Plan) => {
  const mc = plan.params.microcredit;
  return Object.freeze({
    rateShare: paramNode('rateShare', mc.rateShare, TEXT.rateShareParam),
    floorRate: paramNode('floorRate', mc.floorRate, TEXT.floorRateParam),
    dayCountBasis: paramNode('dayCountBasis', mc.dayCountBasis, TEXT.dayCountBasisParam),
    principalCapPerYear: paramNode('principalCapPerYear', mc.principalCapPerYear, TEXT.principalCapParam),
    rateShareText: formatPercent(mc.rateShare.value),
    floorText: formatPercent(mc.floorRate.value),
    basisText: String(mc.dayCountBasis.value),
  });
});

/** Why the subsidy rate is what it is (I-2), in both languages. */
function rateWhy(s: { basis: SubsidyRate<unknown>['basis'] }, shareText: string, floorText: string, rateText: string, actualText: string): Text {
  switch (s.basis) {
    case 'share-of-rate': return TEXT.shareOfRateApplies(shareText, floorText, rateText);
    case 'floor-rate': return TEXT.floorRate(shareText, floorText);
    case 'tie': return TEXT.tie(shareText, floorText, rateText);
    default: return TEXT.actualRate(actualText, floorText, rateText);
  }
}

/** The subsidy rate's nodes: the parameters, the share of the rate, and the branch of 就高. */
export function traceRate(t: TraceBuilder, plan: Plan, c: AnyCalculator, actual: unknown, s: SubsidyRate<unknown>, withParams: boolean): void {
  const n = loanNodes(plan);
  const actualText = c.percentText(actual);
  const shareText = `${n.rateShareText} × ${actualText} = ${c.percentText(s.share)}`;
  if (withParams) t.node(n.rateShare).node(n.floorRate);
  t.step('shareOfRate', c.rateText(s.share), TEXT.shareOfRate(shareText))
    .branch('subsidyRate', s.basis, rateWhy(s, shareText, n.floorText, c.percentText(s.rate), actualText), '2.3.8');
}

/** The exact amount, the interest-paid cap and the one rounding (I-2, I-12); `amount` in `c`'s values. */
export function traceAmount(t: TraceBuilder, c: AnyCalculator, exact: unknown, formula: string, interestPaid: Decimal | undefined, amount: unknown, capped: boolean, basis: number): void {
  const exactText = c.quotientText(exact, basis);
  t.step('exact', exactText, TEXT.formula(formula));
  if (interestPaid !== undefined) {
    const paid = interestPaid.toString();
    t.branch('interestPaidCap', capped ? 'capped' : 'not-capped', (capped ? TEXT.interestPaidCapped : TEXT.interestPaidNotCapped)(paid));
    if (capped && interestPaid.decimalPlaces() > 2) {
      t.step('amount', c.moneyText(amount), TEXT.interestPaidCut(paid));
      return;
    }
  }
  t.roundText('amount', capped ? (interestPaid as Decimal).toString() : exactText, c.fixedText(amount));
}

/** A period of a loan in the result's form. */
export interface LoanPeriodLine {
  readonly from: string;
  /** The day after the period's last day (算头不算尾). */
  readonly to: string;
  readonly days: number;
  /** The loan's balance on those days. */
  readonly balance: Decimal;
  /** The part of the balance that earned subsidy. */
  readonly subsidizedBalance: Decimal;
  readonly annualRate: Decimal;
  readonly subsidyRate: Decimal;
}

/** The periods of a loan as the result shows them. */
export function periodLines(c: AnyCalculator, periods: readonly LoanPeriod<unknown, unknown>[]): readonly LoanPeriodLine[] {
  return Object.freeze(periods.map((p) => Object.freeze({
    from: isoOfDay(p.from), to: isoOfDay(p.to), days: p.days,
    balance: c.money(p.balance), subsidizedBalance: c.money(p.subsidizedBalance),
    annualRate: c.rate(p.annualRate), subsidyRate: c.rate(p.subsidy.rate),
  })));
}

/** One household loan's days, balance and periods, in the trace (the amount's nodes follow). */
export function traceLoanPeriods(t: TraceBuilder, plan: Plan, c: AnyCalculator, o: LoanOutcome<unknown, unknown, unknown>): string {
  const n = loanNodes(plan);
  const periods = o.periods;
  if (periods.length <= 1) {
    const p = periods[0];
    if (p !== undefined) traceRate(t, plan, c, p.annualRate, p.subsidy, true);
    t.node(n.dayCountBasis);
    const sb = p === undefined ? '0' : c.moneyText(p.subsidizedBalance);
    const rate = p === undefined ? '0%' : c.percentText(p.subsidy.rate);
    return `${sb} × ${rate} × ${o.days} ÷ ${n.basisText}`;
  }
  t.node(n.rateShare).node(n.floorRate);
  let previous: unknown;
  const parts: string[] = [];
  for (const p of periods) {
    if (p.annualRate !== previous) traceRate(t, plan, c, p.annualRate, p.subsidy, false);
    previous = p.annualRate;
    const bal = c.moneyText(p.balance);
    const sb = c.moneyText(p.subsidizedBalance);
    const rate = c.percentText(p.subsidy.rate);
    const span = `${isoOfDay(p.from)} – ${isoOfDay(p.to)}`;
    t.step('period', `${sb} × ${rate} × ${p.days}`, TEXT.stretch(span, bal, sb === bal ? undefined : sb, rate, p.days));
    parts.push(`${sb} × ${rate} × ${p.days}`);
  }
  t.node(n.dayCountBasis);
  return `(${parts.join(' + ')}) ÷ ${n.basisText}`;
}
