/**
 * 一、工作目标 (clause 1) — the 2023 income targets for low-income households.
 *
 * > 低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * > 工资性收入、经营性净收入等其他收入占比20%以上。
 *
 * Reading I-9 (the statistics bureau's definitions): disposable income = wage + net operating + net
 * property + net transfer income; per capita = disposable income / members; growth = per capita /
 * previous per capita − 1; transfer share = net transfer / disposable income; other share = 1 −
 * transfer share. A population figure is Σ income / Σ members, never a mean of household figures
 * ({@link populationIncomeTargets}). Each target is checked on exact values by cross-multiplication
 * (以上 and 以下 include the number, I-1); reports round money to the fen and shares to 4 decimals.
 *
 * @module
 */
import { z } from 'zod';
import { Decimal, formatPercent, ZERO, type DecimalInput } from '../core/decimal.js';
import { exactly } from '../core/calculator.js';
import { perPlan } from '../plan/per-plan.js';
import { calcPlan } from './calc-plan.js';
import { incomeFigures } from './income-algorithm.js';
import { branchNode, paramNode, text, TraceBuilder, type Text, type Trace, type TraceNode } from '../core/trace.js';
import { countSchema, decimalSchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import { boundedListSchema } from './bounded-list.js';
import type { Plan } from '../plan/types.js';

/** A household's (or a population's) income for the year by source, in yuan (I-9). */
export interface IncomeComponentsInput {
  /** 工资性收入: wages. */
  readonly wage: DecimalInput;
  /** 经营净收入: net operating income; negative for a loss. */
  readonly netOperating: DecimalInput;
  /** 财产净收入: net property income (rent, dividends); may be negative. */
  readonly netProperty: DecimalInput;
  /** 转移净收入: net transfer income (pensions, assistance, subsidies received, net of transfers paid); may be negative. */
  readonly netTransfer: DecimalInput;
}

/** Validated income components. */
export interface IncomeComponents {
  readonly wage: Decimal;
  readonly netOperating: Decimal;
  readonly netProperty: Decimal;
  readonly netTransfer: Decimal;
}

/** Input of {@link incomeTargets}: one household. */
export interface IncomeTargetsInput {
  /** Household members (≥ 1). */
  readonly members: number;
  readonly income: IncomeComponentsInput;
  /** Last year's per-capita disposable income, in yuan (> 0); without it growth is not assessed. */
  readonly previousPerCapita?: DecimalInput;
}

/** Which targets of clause 1 are met, each on exact values. */
export interface IncomeTargetsMet {
  /** Per-capita disposable income ≥ 16710 (达到…以上). */
  readonly perCapita: boolean;
  /** Growth ≥ 15% (达…以上); `null` when there is no previous figure to compare with. */
  readonly growth: boolean | null;
  /** Transfer share ≤ 80% (控制在…以下); false when disposable income ≤ 0. */
  readonly transferShare: boolean;
  /** Other income share ≥ 20% (…以上); false when disposable income ≤ 0. */
  readonly otherShare: boolean;
}

/** Result of {@link incomeTargets} and {@link populationIncomeTargets}. */
export interface IncomeTargetsResult {
  /** Disposable income, exact (the sum of the four components). */
  readonly disposableIncome: Decimal;
  /** Per-capita disposable income, rounded to the fen, half up. */
  readonly perCapita: Decimal;
  /** Growth over the previous per-capita figure, a fraction rounded to 4 decimals, half up; `null` without a previous figure. */
  readonly growth: Decimal | null;
  /** Net transfer / disposable income, rounded to 4 decimals, half up; `null` when disposable income ≤ 0. */
  readonly transferShare: Decimal | null;
  /** 1 − transferShare (so the two reported shares add up to 1); `null` when disposable income ≤ 0. */
  readonly otherShare: Decimal | null;
  readonly met: IncomeTargetsMet;
  readonly trace: Trace;
}

/** Result of {@link populationIncomeTargets}: the population's figures plus its size. */
export interface PopulationIncomeTargetsResult extends IncomeTargetsResult {
  /** Households counted. */
  readonly households: number;
  /** Members counted: the denominator of the per-capita figure. */
  readonly members: number;
}

const signedAmount = () => decimalSchema({ nonNegative: false, what: 'amount' });

const IncomeSchema = z.strictObject({
  wage: signedAmount(),
  netOperating: signedAmount(),
  netProperty: signedAmount(),
  netTransfer: signedAmount(),
});

/** @internal The schema of the income components, shared with the household schema. */
export const incomeComponentsSchema = IncomeSchema;

const previousPerCapitaSchema = () => decimalSchema({ positive: true, what: 'amount' }).optional();

const IncomeTargetsSchema = z.strictObject({
  members: countSchema(1),
  income: IncomeSchema,
  previousPerCapita: previousPerCapitaSchema(),
});

const PopulationSchema = z.strictObject({
  households: boundedListSchema(z.strictObject({ members: countSchema(1), income: IncomeSchema }), { max: 10_000_000, min: 1 }),
  previousPerCapita: previousPerCapitaSchema(),
});

const ONE = new Decimal(1);

const TITLE: Text = text('低收入农户收入目标', 'Income targets for low-income households');
const EMPTY_TRACE: Trace = Object.freeze({ kind: 'rule', rule: 'incomeTargets', clause: '1', title: TITLE, children: Object.freeze([]) });

/**
 * Unchecked core of {@link incomeTargets}, for the batch path and for population figures: `members`
 * is a whole number ≥ 1 and `previousPerCapita`, when given, is positive. For a population, pass
 * Σ members and the Σ of each income component.
 *
 * @param members - members (or Σ members).
 * @param income - the four components (or their sums).
 * @param previousPerCapita - the previous per-capita figure, or undefined.
 * @param plan - the plan to apply.
 * @param withTrace - build the trace (false on the batch path: the result's trace is then empty).
 * @returns the same result as {@link incomeTargets}.
 */
export function incomeTargetsCore(
  members: number,
  income: IncomeComponents,
  previousPerCapita: Decimal | undefined,
  plan: Plan,
  withTrace: boolean,
): IncomeTargetsResult {
  // Clause 1's one algorithm, over whole fen (Decimal when a value does not fit).
  const run = exactly((c) => {
    const part = (d: Decimal) => c.fromMoney(d);
    const o = incomeFigures(c, members, { wage: part(income.wage), netOperating: part(income.netOperating), netProperty: part(income.netProperty), netTransfer: part(income.netTransfer) },
      previousPerCapita === undefined ? undefined : part(previousPerCapita), calcPlan(c, plan), c.fromRate(ONE));
    const rate = (r: typeof o.growth) => (r === null ? null : c.rate(r));
    return { ...o, disposable: c.money(o.disposable), perCapita: c.money(o.perCapita), growth: rate(o.growth), transferShare: rate(o.transferShare), otherShare: rate(o.otherShare) };
  });
  const r = run.value;
  const v: IncomeFigures = {
    disposable: r.disposable, perCapita: r.perCapita, metPerCapita: r.metPerCapita, growth: r.growth, metGrowth: r.metGrowth,
    transferShare: r.transferShare, otherShare: r.otherShare, metTransfer: r.metTransfer, metOther: r.metOther,
    shown: !withTrace ? undefined : {
      exactPerCapita: r.disposable.div(members).toString(),
      wage: income.wage.toString(),
      netOperating: income.netOperating.toString(),
      netProperty: income.netProperty.toString(),
      netTransfer: income.netTransfer.toString(),
      previousPerCapita: previousPerCapita === undefined ? '' : previousPerCapita.toString(),
      disposable: r.disposable.toString(),
      perCapita: r.perCapita.toFixed(2),
      growth: r.growth === null ? null : r.growth.toString(),
      transferShare: r.transferShare === null ? null : r.transferShare.toString(),
      otherShare: r.otherShare === null ? null : r.otherShare.toString(),
    },
  };
  const { disposable, perCapita, growth, metGrowth, transferShare, otherShare, metPerCapita, metTransfer, metOther } = v;
  const met: IncomeTargetsMet = Object.freeze({ perCapita: metPerCapita, growth: metGrowth, transferShare: metTransfer, otherShare: metOther });
  const shown = v.shown;
  return Object.freeze({
    disposableIncome: disposable,
    perCapita,
    growth,
    transferShare,
    otherShare,
    met,
    trace: shown === undefined ? EMPTY_TRACE : incomeTrace(members, previousPerCapita !== undefined, v, shown, nodesOf(plan)),
  });
}

/** The labels of the trace of clause 1. */
const L = Object.freeze({
  members: text('家庭人口', 'members'),
  wage: text('工资性收入（元）', 'wage income (yuan)'),
  netOperating: text('经营净收入（元）', 'net operating income (yuan)'),
  netProperty: text('财产净收入（元）', 'net property income (yuan)'),
  netTransfer: text('转移净收入（元）', 'net transfer income (yuan)'),
  previousPerCapita: text('上年人均可支配收入（元）', 'previous per-capita disposable income (yuan)'),
  disposable: text('可支配收入 = 工资性 + 经营净 + 财产净 + 转移净', 'disposable income = wage + net operating + net property + net transfer'),
  growth: text('年增幅（四舍五入到 4 位小数）', 'growth (rounded half up to 4 decimals)'),
  transferShare: text('转移性收入占比（四舍五入到 4 位小数）', 'transfer share (rounded half up to 4 decimals)'),
  otherShare: text('其他收入占比 = 1 − 转移性收入占比', 'other share = 1 − transfer share'),
  perCapitaResult: text('人均可支配收入（元）', 'per-capita disposable income (yuan)'),
  growthResult: text('年增幅', 'growth'),
  transferShareResult: text('转移性收入占比', 'transfer share'),
  otherShareResult: text('其他收入占比', 'other-income share'),
});

/** The nodes of the trace of clause 1 that depend only on the plan: its parameters and the branches. */
interface IncomeNodes {
  readonly perCapitaIncome: TraceNode;
  readonly perCapitaMet: TraceNode;
  readonly perCapitaNotMet: TraceNode;
  readonly growthRate: TraceNode;
  readonly growthMet: TraceNode;
  readonly growthNotMet: TraceNode;
  readonly growthNotAssessed: TraceNode;
  readonly maxTransferShare: TraceNode;
  readonly minOtherShare: TraceNode;
  readonly transferMet: TraceNode;
  readonly transferNotMet: TraceNode;
  readonly otherMet: TraceNode;
  readonly otherNotMet: TraceNode;
  readonly sharesUndefined: TraceNode;
}

/** The nodes of each plan, made once per plan. */
const nodesOf = perPlan((plan): IncomeNodes => {
  const tg = plan.params.targets;
  const form = { shown: { perCapitaIncome: tg.perCapitaIncome, growthRate: tg.growthRate, maxTransferShare: tg.maxTransferShare, minOtherShare: tg.minOtherShare } };
  const target = tg.perCapitaIncome.value.toString();
  const rate = formatPercent(tg.growthRate.value);
  const maxT = formatPercent(tg.maxTransferShare.value);
  const minO = formatPercent(tg.minOtherShare.value);
  return Object.freeze({
    // 人均可支配收入达到16710元以上: disposable ≥ 16710 × members.
    perCapitaIncome: paramNode('perCapitaIncome', form.shown.perCapitaIncome, text('人均可支配收入目标（以上，含本数）', 'per-capita income target (以上: inclusive)')),
    perCapitaMet: branchNode('perCapita', 'met', text(`人均可支配收入达到 ${target} 元以上`, `per-capita disposable income is at least ${target}`), '1'),
    perCapitaNotMet: branchNode('perCapita', 'not-met', text(`人均可支配收入低于 ${target} 元`, `per-capita disposable income is below ${target}`), '1'),
    // 年增幅达15%以上: disposable ≥ (1 + 15%) × previous × members.
    growthRate: paramNode('growthRate', form.shown.growthRate, text('年增幅目标（以上，含本数）', 'growth target (以上: inclusive)')),
    growthMet: branchNode('growth', 'met', text(`年增幅达 ${rate} 以上`, `growth is at least ${rate}`), '1'),
    growthNotMet: branchNode('growth', 'not-met', text(`年增幅低于 ${rate}`, `growth is below ${rate}`), '1'),
    growthNotAssessed: branchNode('growth', 'not-assessed', text('未提供上年人均可支配收入，年增幅不作评价', 'no previous per-capita figure: growth is not assessed'), '1'),
    // 转移性收入占比控制在80%以下; 其他收入占比20%以上 — undefined when disposable income ≤ 0.
    maxTransferShare: paramNode('maxTransferShare', form.shown.maxTransferShare, text('转移性收入占比上限（以下，含本数）', 'maximum transfer share (以下: inclusive)')),
    minOtherShare: paramNode('minOtherShare', form.shown.minOtherShare, text('其他收入占比下限（以上，含本数）', 'minimum other-income share (以上: inclusive)')),
    transferMet: branchNode('transferShare', 'met', text(`转移性收入占比在 ${maxT} 以下`, `the transfer share is at most ${maxT}`), '1'),
    transferNotMet: branchNode('transferShare', 'not-met', text(`转移性收入占比超过 ${maxT}`, `the transfer share is above ${maxT}`), '1'),
    otherMet: branchNode('otherShare', 'met', text(`其他收入占比在 ${minO} 以上`, `the other-income share is at least ${minO}`), '1'),
    otherNotMet: branchNode('otherShare', 'not-met', text(`其他收入占比低于 ${minO}`, `the other-income share is below ${minO}`), '1'),
    sharesUndefined: branchNode('shares', 'undefined', text(
      '可支配收入不大于 0，收入结构占比无定义，两项结构目标均视为未达到',
      'disposable income is not above 0: the shares are undefined and both structure targets count as not met',
    ), '1'),
  });
});

/** The trace of clause 1, from the figures and their texts. */
function incomeTrace(members: number, hasPrevious: boolean, v: IncomeFigures, shown: IncomeTexts, n: IncomeNodes): Trace {
  const t = new TraceBuilder('incomeTargets', '1', TITLE)
    .input('members', members, L.members)
    .input('wage', shown.wage, L.wage)
    .input('netOperating', shown.netOperating, L.netOperating)
    .input('netProperty', shown.netProperty, L.netProperty)
    .input('netTransfer', shown.netTransfer, L.netTransfer);
  if (hasPrevious) t.input('previousPerCapita', shown.previousPerCapita, L.previousPerCapita);
  t.step('disposableIncome', shown.disposable, L.disposable)
    .roundText('perCapita', shown.exactPerCapita, shown.perCapita)
    .node(n.perCapitaIncome)
    .node(v.metPerCapita ? n.perCapitaMet : n.perCapitaNotMet);
  if (hasPrevious) {
    t.node(n.growthRate)
      .step('growth', shown.growth, L.growth)
      .node(v.metGrowth === true ? n.growthMet : n.growthNotMet);
  } else {
    t.node(n.growthNotAssessed);
  }
  t.node(n.maxTransferShare).node(n.minOtherShare);
  if (v.transferShare !== null) {
    t.step('transferShare', shown.transferShare, L.transferShare)
      .step('otherShare', shown.otherShare, L.otherShare)
      .node(v.metTransfer ? n.transferMet : n.transferNotMet)
      .node(v.metOther ? n.otherMet : n.otherNotMet);
  } else {
    t.node(n.sharesUndefined);
  }
  return t.result('perCapita', shown.perCapita, L.perCapitaResult)
    .result('growth', shown.growth, L.growthResult)
    .result('transferShare', shown.transferShare, L.transferShareResult)
    .result('otherShare', shown.otherShare, L.otherShareResult)
    .done();
}

/**
 * The figures of clause 1 before any trace: what both engines compute.
 * @internal
 */
export interface IncomeFigures {
  readonly disposable: Decimal;
  readonly perCapita: Decimal;
  /** What the trace shows; made only for a trace. */
  readonly shown: IncomeTexts | undefined;
  readonly metPerCapita: boolean;
  readonly growth: Decimal | null;
  readonly metGrowth: boolean | null;
  /** `null` (and `otherShare` too) when disposable income ≤ 0. */
  readonly transferShare: Decimal | null;
  readonly otherShare: Decimal | null;
  readonly metTransfer: boolean;
  readonly metOther: boolean;
}

/**
 * The texts a trace shows: each input and figure as `Decimal#toString` writes it, per capita as
 * `toFixed(2)`; `null` where the figure is `null`.
 * @internal
 */
export interface IncomeTexts {
  /** Disposable income ÷ members, exact to the library's precision, as `Decimal#toString` writes it. */
  readonly exactPerCapita: string;
  readonly wage: string;
  readonly netOperating: string;
  readonly netProperty: string;
  readonly netTransfer: string;
  /** '' when there is no previous figure. */
  readonly previousPerCapita: string;
  readonly disposable: string;
  readonly perCapita: string;
  readonly growth: string | null;
  readonly transferShare: string | null;
  readonly otherShare: string | null;
}

/**
 * A household's income figures and whether they meet the targets of clause 1.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」
 *
 * `met` compares exact values by cross-multiplication, never the rounded figures: per capita ≥ 16710
 * ⇔ disposable ≥ 16710 × members; growth ≥ 15% ⇔ disposable ≥ 1.15 × previousPerCapita × members;
 * transfer ≤ 80% ⇔ netTransfer ≤ 0.8 × disposable; other ≥ 20% ⇔ disposable − netTransfer ≥ 0.2 ×
 * disposable. When disposable income is 0 or negative the shares are `null` and both structure
 * targets are not met; without `previousPerCapita`, `growth` and `met.growth` are `null` (I-9).
 *
 * @param input - `{ members, income: { wage, netOperating, netProperty, netTransfer }, previousPerCapita? }`.
 * @param plan - the plan to apply (default {@link LANXI_2023}); `targets.*` can be changed with `plan.with()`.
 * @returns `{ disposableIncome, perCapita, growth, transferShare, otherShare, met, trace }`.
 * @throws {@link PolicyInputError} on members that are not a whole number ≥ 1 (path `members`),
 *   a non-numeric income component (path `income.wage`, …), or a previousPerCapita ≤ 0.
 * @example
 * ```ts
 * const r = incomeTargets({ members: 2, income: { wage: 20000, netOperating: 5000, netProperty: 420, netTransfer: 8000 } });
 * r.perCapita.toString();      //=> '16710'
 * r.met.perCapita;             //=> true (exactly 16710: 以上 includes the number)
 * r.transferShare?.toString(); //=> '0.2394'
 * r.growth;                    //=> null (no previous figure)
 * ```
 */
export function incomeTargets(input: IncomeTargetsInput, plan: Plan = LANXI_2023): IncomeTargetsResult {
  const i = parseInput('incomeTargets', IncomeTargetsSchema, input);
  plan = checkPlan('incomeTargets', plan);
  return incomeTargetsCore(i.members, i.income, i.previousPerCapita, plan, true);
}

/** Input of {@link populationIncomeTargets}: the households of a population (a village, a township, the city). */
export interface PopulationIncomeTargetsInput {
  readonly households: readonly { readonly members: number; readonly income: IncomeComponentsInput }[];
  /** The population's per-capita disposable income last year, in yuan (> 0). */
  readonly previousPerCapita?: DecimalInput;
}

const POPULATION_TITLE: Text = Object.freeze({ zh: '低收入农户群体收入目标', en: 'Income targets for a population of low-income households' });

/**
 * Unchecked core of {@link populationIncomeTargets}: sums members and each income component over
 * validated households, then applies {@link incomeTargetsCore} to the sums.
 * @internal
 */
export function populationIncomeTargetsCore(
  households: readonly { readonly members: number; readonly income: IncomeComponents }[],
  previousPerCapita: Decimal | undefined,
  plan: Plan,
  withTrace: boolean,
): PopulationIncomeTargetsResult {
  let members = 0;
  let wage = ZERO;
  let netOperating = ZERO;
  let netProperty = ZERO;
  let netTransfer = ZERO;
  for (const h of households) {
    members += h.members;
    wage = wage.plus(h.income.wage);
    netOperating = netOperating.plus(h.income.netOperating);
    netProperty = netProperty.plus(h.income.netProperty);
    netTransfer = netTransfer.plus(h.income.netTransfer);
  }
  const inner = incomeTargetsCore(members, { wage, netOperating, netProperty, netTransfer }, previousPerCapita, plan, withTrace);
  const trace = withTrace
    ? new TraceBuilder('populationIncomeTargets', '1', POPULATION_TITLE)
        .input('households', households.length, { zh: '户数', en: 'households' })
        .step('members', members, { zh: '总人口（人均数的分母）', en: 'members in all (the denominator of per-capita figures)' })
        .branch('aggregation', 'sum-over-members', {
          zh: '群体指标 = 各项收入合计 ÷ 总人口，不取各户指标的平均数（I-9）',
          en: 'population figures are Σ income ÷ Σ members, never a mean of household figures (I-9)',
        }, '1')
        .child(inner.trace)
        .done()
    : Object.freeze({ ...EMPTY_TRACE, rule: 'populationIncomeTargets', title: POPULATION_TITLE });
  return Object.freeze({ ...inner, households: households.length, members, trace });
}

/**
 * The income figures of a population of households (a village, a township, the whole city) and
 * whether they meet the targets of clause 1.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」
 *
 * A population figure is Σ income / Σ members, as the statistics compute it — never the mean of the
 * households' per-capita figures, which would weigh a one-person household like a six-person one
 * (I-9). The shares are Σ net transfer / Σ disposable income. Everything else is as
 * {@link incomeTargets}, applied to the sums.
 *
 * @param input - `{ households: [{ members, income }, …], previousPerCapita? }` (at least one household).
 * @param plan - the plan to apply (default {@link LANXI_2023}).
 * @returns the {@link IncomeTargetsResult} of the sums, plus `households` and `members` counted.
 * @throws {@link PolicyInputError} on an empty list or an invalid household (paths like `households[3].members`).
 * @example
 * ```ts
 * const r = populationIncomeTargets({ households: [
 *   { members: 1, income: { wage: 30000, netOperating: 0, netProperty: 0, netTransfer: 0 } },
 *   { members: 3, income: { wage: 18000, netOperating: 0, netProperty: 0, netTransfer: 6000 } },
 * ] });
 * r.perCapita.toString(); //=> '13500' (54000 / 4; the mean of 30000 and 8000 would be 19000)
 * r.met.perCapita;        //=> false
 * ```
 */
export function populationIncomeTargets(input: PopulationIncomeTargetsInput, plan: Plan = LANXI_2023): PopulationIncomeTargetsResult {
  const i = parseInput('populationIncomeTargets', PopulationSchema, input);
  plan = checkPlan('populationIncomeTargets', plan);
  return populationIncomeTargetsCore(i.households, i.previousPerCapita, plan, true);
}
