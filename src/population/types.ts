/**
 * Result types of the population functions: `simulate`, `compare` and `sweep`.
 *
 * @module
 */
import type { Decimal } from '../core/decimal.js';
import type { PolicyIssue } from '../core/errors.js';
import type { IncomeComponents, IncomeTargetsMet } from '../rules/income-targets.js';

/** A household that failed validation: its position in the input, its id when readable, and the issues (with paths). */
export interface HouseholdError {
  /** Position of the household in the input array. */
  readonly index: number;
  /** The household's `id`, when it is a readable string (record ids only; never an ID number). */
  readonly id?: string;
  /** Every problem found, with paths from the household's root (`['members', 0, 'laborCapable']`). */
  readonly issues: readonly PolicyIssue[];
}

/** Amounts by benefit. */
export interface ByBenefit<T = Decimal> {
  /** Clause 2.3.8: micro-credit interest subsidy. */
  readonly loanSubsidy: T;
  /** Clause 2.3.4: vocational-school grant. */
  readonly vocationalGrant: T;
}

/**
 * A population's income figures against the targets of clause 1, computed as the statistics do
 * (I-9): Σ income / Σ members, never a mean of household figures.
 */
export interface AggregateTargets {
  /** Households counted. */
  readonly households: number;
  /** Σ members: the denominator of the per-capita figure. */
  readonly members: number;
  /** Σ of each income component (in a reform, net transfer includes the change in entitlements). */
  readonly income: IncomeComponents;
  /** Σ disposable income, exact. */
  readonly disposableIncome: Decimal;
  /** Σ disposable income / Σ members, rounded to the fen (half up); `null` for an empty population. */
  readonly perCapita: Decimal | null;
  /**
   * Growth over the households that report `previousPerCapita` (a matched panel):
   * Σ their disposable income / Σ (previousPerCapita × members) − 1, rounded to 4 decimals;
   * `null` when no household reports a previous figure.
   */
  readonly growth: Decimal | null;
  /** Σ net transfer / Σ disposable income, rounded to 4 decimals; `null` when Σ disposable income ≤ 0. */
  readonly transferShare: Decimal | null;
  /** 1 − transferShare; `null` when Σ disposable income ≤ 0. */
  readonly otherShare: Decimal | null;
  /** Which targets the population meets, on exact values (I-1). */
  readonly met: IncomeTargetsMet;
  /** The targets of the plan applied (clause 1): 16710, 0.15, 0.8 and 0.2 in the 2023 plan. */
  readonly thresholds: {
    readonly perCapitaIncome: Decimal;
    readonly growthRate: Decimal;
    readonly maxTransferShare: Decimal;
    readonly minOtherShare: Decimal;
  };
  /** The households the growth figure is computed over. */
  readonly growthBase: {
    readonly households: number;
    readonly members: number;
    /** Σ disposable income of those households. */
    readonly disposableIncome: Decimal;
    /** Σ previousPerCapita × members of those households: last year's income. */
    readonly previousIncome: Decimal;
  };
  /** How many households meet each target on their own. */
  readonly householdsMeeting: { readonly perCapita: number; readonly growth: number; readonly transferShare: number; readonly otherShare: number };
}

/** One household's line in a summary. */
export interface HouseholdRow {
  readonly id: string;
  /** The township code, when the household has one. */
  readonly township?: string;
  readonly members: number;
  /** Clause 2.3.8 for the year. */
  readonly loanSubsidy: Decimal;
  /** Clause 2.3.4. */
  readonly vocationalGrant: Decimal;
  /** loanSubsidy + vocationalGrant. */
  readonly totalEntitlement: Decimal;
  /**
   * The change in what the household receives compared with the baseline, added to its net transfer
   * income before its figures are computed (I-9). Zero in `simulate` and in a comparison's baseline.
   */
  readonly incomeChange: Decimal;
  /** Disposable income (in a reform, with `incomeChange` added to net transfers), exact. */
  readonly disposableIncome: Decimal;
  /** Per-capita disposable income, rounded to the fen. */
  readonly perCapita: Decimal;
  /** Which targets the household meets on its own (exact comparisons, I-1); `assessHousehold` gives its growth and shares. */
  readonly met: IncomeTargetsMet;
}

/** Result of `simulate`: a population's entitlements and income figures under one plan. */
export interface PopulationSummary {
  /** The year whose entitlements are computed. */
  readonly year: number;
  /** The plan's label (`'lanxi-2023'`, or what changed). */
  readonly plan: string;
  /** Households assessed (valid records). */
  readonly households: number;
  /** Σ members of those households. */
  readonly members: number;
  /** Σ of every household's entitlements: the plan's cost for these rules. */
  readonly totalEntitlement: Decimal;
  readonly byBenefit: ByBenefit;
  /** Households receiving a non-zero amount of each benefit. */
  readonly recipients: ByBenefit<number>;
  readonly targets: AggregateTargets;
  /** One row per valid household, in input order. */
  readonly perHousehold: readonly HouseholdRow[];
  /** Households that failed validation (the others are assessed). */
  readonly errors: readonly HouseholdError[];
}

/** Which way a household crossed the per-capita line in a comparison. */
export type Crossing = 'up' | 'down' | null;

/** One household's line in a comparison. */
export interface ComparisonRow {
  readonly id: string;
  readonly township?: string;
  readonly members: number;
  readonly entitlementBefore: Decimal;
  readonly entitlementAfter: Decimal;
  /** entitlementAfter − entitlementBefore: the change in the plan's cost for this household. */
  readonly entitlementChange: Decimal;
  /** The change in what the household receives (added to its net transfer income, I-9). */
  readonly incomeChange: Decimal;
  readonly perCapitaBefore: Decimal;
  readonly perCapitaAfter: Decimal;
  /** 'up' when the household reaches the per-capita line only in the reform, 'down' when only in the baseline. */
  readonly crossed: Crossing;
}

/** Changes from the baseline to the reform. */
export interface ComparisonDelta {
  readonly totalEntitlement: Decimal;
  readonly byBenefit: ByBenefit;
  readonly recipients: ByBenefit<number>;
  /** Change in the aggregate per-capita income (yuan); `null` when either is undefined. */
  readonly perCapita: Decimal | null;
  /** Change in aggregate growth (fraction, 4 decimals); `null` when either is undefined. */
  readonly growth: Decimal | null;
  readonly transferShare: Decimal | null;
  readonly otherShare: Decimal | null;
  /** Change in the number of households meeting each target on their own. */
  readonly householdsMeeting: { readonly perCapita: number; readonly growth: number; readonly transferShare: number; readonly otherShare: number };
}

/** Result of `compare`. */
export interface Comparison {
  readonly year: number;
  /** The population under the baseline plan, incomes as reported. */
  readonly baseline: PopulationSummary;
  /** The population under the reform, with each household's change added to its net transfers (I-9). */
  readonly reform: PopulationSummary;
  readonly delta: ComparisonDelta;
  /** Households receiving more under the reform (incomeChange > 0). */
  readonly gainers: number;
  /** Households receiving less under the reform (incomeChange < 0). */
  readonly losers: number;
  /** Households whose per-capita income reaches the baseline plan's line only in the reform. */
  readonly crossedUp: number;
  /** Households whose per-capita income reaches the baseline plan's line only in the baseline. */
  readonly crossedDown: number;
  /** The per-capita line the crossings are counted against (the baseline plan's target, 16710). */
  readonly line: Decimal;
  /** One row per valid household, in input order. */
  readonly perHousehold: readonly ComparisonRow[];
  readonly errors: readonly HouseholdError[];
}

/** One row of a sweep: the population under the baseline with one parameter set to one value. */
export interface SweepRow {
  /** The parameter's value in this row, as text ('0.035'). */
  readonly value: string;
  /** The plan's label. */
  readonly plan: string;
  readonly totalEntitlement: Decimal;
  /** totalEntitlement − the baseline's totalEntitlement. */
  readonly costDelta: Decimal;
  readonly byBenefit: ByBenefit;
  /** Aggregate per-capita income with the change in entitlements added to transfers (I-9). */
  readonly perCapita: Decimal | null;
  readonly growth: Decimal | null;
  readonly transferShare: Decimal | null;
  readonly otherShare: Decimal | null;
  /** Which aggregate targets are met. */
  readonly met: IncomeTargetsMet;
  readonly householdsMeetingPerCapita: number;
  readonly gainers: number;
  readonly losers: number;
  readonly crossedUp: number;
  readonly crossedDown: number;
}

/** Result of `sweep`. */
export interface SweepResult {
  readonly year: number;
  /** The parameter swept ('microcredit.floorRate'). */
  readonly path: string;
  /** The baseline: its parameter value and its figures. */
  readonly baseline: {
    readonly value: string;
    readonly plan: string;
    readonly totalEntitlement: Decimal;
    readonly perCapita: Decimal | null;
    readonly transferShare: Decimal | null;
    readonly met: IncomeTargetsMet;
  };
  /** The per-capita target of the baseline plan (16710): the line of the cost curve. */
  readonly target: Decimal;
  /** One row per value, in the order given. */
  readonly rows: readonly SweepRow[];
  readonly errors: readonly HouseholdError[];
}
