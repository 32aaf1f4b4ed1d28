/**
 * The engine behind `simulate`, `compare` and `sweep`: validate each household once, then run the
 * household rules (clauses 2.3.8, 2.3.4 and 1) without traces, and add the figures up the way the
 * statistics do (I-9).
 *
 * Each household runs on the whole-fen batch engine (`src/batch/engine.ts`) when its values fit
 * there, and on the rules' Decimal cores (`householdLoanSubsidyCore`, `vocationalGrantCore`,
 * `incomeTargetsCore`) otherwise; the two give the same answer to the fen (the batch engine is
 * property-tested against the Decimal cores, and `assessHousehold` runs the Decimal cores).
 *
 * @module
 * @internal
 */
import { z } from 'zod';
import { Decimal, ZERO } from '../core/decimal.js';
import { FALLBACK, grantFen, loanFen, newFastResult, prepareHousehold, preparePlan, runFast, type FastHousehold, type FastPlan, type FastResult } from '../batch/engine.js';
import { SAFE, toFen } from '../batch/fen.js';
import { meets, meetsShare } from '../core/boundary.js';
import { PolicyInputError, type PolicyIssue } from '../core/errors.js';
import { parseInput, yearSchema } from '../core/validate.js';
import type { Plan } from '../plan/types.js';
import { householdLoanSubsidyCore } from '../rules/loan-interest-subsidy.js';
import { vocationalGrantCore } from '../rules/vocational-grant.js';
import { incomeTargetsCore, type IncomeComponents, type IncomeTargetsMet } from '../rules/income-targets.js';
import { safeParseHousehold, type Household } from '../schema/household.js';
import type { AggregateTargets, HouseholdError, HouseholdRow, PopulationSummary } from './types.js';

// ---------------------------------------------------------------------------------------------
// Validation, once per household

/**
 * Households this module has validated (outputs of the household schema, deep-frozen). A household
 * in this set is trusted and not validated again: being frozen, it cannot have changed since. A
 * cache, not state: it changes no answer, only how fast one is given.
 */
const VALIDATED = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Decimal.isDecimal(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Whether a household was validated here (and frozen), so it can skip validation. */
export function isValidated(value: unknown): value is Household {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

/** Validates one household, or returns it as is when it was validated here before. */
export function validateOne(value: unknown): { ok: true; household: Household } | { ok: false; issues: readonly PolicyIssue[] } {
  if (isValidated(value)) return { ok: true, household: value };
  const r = safeParseHousehold(value);
  if (!r.success) return { ok: false, issues: r.error.issues };
  const h = deepFreeze(r.data);
  VALIDATED.add(h);
  return { ok: true, household: h };
}

/** The validated households of a population, in input order, and the errors of the others. */
export interface Prepared {
  readonly households: readonly Household[];
  readonly errors: readonly HouseholdError[];
}

const MAX_HOUSEHOLDS = 10_000_000;

/** A household id may be echoed in errors only when it passes as one: a label without 15 or more digits in a row. */
const PERSONAL_DIGITS = /[0-9]{15}/;

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (!Object.prototype.hasOwnProperty.call(value, 'id')) return undefined;
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 && id.length <= 200 && !PERSONAL_DIGITS.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

const DUPLICATE_ID: PolicyIssue = Object.freeze({
  path: Object.freeze(['id']),
  code: 'duplicate_id',
  message: 'repeats the id of an earlier household in this batch',
  messageZh: '与本批次前面的家庭记录户编号重复',
});

/**
 * Validates a population: each bad household is reported with its index, its id (when it has a
 * readable one that cannot be personal data) and the issues with their paths; the good ones are
 * kept in order. A household whose id repeats an earlier valid household's is rejected
 * (`duplicate_id`), so no household is counted twice, as `parseHouseholds` does.
 *
 * @throws {@link PolicyInputError} naming `fn` when `households` is not an array.
 */
export function prepare(fn: string, households: unknown): Prepared {
  if (!Array.isArray(households)) {
    throw new PolicyInputError(fn, [{ path: ['households'], code: 'invalid_type', message: 'must be an array of households', messageZh: '必须是家庭数组' }]);
  }
  if (households.length > MAX_HOUSEHOLDS) {
    throw new PolicyInputError(fn, [{ path: ['households'], code: 'too_big', message: `must have at most ${MAX_HOUSEHOLDS} items`, messageZh: `不能超过 ${MAX_HOUSEHOLDS} 项` }]);
  }
  const good: Household[] = [];
  const errors: HouseholdError[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < households.length; i++) {
    const value: unknown = households[i];
    const r = validateOne(value);
    if (r.ok && !ids.has(r.household.id)) {
      ids.add(r.household.id);
      good.push(r.household);
    } else {
      const issues = r.ok ? [DUPLICATE_ID] : r.issues;
      const id = r.ok ? r.household.id : idOf(value);
      errors.push(Object.freeze(id === undefined ? { index: i, issues } : { index: i, id, issues }));
    }
  }
  return { households: good, errors: Object.freeze(errors) };
}

/** Whether a value looks like a {@link Plan} (LANXI_2023 or the result of `plan.with()`). */
export function isPlan(value: unknown): value is Plan {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<Plan>;
  return typeof p.with === 'function' && typeof p.effectiveFrom === 'string' && typeof p.params === 'object' && p.params !== null
    && typeof p.params.microcredit === 'object' && typeof p.params.targets === 'object' && typeof p.params.vocationalGrant === 'object';
}

/** A zod schema accepting a {@link Plan}. */
export function planSchema() {
  return z.any().transform((v, ctx): Plan => {
    if (!isPlan(v)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a plan (LANXI_2023 or the result of plan.with())',
        params: { code: 'invalid_plan', zh: '必须是方案（LANXI_2023 或 plan.with() 的结果）' },
      });
      return z.NEVER;
    }
    return v;
  });
}

const RunOptionsSchema = z.strictObject({ year: yearSchema(), plan: planSchema().optional() });

/** Validates `{ year, plan? }`. */
export function parseRunOptions(fn: string, options: unknown): { year: number; plan: Plan | undefined } {
  const o = parseInput(fn, RunOptionsSchema, options);
  return { year: o.year, plan: o.plan };
}

// ---------------------------------------------------------------------------------------------
// One household, no trace

/** I-7: members enrolled in a secondary or higher vocational school. */
export function vocationalStudentsOf(h: Household): number {
  let n = 0;
  for (const m of h.members) if (m.schooling === 'secondaryVocational' || m.schooling === 'higherVocational') n += 1;
  return n;
}

/** Whole fen → Decimal yuan (exact: the text '<fen>e-2' is parsed, nothing is divided). */
function fenToYuan(fen: number): Decimal {
  return fen === 0 ? ZERO : new Decimal(`${fen}e-2`);
}

/** The batch form of each validated household (plan-independent), computed once (a cache). `null`: Decimal path only. */
const FAST = new WeakMap<Household, FastHousehold | null>();

function fastOf(h: Household): FastHousehold | null {
  let f = FAST.get(h);
  if (f === undefined) {
    f = prepareHousehold(h);
    FAST.set(h, f);
  }
  return f;
}

/** A plan in batch form for a year, or `null` (Decimal path only). */
export function fastPlanOf(plan: Plan, year: number): FastPlan | null {
  return preparePlan(plan, year);
}

const MET_CACHE: (IncomeTargetsMet | undefined)[] = new Array(24);

/** Shared frozen `met` records (there are only 24 different ones). */
function metOf(perCapita: boolean, growth: boolean | null, transferShare: boolean, otherShare: boolean): IncomeTargetsMet {
  const key = (perCapita ? 12 : 0) + (growth === null ? 0 : growth ? 4 : 8) + (transferShare ? 2 : 0) + (otherShare ? 1 : 0);
  let m = MET_CACHE[key];
  if (m === undefined) {
    m = Object.freeze({ perCapita, growth, transferShare, otherShare });
    MET_CACHE[key] = m;
  }
  return m;
}

/** One household under one plan. */
export interface Evaluated {
  /** Clause 2.3.8: micro-credit interest subsidy for the year. */
  readonly loanSubsidy: Decimal;
  /** Clause 2.3.4: the vocational grant paid (0 when higher non-stacking aid is paid instead). */
  readonly vocationalGrant: Decimal;
  /** loanSubsidy + vocationalGrant. */
  readonly totalEntitlement: Decimal;
  /**
   * What the household receives through these rules, apart from aid that is paid in every plan:
   * the loan subsidy, plus, when it has a vocational student, the grant or the higher non-stacking
   * aid (就高, I-7). Its change between two plans is the change in the household's net transfer
   * income (I-9). Stacking aid is left out: it is paid whatever the plan says.
   */
  readonly received: Decimal;
  /** The change in `received` from the baseline, added to net transfer income (0 in a baseline). */
  readonly incomeChange: Decimal;
  /**
   * Disposable income (with the change added, exact) and per-capita income (rounded to the fen):
   * whole fen when the batch engine ran, Decimals otherwise. Read them with {@link disposableOf}
   * and {@link perCapitaOf}; Decimals are made only for rows that are shown.
   */
  readonly disposableFen: number | undefined;
  readonly perCapitaFen: number | undefined;
  readonly disposableIncome: Decimal | undefined;
  readonly perCapita: Decimal | undefined;
  readonly met: IncomeTargetsMet;
  /** Net transfer income with the change added: whole fen when the batch engine ran. */
  readonly netTransferFen: number | undefined;
  readonly netTransfer: Decimal | undefined;
}

/** Entitlements on the Decimal path. */
function entitlementsDecimal(h: Household, year: number, plan: Plan): { loan: Decimal; grant: Decimal; received: Decimal } {
  const loans = h.loans;
  const students = vocationalStudentsOf(h);
  const loan = loans !== undefined && loans.length > 0 ? householdLoanSubsidyCore(year, loans, plan, false).total : ZERO;
  if (students === 0) return { loan, grant: ZERO, received: loan };
  const g = vocationalGrantCore(students, h.otherEducationAid ?? [], plan, false);
  // 就高 (I-7): the household receives the grant, or else the higher non-stacking aid.
  let edu = g.amount;
  if (g.basis === 'other-aid-higher') {
    edu = ZERO;
    for (const a of g.otherAid) if (!a.stackable) edu = edu.plus(a.amount);
  }
  return { loan, grant: g.amount, received: loan.plus(edu) };
}

/**
 * One household under `plan`: entitlements, and income figures with `received − baselineReceived`
 * added to net transfer income (I-9). `baselineReceived` undefined: a baseline (no change).
 */
export function evaluate(h: Household, year: number, plan: Plan, fp: FastPlan | null, baselineReceived: Decimal | undefined, out: FastResult = newFastResult()): Evaluated {
  const fh = fastOf(h);
  // Entitlements: whole fen on the batch engine when it can, else the Decimal cores.
  let loan: Decimal | undefined;
  let grant: Decimal | undefined;
  let received: Decimal | undefined;
  if (fh !== null && fp !== null) {
    const lf = fh.loans.length === 0 ? 0 : loanFen(fh, fp);
    if (lf !== FALLBACK) {
      const gf = grantFen(fh, fp);
      // 就高 (I-7): the household receives the grant, or else the higher non-stacking aid.
      const ns = fh.nonStackingAidFen;
      const edu = fh.vocationalStudents < 1 ? 0 : ns < 0 || fp.grantFen >= ns ? gf : ns;
      loan = fenToYuan(lf);
      grant = fenToYuan(gf);
      received = fenToYuan(lf + edu);
    }
  }
  if (loan === undefined || grant === undefined || received === undefined) {
    const e = entitlementsDecimal(h, year, plan);
    loan = e.loan;
    grant = e.grant;
    received = e.received;
  }
  const incomeChange = baselineReceived === undefined || baselineReceived === received || received.eq(baselineReceived) ? ZERO : received.minus(baselineReceived);
  const total = loan.isZero() ? grant : grant.isZero() ? loan : loan.plus(grant);

  // Income figures: whole fen when the change is whole fen, else (or when they do not fit) Decimal.
  if (fh !== null && fp !== null) {
    const extra = incomeChange.isZero() ? 0 : toFen(incomeChange);
    if (extra !== undefined && runFast(fh, fp, extra, out)) {
      const transferFen = fh.netTransferFen + extra;
      const disposableFen = fh.wageFen + fh.netOperatingFen + fh.netPropertyFen + transferFen;
      return {
        loanSubsidy: loan, vocationalGrant: grant, totalEntitlement: total, received, incomeChange,
        disposableFen,
        perCapitaFen: out.perCapitaFen,
        disposableIncome: undefined,
        perCapita: undefined,
        met: metOf(out.metPerCapita, out.metGrowth, out.metTransferShare, out.metOtherShare),
        netTransferFen: transferFen,
        netTransfer: undefined,
      };
    }
  }
  const income = incomeWith(h, incomeChange);
  const r = incomeTargetsCore(h.members.length, income, h.previousPerCapita, plan, false);
  return {
    loanSubsidy: loan, vocationalGrant: grant, totalEntitlement: total, received, incomeChange,
    disposableFen: undefined,
    perCapitaFen: undefined,
    disposableIncome: r.disposableIncome,
    perCapita: r.perCapita,
    met: metOf(r.met.perCapita, r.met.growth, r.met.transferShare, r.met.otherShare),
    netTransferFen: undefined,
    netTransfer: income.netTransfer,
  };
}

/** A household's disposable income under a plan, exact. */
export function disposableOf(e: Evaluated): Decimal {
  return e.disposableIncome ?? fenToYuan(e.disposableFen as number);
}

/** A household's per-capita disposable income under a plan, rounded to the fen. */
export function perCapitaOf(e: Evaluated): Decimal {
  return e.perCapita ?? fenToYuan(e.perCapitaFen as number);
}

/**
 * Whether a household's per-capita income reaches `line` (以上 includes the number, I-1), exactly:
 * disposable income ≥ line × members. `lineFen` is `line` in whole fen when it is whole fen.
 */
export function reaches(e: Evaluated, members: number, line: Decimal, lineFen: number | undefined): boolean {
  if (e.disposableFen !== undefined && lineFen !== undefined) {
    const total = lineFen * members;
    if (Number.isSafeInteger(total)) return e.disposableFen >= total;
  }
  return meets(disposableOf(e), '以上', line.times(members));
}

/** The income a household's targets are computed on: as reported, plus any change in transfers (I-9). */
function incomeWith(h: Household, incomeChange: Decimal): IncomeComponents {
  const i = h.income;
  return incomeChange.isZero()
    ? i
    : { wage: i.wage, netOperating: i.netOperating, netProperty: i.netProperty, netTransfer: i.netTransfer.plus(incomeChange) };
}

/** Evaluates every household under a plan; with `baseline`, as a reform of it (I-9). */
export function evaluateAll(households: readonly Household[], year: number, plan: Plan, baseline?: readonly Evaluated[]): Evaluated[] {
  const fp = fastPlanOf(plan, year);
  const scratch = newFastResult();
  const out: Evaluated[] = new Array(households.length);
  for (let i = 0; i < households.length; i++) {
    out[i] = evaluate(households[i] as Household, year, plan, fp, baseline ? (baseline[i] as Evaluated).received : undefined, scratch);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A population

const ONE = new Decimal(1);

/** `numerator / denominator` rounded half up to 4 decimals, exactly. `denominator` > 0. */
function roundShareQuotient(numerator: Decimal, denominator: Decimal): Decimal {
  const scaled = numerator.times(10000);
  const negative = scaled.isNegative();
  const abs = scaled.abs();
  const whole = abs.divToInt(denominator);
  const units = abs.minus(whole.times(denominator)).times(2).gte(denominator) ? whole.plus(1) : whole;
  const r = units.div(10000);
  return negative && !r.isZero() ? r.neg() : r;
}

/** An exact sum of amounts given in whole fen (kept as a safe integer while it fits) or as Decimal yuan. */
class Sum {
  private fen = 0;
  private yuan: Decimal = ZERO;
  addFen(f: number): void {
    const s = this.fen + f;
    if (s > SAFE || s < -SAFE) {
      this.yuan = this.yuan.plus(fenToYuan(this.fen));
      this.fen = f;
    } else {
      this.fen = s;
    }
  }
  addYuan(d: Decimal): void {
    if (!d.isZero()) this.yuan = this.yuan.plus(d);
  }
  value(): Decimal {
    return this.fen === 0 ? this.yuan : this.yuan.plus(fenToYuan(this.fen));
  }
}

/** Running sums over a population (I-9: Σ income and Σ members, never means of ratios). */
class Totals {
  households = 0;
  members = 0;
  readonly wage = new Sum();
  readonly netOperating = new Sum();
  readonly netProperty = new Sum();
  readonly netTransfer = new Sum();
  /** Households with a previous figure: Σ members, Σ disposable income, Σ previousPerCapita × members. */
  panelHouseholds = 0;
  panelMembers = 0;
  readonly panelIncome = new Sum();
  readonly panelPrevious = new Sum();
  loanSubsidy = ZERO;
  vocationalGrant = ZERO;
  receivingLoanSubsidy = 0;
  receivingGrant = 0;
  readonly meeting = { perCapita: 0, growth: 0, transferShare: 0, otherShare: 0 };

  add(h: Household, e: Evaluated): void {
    const n = h.members.length;
    this.households += 1;
    this.members += n;
    const fh = e.netTransferFen === undefined ? null : fastOf(h);
    if (fh !== null && e.netTransferFen !== undefined) {
      this.wage.addFen(fh.wageFen);
      this.netOperating.addFen(fh.netOperatingFen);
      this.netProperty.addFen(fh.netPropertyFen);
      this.netTransfer.addFen(e.netTransferFen);
    } else {
      this.wage.addYuan(h.income.wage);
      this.netOperating.addYuan(h.income.netOperating);
      this.netProperty.addYuan(h.income.netProperty);
      this.netTransfer.addYuan(e.netTransfer ?? h.income.netTransfer);
    }
    if (h.previousPerCapita !== undefined) {
      this.panelHouseholds += 1;
      this.panelMembers += n;
      if (e.disposableFen !== undefined) this.panelIncome.addFen(e.disposableFen);
      else this.panelIncome.addYuan(disposableOf(e));
      const prevFen = fh === null ? -1 : fh.previousPerCapitaFen * n;
      if (fh !== null && Number.isSafeInteger(prevFen) && prevFen >= 0) this.panelPrevious.addFen(prevFen);
      else this.panelPrevious.addYuan(h.previousPerCapita.times(n));
    }
    if (!e.loanSubsidy.isZero()) {
      this.loanSubsidy = this.loanSubsidy.plus(e.loanSubsidy);
      this.receivingLoanSubsidy += 1;
    }
    if (!e.vocationalGrant.isZero()) {
      this.vocationalGrant = this.vocationalGrant.plus(e.vocationalGrant);
      this.receivingGrant += 1;
    }
    if (e.met.perCapita) this.meeting.perCapita += 1;
    if (e.met.growth === true) this.meeting.growth += 1;
    if (e.met.transferShare) this.meeting.transferShare += 1;
    if (e.met.otherShare) this.meeting.otherShare += 1;
  }

  /** The aggregate targets (I-9), growth over the households that report a previous figure. */
  targets(plan: Plan): AggregateTargets {
    const tg = plan.params.targets;
    const income = Object.freeze({ wage: this.wage.value(), netOperating: this.netOperating.value(), netProperty: this.netProperty.value(), netTransfer: this.netTransfer.value() });
    const panelIncome = this.panelIncome.value();
    const panelPrevious = this.panelPrevious.value();
    let growth: Decimal | null = null;
    let metGrowth: boolean | null = null;
    if (this.panelHouseholds > 0 && panelPrevious.gt(0)) {
      growth = roundShareQuotient(panelIncome.minus(panelPrevious), panelPrevious);
      metGrowth = meetsShare(panelIncome, panelPrevious, '以上', ONE.plus(tg.growthRate.value));
    }
    const growthBase = Object.freeze({ households: this.panelHouseholds, members: this.panelMembers, disposableIncome: panelIncome, previousIncome: panelPrevious });
    const householdsMeeting = Object.freeze({ ...this.meeting });
    const thresholds = Object.freeze({
      perCapitaIncome: tg.perCapitaIncome.value, growthRate: tg.growthRate.value,
      maxTransferShare: tg.maxTransferShare.value, minOtherShare: tg.minOtherShare.value,
    });
    if (this.members === 0) {
      return Object.freeze({
        households: 0, members: 0, income, disposableIncome: ZERO,
        perCapita: null, growth, transferShare: null, otherShare: null,
        met: metOf(false, metGrowth, false, false),
        thresholds, growthBase, householdsMeeting,
      });
    }
    const r = incomeTargetsCore(this.members, income, undefined, plan, false);
    return Object.freeze({
      households: this.households,
      members: this.members,
      income,
      disposableIncome: r.disposableIncome,
      perCapita: r.perCapita,
      growth,
      transferShare: r.transferShare,
      otherShare: r.otherShare,
      met: metOf(r.met.perCapita, metGrowth, r.met.transferShare, r.met.otherShare),
      thresholds,
      growthBase,
      householdsMeeting,
    });
  }
}

/** A per-household row. */
function row(h: Household, e: Evaluated): HouseholdRow {
  const r: { -readonly [K in keyof HouseholdRow]: HouseholdRow[K] } = {
    id: h.id,
    members: h.members.length,
    loanSubsidy: e.loanSubsidy,
    vocationalGrant: e.vocationalGrant,
    totalEntitlement: e.totalEntitlement,
    incomeChange: e.incomeChange,
    disposableIncome: disposableOf(e),
    perCapita: perCapitaOf(e),
    met: e.met,
  };
  if (h.township !== undefined) r.township = h.township;
  return Object.freeze(r);
}

/** Adds evaluated households up into a summary; per-household rows only when `withRows`. */
export function summarize(
  households: readonly Household[],
  evaluated: readonly Evaluated[],
  year: number,
  plan: Plan,
  errors: readonly HouseholdError[],
  withRows = true,
): PopulationSummary {
  const totals = new Totals();
  const rows: HouseholdRow[] = withRows ? new Array(households.length) : [];
  for (let i = 0; i < households.length; i++) {
    const h = households[i] as Household;
    const e = evaluated[i] as Evaluated;
    totals.add(h, e);
    if (withRows) rows[i] = row(h, e);
  }
  const loanSubsidy = totals.loanSubsidy;
  const vocationalGrant = totals.vocationalGrant;
  return Object.freeze({
    year,
    plan: plan.label,
    households: totals.households,
    members: totals.members,
    totalEntitlement: loanSubsidy.plus(vocationalGrant),
    byBenefit: Object.freeze({ loanSubsidy, vocationalGrant }),
    recipients: Object.freeze({ loanSubsidy: totals.receivingLoanSubsidy, vocationalGrant: totals.receivingGrant }),
    targets: totals.targets(plan),
    perHousehold: Object.freeze(rows),
    errors,
  });
}
