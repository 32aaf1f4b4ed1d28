/**
 * The engine behind `simulate`, `compare` and `sweep`: validate each household once into a
 * column store, then run the household rules (clauses 2.3.8, 2.3.4 and 1) without traces, and add
 * the figures up the way the statistics do (I-9).
 *
 * Each household runs in whole fen on the batch engine (`src/batch/engine.ts`) when its values fit
 * there, and on the rules' Decimal cores (`householdLoanSubsidyCore`, `vocationalGrantCore`,
 * `incomeTargetsCore`) otherwise; the two give the same answer to the fen (property tests hold the
 * batch answers equal to `assessHousehold`, which runs the Decimal cores). Totals are kept in whole
 * fen while they fit in a safe integer. Per-household rows are built only when they are read.
 *
 * @module
 * @internal
 */
import { z } from 'zod';
import { Decimal, ZERO } from '../core/decimal.js';
import { newFastResult, preparePlan, runStore, type FastPlan, type FastResult } from '../batch/engine.js';
import { decimalOfFen, SAFE } from '../batch/fen.js';
import { HouseholdStore } from '../batch/store.js';
import { meets, meetsShare } from '../core/boundary.js';
import { PolicyInputError, type PolicyIssue } from '../core/errors.js';
import { parseInput, yearSchema } from '../core/validate.js';
import type { Plan } from '../plan/types.js';
import { householdLoanResult } from '../rules/loan-interest-subsidy.js';
import { vocationalGrantCore } from '../rules/vocational-grant.js';
import { incomeTargetsCore, type IncomeComponents, type IncomeTargetsMet } from '../rules/income-targets.js';
import { checkYear, isWellFormedPlan } from '../rules/plan-argument.js';
import {
  MAX_REMEMBERED, compactFromHousehold, plainKey, readHouseholdOrIssues, safeParseHousehold, type CompactHousehold, type FieldIssueCache, type Household,
} from '../schema/household.js';
import type { AggregateTargets, HouseholdError, HouseholdRow, PopulationSummary } from './types.js';

// ---------------------------------------------------------------------------------------------
// Validation, once per household

/**
 * Households this module has validated (outputs of the household schema, deep-frozen). A household
 * in this set is trusted and not validated again: being frozen, it cannot have changed since. A
 * cache, not state: it changes no answer, only how fast one is given.
 */
const VALIDATED = new WeakSet<object>();

/** Whether a household was validated here (and frozen), so it can skip validation. */
export function isValidated(value: unknown): value is Household {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

/**
 * Validates one household, or returns it as is when it was validated here before. `remember`:
 * remember the result as validated (for a household that is handed back to the caller).
 */
export function validateOne(value: unknown, remember = true): { ok: true; household: Household } | { ok: false; issues: readonly PolicyIssue[] } {
  if (isValidated(value)) return { ok: true, household: value };
  const r = safeParseHousehold(value);
  if (!r.success) return { ok: false, issues: r.error.issues };
  // safeParseHousehold's households are deeply frozen already
  const h = r.data;
  if (remember) VALIDATED.add(h);
  return { ok: true, household: h };
}

// ---------------------------------------------------------------------------------------------
// A validated population

/** Where a prepared population (or the array of its households) keeps its store. */
const PREPARED = Symbol('lanxi-policy.prepared');

/** A validated population: its households in a column store, in input order, and the errors of the others. */
export class Prepared {
  private materialised: readonly Household[] | undefined;
  constructor(readonly store: HouseholdStore, readonly errors: readonly HouseholdError[]) {}

  /**
   * The households as {@link Household} objects (built on first use, then kept), frozen and
   * remembered as validated. The array carries the store, so passing it back is as fast as passing
   * the prepared population.
   */
  households(): readonly Household[] {
    if (this.materialised === undefined) {
      const s = this.store;
      const out: Household[] = new Array(s.size);
      for (let i = 0; i < s.size; i++) {
        const h = s.household(i);
        VALIDATED.add(h);
        out[i] = h;
      }
      Object.defineProperty(out, PREPARED, { value: this });
      this.materialised = Object.freeze(out);
    }
    return this.materialised;
  }
}

/** The {@link Prepared} population behind a prepared population or its households array, if any. */
export function preparedOf(value: unknown): Prepared | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const p = (value as { [PREPARED]?: unknown })[PREPARED];
    return p instanceof Prepared ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Marks `target` (a frozen result object, before freezing) as standing for `p`. */
export function attachPrepared(target: object, p: Prepared): void {
  Object.defineProperty(target, PREPARED, { value: p });
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

const UNREADABLE: PolicyIssue = Object.freeze({ path: Object.freeze([]), code: 'unreadable', message: 'could not be read', messageZh: '无法读取' });

/** The issue lists of a repeated id and of an unreadable record, frozen like every other issue list. */
const DUPLICATE_ID_ISSUES: readonly PolicyIssue[] = Object.freeze([DUPLICATE_ID]);
const UNREADABLE_ISSUES: readonly PolicyIssue[] = Object.freeze([UNREADABLE]);
const UNREADABLE_LIST: PolicyIssue = Object.freeze({ path: Object.freeze(['households']), code: 'unreadable', message: 'could not be read', messageZh: '无法读取' });

/**
 * Validates a population into a column store: each bad household is reported with its index, its
 * id (when it has a readable one that cannot be personal data) and the issues with their paths;
 * the good ones are kept in order. A household whose id repeats an earlier valid household's is
 * rejected (`duplicate_id`), so no household is counted twice, as `parseHouseholds` does.
 * A prepared population (or its households array) is used as it is.
 *
 * @throws {@link PolicyInputError} naming `fn` when `households` is not an array.
 */
export function prepare(fn: string, households: unknown): Prepared {
  const known = preparedOf(households);
  if (known !== undefined) return known;
  let isArray: boolean;
  try {
    isArray = Array.isArray(households);
  } catch {
    throw new PolicyInputError(fn, [UNREADABLE_LIST]);
  }
  if (!isArray) {
    throw new PolicyInputError(fn, [{ path: ['households'], code: 'invalid_type', message: 'must be an array of households', messageZh: '必须是家庭数组' }]);
  }
  const list = households as readonly unknown[];
  let length: number;
  try {
    length = list.length;
  } catch {
    throw new PolicyInputError(fn, [UNREADABLE_LIST]);
  }
  if (length > MAX_HOUSEHOLDS) {
    throw new PolicyInputError(fn, [{ path: ['households'], code: 'too_big', message: `must have at most ${MAX_HOUSEHOLDS} items`, messageZh: `不能超过 ${MAX_HOUSEHOLDS} 项` }]);
  }
  const store = new HouseholdStore(length);
  const errors: HouseholdError[] = [];
  const ids = new Set<string>();
  /** The issues of invalid records, by {@link plainKey}: a record repeated is checked once. */
  const rejected = new Map<unknown, readonly PolicyIssue[]>();
  const fields: FieldIssueCache = new Map();
  for (let i = 0; i < length; i++) {
    let value: unknown;
    try {
      value = list[i];
    } catch {
      errors.push(Object.freeze({ index: i, issues: UNREADABLE_ISSUES }));
      continue;
    }
    // a validated household, a plain record the fast reader takes, or the schema's verdict
    const validated = isValidated(value) ? value : undefined;
    const fast = validated === undefined ? readHouseholdOrIssues(value, fields) : compactFromHousehold(validated);
    // a record that would be read but for some fields has the schema's issues for them at once
    let issues: readonly PolicyIssue[] | undefined = Array.isArray(fast) ? fast : undefined;
    const compact = Array.isArray(fast) ? undefined : fast as CompactHousehold | undefined;
    let household: Household | undefined = validated;
    if (compact === undefined && household === undefined && issues === undefined) {
      const key = plainKey(value);
      issues = key === undefined ? undefined : rejected.get(key);
      if (issues === undefined) {
        const r = validateOne(value, false);
        if (r.ok) household = r.household;
        else issues = r.issues;
        if (key !== undefined && issues !== undefined && rejected.size < MAX_REMEMBERED) rejected.set(key, issues);
      }
    }
    const id = compact?.id ?? household?.id;
    if (id !== undefined && !ids.has(id)) {
      ids.add(id);
      const c = compact ?? compactFromHousehold(household as Household);
      if (c !== undefined) store.append(c);
      else store.appendExternal(household as Household);
    } else {
      const errorId = id ?? idOf(value);
      const list = issues ?? DUPLICATE_ID_ISSUES;
      errors.push(Object.freeze(errorId === undefined ? { index: i, issues: list } : { index: i, id: errorId, issues: list }));
    }
  }
  return new Prepared(store.finish(), Object.freeze(errors));
}

/** Whether a value looks like a {@link Plan} (LANXI_2023 or the result of `plan.with()`). */
export function isPlan(value: unknown): value is Plan {
  // every parameter is read, not just the groups: an object shaped like a plan without its
  // parameters would otherwise pass and fail later with a TypeError inside a rule
  return isWellFormedPlan(value);
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

/** Validates `{ year, plan? }`: a plain valid object is read directly, anything else by the schema (and its errors). */
export function parseRunOptions(fn: string, options: unknown): { year: number; plan: Plan | undefined } {
  try {
    const proto: unknown = typeof options === 'object' && options !== null ? Object.getPrototypeOf(options) : undefined;
    if (proto === Object.prototype || proto === null) {
      const o = options as { year?: unknown; plan?: unknown };
      let plain = true;
      for (const k in o) if (k !== 'year' && k !== 'plan') plain = false;
      const year = o.year;
      const plan = o.plan;
      if (plain && typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2199 && (plan === undefined || isPlan(plan))) {
        return { year, plan };
      }
    }
  } catch {
    // unreadable: the schema reports it
  }
  const o = parseInput(fn, RunOptionsSchema, options);
  return { year: o.year, plan: o.plan };
}

// ---------------------------------------------------------------------------------------------
// One household on the Decimal path

/** I-7: members enrolled in a secondary or higher vocational school. */
export function vocationalStudentsOf(h: Household): number {
  let n = 0;
  for (const m of h.members) if (m.schooling === 'secondaryVocational' || m.schooling === 'higherVocational') n += 1;
  return n;
}

/** Whole fen → Decimal yuan, exactly (built from the digits, nothing is divided). */
export function fenToYuan(fen: number): Decimal {
  return fen === 0 ? ZERO : decimalOfFen(fen);
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

/** One household under one plan, in Decimals. */
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
  /** Net transfer income with the change added. */
  readonly netTransfer: Decimal;
  /** Disposable income (with the change added), exact. */
  readonly disposableIncome: Decimal;
  /** Per-capita disposable income, rounded to the fen. */
  readonly perCapita: Decimal;
  readonly met: IncomeTargetsMet;
}

/** One household under `plan` on the rules' Decimal cores; `baselineReceived` undefined: a baseline (no change). */
export function evaluateDecimal(h: Household, year: number, plan: Plan, baselineReceived: Decimal | undefined): Evaluated {
  const loans = h.loans;
  const students = vocationalStudentsOf(h);
  const loan = loans !== undefined && loans.length > 0 ? householdLoanResult(year, loans, undefined, plan, false).total : ZERO;
  let grant = ZERO;
  let received = loan;
  if (students > 0) {
    const g = vocationalGrantCore(students, h.otherEducationAid ?? [], plan, false);
    // 就高 (I-7): the household receives the grant, or else the higher non-stacking aid.
    let edu = g.amount;
    if (g.basis === 'other-aid-higher') {
      edu = ZERO;
      for (const a of g.otherAid) if (!a.stackable) edu = edu.plus(a.amount);
    }
    grant = g.amount;
    received = loan.plus(edu);
  }
  const incomeChange = baselineReceived === undefined || received.eq(baselineReceived) ? ZERO : received.minus(baselineReceived);
  const i = h.income;
  const income: IncomeComponents = incomeChange.isZero()
    ? i
    : { wage: i.wage, netOperating: i.netOperating, netProperty: i.netProperty, netTransfer: i.netTransfer.plus(incomeChange) };
  const r = incomeTargetsCore(h.members.length, income, h.previousPerCapita, plan, false);
  return {
    loanSubsidy: loan,
    vocationalGrant: grant,
    totalEntitlement: loan.isZero() ? grant : grant.isZero() ? loan : loan.plus(grant),
    received,
    incomeChange,
    netTransfer: income.netTransfer,
    disposableIncome: r.disposableIncome,
    perCapita: r.perCapita,
    met: metOf(r.met.perCapita, r.met.growth, r.met.transferShare, r.met.otherShare),
  };
}

/** A batch result in fen as Decimals. */
function evaluatedOfFen(o: FastResult, baselineReceivedFen: number): Evaluated {
  const total = o.loanFen + o.grantFen;
  return {
    loanSubsidy: fenToYuan(o.loanFen),
    vocationalGrant: fenToYuan(o.grantFen),
    totalEntitlement: fenToYuan(total),
    received: fenToYuan(o.receivedFen),
    incomeChange: Number.isNaN(baselineReceivedFen) ? ZERO : fenToYuan(o.receivedFen - baselineReceivedFen),
    netTransfer: fenToYuan(o.transferFen),
    disposableIncome: fenToYuan(o.disposableFen),
    perCapita: fenToYuan(o.perCapitaFen),
    met: metOf(o.metPerCapita, o.metGrowth, o.metTransferShare, o.metOtherShare),
  };
}

/** One scenario of a run: the year, the plan, and the plan's batch form for that year (`null`: the Decimal path only). */
export interface Scenario {
  readonly year: number;
  readonly plan: Plan;
  readonly fast: FastPlan | null;
}

/** A plan for a year, with its batch form made once for a whole run. */
export function scenario(year: number, plan: Plan): Scenario {
  checkYear(year, plan);
  return { year, plan, fast: preparePlan(plan, year) };
}

/**
 * Household `i` under a baseline and, optionally, a reform (whose change in what the household
 * receives is added to its net transfers, I-9), in Decimals: on the batch engine when both fit,
 * else on the Decimal cores.
 */
export function evaluatePair(p: Prepared, i: number, base: Scenario, reform: Scenario | undefined): { base: Evaluated; reform: Evaluated | undefined } {
  const s = p.store;
  const b = newFastResult();
  const r = newFastResult();
  if (base.fast !== null && runStore(s, i, base.fast, NaN, b)) {
    if (reform === undefined) return { base: evaluatedOfFen(b, NaN), reform: undefined };
    if (reform.fast !== null && runStore(s, i, reform.fast, b.receivedFen, r)) {
      return { base: evaluatedOfFen(b, NaN), reform: evaluatedOfFen(r, b.receivedFen) };
    }
  }
  const h = s.household(i);
  const eb = evaluateDecimal(h, base.year, base.plan, undefined);
  return { base: eb, reform: reform === undefined ? undefined : evaluateDecimal(h, reform.year, reform.plan, eb.received) };
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
    return this.fen === 0 ? this.yuan : this.yuan.isZero() ? fenToYuan(this.fen) : this.yuan.plus(fenToYuan(this.fen));
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
  readonly loanSubsidy = new Sum();
  readonly vocationalGrant = new Sum();
  receivingLoanSubsidy = 0;
  receivingGrant = 0;
  meetingPerCapita = 0;
  meetingGrowth = 0;
  meetingTransferShare = 0;
  meetingOtherShare = 0;

  /** Adds household `i` of `s` from its batch result. */
  addFen(s: HouseholdStore, i: number, o: FastResult): void {
    const n = s.members[i] as number;
    this.households += 1;
    this.members += n;
    this.wage.addFen(s.wage[i] as number);
    this.netOperating.addFen(s.netOperating[i] as number);
    this.netProperty.addFen(s.netProperty[i] as number);
    this.netTransfer.addFen(o.transferFen);
    const prev = s.previous[i] as number;
    if (prev >= 0) {
      this.panelHouseholds += 1;
      this.panelMembers += n;
      this.panelIncome.addFen(o.disposableFen);
      const prevFen = prev * n;
      if (prevFen <= SAFE) this.panelPrevious.addFen(prevFen);
      else this.panelPrevious.addYuan(fenToYuan(prev).times(n));
    }
    if (o.loanFen !== 0) {
      this.loanSubsidy.addFen(o.loanFen);
      this.receivingLoanSubsidy += 1;
    }
    if (o.grantFen !== 0) {
      this.vocationalGrant.addFen(o.grantFen);
      this.receivingGrant += 1;
    }
    if (o.metPerCapita) this.meetingPerCapita += 1;
    if (o.metGrowth === true) this.meetingGrowth += 1;
    if (o.metTransferShare) this.meetingTransferShare += 1;
    if (o.metOtherShare) this.meetingOtherShare += 1;
  }

  /** Adds a household evaluated on the Decimal path. */
  addDecimal(h: Household, e: Evaluated): void {
    const n = h.members.length;
    this.households += 1;
    this.members += n;
    this.wage.addYuan(h.income.wage);
    this.netOperating.addYuan(h.income.netOperating);
    this.netProperty.addYuan(h.income.netProperty);
    this.netTransfer.addYuan(e.netTransfer);
    if (h.previousPerCapita !== undefined) {
      this.panelHouseholds += 1;
      this.panelMembers += n;
      this.panelIncome.addYuan(e.disposableIncome);
      this.panelPrevious.addYuan(h.previousPerCapita.times(n));
    }
    if (!e.loanSubsidy.isZero()) {
      this.loanSubsidy.addYuan(e.loanSubsidy);
      this.receivingLoanSubsidy += 1;
    }
    if (!e.vocationalGrant.isZero()) {
      this.vocationalGrant.addYuan(e.vocationalGrant);
      this.receivingGrant += 1;
    }
    if (e.met.perCapita) this.meetingPerCapita += 1;
    if (e.met.growth === true) this.meetingGrowth += 1;
    if (e.met.transferShare) this.meetingTransferShare += 1;
    if (e.met.otherShare) this.meetingOtherShare += 1;
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
    const householdsMeeting = Object.freeze({
      perCapita: this.meetingPerCapita, growth: this.meetingGrowth, transferShare: this.meetingTransferShare, otherShare: this.meetingOtherShare,
    });
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

/** What a run over a population gives: the sums of each scenario and, with a reform, who gains, loses and crosses the line. */
export interface RunTotals {
  readonly base: Totals;
  readonly reform: Totals | undefined;
  readonly gainers: number;
  readonly losers: number;
  readonly crossedUp: number;
  readonly crossedDown: number;
}

/**
 * Whether a household's per-capita income reaches `line` (以上 includes the number, I-1), exactly:
 * disposable income ≥ line × members.
 */
export function reaches(disposable: Decimal, members: number, line: Decimal): boolean {
  return meets(disposable, '以上', line.times(members));
}

/**
 * Runs a population under a baseline and, optionally, a reform: one pass, each household in whole
 * fen when it fits (the baseline and the reform together), else on the Decimal cores.
 * Crossings are counted against the baseline plan's per-capita line (以上, I-1).
 */
export function runPopulation(p: Prepared, base: Scenario, reform: Scenario | undefined): RunTotals {
  const s = p.store;
  const n = s.size;
  const tb = new Totals();
  const tr = reform === undefined ? undefined : new Totals();
  const fb = base.fast;
  const fr = reform === undefined ? null : reform.fast;
  const withReform = reform !== undefined;
  const fast = fb !== null && (!withReform || fr !== null);
  const line = base.plan.params.targets.perCapitaIncome.value;
  const lineFen = fb === null ? -1 : fb.targetFen;
  const b = newFastResult();
  const r = newFastResult();
  let gainers = 0;
  let losers = 0;
  let crossedUp = 0;
  let crossedDown = 0;
  for (let i = 0; i < n; i++) {
    if (fast && runStore(s, i, fb as FastPlan, NaN, b) && (!withReform || runStore(s, i, fr as FastPlan, b.receivedFen, r))) {
      tb.addFen(s, i, b);
      if (tr !== undefined) {
        tr.addFen(s, i, r);
        const change = r.receivedFen - b.receivedFen;
        if (change !== 0) {
          if (change > 0) gainers += 1;
          else losers += 1;
          const m = s.members[i] as number;
          const total = lineFen * m;
          const before = b.disposableFen >= total;
          const after = r.disposableFen >= total;
          if (!before && after) crossedUp += 1;
          else if (before && !after) crossedDown += 1;
        }
      }
      continue;
    }
    // the Decimal path, for both scenarios
    const h = s.household(i);
    const eb = evaluateDecimal(h, base.year, base.plan, undefined);
    tb.addDecimal(h, eb);
    if (tr !== undefined && reform !== undefined) {
      const er = evaluateDecimal(h, reform.year, reform.plan, eb.received);
      tr.addDecimal(h, er);
      if (!er.incomeChange.isZero()) {
        if (er.incomeChange.isPositive()) gainers += 1;
        else losers += 1;
        const before = reaches(eb.disposableIncome, h.members.length, line);
        const after = reaches(er.disposableIncome, h.members.length, line);
        if (!before && after) crossedUp += 1;
        else if (before && !after) crossedDown += 1;
      }
    }
  }
  return { base: tb, reform: tr, gainers, losers, crossedUp, crossedDown };
}

/** A per-household row. */
function rowOf(p: Prepared, i: number, e: Evaluated): HouseholdRow {
  const s = p.store;
  const r: { -readonly [K in keyof HouseholdRow]: HouseholdRow[K] } = {
    id: s.ids[i] as string,
    members: s.members[i] as number,
    loanSubsidy: e.loanSubsidy,
    vocationalGrant: e.vocationalGrant,
    totalEntitlement: e.totalEntitlement,
    incomeChange: e.incomeChange,
    disposableIncome: e.disposableIncome,
    perCapita: e.perCapita,
    met: e.met,
  };
  const township = s.townshipOf(i);
  if (township !== undefined) r.township = township;
  return Object.freeze(r);
}

/** Defines a lazily built, then kept, read-only enumerable property. */
export function lazyProperty<T>(target: object, key: string, build: () => T): void {
  let value: T | undefined;
  let built = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      if (!built) {
        value = build();
        built = true;
      }
      return value as T;
    },
  });
}

/**
 * A population summary from a run's sums. Its `perHousehold` rows are built when first read (each
 * household evaluated again, exactly as in the run), so a summary of a million households costs no
 * row until one is asked for.
 */
export function summaryOf(p: Prepared, t: Totals, scenarios: { readonly base: Scenario; readonly reform?: Scenario | undefined }): PopulationSummary {
  const shown = scenarios.reform ?? scenarios.base;
  const plan = shown.plan;
  const loanSubsidy = t.loanSubsidy.value();
  const vocationalGrant = t.vocationalGrant.value();
  const summary = {
    year: shown.year,
    plan: plan.label,
    households: t.households,
    members: t.members,
    totalEntitlement: loanSubsidy.plus(vocationalGrant),
    byBenefit: Object.freeze({ loanSubsidy, vocationalGrant }),
    recipients: Object.freeze({ loanSubsidy: t.receivingLoanSubsidy, vocationalGrant: t.receivingGrant }),
    targets: t.targets(plan),
  };
  lazyProperty(summary, 'perHousehold', () => {
    const rows: HouseholdRow[] = new Array(p.store.size);
    for (let i = 0; i < rows.length; i++) {
      const e = evaluatePair(p, i, scenarios.base, scenarios.reform);
      rows[i] = rowOf(p, i, scenarios.reform === undefined ? e.base : (e.reform as Evaluated));
    }
    return Object.freeze(rows);
  });
  Object.defineProperty(summary, 'errors', { enumerable: true, value: p.errors });
  return Object.freeze(summary) as unknown as PopulationSummary;
}
