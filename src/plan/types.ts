/**
 * Parameter and plan types. A parameter is data with a citation, as in the OpenFisca country
 * template: its value, its unit, the clause it comes from and a verbatim quote of that clause.
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../core/decimal.js';
import type { Text } from '../core/trace.js';
import type { ClauseId } from './clauses.js';
import type { PlanReadings, ReadingOverrides } from './readings.js';

/** Units of the plan's parameters. */
export type Unit = 'yuan' | 'yuan/household/year' | 'yuan/household/academic-year' | 'yuan/site/year' | 'fraction' | 'fraction/year' | 'persons' | 'persons/township/year' | 'days/year' | 'visits/household/month' | 'indicators';

/**
 * One parameter of the plan.
 *
 * @example
 * ```ts
 * const p = LANXI_2023.params.microcredit.floorRate;
 * p.value.toString(); //=> '0.03' (a Decimal)
 * [p.unit, p.clause]; //=> ['fraction/year', '2.3.8']
 * p.quote.endsWith('按3%年利率予以贴息补助（按就高原则）'); //=> true
 * ```
 */
export interface Param<T = Decimal> {
  readonly value: T;
  readonly unit: Unit;
  /** The clause the value comes from. */
  readonly clause: ClauseId;
  /** The clause's words, verbatim from the plan. */
  readonly quote: string;
  /** Where the value is a reading of the text rather than a number in it: the interpretation (I-n). */
  readonly interpretation?: string;
  /** Where the value is a reading, what the text says and what it leaves open. */
  readonly note?: string;
  /** Set on a parameter changed by `plan.with()`: the value the plan itself gives. */
  readonly planValue?: string;
}

/** Every parameter of the plan, grouped by rule. */
export interface PlanParams {
  /** Clause 1: the 2023 income targets. */
  readonly targets: {
    readonly perCapitaIncome: Param;
    readonly growthRate: Param;
    readonly maxTransferShare: Param;
    readonly minOtherShare: Param;
  };
  /** Clause 2.3.8: micro-credit interest subsidy. */
  readonly microcredit: {
    readonly rateShare: Param;
    readonly floorRate: Param;
    readonly principalCapPerYear: Param;
    readonly dayCountBasis: Param<number>;
  };
  /** Clause 2.3.7: rent subsidy for processing sites. */
  readonly rentSubsidy: {
    readonly rate: Param;
    readonly cap: Param;
    readonly minEmployedShare: Param;
  };
  /** Clause 2.3.4: vocational-school grant. */
  readonly vocationalGrant: {
    readonly amount: Param;
  };
  /** Clause 2.3.9: collective project income. */
  readonly projectIncome: {
    readonly minLowIncomeShare: Param;
  };
  /** Clause 2.3.5: skills training. */
  readonly training: {
    readonly minTrainees: Param<number>;
  };
  /** Clause 2.3.2: relocation. */
  readonly relocation: {
    readonly persons: Param<number>;
  };
  /** Clause 2.3.1: monthly visits. */
  readonly visits: {
    readonly minPerMonth: Param<number>;
  };
  /** Clause 2.1: indicators of the assistance system. */
  readonly indicators: {
    readonly jointHandlingRate: Param;
    readonly compulsoryEnrolmentRate: Param;
    readonly waterSafetyIndicators: Param<number>;
  };
}

/** Ids of the plan's dated obligations. */
export type MilestoneId =
  | 'menu-project-filing'
  | 'relocation-site-preparation'
  | 'menu-project-acceptance'
  | 'vocational-grant-review'
  | 'relocation-construction-start'
  | 'skills-training';

/** A deadline in the text (I-10: "X月底前" is the month's last day, "X月中旬" the 20th). */
export interface Milestone {
  readonly id: MilestoneId;
  readonly clause: ClauseId;
  /** The last day on which it is on time, 'YYYY-MM-DD'. */
  readonly due: string;
  readonly title: Text;
  readonly quote: string;
}

/** A number-like value accepted in overrides. */
export type ParamInput = DecimalInput;

/**
 * Overrides for `plan.with()`: a deep partial of the parameters' values, plus `effectiveFrom`.
 *
 * @example
 * ```ts
 * const reform: PlanOverrides = { microcredit: { floorRate: '0.04' }, vocationalGrant: { amount: 4000 } };
 * ```
 */
export interface PlanOverrides {
  readonly effectiveFrom?: string | Date;
  /** The plan's period (see {@link Plan.period}); `{ to: '2024-12-31' }` extends it for a what-if. */
  readonly period?: { readonly from?: string | Date; readonly to?: string | Date };
  /** Readings to change: `{ capBasis: 'balance' }`. Each must be one of the reading's `options`. */
  readonly readings?: ReadingOverrides;
  readonly label?: string;
  readonly targets?: Partial<Record<keyof PlanParams['targets'], ParamInput>>;
  readonly microcredit?: Partial<Record<'rateShare' | 'floorRate' | 'principalCapPerYear', ParamInput>> & { readonly dayCountBasis?: number };
  readonly rentSubsidy?: Partial<Record<keyof PlanParams['rentSubsidy'], ParamInput>>;
  readonly vocationalGrant?: Partial<Record<keyof PlanParams['vocationalGrant'], ParamInput>>;
  readonly projectIncome?: Partial<Record<keyof PlanParams['projectIncome'], ParamInput>>;
  readonly training?: { readonly minTrainees?: number };
  readonly relocation?: { readonly persons?: number };
  readonly visits?: { readonly minPerMonth?: number };
  readonly indicators?: Partial<Record<'jointHandlingRate' | 'compulsoryEnrolmentRate', ParamInput>> & { readonly waterSafetyIndicators?: number };
}

/**
 * A plan: frozen parameters with citations, the date of force and the milestones.
 * `with()` returns a new, validated plan and leaves this one untouched.
 */
export interface Plan {
  readonly id: string;
  /** 'lanxi-2023' for the plan itself; the reform's label (or 'lanxi-2023 (modified)') otherwise. */
  readonly label: string;
  readonly title: Text;
  /** The calendar year the plan's targets and deadlines are for. */
  readonly year: number;
  readonly issuedOn: string;
  /** Clause 4: the date the plan takes effect, 'YYYY-MM-DD'. */
  readonly effectiveFrom: string;
  /**
   * The calendar period the plan is written for, 'YYYY-MM-DD' to 'YYYY-MM-DD' inclusive (the 2023
   * plan: 2023-01-01 to 2023-12-31). A money rule or assessment for a year outside it throws
   * PlanNotInForceError; `plan.with({ period: { to: '2024-12-31' } })` extends it.
   */
  readonly period: { readonly from: string; readonly to: string };
  readonly params: PlanParams;
  /** Every choice the text leaves open, each cited and switchable with `plan.with({ readings })`. */
  readonly readings: PlanReadings;
  /**
   * SHA-256 (hex) of the plan's canonical parameters, readings, date of force and period: the same
   * rules give the same fingerprint, any change gives another. Store it beside an answer to say which
   * rules produced it.
   */
  readonly fingerprint: string;
  readonly milestones: readonly Milestone[];
  /** Paths of the parameters changed from the plan ('microcredit.floorRate'); empty for the plan itself. */
  readonly overridden: readonly string[];
  /** A new plan with some parameters changed, validated; this plan is untouched. */
  with(overrides: PlanOverrides): Plan;
}
