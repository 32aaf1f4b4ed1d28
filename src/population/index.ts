/**
 * Household assessment and population what-if analysis: `assessHousehold`, `simulate`, `compare`,
 * `sweep`, a seeded synthetic population, table rows and Vega-Lite charts.
 *
 * @module
 */
export { assessHousehold } from './assess.js';
export type { AssessHouseholdOptions, HouseholdAssessment } from './assess.js';
export { simulate, preparePopulation } from './simulate.js';
export type { SimulateOptions, PreparedPopulation } from './simulate.js';
export { compare } from './compare.js';
export type { CompareOptions } from './compare.js';
export { sweep, parameterPaths } from './sweep.js';
export type { SweepOptions } from './sweep.js';
export { syntheticPopulation, mulberry32 } from './synthetic.js';
export type { SyntheticPopulationOptions, SyntheticHousehold, SyntheticMember, SyntheticLoan, SyntheticAid } from './synthetic.js';
export { toTableRows, costCurveSpec, perCapitaDistributionSpec, VEGA_LITE_SCHEMA } from './report.js';
export type { ReportOptions, ReportLocale, TableRow, VegaLiteSpec, DistributionSpecOptions } from './report.js';
export type {
  PopulationSummary, AggregateTargets, HouseholdRow, HouseholdError, ByBenefit,
  Comparison, ComparisonDelta, ComparisonRow, Crossing, SweepResult, SweepRow,
} from './types.js';
