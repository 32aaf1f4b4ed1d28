/**
 * 二（三）8. 实施小额信贷促增收行动 (clause 2.3.8)
 *
 * > 金融部门要主动授信，贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助
 * > （按就高原则）。每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。
 *
 * Readings: I-2 (the higher of 50% of the actual rate and 3%, never above the actual rate, and
 * never above the interest actually paid), I-3 (actual days, 算头不算尾, over a 360-day year),
 * I-4 (the 100000-yuan cap per household per calendar year across its loans, earliest drawdown
 * first; principal above the credit limit earns nothing), I-5 (no subsidy for days before
 * 2023-05-13), I-12 (one rounding per loan, to the fen, half up).
 *
 * @module
 */
import { z } from 'zod';
import { Decimal, formatPercent, max, min, roundQuotientFen, type DecimalInput } from '../core/decimal.js';
import { earlierDate, laterDate, type IsoDate } from '../core/calendar.js';
import { dayNumber, decimalOfFen, decimalOfScaled, divHalfUp, fenOfDecimal, pow10, ratioOfDecimal } from '../batch/fen.js';
import { fenFixed, fenText, percentText, quotientDecimal, quotientText, scaledText } from '../batch/format.js';
import { perPlan, planForm } from '../batch/plan-form.js';
import { paramNode, text, TraceBuilder, type Text, type Trace, type TraceNode } from '../core/trace.js';
import { countSchema, dateSchema, listSchema, moneySchema, parseInput, rateSchema, yearSchema } from '../core/validate.js';
import { recordIdSchema } from './record-id.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan, checkYear } from './plan-argument.js';
import type { Plan } from '../plan/types.js';

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

/** Which reading of 就高 gave the subsidy rate (I-2). */
export type SubsidyRateBasis = 'share-of-rate' | 'floor-rate' | 'tie' | 'actual-rate';

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

const LoanSchema = z.strictObject({
  principal: moneySchema(),
  annualRate: rateSchema(),
  days: countSchema(0).pipe(z.number().max(36600)),
  interestPaid: moneySchema().optional(),
});

const TITLE: Text = text('小额信贷贴息', 'Micro-credit interest subsidy');

/** What the loan traces show that depends only on the plan: its parameters, and their texts. */
interface LoanNodes {
  readonly rateShare: TraceNode;
  readonly floorRate: TraceNode;
  readonly dayCountBasis: TraceNode;
  readonly principalCapPerYear: TraceNode;
  readonly rateShareText: string;
  readonly floorText: string;
  readonly basisText: string;
}

/** The nodes of each plan, made once per plan. */
const nodesOf = perPlan((plan): LoanNodes => {
  const form = planForm(plan);
  return Object.freeze({
    rateShare: paramNode('rateShare', form.shown.rateShare, text('实际利率的贴息比例', 'share of the actual rate')),
    floorRate: paramNode('floorRate', form.shown.floorRate, text('贴息年利率下限', 'floor rate')),
    dayCountBasis: paramNode('dayCountBasis', plan.params.microcredit.dayCountBasis, text('计息基准天数（I-3）', 'day-count basis (I-3)')),
    principalCapPerYear: paramNode('principalCapPerYear', form.shown.principalCapPerYear, text('每户每年贴息贷款总额上限（I-4）', 'yearly cap on subsidised principal (I-4)')),
    rateShareText: form.text.rateShare,
    floorText: form.text.floorRate,
    basisText: String(plan.params.microcredit.dayCountBasis.value),
  });
});

/** The subsidy rate under I-2, with the branch taken. Unchecked core. */
export function subsidyRateFor(annualRate: Decimal, plan: Plan): { rate: Decimal; basis: SubsidyRateBasis; share: Decimal } {
  const whole = subsidyRateWhole(annualRate, plan);
  if (whole !== undefined) return { rate: whole.rate, basis: whole.basis, share: decimalOfScaled(whole.shareNum, whole.shareDp) };
  return subsidyRateDecimal(annualRate, plan);
}

/**
 * The subsidy rate of I-2 in Decimals: the reference engine of {@link subsidyRateFor}, for any rate.
 * @internal
 */
export function subsidyRateDecimal(annualRate: Decimal, plan: Plan): { rate: Decimal; basis: SubsidyRateBasis; share: Decimal } {
  const mc = plan.params.microcredit;
  const share = annualRate.times(mc.rateShare.value);
  const floor = mc.floorRate.value;
  const higher = max(share, floor);
  if (annualRate.lt(higher)) return { rate: annualRate, basis: 'actual-rate', share };
  const basis: SubsidyRateBasis = share.gt(floor) ? 'share-of-rate' : share.eq(floor) ? 'tie' : 'floor-rate';
  return { rate: higher, basis, share };
}

/**
 * One loan's subsidy, unchecked: `principal` is already the principal that earns subsidy.
 * Shared by {@link loanInterestSubsidy}, {@link householdLoanSubsidy} and the batch path.
 */
export function loanSubsidyCore(
  principal: Decimal,
  annualRate: Decimal,
  days: number,
  interestPaid: Decimal | undefined,
  plan: Plan,
  trace: TraceBuilder | undefined,
): { amount: Decimal; subsidyRate: Decimal; rateBasis: SubsidyRateBasis; cappedByInterestPaid: boolean } {
  // The same figures from either engine: whole numbers when every value fits, else Decimals.
  const v = loanFiguresWhole(principal, annualRate, days, interestPaid, plan) ?? loanFiguresDecimal(principal, annualRate, days, interestPaid, plan);
  const { rate, basis, amount, capped } = v;
  if (trace) {
    const n = nodesOf(plan);
    const shareText = `${n.rateShareText} × ${v.annualRateText} = ${v.shareText}`;
    const floorText = n.floorText;
    const exactText = v.exactText();
    trace
      .node(n.rateShare)
      .node(n.floorRate)
      .step('shareOfRate', v.share, text(`实际利率的比例：${shareText}`, `share of the actual rate: ${shareText}`));
    let why: Text;
    switch (basis) {
      case 'share-of-rate':
        why = text(`${shareText} 高于 ${floorText}，按就高原则适用 ${v.rateText}`, `${shareText} is above the ${floorText} floor, so the higher (就高), ${v.rateText}, applies`);
        break;
      case 'floor-rate':
        why = text(`${shareText} 低于 ${floorText}，按就高原则适用 ${floorText}`, `${shareText} is below the ${floorText} floor, so ${floorText} applies (就高)`);
        break;
      case 'tie':
        why = text(`${shareText} 等于 ${floorText}，两者相同，适用 ${v.rateText}`, `${shareText} equals the ${floorText} floor; either way ${v.rateText} applies`);
        break;
      default:
        why = text(
          `实际利率 ${v.annualRateText} 低于 ${floorText}，贴息不超过实际利息，适用实际利率 ${v.rateText}（I-2）`,
          `the actual rate ${v.annualRateText} is below the ${floorText} floor; a subsidy never exceeds the interest charged, so the actual rate ${v.rateText} applies (I-2)`,
        );
    }
    const formula = `${v.principalText} × ${v.rateText} × ${days} ÷ ${n.basisText}`;
    trace
      .branch('subsidyRate', basis, why, '2.3.8')
      .node(n.dayCountBasis)
      .step('exact', exactText, text(formula, formula));
    if (interestPaid !== undefined) {
      const paid = v.interestPaidText;
      trace.branch(
        'interestPaidCap',
        capped ? 'capped' : 'not-capped',
        capped
          ? text(`贴息超过实付利息 ${paid}，以实付利息为限（I-2）`, `the subsidy would exceed the interest paid, ${paid}, so it is cut to it (I-2)`)
          : text(`贴息未超过实付利息 ${paid}`, `the subsidy does not exceed the interest paid, ${paid}`),
      );
    }
    if (capped && (interestPaid as Decimal).decimalPlaces() > 2) {
      trace.step('amount', v.amountText, text(`实付利息 ${v.interestPaidText} 元不足一分的部分不计（向下取整到分）`, `the interest paid, ${v.interestPaidText}, cut down to the fen`));
    } else {
      trace.roundText('amount', capped ? v.interestPaidText : exactText, v.amountFixed);
    }
  }
  return { amount, subsidyRate: rate, rateBasis: basis, cappedByInterestPaid: capped };
}

/**
 * One loan's subsidy before any trace: what both engines compute.
 * @internal
 */
export interface LoanFigures {
  /** The subsidy rate (I-2) and the branch that set it. */
  readonly rate: Decimal;
  readonly basis: SubsidyRateBasis;
  /** The share of the actual rate (rateShare × annualRate), as the trace shows it. */
  readonly share: Decimal | string;
  readonly amount: Decimal;
  readonly capped: boolean;
  /** principal × rate × days ÷ dayCountBasis, exact to the library's precision (shown in the trace). */
  exact(): Decimal;
  /** `toString()` of {@link LoanFigures.exact}, written without building it where it can be. */
  exactText(): string;
  /** `toString()` and `toFixed(2)` of the amount. */
  readonly amountText: string;
  readonly amountFixed: string;
  /** `formatPercent` of the share, the actual rate and the subsidy rate. */
  readonly shareText: string;
  readonly annualRateText: string;
  readonly rateText: string;
  /** `toString()` of the principal and of the interest paid ('' when none). */
  readonly principalText: string;
  readonly interestPaidText: string;
}

/**
 * One loan's figures in Decimals: the reference engine, for any value.
 * @internal
 */
export function loanFiguresDecimal(principal: Decimal, annualRate: Decimal, days: number, interestPaid: Decimal | undefined, plan: Plan): LoanFigures {
  const mc = plan.params.microcredit;
  const { rate, basis, share } = subsidyRateDecimal(annualRate, plan);
  const basisDays = new Decimal(mc.dayCountBasis.value);
  const numerator = principal.times(rate).times(days);
  let amount = roundQuotientFen(numerator, basisDays);
  let capped = false;
  // I-2: never above the interest paid. Interest paid in whole fen caps the exact amount; interest
  // paid with a fraction of a fen is cut down to the fen, so rounding can never lift the subsidy above it.
  if (interestPaid !== undefined && (numerator.gt(interestPaid.times(basisDays)) || amount.gt(interestPaid))) {
    amount = interestPaid.toDecimalPlaces(2, Decimal.ROUND_DOWN);
    capped = true;
  }
  return {
    rate, basis, share, amount, capped,
    exact: () => numerator.div(basisDays),
    exactText: () => numerator.div(basisDays).toString(),
    amountText: amount.toString(),
    amountFixed: amount.toFixed(2),
    shareText: formatPercent(share),
    annualRateText: formatPercent(annualRate),
    rateText: formatPercent(rate),
    principalText: principal.toString(),
    interestPaidText: interestPaid === undefined ? '' : interestPaid.toString(),
  };
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The subsidy rate of I-2 in whole numbers: the rates as integers over powers of ten, compared
 * exactly; `undefined` when a rate has too many decimals for that. The same branch and the same
 * rate (the same Decimal object when it is the actual rate or the floor) as {@link subsidyRateFor}.
 * @internal
 */
export function subsidyRateWhole(annualRate: Decimal, plan: Plan): {
  rate: Decimal; basis: SubsidyRateBasis; rateNum: number; rateDp: number; shareNum: number; shareDp: number; actual: { num: number; dp: number };
} | undefined {
  const f = planForm(plan);
  const shareOf = f.rateShare;
  const floor = f.floorRate;
  const a = ratioOfDecimal(annualRate);
  if (shareOf === undefined || floor === undefined || a === undefined) return undefined;
  // share = annualRate × rateShare, exactly; then all three rates over one power of ten
  const shareNum = a.num * shareOf.num;
  const shareDp = a.dp + shareOf.dp;
  const dp = Math.max(shareDp, floor.dp, a.dp);
  if (dp > 15 || !(shareNum <= MAX_SAFE)) return undefined;
  const sharePart = shareNum * pow10(dp - shareDp);
  const floorPart = floor.num * pow10(dp - floor.dp);
  const ratePart = a.num * pow10(dp - a.dp);
  if (!(sharePart <= MAX_SAFE && floorPart <= MAX_SAFE && ratePart <= MAX_SAFE)) return undefined;
  // the higher of the share and the floor (the share on a tie), never above the actual rate (I-2)
  const floorHigher = floorPart > sharePart;
  const higherPart = floorHigher ? floorPart : sharePart;
  if (ratePart < higherPart) return { rate: annualRate, basis: 'actual-rate', rateNum: a.num, rateDp: a.dp, shareNum, shareDp, actual: a };
  const basis: SubsidyRateBasis = sharePart > floorPart ? 'share-of-rate' : sharePart === floorPart ? 'tie' : 'floor-rate';
  return floorHigher
    ? { rate: plan.params.microcredit.floorRate.value, basis, rateNum: floor.num, rateDp: floor.dp, shareNum, shareDp, actual: a }
    : { rate: decimalOfScaled(shareNum, shareDp), basis, rateNum: shareNum, rateDp: shareDp, shareNum, shareDp, actual: a };
}

/**
 * The same figures in whole numbers: money in fen, rates as integers over powers of ten, when every
 * value is whole fen and every product stays below 2^53; `undefined` otherwise. The comparisons are
 * those of `subsidyRateFor` and the cap on the same exact values (就高: the higher; never above the
 * actual rate nor the interest paid, I-2); the amount is rounded once, half up (I-12).
 * @internal
 */
export function loanFiguresWhole(principal: Decimal, annualRate: Decimal, days: number, interestPaid: Decimal | undefined, plan: Plan): LoanFigures | undefined {
  const f = planForm(plan);
  const principalFen = fenOfDecimal(principal);
  const paidFen = interestPaid === undefined ? -1 : fenOfDecimal(interestPaid);
  const r = Number.isNaN(principalFen) || Number.isNaN(paidFen) ? undefined : subsidyRateWhole(annualRate, plan);
  if (r === undefined) return undefined;
  const { rate, basis, rateNum, rateDp, shareNum, shareDp, actual: a } = r;
  // amount = principal × rate × days ÷ basis, in fen: (principalFen × rateNum × days) / (10^rateDp × basis)
  const num = principalFen * rateNum * days;
  const den = pow10(rateDp) * f.dayCountBasis;
  if (!(principalFen * rateNum <= MAX_SAFE && num <= MAX_SAFE && den <= 1e14)) return undefined;
  let amountFen = divHalfUp(num, den);
  let capped = false;
  if (paidFen >= 0) {
    const cap = paidFen * den;
    if (!(cap <= MAX_SAFE)) return undefined;
    if (num > cap || amountFen > paidFen) {
      amountFen = paidFen;
      capped = true;
    }
  }
  return {
    rate, basis, amount: decimalOfFen(amountFen), capped,
    share: scaledText(shareNum, shareDp),
    exact: () => quotientDecimal(num, den, 2),
    exactText: () => quotientText(num, den, 2),
    amountText: fenText(amountFen),
    amountFixed: fenFixed(amountFen),
    shareText: percentText(shareNum, shareDp),
    annualRateText: percentText(a.num, a.dp),
    rateText: percentText(rateNum, rateDp),
    principalText: fenText(principalFen),
    interestPaidText: paidFen < 0 ? '' : fenText(paidFen),
  };
}

/**
 * The interest subsidy on one loan (clause 2.3.8).
 *
 * 「贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。」
 *
 * The rate is the higher of 50% of the actual rate and 3% a year, but never above the actual rate;
 * the amount is principal (at most 100000) × rate × days ÷ 360, never above `interestPaid` when
 * given, rounded once to the fen, half up (I-2, I-3, I-12). For a household's loans over a year,
 * with drawdown dates and the shared yearly cap, use {@link householdLoanSubsidy}.
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
  const i = parseInput('loanInterestSubsidy', LoanSchema, input);
  plan = checkPlan('loanInterestSubsidy', plan);
  const mc = plan.params.microcredit;
  const t = new TraceBuilder('loanInterestSubsidy', '2.3.8', TITLE)
    .input('principal', i.principal, { zh: '贷款本金（元）', en: 'principal (yuan)' })
    .input('annualRate', i.annualRate, { zh: '实际年利率', en: 'actual annual rate' })
    .input('days', i.days, { zh: '贴息天数（算头不算尾）', en: 'days (first day counted, last not)' });
  if (i.interestPaid !== undefined) t.input('interestPaid', i.interestPaid, { zh: '实付利息（元）', en: 'interest paid (yuan)' });
  t.param('principalCapPerYear', mc.principalCapPerYear, { zh: '每户每年贴息贷款总额上限', en: 'yearly cap on subsidised principal per household' });
  const subsidizedPrincipal = min(i.principal, mc.principalCapPerYear.value);
  if (subsidizedPrincipal.lt(i.principal)) {
    t.branch('principalCap', 'capped', {
      zh: `本金超过 ${mc.principalCapPerYear.value.toString()} 元，只按 ${subsidizedPrincipal.toString()} 元贴息`,
      en: `the principal is above ${mc.principalCapPerYear.value.toString()}, so only ${subsidizedPrincipal.toString()} earns subsidy`,
    }, '2.3.8');
  }
  const core = loanSubsidyCore(subsidizedPrincipal, i.annualRate, i.days, i.interestPaid, plan, t);
  t.result('amount', core.amount.toFixed(2), { zh: '贴息金额（元）', en: 'subsidy (yuan)' });
  return Object.freeze({ ...core, subsidizedPrincipal, trace: t.done() });
}

/** One loan of a household, for {@link householdLoanSubsidy}. */
export interface HouseholdLoanInput {
  /** A label for the loan (not personal data), echoed in the result. Default 'loan-1', 'loan-2', … */
  readonly id?: string;
  readonly principal: DecimalInput;
  readonly annualRate: DecimalInput;
  /** Drawdown date, 'YYYY-MM-DD' or a Date: the first day of interest. */
  readonly startDate: string | Date;
  /** Repayment date: the last day, not counted (算头不算尾). */
  readonly endDate: string | Date;
  /** The credit line granted (授信额度): principal above it earns nothing. */
  readonly creditLimit?: DecimalInput;
  /** Interest actually paid on this loan for the year, in yuan: the loan's subsidy never exceeds it. */
  readonly interestPaid?: DecimalInput;
}

/** Input of {@link householdLoanSubsidy}. */
export interface HouseholdLoanSubsidyInput {
  /** The calendar year whose subsidy is computed. */
  readonly year: number;
  readonly loans: readonly HouseholdLoanInput[];
}

/** One loan's line in {@link HouseholdLoanSubsidyResult}. */
export interface HouseholdLoanLine {
  readonly id: string;
  /** Principal that earned subsidy this year, after the credit limit and the yearly cap. */
  readonly subsidizedPrincipal: Decimal;
  readonly subsidyRate: Decimal;
  readonly rateBasis: SubsidyRateBasis;
  /** Subsidised days in the year (within the plan's period of force). */
  readonly days: number;
  /** The loan's subsidy, rounded to the fen. */
  readonly amount: Decimal;
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

const HouseholdLoanSchema = z.strictObject({
  id: recordIdSchema().optional(),
  principal: moneySchema(),
  annualRate: rateSchema(),
  startDate: dateSchema(),
  endDate: dateSchema(),
  creditLimit: moneySchema().optional(),
  interestPaid: moneySchema().optional(),
});

/** Validated loan, as the household schema and the batch path hold it. */
export type ParsedLoan = z.output<typeof HouseholdLoanSchema>;

const HouseholdLoansSchema = z.strictObject({
  year: yearSchema(),
  loans: listSchema(HouseholdLoanSchema, 1000),
}).superRefine((v, ctx) => {
  v.loans.forEach((l, i) => {
    if (l.endDate < l.startDate) {
      ctx.addIssue({
        code: 'custom', path: ['loans', i, 'endDate'], message: 'must not be before startDate',
        params: { code: 'end_before_start', zh: '不能早于 startDate' },
      });
    }
  });
});

/** @internal The schema of one loan, shared with the household schema. */
export const householdLoanSchema = HouseholdLoanSchema;

/** Subsidised days of a loan in a year: within [start, end), the calendar year and the plan's period of force (I-3, I-5). */
export function subsidisedPeriod(start: IsoDate, end: IsoDate, year: number, plan: Plan): { from: IsoDate; to: IsoDate; days: number } {
  const from = laterDate(laterDate(start, `${year}-01-01`), plan.effectiveFrom);
  // the day after 31 December: 1 January of the next year
  const to = earlierDate(end, `${String(year + 1).padStart(4, '0')}-01-01`);
  // actual days, first counted and last not (I-3): calendar days, no time of day, no time zone
  return { from, to, days: Math.max(0, dayNumber(to) - dayNumber(from)) };
}

const HOUSEHOLD_TITLE: Text = text('家庭小额信贷贴息（年度）', 'Household micro-credit subsidy for a year');

/** The labels of a household's loan traces. */
const HL = Object.freeze({
  year: text('年度', 'year'),
  principal: text('贷款本金（元）', 'principal (yuan)'),
  annualRate: text('实际年利率', 'actual annual rate'),
  period: text('贷款期间（算头不算尾）', 'loan period (first day counted, last not)'),
  amount: text('贴息金额（元）', 'subsidy (yuan)'),
  total: text('贴息合计（元）', 'total subsidy (yuan)'),
  capLeft: text('剩余年度上限（元）', 'cap left (yuan)'),
});

/**
 * Unchecked core of {@link householdLoanSubsidy} over validated loans.
 * @internal
 */
export function householdLoanSubsidyCore(year: number, loans: readonly ParsedLoan[], plan: Plan, withTrace: boolean): HouseholdLoanSubsidyResult {
  const mc = plan.params.microcredit;
  const cap = mc.principalCapPerYear.value;
  const t = withTrace
    ? new TraceBuilder('householdLoanSubsidy', '2.3.8', HOUSEHOLD_TITLE)
        .input('year', year, HL.year)
        .node(nodesOf(plan).principalCapPerYear)
    : undefined;
  const order = loans.map((_, i) => i).sort((a, b) => {
    const sa = (loans[a] as ParsedLoan).startDate;
    const sb = (loans[b] as ParsedLoan).startDate;
    return sa < sb ? -1 : sa > sb ? 1 : a - b;
  });
  // The cap's bookkeeping in whole fen when the cap and every principal and credit limit are whole
  // fen (the same sums and comparisons, exactly), else in Decimals.
  const capFen = planForm(plan).capFen;
  const whole = !Number.isNaN(capFen) && loans.every((l) => !Number.isNaN(fenOfDecimal(l.principal)) && (l.creditLimit === undefined || !Number.isNaN(fenOfDecimal(l.creditLimit))));
  const lines: HouseholdLoanLine[] = new Array(loans.length);
  let remaining = cap;
  let remainingFen = capFen;
  let totalFen = 0;
  for (const idx of order) {
    const loan = loans[idx] as ParsedLoan;
    const id = loan.id ?? `loan-${idx + 1}`;
    const period = subsidisedPeriod(loan.startDate, loan.endDate, year, plan);
    const lt = t
      ? new TraceBuilder('loanInterestSubsidy', '2.3.8', text(`贷款 ${id}`, `loan ${id}`))
          .input('principal', loan.principal, HL.principal)
          .input('annualRate', loan.annualRate, HL.annualRate)
          .input('period', `${loan.startDate} – ${loan.endDate}`, HL.period)
      : undefined;
    let eligible = loan.principal;
    let eligibleFen = whole ? fenOfDecimal(loan.principal) : NaN;
    const limit = loan.creditLimit;
    const limitFen = whole && limit !== undefined ? fenOfDecimal(limit) : NaN;
    if (limit !== undefined && (whole ? limitFen < eligibleFen : limit.lt(eligible))) {
      eligible = limit;
      eligibleFen = limitFen;
      const limitText = whole ? fenText(limitFen) : limit.toString();
      lt?.branch('creditLimit', 'capped', text(`授信额度 ${limitText} 元以外的本金不贴息`, `principal above the credit limit, ${limitText}, earns nothing (I-4)`), '2.3.8');
    }
    let subsidizedPrincipal: Decimal;
    let amount: Decimal;
    let subsidyRate: Decimal;
    let rateBasis: SubsidyRateBasis;
    if (period.days > 0) {
      let remainingText: string;
      if (whole) {
        const principalFen = eligibleFen < remainingFen ? eligibleFen : remainingFen;
        remainingFen -= principalFen;
        subsidizedPrincipal = decimalOfFen(principalFen);
        remainingText = fenText(remainingFen);
      } else {
        subsidizedPrincipal = min(eligible, remaining);
        remaining = remaining.minus(subsidizedPrincipal);
        remainingText = remaining.toString();
      }
      lt?.step('days', period.days, text(
        `${year} 年内、${plan.effectiveFrom} 起的贴息天数（${period.from} 至 ${period.to}）`,
        `subsidised days in ${year} from ${plan.effectiveFrom} (${period.from} to ${period.to})`,
      )).step('subsidizedPrincipal', subsidizedPrincipal, text(
        `贴息本金（计入本笔后，年度上限剩余 ${remainingText} 元）`,
        `principal within the yearly cap (cap left after this loan: ${remainingText})`,
      ));
      const core = loanSubsidyCore(subsidizedPrincipal, loan.annualRate, period.days, loan.interestPaid, plan, lt);
      amount = core.amount;
      rateBasis = core.rateBasis;
      subsidyRate = core.subsidyRate;
    } else {
      subsidizedPrincipal = decimalOfFen(0);
      amount = decimalOfFen(0);
      const rate = subsidyRateFor(loan.annualRate, plan);
      rateBasis = rate.basis;
      subsidyRate = rate.rate;
      lt?.branch('days', 'none', text(
        `${year} 年内（${plan.effectiveFrom} 起）无贴息天数，不占用年度上限（I-4、I-5）`,
        `no subsidised days in ${year} (from ${plan.effectiveFrom}); the loan uses none of the cap (I-4, I-5)`,
      ), '2.3.8');
    }
    const amountFen = fenOfDecimal(amount);
    lt?.result('amount', Number.isNaN(amountFen) ? amount.toFixed(2) : fenFixed(amountFen), HL.amount);
    if (t && lt) t.child(lt.done());
    totalFen += amountFen;
    lines[idx] = Object.freeze({ id, subsidizedPrincipal, subsidyRate, rateBasis, days: period.days, amount });
  }
  if (whole) remaining = remainingFen === capFen ? cap : decimalOfFen(remainingFen);
  // every amount is rounded to the fen, so the total is whole fen: summed as such while it fits
  let total: Decimal;
  if (Number.isSafeInteger(totalFen)) {
    total = decimalOfFen(totalFen);
  } else {
    total = new Decimal(0);
    for (const l of lines) total = total.plus(l.amount);
  }
  t?.result('total', Number.isSafeInteger(totalFen) ? fenFixed(totalFen) : total.toFixed(2), HL.total);
  t?.result('principalCapRemaining', whole ? fenText(remainingFen) : remaining, HL.capLeft);
  const trace = t ? t.done() : EMPTY_TRACE;
  return Object.freeze({ total, loans: Object.freeze(lines), principalCapRemaining: remaining, trace });
}

const EMPTY_TRACE: Trace = Object.freeze({ kind: 'rule', rule: 'householdLoanSubsidy', clause: '2.3.8', title: HOUSEHOLD_TITLE, children: Object.freeze([]) });

/**
 * A household's interest subsidy over all its loans in one calendar year (clause 2.3.8).
 *
 * 「贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。」
 *
 * Each loan earns subsidy for its days inside the year and on or after the plan's date of force
 * (I-3, I-5); principal above its credit limit earns nothing; the 100000-yuan yearly cap is shared
 * by the loans in order of drawdown (earliest first, ties in input order), and a loan with no
 * subsidised days uses none of it (I-4). Each loan is rounded once to the fen (I-12).
 *
 * @param input - `{ year, loans }`.
 * @param plan - the plan to apply (default {@link LANXI_2023}).
 * @returns the total, one line per loan (input order), the unused cap, and a trace.
 * @throws {@link PolicyInputError} on invalid loans (paths like `loans[1].endDate`), an end before its start.
 * @example
 * ```ts
 * const r = householdLoanSubsidy({
 *   year: 2024,
 *   loans: [
 *     { id: 'a', principal: 60000, annualRate: '0.0435', startDate: '2024-01-01', endDate: '2025-01-01' },
 *     { id: 'b', principal: 60000, annualRate: '0.0435', startDate: '2024-03-01', endDate: '2025-03-01' },
 *   ],
 * });
 * r.loans.map((l) => l.subsidizedPrincipal.toString()); //=> ['60000', '40000']
 * ```
 */
export function householdLoanSubsidy(input: HouseholdLoanSubsidyInput, plan: Plan = LANXI_2023): HouseholdLoanSubsidyResult {
  const i = parseInput('householdLoanSubsidy', HouseholdLoansSchema, input);
  plan = checkPlan('householdLoanSubsidy', plan);
  checkYear(i.year, plan);
  return householdLoanSubsidyCore(i.year, i.loans, plan, true);
}

