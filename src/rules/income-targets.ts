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
import { once } from '../core/once.js';
import { Decimal, ZERO, type DecimalInput } from '../core/decimal.js';
import { exactly } from '../core/calculator.js';
import { calcPlan } from './calc-plan.js';
import { incomeFigures, type IncomeOutcome, type IncomeParts } from './income-algorithm.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { incomeNodes, incomeTrace, type IncomeFigures } from './income-trace.js';
import { INCOME_TEXT } from './messages/income-targets.js';

export type { IncomeFigures, IncomeTexts } from './income-trace.js';
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

const IncomeSchema = once(() => z.strictObject({
  wage: signedAmount(),
  netOperating: signedAmount(),
  netProperty: signedAmount(),
  netTransfer: signedAmount(),
}));

/** A household's income components and previous per-capita figure in whole fen (−1: none), as the household reader holds them. */
export interface IncomeInFen {
  readonly wageFen: number;
  readonly netOperatingFen: number;
  readonly netPropertyFen: number;
  readonly netTransferFen: number;
  readonly previousPerCapitaFen: number;
}

const previousPerCapitaSchema = () => decimalSchema({ positive: true, what: 'amount' }).optional();

const IncomeTargetsSchema = once(() => z.strictObject({
  members: countSchema(1),
  income: IncomeSchema(),
  previousPerCapita: previousPerCapitaSchema(),
}));

const PopulationSchema = once(() => z.strictObject({
  households: boundedListSchema(z.strictObject({ members: countSchema(1), income: IncomeSchema() }), { max: 10_000_000, min: 1 }),
  previousPerCapita: previousPerCapitaSchema(),
}));


const TITLE: Text = INCOME_TEXT.title;
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
 * @param fen - the same income (and previous figure, −1 when none) in whole fen, when the caller has
 *   them already (a household the library read): the whole-fen run takes them as they are.
 * @returns the same result as {@link incomeTargets}.
 */
export function incomeTargetsCore(
  members: number,
  income: IncomeComponents,
  previousPerCapita: Decimal | undefined,
  plan: Plan,
  withTrace: boolean,
  fen?: IncomeInFen,
): IncomeTargetsResult {
  // Clause 1's one algorithm, over whole fen (Decimal when a value does not fit).
  const run = exactly((c) => {
    const known = fen !== undefined && c.name === 'fen';
    const part = (d: Decimal, f: number | undefined) => (known ? f : c.fromMoney(d)) as typeof c.zero;
    const parts = {
      wage: part(income.wage, fen?.wageFen), netOperating: part(income.netOperating, fen?.netOperatingFen),
      netProperty: part(income.netProperty, fen?.netPropertyFen), netTransfer: part(income.netTransfer, fen?.netTransferFen),
    };
    const previous = previousPerCapita === undefined ? undefined : part(previousPerCapita, fen?.previousPerCapitaFen);
    const o = incomeFigures(c, members, parts, previous, calcPlan(c, plan));
    return { o: o as IncomeOutcome<unknown, unknown>, parts: parts as IncomeParts<unknown>, previous: previous as unknown };
  });
  const c = run.calc;
  const { o, parts } = run.value;
  const rate = (x: unknown) => (x === null ? null : c.rate(x));
  const rateText = (x: unknown) => (x === null ? null : c.rateText(x));
  const v: IncomeFigures = {
    disposable: c.money(o.disposable), perCapita: c.money(o.perCapita), metPerCapita: o.metPerCapita, growth: rate(o.growth), metGrowth: o.metGrowth,
    transferShare: rate(o.transferShare), otherShare: rate(o.otherShare), metTransfer: o.metTransfer, metOther: o.metOther,
    // the texts the trace shows, written from the calculator's values (as Decimal writes them)
    shown: !withTrace ? undefined : {
      exactPerCapita: c.quotientText(c.lift(o.disposable, 1), members),
      wage: c.moneyText(parts.wage),
      netOperating: c.moneyText(parts.netOperating),
      netProperty: c.moneyText(parts.netProperty),
      netTransfer: c.moneyText(parts.netTransfer),
      previousPerCapita: run.value.previous === undefined ? '' : c.moneyText(run.value.previous),
      disposable: c.moneyText(o.disposable),
      perCapita: c.fixedText(o.perCapita),
      growth: rateText(o.growth),
      transferShare: rateText(o.transferShare),
      otherShare: rateText(o.otherShare),
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
    trace: shown === undefined ? EMPTY_TRACE : incomeTrace(members, previousPerCapita !== undefined, v, shown, incomeNodes(plan), TITLE),
  });
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
  const i = parseInput('incomeTargets', IncomeTargetsSchema(), input);
  plan = checkPlan('incomeTargets', plan);
  return incomeTargetsCore(i.members, i.income, i.previousPerCapita, plan, true);
}

/** Input of {@link populationIncomeTargets}: the households of a population (a village, a township, the city). */
export interface PopulationIncomeTargetsInput {
  readonly households: readonly { readonly members: number; readonly income: IncomeComponentsInput }[];
  /** The population's per-capita disposable income last year, in yuan (> 0). */
  readonly previousPerCapita?: DecimalInput;
}

const POPULATION_TITLE: Text = INCOME_TEXT.populationTitle;

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
        .input('households', households.length, INCOME_TEXT.households)
        .step('members', members, INCOME_TEXT.populationMembers)
        .branch('aggregation', 'sum-over-members', INCOME_TEXT.aggregation, '1')
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
  const i = parseInput('populationIncomeTargets', PopulationSchema(), input);
  plan = checkPlan('populationIncomeTargets', plan);
  return populationIncomeTargetsCore(i.households, i.previousPerCapita, plan, true);
}
