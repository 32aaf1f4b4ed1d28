/**
 * 二（一）1、2、4: the assistance system's indicators, checked from counts.
 *
 * > 2.1.1 加强社会救助政策宣传，确保救助一件事惠民联办率达到100%。
 * > 2.1.2 确保低收入家庭子女义务教育阶段入学率100%。
 * > 2.1.4 切实保障低收入农户饮水安全，确保饮水水质、水量、用水方便程度和供水保证率4项指标达到安全标准。
 *
 * Readings: a rate is numerator / denominator and is compared exactly with its target by
 * `meetsShare` (I-1, 达到 includes the number): 100% means every case, never "99.995% rounds to
 * 100%". For drinking water, each of the four indicators is met when every household measured
 * meets the standard for it (达到安全标准: the households safe reach the households measured), and
 * the check is met when the indicators met reach `waterSafetyIndicators` (4). A zero denominator
 * means nothing to measure: the rate is `null` (never NaN) and the status `'n/a'`
 * (`'no-population'`). A numerator above its denominator is an input error. The indicators have
 * no deadline: at the time of the counts they are `'met'` or `'failed'`.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal, formatPercent, roundShare } from '../core/decimal.js';
import { meets, meetsShare } from '../core/boundary.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { countSchema, parseInput } from '../core/validate.js';
import type { ClauseId } from '../plan/clauses.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from '../rules/plan-argument.js';
import type { Param, Plan } from '../plan/types.js';
import { reason, STATUS_TEXT, worstStatus, type ProgrammeReason, type ProgrammeStatus } from './common.js';
import { INDICATORS_TEXT as TEXT } from './messages/indicators.js';

/** Cases of assistance and those handled jointly (一件事联办). */
export interface JointHandlingCounts { readonly handled: number; readonly total: number }
/** Children of low-income families of compulsory-education age, and those enrolled. */
export interface EnrolmentCounts { readonly enrolled: number; readonly total: number }
/** Households measured for one water indicator, and those meeting the safety standard. */
export interface WaterIndicatorCounts { readonly safe: number; readonly total: number }
/** The four drinking-water indicators (水质、水量、用水方便程度、供水保证率). */
export interface WaterSafetyCounts {
  readonly quality: WaterIndicatorCounts;
  readonly quantity: WaterIndicatorCounts;
  readonly convenience: WaterIndicatorCounts;
  readonly reliability: WaterIndicatorCounts;
}

/** Input of {@link checkIndicators}: the counts of one area (a township or the city); each group optional. */
export interface CheckIndicatorsInput {
  readonly jointHandling?: JointHandlingCounts;
  readonly compulsoryEnrolment?: EnrolmentCounts;
  readonly waterSafety?: WaterSafetyCounts;
}

/** The indicators checked. */
export type IndicatorKey = 'jointHandling' | 'compulsoryEnrolment' | 'waterSafety';

/** One indicator's line. */
export interface IndicatorLine {
  readonly clause: ClauseId;
  /** Numerator / denominator for a rate; indicators met / indicators for water. */
  readonly numerator: number;
  readonly denominator: number;
  /** The rate rounded to 4 decimals for reports (null when the denominator is 0 or for water). */
  readonly rate: Decimal | null;
  /** The target: a rate, or the number of water indicators. */
  readonly required: Decimal;
  readonly status: 'met' | 'failed' | 'n/a';
  readonly reason: ProgrammeReason | null;
}

/** Result of {@link checkIndicators}. */
export interface CheckIndicatorsResult {
  /** The worst of the indicators given; `'n/a'` when none was given. */
  readonly status: ProgrammeStatus;
  /** A line for each group given. */
  readonly indicators: Readonly<Partial<Record<IndicatorKey, IndicatorLine>>>;
  /** Water: each indicator's status. */
  readonly water: Readonly<Partial<Record<keyof WaterSafetyCounts, 'met' | 'failed' | 'n/a'>>>;
  readonly trace: Trace;
}

function pair<A extends string>(a: A) {
  return z.strictObject({ [a]: countSchema(0), total: countSchema(0) } as Record<A | 'total', ReturnType<typeof countSchema>>)
    .superRefine((v, ctx) => {
      const rec = v as Record<string, number>;
      if ((rec[a] ?? 0) > (rec.total ?? 0)) {
        ctx.addIssue({ code: 'custom', path: [a], message: TEXT.exceedsTotal.en, params: { code: 'exceeds_total', zh: TEXT.exceedsTotal.zh } });
      }
    });
}

const WaterSchema = once(() => z.strictObject({ quality: pair('safe'), quantity: pair('safe'), convenience: pair('safe'), reliability: pair('safe') }));

/** @internal Shapes shared with the township report. */
export const indicatorsShape = once(() => ({
  jointHandling: pair('handled').optional(),
  compulsoryEnrolment: pair('enrolled').optional(),
  waterSafety: WaterSchema().optional(),
}));

const CheckSchema = once(() => z.strictObject(indicatorsShape()));

/** Validated counts. */
export interface IndicatorCounts {
  readonly jointHandling?: JointHandlingCounts | undefined;
  readonly compulsoryEnrolment?: EnrolmentCounts | undefined;
  readonly waterSafety?: WaterSafetyCounts | undefined;
}

/** The water indicators in the plan's order, with their names. */
export const WATER_INDICATORS: readonly { readonly key: keyof WaterSafetyCounts; readonly name: Text }[] = Object.freeze([
  { key: 'quality', name: TEXT.water.quality },
  { key: 'quantity', name: TEXT.water.quantity },
  { key: 'convenience', name: TEXT.water.convenience },
  { key: 'reliability', name: TEXT.water.reliability },
] as const);

/** The three indicators in clause order, with their names (for the township report's columns). */
export const INDICATORS: readonly { readonly key: IndicatorKey; readonly clause: ClauseId; readonly name: Text }[] = Object.freeze([
  { key: 'jointHandling', clause: '2.1.1', name: TEXT.jointHandling },
  { key: 'compulsoryEnrolment', clause: '2.1.2', name: TEXT.compulsoryEnrolment },
  { key: 'waterSafety', clause: '2.1.4', name: TEXT.waterSafety },
] as const);

/** Sums counts of several areas (Σ numerators / Σ denominators, never a mean of rates). Groups absent everywhere stay absent. */
export function sumIndicatorCounts(list: readonly IndicatorCounts[]): IndicatorCounts {
  const add = <K extends string>(items: readonly (Record<K | 'total', number> | undefined)[], k: K): Record<K | 'total', number> | undefined => {
    const given = items.filter((x): x is Record<K | 'total', number> => x !== undefined);
    if (given.length === 0) return undefined;
    return { [k]: given.reduce((n, x) => n + x[k], 0), total: given.reduce((n, x) => n + x.total, 0) } as Record<K | 'total', number>;
  };
  const waters = list.map((x) => x.waterSafety).filter((x): x is WaterSafetyCounts => x !== undefined);
  const out: { -readonly [K in keyof IndicatorCounts]: IndicatorCounts[K] } = {};
  const j = add(list.map((x) => x.jointHandling), 'handled');
  const e = add(list.map((x) => x.compulsoryEnrolment), 'enrolled');
  if (j) out.jointHandling = j;
  if (e) out.compulsoryEnrolment = e;
  if (waters.length > 0) {
    const w = (k: keyof WaterSafetyCounts) => add(waters.map((x) => x[k]), 'safe') as WaterIndicatorCounts;
    out.waterSafety = { quality: w('quality'), quantity: w('quantity'), convenience: w('convenience'), reliability: w('reliability') };
  }
  return out;
}

function rateLine(name: Text, clause: ClauseId, num: number, den: number, target: Param): IndicatorLine {
  const required = target.value;
  if (den === 0) {
    return Object.freeze({ clause, numerator: num, denominator: den, rate: null, required, status: 'n/a' as const,
      reason: reason('no-population', clause, TEXT.noPopulation(name)) });
  }
  const met = meetsShare(new Decimal(num), new Decimal(den), '达到', required);
  const rate = roundShare(new Decimal(num).div(den));
  return Object.freeze({ clause, numerator: num, denominator: den, rate, required, status: met ? 'met' as const : 'failed' as const,
    reason: met ? null : reason('rate-below-target', clause, TEXT.rateBelowTarget(name, num, den, formatPercent(required))) });
}

/** The check, unchecked; shared with the township report. Returns the lines and each water indicator's status. */
export function indicatorsCore(counts: IndicatorCounts, plan: Plan): { status: ProgrammeStatus; indicators: Partial<Record<IndicatorKey, IndicatorLine>>; water: Partial<Record<keyof WaterSafetyCounts, 'met' | 'failed' | 'n/a'>> } {
  const p = plan.params.indicators;
  const indicators: Partial<Record<IndicatorKey, IndicatorLine>> = {};
  const water: Partial<Record<keyof WaterSafetyCounts, 'met' | 'failed' | 'n/a'>> = {};
  const names = Object.fromEntries(INDICATORS.map((x) => [x.key, x.name])) as Record<IndicatorKey, Text>;
  if (counts.jointHandling) indicators.jointHandling = rateLine(names.jointHandling, '2.1.1', counts.jointHandling.handled, counts.jointHandling.total, p.jointHandlingRate);
  if (counts.compulsoryEnrolment) indicators.compulsoryEnrolment = rateLine(names.compulsoryEnrolment, '2.1.2', counts.compulsoryEnrolment.enrolled, counts.compulsoryEnrolment.total, p.compulsoryEnrolmentRate);
  if (counts.waterSafety) {
    const ws = counts.waterSafety;
    for (const { key } of WATER_INDICATORS) {
      const c = ws[key];
      water[key] = c.total === 0 ? 'n/a' : meets(new Decimal(c.safe), '达到', new Decimal(c.total)) ? 'met' : 'failed';
    }
    const metCount = Object.values(water).filter((s) => s === 'met').length;
    const required = new Decimal(p.waterSafetyIndicators.value);
    const met = meets(new Decimal(metCount), '达到', required);
    const unknown = WATER_INDICATORS.filter((x) => water[x.key] === 'n/a');
    const failing = WATER_INDICATORS.filter((x) => water[x.key] === 'failed');
    const status = met ? 'met' as const : unknown.length > 0 && failing.length === 0 ? 'n/a' as const : 'failed' as const;
    indicators.waterSafety = Object.freeze({
      clause: '2.1.4', numerator: metCount, denominator: WATER_INDICATORS.length, rate: null, required, status,
      reason: status === 'met' ? null : status === 'n/a'
        ? reason('no-population', '2.1.4', TEXT.waterNotMeasured(unknown.map((x) => x.name)))
        : reason('indicators-not-met', '2.1.4', TEXT.waterNotMet(metCount, WATER_INDICATORS.length, required.toString(),
          failing.map((x) => ({ name: x.name, safe: ws[x.key].safe, total: ws[x.key].total })))),
    });
  }
  return { status: worstStatus(Object.values(indicators).map((l) => l.status)), indicators, water };
}

/** Adds the trace of each indicator line to `t`. */
export function indicatorTraces(t: TraceBuilder, lines: Partial<Record<IndicatorKey, IndicatorLine>>, plan: Plan): void {
  const p = plan.params.indicators;
  const params: Record<IndicatorKey, Param<Decimal | number>> = { jointHandling: p.jointHandlingRate, compulsoryEnrolment: p.compulsoryEnrolmentRate, waterSafety: p.waterSafetyIndicators };
  for (const { key, clause, name } of INDICATORS) {
    const l = lines[key];
    if (l === undefined) continue;
    const tt = new TraceBuilder(key, clause, name)
      .param(key === 'waterSafety' ? 'waterSafetyIndicators' : `${key}Rate`, params[key], key === 'waterSafety' ? TEXT.waterSafetyIndicators : TEXT.targetRate)
      .step('counts', `${l.numerator}/${l.denominator}`, key === 'waterSafety' ? TEXT.waterCounts : TEXT.rateCounts);
    if (l.rate !== null) tt.step('rate', l.rate, TEXT.rate);
    tt.branch(key, l.status, l.reason ? { zh: l.reason.zh, en: l.reason.en } : TEXT.met(name), clause)
      .result('status', l.status, STATUS_TEXT[l.status]);
    t.child(tt.done());
  }
}

/**
 * Checks the indicators of clause 2.1 from counts: the joint handling rate (2.1.1), compulsory-
 * education enrolment (2.1.2) and drinking-water safety (2.1.4), with I-1 semantics.
 *
 * 「确保救助一件事惠民联办率达到100%」「确保低收入家庭子女义务教育阶段入学率100%」
 * 「确保饮水水质、水量、用水方便程度和供水保证率4项指标达到安全标准」
 *
 * Each rate is `'met'` when numerator / denominator reaches the plan's rate (100%), compared
 * exactly; water is `'met'` when the indicators whose households all meet the standard reach 4.
 * A zero denominator gives `'n/a'` (`'no-population'`), never NaN. Reason codes:
 * `rate-below-target`, `indicators-not-met`, `no-population`.
 *
 * @param input - `{ jointHandling?: { handled, total }, compulsoryEnrolment?: { enrolled, total },
 *   waterSafety?: { quality, quantity, convenience, reliability: { safe, total } } }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ status, indicators, water, trace }`.
 * @throws {@link PolicyInputError} for a negative or fractional count or a numerator above its total
 *   (path such as `jointHandling.handled`, code `exceeds_total`).
 * @example
 * ```ts
 * checkIndicators({ jointHandling: { handled: 120, total: 120 } }).indicators.jointHandling?.status; //=> 'met'
 * checkIndicators({ compulsoryEnrolment: { enrolled: 199, total: 200 } }).status;                  //=> 'failed'
 * checkIndicators({ jointHandling: { handled: 0, total: 0 } }).indicators.jointHandling?.rate;      //=> null
 * ```
 */
export function checkIndicators(input: CheckIndicatorsInput, plan: Plan = LANXI_2023): CheckIndicatorsResult {
  const i = parseInput('checkIndicators', CheckSchema(), input) as IndicatorCounts;
  plan = checkPlan('checkIndicators', plan);
  const core = indicatorsCore(i, plan);
  const t = new TraceBuilder('checkIndicators', '2.1.1', TEXT.title);
  indicatorTraces(t, core.indicators, plan);
  t.result('status', core.status, STATUS_TEXT[core.status]);
  return Object.freeze({ status: core.status, indicators: Object.freeze(core.indicators), water: Object.freeze(core.water), trace: t.done() });
}
