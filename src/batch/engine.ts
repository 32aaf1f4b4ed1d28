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
import { dayNumber, divHalfUp, fits, pow10, SAFE, toFen, toRatio, type Ratio } from './fen.js';
import { EXTERNAL, isVocationalSchooling, type HouseholdStore } from './store.js';

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

export { isVocationalSchooling };

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
  /** What the household receives through these rules: the loan subsidy and the education aid after 就高 (I-7, I-9). */
  receivedFen: number;
  /** Net transfer income with the change added (I-9). */
  transferFen: number;
  disposableFen: number;
  perCapitaFen: number;
  metPerCapita: boolean;
  metGrowth: boolean | null;
  metTransferShare: boolean;
  metOtherShare: boolean;
}

/** Marker: this household must go through the Decimal path. */
export const FALLBACK = -1;

/**
 * One loan's subsidy in fen (I-2, I-3, I-12): `principalFen` (already within the credit limit and
 * the yearly cap) at the subsidy rate for `days` days, never above `interestPaidFen` when that is
 * not −1, rounded half up once. The actual rate is `rateNum / rateDen`. {@link FALLBACK} when a
 * product would not fit.
 */
export function subsidyFen(fp: FastPlan, principalFen: number, rateNum: number, rateDen: number, days: number, interestPaidFen: number): number {
  // subsidy rate = max(share × rate, floor), never above the rate (I-2)
  const sN = fp.share.num * rateNum;
  const sD = fp.share.den * rateDen;
  const f = fp.floor;
  let cN: number;
  let cD: number;
  const lhs = sN * f.den;
  const rhs = f.num * sD;
  if (!(lhs <= SAFE && rhs <= SAFE && sD <= SAFE)) return FALLBACK;
  if (lhs >= rhs) { cN = sN; cD = sD; } else { cN = f.num; cD = f.den; }
  const a = rateNum * cD;
  const b = cN * rateDen;
  if (!(a <= SAFE && b <= SAFE)) return FALLBACK;
  if (a < b) { cN = rateNum; cD = rateDen; }
  const pc = principalFen * cN;
  const num = pc * days;
  const den = cD * fp.basis;
  if (!(pc <= SAFE && num <= SAFE && den <= SAFE)) return FALLBACK;
  if (interestPaidFen >= 0) {
    const cap = interestPaidFen * den;
    if (!(cap <= SAFE)) return FALLBACK;
    if (num > cap) return interestPaidFen;
  }
  return divHalfUp(num, den);
}

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
    const amount = subsidyFen(fp, principal, l.rate.num, l.rate.den, days, l.interestPaidFen);
    if (amount === FALLBACK) return FALLBACK;
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
 * The income figures of clause 1 in fen (I-9): disposable income = `otherFen` (wage + net operating
 * + net property) + `transferFen`, per capita rounded half up, and each target met or not, compared
 * exactly by cross-multiplication (I-1). Sets `transferFen`, `disposableFen`, `perCapitaFen` and the
 * `met…` fields of `out`; `false` when a product would not fit (use the Decimal path).
 */
export function figuresFen(fp: FastPlan, members: number, otherFen: number, transferFen: number, previousPerCapitaFen: number, out: FastResult): boolean {
  const disposable = otherFen + transferFen;
  const targetTotal = fp.targetFen * members;
  if (!(inRange(transferFen) && inRange(disposable) && inRange(targetTotal))) return false;
  let metGrowth: boolean | null = null;
  if (previousPerCapitaFen >= 0) {
    const g = fp.growth;
    const lhs = disposable * g.den;
    const rhs = (g.den + g.num) * previousPerCapitaFen * members;
    if (!(inRange(lhs) && inRange(rhs))) return false;
    metGrowth = lhs >= rhs;
  }
  let metTransferShare = false;
  let metOtherShare = false;
  if (disposable > 0) {
    const t = fp.maxTransfer;
    const o = fp.minOther;
    const a = transferFen * t.den;
    const b = t.num * disposable;
    const c = (disposable - transferFen) * o.den;
    const d = o.num * disposable;
    if (!(inRange(a) && inRange(b) && inRange(c) && inRange(d))) return false;
    metTransferShare = a <= b;
    metOtherShare = c >= d;
  }
  out.transferFen = transferFen;
  out.disposableFen = disposable;
  out.perCapitaFen = divHalfUp(disposable, members);
  out.metPerCapita = disposable >= targetTotal;
  out.metGrowth = metGrowth;
  out.metTransferShare = metTransferShare;
  out.metOtherShare = metOtherShare;
  return true;
}

/** |x| ≤ 2^53 − 1 (false for NaN). */
function inRange(x: number): boolean {
  return x <= SAFE && x >= -SAFE;
}

/**
 * Runs the household rules in fen. `extraTransferFen` is added to net transfer income before the
 * targets (I-9: a reform's change in entitlements). Returns `false` when the Decimal path must be used.
 */
export function runFast(h: FastHousehold, fp: FastPlan, extraTransferFen: number, out: FastResult): boolean {
  const loan = loanFen(h, fp);
  if (loan === FALLBACK) return false;
  if (!figuresFen(fp, h.members, h.wageFen + h.netOperatingFen + h.netPropertyFen, h.netTransferFen + extraTransferFen, h.previousPerCapitaFen, out)) return false;
  const grant = grantFen(h, fp);
  const ns = h.nonStackingAidFen;
  out.loanFen = loan;
  out.grantFen = grant;
  out.receivedFen = loan + (h.vocationalStudents < 1 ? 0 : ns < 0 || fp.grantFen >= ns ? grant : ns);
  return true;
}

/** Rates with more decimals than this take the Decimal path (their products grow too large). */
const MAX_RATE_DP = 6;

/** Σ of household `i`'s loan subsidies for the plan's year, in fen, from the columns of a store; {@link FALLBACK} when a product would not fit. */
export function storeLoanFen(s: HouseholdStore, i: number, fp: FastPlan): number {
  let remaining = fp.capFen;
  let total = 0;
  const end = s.loanStart[i + 1] as number;
  for (let at = s.loanStart[i] as number; at < end; at++) {
    const startDay = s.loanStartDay[at] as number;
    const endDay = s.loanEndDay[at] as number;
    const days = (endDay < fp.toDay ? endDay : fp.toDay) - (startDay > fp.fromDay ? startDay : fp.fromDay);
    if (days <= 0) continue;
    const dp = s.loanRateDp[at] as number;
    if (dp > MAX_RATE_DP) return FALLBACK;
    let eligible = s.loanPrincipal[at] as number;
    const limit = s.loanCreditLimit[at] as number;
    if (limit >= 0 && limit < eligible) eligible = limit;
    const principal = eligible < remaining ? eligible : remaining;
    remaining -= principal;
    const amount = subsidyFen(fp, principal, s.loanRateNum[at] as number, pow10(dp), days, s.loanInterestPaid[at] as number);
    if (amount === FALLBACK) return FALLBACK;
    total += amount;
  }
  return total;
}

/**
 * Household `i` of a store under a plan, in fen: entitlements (2.3.8, 2.3.4), what it receives, and
 * its income figures (1) with `received − baselineReceivedFen` added to net transfers (I-9; pass
 * `NaN` for no change). `false` when it must take the Decimal path (an external household, or a
 * product that would not fit).
 */
export function runStore(s: HouseholdStore, i: number, fp: FastPlan, baselineReceivedFen: number, out: FastResult): boolean {
  if (((s.flags[i] as number) & EXTERNAL) !== 0) return false;
  const loan = s.loanStart[i] === s.loanStart[i + 1] ? 0 : storeLoanFen(s, i, fp);
  if (loan === FALLBACK) return false;
  let grant = 0;
  let edu = 0;
  if ((s.students[i] as number) > 0) {
    // 就高 (I-7): the grant, unless the non-stacking aid is higher; then that aid is paid instead.
    const ns = s.nonStackingAid[i] as number;
    if (ns < 0 || fp.grantFen >= ns) { grant = fp.grantFen; edu = grant; } else { edu = ns; }
  }
  const received = loan + edu;
  const change = baselineReceivedFen === baselineReceivedFen ? received - baselineReceivedFen : 0;
  const other = (s.wage[i] as number) + (s.netOperating[i] as number) + (s.netProperty[i] as number);
  if (!figuresFen(fp, s.members[i] as number, other, (s.netTransfer[i] as number) + change, s.previous[i] as number, out)) return false;
  out.loanFen = loan;
  out.grantFen = grant;
  out.receivedFen = received;
  return true;
}

/** A fresh result record for {@link runFast} and {@link runStore}. */
export function newFastResult(): FastResult {
  return {
    loanFen: 0, grantFen: 0, receivedFen: 0, transferFen: 0, disposableFen: 0, perCapitaFen: 0,
    metPerCapita: false, metGrowth: null, metTransferShare: false, metOtherShare: false,
  };
}
