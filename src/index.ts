/**
 * lanxi-policy — 兰溪市2023年低收入农户增收行动方案 as exact, typed, cited, explainable code.
 *
 * The one entry point: every export is listed here by name.
 *
 * @packageDocumentation
 */

// Core
export { Decimal } from './core/public-decimal.js';
export type { DecimalInput } from './core/decimal.js';
export { PolicyInputError, PlanNotInForceError, isPolicyInputError, isPlanNotInForceError } from './core/errors.js';
export type { PolicyIssue, PathSegment } from './core/errors.js';
export { BOUNDARY_TERMS } from './core/boundary.js';
export { meets, meetsShare, daysBetween, endOfMonth, midMonthEnd, academicYear, formatPath } from './core/public.js';
export type { BoundaryTerm } from './core/boundary.js';
export type { IsoDate } from './core/calendar.js';
export type { Trace, TraceNode, TraceValue, Text } from './core/trace.js';

// Plan
export { LANXI_2023 } from './plan/lanxi-2023.js';
export { planAt } from './plan/plan-at.js';
export { CLAUSES } from './plan/clauses.js';
export type { ClauseId } from './plan/clauses.js';
export type { Plan, PlanParams, PlanOverrides, Param, Unit, Milestone, MilestoneId, ParamInput } from './plan/types.js';
export type { Reading, PlanReadings, ReadingName, ReadingValues, ReadingOverrides } from './plan/readings.js';

// Rules
export { loanInterestSubsidy, householdLoanSubsidy } from './rules/loan-interest-subsidy.js';
export type {
  LoanInterestSubsidyInput, LoanInterestSubsidyResult, SubsidyRateBasis,
  HouseholdLoanInput, HouseholdLoanSubsidyInput, HouseholdLoanSubsidyResult, HouseholdLoanLine,
} from './rules/loan-interest-subsidy.js';
export { rentSubsidy } from './rules/rent-subsidy.js';
export type { RentEmployedUnit, RentSubsidyInput, RentSubsidyResult, RentSubsidyReason, RentSubsidyReasonCode } from './rules/rent-subsidy.js';
export { vocationalGrant } from './rules/vocational-grant.js';
export type { VocationalGrantInput, VocationalGrantResult, VocationalGrantBasis, OtherAidInput, OtherAid, OtherAidLine } from './rules/vocational-grant.js';
export { projectIncomeRule } from './rules/project-income.js';
export type { ProjectIncomeInput, ProjectIncomeResult } from './rules/project-income.js';
export { incomeTargets, populationIncomeTargets } from './rules/income-targets.js';
export type {
  IncomeTargetsInput, IncomeTargetsResult, IncomeTargetsMet, IncomeComponentsInput, IncomeComponents,
  PopulationIncomeTargetsInput, PopulationIncomeTargetsResult,
} from './rules/income-targets.js';
export { allocateDividends, allocateDividendsWithTrace } from './rules/allocate-dividends.js';
export type { DividendShares, DividendAllocation, DividendAllocationResult } from './rules/allocate-dividends.js';

// Programme checks
export { milestoneStatus, MILESTONE_IDS } from './rules/milestone-status.js';
export type { MilestoneStatus, MilestoneStatusInput, MilestoneStatusResult } from './rules/milestone-status.js';
export { trainingQuota } from './rules/training-quota.js';
export type { TrainingQuotaInput, TrainingQuotaResult, TrainingQuotaStatus } from './rules/training-quota.js';
export { monthlyVisits } from './rules/monthly-visits.js';
export type { MonthlyVisitsInput, MonthlyVisitsResult } from './rules/monthly-visits.js';
export { worstStatus, STATUS_TEXT } from './programme/common.js';
export type { ProgrammeStatus, ProgrammeReason } from './programme/common.js';
export { checkMenuProjects, MENU_PROJECT_STEPS } from './programme/menu-projects.js';
export type {
  MenuProjectStep, MenuProjectInput, CheckMenuProjectsInput, CheckMenuProjectsResult, MenuProjectResult,
  MenuProjectsTownshipLine, MenuProjectDeadline,
} from './programme/menu-projects.js';
export { checkRelocation } from './programme/relocation.js';
export type {
  RelocationTownshipInput, CheckRelocationInput, CheckRelocationResult, RelocationTownshipLine, RelocationProgress,
} from './programme/relocation.js';
export { checkTraining } from './programme/training.js';
export type { TrainingRecordInput, CheckTrainingInput, CheckTrainingResult, TrainingTownshipLine } from './programme/training.js';
export { checkMonthlyVisits } from './programme/visits.js';
export type {
  VisitRecordInput, VisitRosterInput, CheckMonthlyVisitsInput, CheckMonthlyVisitsResult, HouseholdVisitsLine,
  TownshipVisitsLine, CadreVisitsLine,
} from './programme/visits.js';
export { checkVocationalGrantReviews } from './programme/vocational-grant-review.js';
export type {
  GrantApplicationInput, CheckVocationalGrantReviewsInput, CheckVocationalGrantReviewsResult, GrantApplicationLine,
  GrantReviewTownshipLine,
} from './programme/vocational-grant-review.js';
export { checkIndicators } from './programme/indicators.js';
export type {
  CheckIndicatorsInput, CheckIndicatorsResult, IndicatorLine, IndicatorKey, JointHandlingCounts, EnrolmentCounts,
  WaterSafetyCounts, WaterIndicatorCounts,
} from './programme/indicators.js';
export { townshipReport, REPORT_COLUMNS } from './programme/township-report.js';
export type {
  TownshipReportRecords, TownshipReportOptions, TownshipReportResult, ReportRow, ReportCell, ReportColumn,
  ObligationKey, IndicatorRecordInput,
} from './programme/township-report.js';

// Household records
export { HouseholdSchema, parseHousehold, safeParseHousehold, parseHouseholds, MAX_MEMBERS, isParsedHousehold, RELATIONSHIPS } from './schema/household.js';
export type {
  Household, HouseholdInput, HouseholdMember, HouseholdMemberInput, HouseholdIncome, HouseholdIncomeInput,
  EducationAid, EducationAidInput, HouseholdLoan, HouseholdCategory, RiskColor, Schooling,
  SafeParseHouseholdResult, HouseholdBatchError, ParseHouseholdsResult, Relationship, Repayment, RepaymentInput, RateChange, RateChangeInput,
} from './schema/household.js';
export { householdJsonSchema, HOUSEHOLD_SCHEMA_ID } from './schema/json-schema.js';
export type { JsonSchema } from './schema/json-schema.js';
export { isValidIdNumber, maskIdNumber, idNumberBirthDate } from './schema/id-number.js';
export { LANXI_TOWNSHIPS, findTownship } from './schema/townships.js';
export type { Township } from './schema/townships.js';

// Population what-if
export { assessHousehold } from './population/assess.js';
export type { AssessHouseholdOptions, HouseholdAssessment } from './population/assess.js';
export { simulate, preparePopulation } from './population/simulate.js';
export type { SimulateOptions, PreparedPopulation } from './population/simulate.js';
export { compare } from './population/compare.js';
export type { CompareOptions } from './population/compare.js';
export { sweep, parameterPaths } from './population/sweep.js';
export type { SweepOptions } from './population/sweep.js';
export { syntheticPopulation, mulberry32 } from './population/synthetic.js';
export type { SyntheticPopulationOptions, SyntheticHousehold, SyntheticMember, SyntheticLoan, SyntheticAid } from './population/synthetic.js';
export { toTableRows, costCurveSpec, perCapitaDistributionSpec, VEGA_LITE_SCHEMA } from './population/report.js';
export type { ReportOptions, ReportLocale, TableRow, VegaLiteSpec, DistributionSpecOptions } from './population/report.js';
export type {
  PopulationSummary, AggregateTargets, HouseholdRow, HouseholdError, ByBenefit,
  Comparison, ComparisonDelta, ComparisonRow, Crossing, SweepResult, SweepRow,
} from './population/types.js';

// Explanations
export { explain } from './explain.js';
export type { ExplainOptions } from './explain.js';
