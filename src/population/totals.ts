/**
 * A run over a population: each household once through the household rules (`evaluate.ts`), the
 * figures added up the way the statistics do (I-9: Σ income and Σ members, never means of ratios),
 * in whole fen while the sums fit, and the summary with its per-household rows built when read.
 *
 * @module
 * @internal
 */
import { DECIMAL } from '../core/calculator.js';
import { Decimal, ZERO } from '../core/decimal.js';
import { meets, meetsShare } from '../core/boundary.js';
import { decimalOfFen } from '../core/scaled.js';
import type { Plan } from '../plan/types.js';
import { incomeTargetsCore } from '../rules/income-targets.js';
import type { Household } from '../schema/household.js';
import { evaluateDecimal, evaluateFen, evaluatePair, metOf, newOutcome, type Evaluated, type HouseholdOutcome, type Scenario } from './evaluate.js';
import type { Prepared } from './prepare.js';
import type { HouseholdStore } from './store.js';
import type { AggregateTargets, HouseholdRow, PopulationSummary } from './types.js';

// ---------------------------------------------------------------------------------------------
// A population

const ONE = new Decimal(1);


/** An exact sum of amounts given in whole fen (kept as a safe integer while it fits) or as Decimal yuan. */
class Sum {
  private fen = 0;
  private yuan: Decimal = ZERO;
  addFen(f: number): void {
    const s = this.fen + f;
    // Stryker disable next-line EqualityOperator: equivalent: it only moves sums that fit to the Decimal part, which keeps the same total
    if (!(Math.abs(s) <= Number.MAX_SAFE_INTEGER)) {
      this.yuan = this.yuan.plus(decimalOfFen(this.fen));
      this.fen = f;
    } else {
      this.fen = s;
    }
  }
  addYuan(d: Decimal): void {
    // Stryker disable next-line ConditionalExpression: equivalent: adding zero leaves the sum as it is; the test only saves an addition
    if (!d.isZero()) this.yuan = this.yuan.plus(d);
  }
  value(): Decimal {
    // Stryker disable next-line ConditionalExpression: equivalent: with no fen the other branches give the Decimal part, plus zero
    return this.fen === 0 ? this.yuan : this.yuan.isZero() ? decimalOfFen(this.fen) : this.yuan.plus(decimalOfFen(this.fen));
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

  /** Adds household `i` of `s` from its whole-fen outcome. */
  addFen(s: HouseholdStore, i: number, o: HouseholdOutcome<number>): void {
    const n = s.members[i] as number;
    this.households += 1;
    this.members += n;
    this.wage.addFen(s.wage[i] as number);
    this.netOperating.addFen(s.netOperating[i] as number);
    this.netProperty.addFen(s.netProperty[i] as number);
    this.netTransfer.addFen(o.netTransfer);
    const prev = s.previous[i] as number;
    // Stryker disable next-line EqualityOperator: equivalent: a previous figure is positive (the schema), and −1 marks none
    if (prev >= 0) {
      this.panelHouseholds += 1;
      this.panelMembers += n;
      this.panelIncome.addFen(o.disposable);
      const prevFen = prev * n;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a previous figure is at most 10^12 yuan and a household has at most 50 members, so prev × members (at most 5 × 10^15 fen) is below 2^53, and the Decimal branch would give the same sum
      if (prevFen <= Number.MAX_SAFE_INTEGER) this.panelPrevious.addFen(prevFen);
      else this.panelPrevious.addYuan(decimalOfFen(prev).times(n));
    }
    if (o.loan !== 0) {
      this.loanSubsidy.addFen(o.loan);
      this.receivingLoanSubsidy += 1;
    }
    if (o.grant !== 0) {
      this.vocationalGrant.addFen(o.grant);
      this.receivingGrant += 1;
    }
    if (o.metPerCapita) this.meetingPerCapita += 1;
    if (o.metGrowth === true) this.meetingGrowth += 1;
    if (o.metTransfer) this.meetingTransferShare += 1;
    if (o.metOther) this.meetingOtherShare += 1;
  }

  /** Adds a household evaluated on the Decimal path. */
  addDecimal(h: Household, o: HouseholdOutcome<Decimal>): void {
    const n = h.members.length;
    this.households += 1;
    this.members += n;
    this.wage.addYuan(h.income.wage);
    this.netOperating.addYuan(h.income.netOperating);
    this.netProperty.addYuan(h.income.netProperty);
    this.netTransfer.addYuan(o.netTransfer);
    if (h.previousPerCapita !== undefined) {
      this.panelHouseholds += 1;
      this.panelMembers += n;
      this.panelIncome.addYuan(o.disposable);
      this.panelPrevious.addYuan(h.previousPerCapita.times(n));
    }
    if (!o.loan.isZero()) {
      this.loanSubsidy.addYuan(o.loan);
      this.receivingLoanSubsidy += 1;
    }
    if (!o.grant.isZero()) {
      this.vocationalGrant.addYuan(o.grant);
      this.receivingGrant += 1;
    }
    if (o.metPerCapita) this.meetingPerCapita += 1;
    if (o.metGrowth === true) this.meetingGrowth += 1;
    if (o.metTransfer) this.meetingTransferShare += 1;
    if (o.metOther) this.meetingOtherShare += 1;
  }

  /** The aggregate targets (I-9), growth over the households that report a previous figure. */
  targets(plan: Plan): AggregateTargets {
    const tg = plan.params.targets;
    const income = Object.freeze({ wage: this.wage.value(), netOperating: this.netOperating.value(), netProperty: this.netProperty.value(), netTransfer: this.netTransfer.value() });
    const panelIncome = this.panelIncome.value();
    const panelPrevious = this.panelPrevious.value();
    let growth: Decimal | null = null;
    let metGrowth: boolean | null = null;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent: each household with a previous figure adds a positive amount to the previous income, so either test decides alone
    if (this.panelHouseholds > 0 && panelPrevious.gt(0)) {
      growth = DECIMAL.share4(panelIncome.minus(panelPrevious), panelPrevious);
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
    // Stryker disable next-line BooleanLiteral: equivalent: nothing reads the trace
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
 * fen when it fits (the baseline and the reform together), else in Decimals. Crossings are counted
 * against the baseline plan's per-capita line (以上, I-1).
 */
export function runPopulation(p: Prepared, base: Scenario, reform: Scenario | undefined): RunTotals {
  const s = p.store;
  const n = s.size;
  const tb = new Totals();
  // Stryker disable next-line ConditionalExpression: equivalent: without a reform nothing reads the reform's sums
  const tr = reform === undefined ? undefined : new Totals();
  const line = base.plan.params.targets.perCapitaIncome.value;
  // Stryker disable next-line UnaryOperator: equivalent: with no whole-fen plan every household takes the Decimal path, which does not read lineFen
  const lineFen = base.fen === null ? -1 : base.fen.perCapitaIncome;
  let gainers = 0;
  let losers = 0;
  let crossedUp = 0;
  let crossedDown = 0;
  const bo = newOutcome(0);
  const ro = newOutcome(0);
  for (let i = 0; i < n; i++) {
    // the sums need no per-household report figures (rows are evaluated again when read)
// Stryker disable next-line BooleanLiteral: equivalent: the report figures are not read by the sums
    const b = evaluateFen(s, i, base, undefined, bo, false);
// Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs; equivalent: the report figures are not read by the sums
    const r = b === undefined || reform === undefined ? undefined : evaluateFen(s, i, reform, b.received, ro, false);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: equivalent: it only chooses between the whole-fen and the Decimal path, which give the same figures to the fen (tested on both); only the speed differs
    if (b !== undefined && (reform === undefined || r !== undefined)) {
      tb.addFen(s, i, b);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: on this path r is defined exactly when there is a reform, and tr with it
      if (tr !== undefined && r !== undefined) {
        tr.addFen(s, i, r);
        const change = r.received - b.received;
        if (change !== 0) {
          // Stryker disable next-line EqualityOperator: equivalent: change is not 0 here
          if (change > 0) gainers += 1;
          else losers += 1;
          const total = lineFen * (s.members[i] as number);
          const before = b.disposable >= total;
          const after = r.disposable >= total;
          if (!before && after) crossedUp += 1;
          else if (before && !after) crossedDown += 1;
        }
      }
      continue;
    }
    // the Decimal path, for both scenarios
    const h = s.household(i);
// Stryker disable next-line BooleanLiteral: equivalent: the report figures are not read by the sums
    const eb = evaluateDecimal(h, base, undefined, false);
    tb.addDecimal(h, eb);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: tr is defined exactly when there is a reform
    if (tr !== undefined && reform !== undefined) {
// Stryker disable next-line BooleanLiteral: equivalent: the report figures are not read by the sums
      const er = evaluateDecimal(h, reform, eb.received, false);
      tr.addDecimal(h, er);
      const change = er.received.minus(eb.received);
      if (!change.isZero()) {
        if (change.isPositive()) gainers += 1;
        else losers += 1;
        const before = reaches(eb.disposable, h.members.length, line);
        const after = reaches(er.disposable, h.members.length, line);
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
      const e = evaluatePair(p.store, i, scenarios.base, scenarios.reform);
      rows[i] = rowOf(p, i, scenarios.reform === undefined ? e.base : (e.reform as Evaluated));
    }
    return Object.freeze(rows);
  });
  Object.defineProperty(summary, 'errors', { enumerable: true, value: p.errors });
  return Object.freeze(summary) as unknown as PopulationSummary;
}
