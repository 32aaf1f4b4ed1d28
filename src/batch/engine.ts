/**
 * The batch engine: the household rules of clauses 1, 2.3.4 and 2.3.8 in whole fen and exact
 * rationals (plain numbers below 2^53), for `simulate()` and `compare()` over large populations.
 *
 * It computes exactly what the Decimal path computes (`householdLoanSubsidyCore`,
 * `vocationalGrantCore`, `incomeTargetsCore`), to the fen; property tests hold the two equal. A
 * household whose values do not fit (amounts with sub-fen digits, rates with more than six
 * decimals, products past 2^53) is marked for the Decimal path instead, so the batch answer is
 * always the reference answer.
 *
 * @module
 */
import type { Decimal } from '../core/decimal.js';
import type { Plan } from '../plan/types.js';
import { dayNumber, divHalfUp, fits, toFen, toRatio, type Ratio } from './fen.js';

/** A loan in batch form. Sorted by drawdown date (stable) within its household. */
export interface FastLoan {
  readonly startDay: number;
  readonly endDay: number;
  readonly principalFen: number;
  /** −1 when the loan has no credit limit. */
  readonly creditLimitFen: number;
  readonly rate: Ratio;
  /** −1 when no interest paid is given. */
  readonly interestPaidFen: number;
}

/** A household in batch form, or `null` when some value does not fit (use the Decimal path). */
export interface FastHousehold {
  readonly members: number;
  readonly wageFen: number;
  readonly netOperatingFen: number;
  readonly netPropertyFen: number;
  readonly netTransferFen: number;
  /** −1 when there is no previous per-capita figure. */
  readonly previousPerCapitaFen: number;
  readonly vocationalStudents: number;
  /** Σ of other education aid that forbids stacking, in fen; −1 when there is none. */
  readonly nonStackingAidFen: number;
  readonly loans: readonly FastLoan[];
}

/** What the batch engine needs of a validated household (the parsed `Household`, structurally). */
export interface BatchHouseholdSource {
  readonly members: readonly { readonly schooling?: string | undefined }[];
  readonly income: { readonly wage: Decimal; readonly netOperating: Decimal; readonly netProperty: Decimal; readonly netTransfer: Decimal };
  readonly previousPerCapita?: Decimal | undefined;
  readonly loans?: readonly {
    readonly principal: Decimal; readonly annualRate: Decimal; readonly startDate: string; readonly endDate: string;
    readonly creditLimit?: Decimal | undefined; readonly interestPaid?: Decimal | undefined;
  }[] | undefined;
  readonly otherEducationAid?: readonly { readonly amount: Decimal; readonly stackable: boolean }[] | undefined;
}

/** Members counted as vocational students (I-7). */
export function isVocationalSchooling(schooling: string | undefined): boolean {
  return schooling === 'secondaryVocational' || schooling === 'higherVocational';
}

const MAX_RATE_DEN = 1_000_000;

/** Converts a validated household to batch form, or `null` when a value does not fit. Plan-independent. */
export function prepareHousehold(h: BatchHouseholdSource): FastHousehold | null {
  const wageFen = toFen(h.income.wage);
  const netOperatingFen = toFen(h.income.netOperating);
  const netPropertyFen = toFen(h.income.netProperty);
  const netTransferFen = toFen(h.income.netTransfer);
  if (wageFen === undefined || netOperatingFen === undefined || netPropertyFen === undefined || netTransferFen === undefined) return null;
  let previousPerCapitaFen = -1;
  if (h.previousPerCapita !== undefined) {
    const p = toFen(h.previousPerCapita);
    if (p === undefined) return null;
    previousPerCapitaFen = p;
  }
  let vocationalStudents = 0;
  for (const m of h.members) if (isVocationalSchooling(m.schooling)) vocationalStudents += 1;
  let nonStackingAidFen = -1;
  for (const a of h.otherEducationAid ?? []) {
    if (a.stackable) continue;
    const f = toFen(a.amount);
    if (f === undefined) return null;
    nonStackingAidFen = (nonStackingAidFen < 0 ? 0 : nonStackingAidFen) + f;
  }
  const loans: FastLoan[] = [];
  const src = h.loans ?? [];
  const order = src.map((_, i) => i).sort((a, b) => {
    const sa = (src[a] as { startDate: string }).startDate;
    const sb = (src[b] as { startDate: string }).startDate;
    return sa < sb ? -1 : sa > sb ? 1 : a - b;
  });
  for (const i of order) {
    const l = src[i];
    if (!l) continue;
    const principalFen = toFen(l.principal);
    const rate = toRatio(l.annualRate);
    const creditLimitFen = l.creditLimit === undefined ? -1 : toFen(l.creditLimit);
    const interestPaidFen = l.interestPaid === undefined ? -1 : toFen(l.interestPaid);
    if (principalFen === undefined || rate === undefined || rate.den > MAX_RATE_DEN || creditLimitFen === undefined || interestPaidFen === undefined) return null;
    loans.push({ startDay: dayNumber(l.startDate), endDay: dayNumber(l.endDate), principalFen, creditLimitFen, rate, interestPaidFen });
  }
  if (!fits(wageFen + netOperatingFen + netPropertyFen + netTransferFen)) return null;
  return {
    members: h.members.length, wageFen, netOperatingFen, netPropertyFen, netTransferFen,
    previousPerCapitaFen, vocationalStudents, nonStackingAidFen, loans,
  };
}

/** The plan's parameters in batch form, for one year; `null` when some parameter does not fit. */
export interface FastPlan {
  readonly share: Ratio;
  readonly floor: Ratio;
  readonly capFen: number;
  readonly basis: number;
  readonly grantFen: number;
  readonly targetFen: number;
  readonly growth: Ratio;
  readonly maxTransfer: Ratio;
  readonly minOther: Ratio;
  readonly fromDay: number;
  readonly toDay: number;
}

/** Converts a plan's parameters to batch form for a year, or `null` when one does not fit. */
export function preparePlan(plan: Plan, year: number): FastPlan | null {
  const p = plan.params;
  const share = toRatio(p.microcredit.rateShare.value);
  const floor = toRatio(p.microcredit.floorRate.value);
  const capFen = toFen(p.microcredit.principalCapPerYear.value);
  const grantFen = toFen(p.vocationalGrant.amount.value);
  const targetFen = toFen(p.targets.perCapitaIncome.value);
  const growth = toRatio(p.targets.growthRate.value);
  const maxTransfer = toRatio(p.targets.maxTransferShare.value);
  const minOther = toRatio(p.targets.minOtherShare.value);
  if (!share || !floor || capFen === undefined || grantFen === undefined || targetFen === undefined || !growth || !maxTransfer || !minOther) return null;
  if (share.den > 10_000 || floor.den > 1_000_000) return null;
  const yearStart = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const fromDay = Math.max(yearStart, dayNumber(plan.effectiveFrom));
  const toDay = dayNumber(`${String(year + 1).padStart(4, '0')}-01-01`);
  return { share, floor, capFen, basis: p.microcredit.dayCountBasis.value, grantFen, targetFen, growth, maxTransfer, minOther, fromDay, toDay };
}

/** One household's results in fen, as the batch engine computes them. */
export interface FastResult {
  loanFen: number;
  grantFen: number;
  perCapitaFen: number;
  metPerCapita: boolean;
  metGrowth: boolean | null;
  metTransferShare: boolean;
  metOtherShare: boolean;
}

/** Marker: this household must go through the Decimal path. */
export const FALLBACK = -1;

/** Σ of one household's loan subsidies for the plan's year, in fen; {@link FALLBACK} when a product would not fit. */
export function loanFen(h: FastHousehold, fp: FastPlan): number {
  let remaining = fp.capFen;
  let total = 0;
  for (const l of h.loans) {
    const from = l.startDay > fp.fromDay ? l.startDay : fp.fromDay;
    const to = l.endDay < fp.toDay ? l.endDay : fp.toDay;
    const days = to - from;
    if (days <= 0) continue;
    let eligible = l.principalFen;
    if (l.creditLimitFen >= 0 && l.creditLimitFen < eligible) eligible = l.creditLimitFen;
    const principal = eligible < remaining ? eligible : remaining;
    remaining -= principal;
    // subsidy rate = max(share × rate, floor), never above the rate (I-2)
    const r = l.rate;
    const sN = fp.share.num * r.num;
    const sD = fp.share.den * r.den;
    const f = fp.floor;
    let cN: number;
    let cD: number;
    const lhs = sN * f.den;
    const rhs = f.num * sD;
    if (!fits(sN, sD, lhs, rhs)) return FALLBACK;
    if (lhs >= rhs) { cN = sN; cD = sD; } else { cN = f.num; cD = f.den; }
    const a = r.num * cD;
    const b = cN * r.den;
    if (!fits(a, b)) return FALLBACK;
    if (a < b) { cN = r.num; cD = r.den; }
    const num = principal * cN * days;
    const den = cD * fp.basis;
    if (!fits(principal * cN, num, den)) return FALLBACK;
    let amount: number;
    if (l.interestPaidFen >= 0) {
      const cap = l.interestPaidFen * den;
      if (!fits(cap)) return FALLBACK;
      amount = num > cap ? l.interestPaidFen : divHalfUp(num, den);
    } else {
      amount = divHalfUp(num, den);
    }
    total += amount;
  }
  return total;
}

/** The vocational grant in fen (I-7). */
export function grantFen(h: FastHousehold, fp: FastPlan): number {
  if (h.vocationalStudents < 1) return 0;
  if (h.nonStackingAidFen < 0) return fp.grantFen;
  return fp.grantFen >= h.nonStackingAidFen ? fp.grantFen : 0;
}

/**
 * Runs the household rules in fen. `extraTransferFen` is added to net transfer income before the
 * targets (I-9: a reform's change in entitlements). Returns `false` when the Decimal path must be used.
 */
export function runFast(h: FastHousehold, fp: FastPlan, extraTransferFen: number, out: FastResult): boolean {
  const loan = loanFen(h, fp);
  if (loan === FALLBACK) return false;
  const grant = grantFen(h, fp);
  const transfer = h.netTransferFen + extraTransferFen;
  const disposable = h.wageFen + h.netOperatingFen + h.netPropertyFen + transfer;
  const m = h.members;
  const targetTotal = fp.targetFen * m;
  if (!fits(transfer, disposable, targetTotal)) return false;
  out.loanFen = loan;
  out.grantFen = grant;
  out.perCapitaFen = divHalfUp(disposable, m);
  out.metPerCapita = disposable >= targetTotal;
  if (h.previousPerCapitaFen >= 0) {
    const g = fp.growth;
    const lhs = disposable * g.den;
    const rhs = (g.den + g.num) * h.previousPerCapitaFen * m;
    if (!fits(lhs, rhs)) return false;
    out.metGrowth = lhs >= rhs;
  } else {
    out.metGrowth = null;
  }
  if (disposable > 0) {
    const t = fp.maxTransfer;
    const o = fp.minOther;
    const a = transfer * t.den;
    const b = t.num * disposable;
    const c = (disposable - transfer) * o.den;
    const d = o.num * disposable;
    if (!fits(a, b, c, d)) return false;
    out.metTransferShare = a <= b;
    out.metOtherShare = c >= d;
  } else {
    out.metTransferShare = false;
    out.metOtherShare = false;
  }
  return true;
}

/** A fresh result record for {@link runFast}. */
export function newFastResult(): FastResult {
  return { loanFen: 0, grantFen: 0, perCapitaFen: 0, metPerCapita: false, metGrowth: null, metTransferShare: false, metOtherShare: false };
}
