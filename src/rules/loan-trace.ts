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
import { paramNode, text, type Text, type TraceBuilder } from '../core/trace.js';
import { perPlan } from '../plan/per-plan.js';
import type { Plan } from '../plan/types.js';
import type { LoanOutcome, LoanPeriod, SubsidyRate } from './loan-algorithm.js';

/** The nodes of each plan, made once per plan. */
export const loanNodes = perPlan((plan: Plan) => {
  const mc = plan.params.microcredit;
  return Object.freeze({
    rateShare: paramNode('rateShare', mc.rateShare, text('实际利率的贴息比例', 'share of the actual rate')),
    floorRate: paramNode('floorRate', mc.floorRate, text('贴息年利率下限', 'floor rate')),
    dayCountBasis: paramNode('dayCountBasis', mc.dayCountBasis, text('计息基准天数（I-3）', 'day-count basis (I-3)')),
    principalCapPerYear: paramNode('principalCapPerYear', mc.principalCapPerYear, text('每户每年贴息贷款总额上限（I-4）', 'yearly cap on subsidised principal (I-4)')),
    rateShareText: formatPercent(mc.rateShare.value),
    floorText: formatPercent(mc.floorRate.value),
    basisText: String(mc.dayCountBasis.value),
  });
});

/** Why the subsidy rate is what it is (I-2), in both languages. */
function rateWhy(s: { basis: SubsidyRate<unknown>['basis'] }, shareText: string, floorText: string, rateText: string, actualText: string): Text {
  switch (s.basis) {
    case 'share-of-rate':
      return text(`${shareText} 高于 ${floorText}，按就高原则适用 ${rateText}`, `${shareText} is above the ${floorText} floor, so the higher (就高), ${rateText}, applies`);
    case 'floor-rate':
      return text(`${shareText} 低于 ${floorText}，按就高原则适用 ${floorText}`, `${shareText} is below the ${floorText} floor, so ${floorText} applies (就高)`);
    case 'tie':
      return text(`${shareText} 等于 ${floorText}，两者相同，适用 ${rateText}`, `${shareText} equals the ${floorText} floor; either way ${rateText} applies`);
    default:
      return text(
        `实际利率 ${actualText} 低于 ${floorText}，贴息不超过实际利息，适用实际利率 ${rateText}（I-2）`,
        `the actual rate ${actualText} is below the ${floorText} floor; a subsidy never exceeds the interest charged, so the actual rate ${rateText} applies (I-2)`,
      );
  }
}

/** The subsidy rate's nodes: the parameters, the share of the rate, and the branch of 就高. */
export function traceRate(t: TraceBuilder, plan: Plan, c: AnyCalculator, actual: unknown, s: SubsidyRate<unknown>, withParams: boolean): void {
  const n = loanNodes(plan);
  const actualText = c.percentText(actual);
  const shareText = `${n.rateShareText} × ${actualText} = ${c.percentText(s.share)}`;
  if (withParams) t.node(n.rateShare).node(n.floorRate);
  t.step('shareOfRate', c.rate(s.share), text(`实际利率的比例：${shareText}`, `share of the actual rate: ${shareText}`))
    .branch('subsidyRate', s.basis, rateWhy(s, shareText, n.floorText, c.percentText(s.rate), actualText), '2.3.8');
}

/** The exact amount, the interest-paid cap and the one rounding (I-2, I-12). */
export function traceAmount(t: TraceBuilder, c: AnyCalculator, exact: unknown, formula: string, interestPaid: Decimal | undefined, amount: Decimal, capped: boolean, basis: number): void {
  const exactText = c.quotientText(exact, basis);
  t.step('exact', exactText, text(formula, formula));
  if (interestPaid !== undefined) {
    const paid = interestPaid.toString();
    t.branch('interestPaidCap', capped ? 'capped' : 'not-capped', capped
      ? text(`贴息超过实付利息 ${paid}，以实付利息为限（I-2）`, `the subsidy would exceed the interest paid, ${paid}, so it is cut to it (I-2)`)
      : text(`贴息未超过实付利息 ${paid}`, `the subsidy does not exceed the interest paid, ${paid}`));
  }
  if (capped && (interestPaid as Decimal).decimalPlaces() > 2) {
    t.step('amount', amount.toString(), text(`实付利息 ${interestPaid?.toString() ?? ''} 元不足一分的部分不计（向下取整到分）`, `the interest paid, ${interestPaid?.toString() ?? ''}, cut down to the fen`));
  } else {
    t.roundText('amount', capped ? (interestPaid as Decimal).toString() : exactText, amount.toFixed(2));
  }
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
    const held = sb === bal ? '' : `（享受贴息 ${sb} 元）`;
    const heldEn = sb === bal ? '' : ` (${sb} earning subsidy)`;
    t.step('period', `${sb} × ${rate} × ${p.days}`, text(
      `${span}：余额 ${bal} 元${held}，贴息利率 ${rate}，${p.days} 天`,
      `${span}: balance ${bal}${heldEn}, subsidy rate ${rate}, ${p.days} days`,
    ));
    parts.push(`${sb} × ${rate} × ${p.days}`);
  }
  t.node(n.dayCountBasis);
  return `(${parts.join(' + ')}) ÷ ${n.basisText}`;
}
