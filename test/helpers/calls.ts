/**
 * One valid call of every exported function of the entry point, with the places in its arguments
 * where a hostile value can be put. The hostile-input, privacy and determinism tests share it.
 */
import type { ArgPath } from './hostile.js';
import * as lib from '../../src/index.js';
import { householdJson, loanJson } from './builders.js';

type Lib = typeof lib;

/** Paths inside a household record (relative to the record). */
export const HOUSEHOLD_PATHS: readonly (string | number)[][] = [
  [], ['id'], ['township'], ['village'], ['inKeyAssistanceVillage'], ['category'], ['riskColor'],
  ['members'], ['members', 0], ['members', 0, 'idNumber'], ['members', 0, 'birthDate'], ['members', 0, 'laborCapable'], ['members', 0, 'schooling'],
  ['income'], ['income', 'year'], ['income', 'wage'], ['income', 'netOperating'], ['income', 'netProperty'], ['income', 'netTransfer'],
  ['previousPerCapita'],
  ['loans'], ['loans', 0], ['loans', 0, 'id'], ['loans', 0, 'principal'], ['loans', 0, 'annualRate'], ['loans', 0, 'startDate'],
  ['loans', 0, 'endDate'], ['loans', 0, 'creditLimit'], ['loans', 0, 'interestPaid'],
  ['otherEducationAid'], ['otherEducationAid', 0], ['otherEducationAid', 0, 'name'], ['otherEducationAid', 0, 'amount'], ['otherEducationAid', 0, 'stackable'],
];
const HOUSEHOLD_LISTS: readonly (string | number)[][] = [['members'], ['loans'], ['otherEducationAid']];

const under = (prefix: readonly (string | number)[], paths: readonly (readonly (string | number)[])[]): ArgPath[] =>
  paths.map((p) => [...prefix, ...p] as unknown as ArgPath);

/** The hostile-input tests a known gap shows in. */
export type GapTest = 'hostile' | 'huge' | 'random';

/** How a function is called and where hostile values go. */
export interface CallSpec {
  /** Fresh valid arguments. */
  readonly args: () => unknown[];
  /** Where hostile values are put (every argument and every field). */
  readonly paths: readonly ArgPath[];
  /** Where a list is expected (huge arrays go there). */
  readonly lists?: readonly ArgPath[];
  /** Call with `new`. */
  readonly construct?: boolean;
  /** Names of the errors it may throw on bad input (default: PolicyInputError). */
  readonly errors?: readonly string[];
  /** A batch function: the argument holding the records, and how to read the outcome. */
  readonly batch?: { readonly arg: number; readonly read: (result: unknown) => { good: number; errorIndexes: number[] } };
  /** A third-party export: only "no hang, no pollution, an Error if it throws" is required. */
  readonly thirdParty?: string;
  /**
   * A contract this function does not keep yet, the file that must change, and which tests show it
   * (default: the hand-picked and the random values).
   */
  readonly gap?: { readonly reason: string; readonly tests?: readonly GapTest[] };
  /** Random inputs to try, when not the default (a function that ignores its arguments needs few). */
  readonly runs?: number;
  /** Checks a result beyond well-formedness. */
  readonly check?: (result: unknown) => void;
}

/** `make()` computed on the first call and kept: for values that are deeply frozen, so every call may share them. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A plan with one parameter changed; plans are deeply frozen, so one serves every call. */
const plan = once(() => lib.LANXI_2023.with({ microcredit: { floorRate: '0.035' } }));

const STEPS = {
  survey: '2023-02-01', meetingApproval: '2023-02-10', publicNotice: '2023-02-15', noObjection: '2023-02-22',
  townshipConfirmation: '2023-03-01', filing: '2023-03-31', acceptance: '2023-09-30',
};
const visit = () => ({ householdId: 'H1', township: '兰江街道', cadreId: 'C1', date: '2023-06-15' });
const rosterLine = () => ({ householdId: 'H1', township: '兰江街道', cadreId: 'C1' });
const relocationLine = () => ({ township: '柏社乡', persons: 900, sitePolicyDoneOn: '2023-06-30', dataCollectedOn: '2023-06-30', constructionStartedOn: '2023-10-31' });
const project = () => ({ id: 'P1', township: '游埠镇', steps: { ...STEPS } });
const application = () => ({ id: 'A1', township: '梅江镇', reviewedOn: '2023-10-20' });
const trainingRecord = () => ({ personId: 'T-1', township: '兰江街道', course: '技能', date: '2023-06-01' });
const water = () => ({ quality: { safe: 5, total: 5 }, quantity: { safe: 5, total: 5 }, convenience: { safe: 4, total: 5 }, reliability: { safe: 5, total: 5 } });
const indicators = () => ({ jointHandling: { handled: 10, total: 10 }, compulsoryEnrolment: { enrolled: 3, total: 3 }, waterSafety: water() });

const loan = () => loanJson();
const LOAN_KEYS = ['id', 'principal', 'annualRate', 'startDate', 'endDate', 'creditLimit', 'interestPaid'];
const income = () => ({ wage: '21000', netOperating: '-130.50', netProperty: 0, netTransfer: '14000' });
const INCOME_KEYS = ['wage', 'netOperating', 'netProperty', 'netTransfer'];

const batchRead = (r: unknown) => {
  const o = r as { households: number | readonly unknown[]; errors: readonly { index: number }[] };
  return { good: typeof o.households === 'number' ? o.households : o.households.length, errorIndexes: o.errors.map((e) => e.index) };
};

// Results are deeply frozen (their Decimals immutable), so each is computed once; the tests get unfrozen
// copies (one level deep, and of the lists they edit) to put hostile values in.
const SUMMARY = once(() => lib.simulate([householdJson('S-1'), householdJson('S-2', { loans: [] })], { year: 2023 }));
const COMPARISON = once(() => lib.compare([householdJson('C-1'), householdJson('C-2', { loans: [] })], { year: 2023, reform: { microcredit: { floorRate: '0.04' } } }));
const SWEEP = once(() => lib.sweep([householdJson('W-1')], { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.04'] }));
const summary = () => ({ ...SUMMARY() });
const comparison = () => {
  const c = COMPARISON();
  return { ...c, perHousehold: c.perHousehold.map((r) => ({ ...r })) };
};
const sweepResult = () => {
  const w = SWEEP();
  return { ...w, rows: w.rows.map((r) => ({ ...r })) };
};


/** The table: one entry per function export of src/index.ts, plus plan.with(). */
export const CALLS: Readonly<Record<string, CallSpec>> = {
  // -------------------------------------------------------------------------------- core
  Decimal: {
    args: () => ['1.5'], paths: [[0]], construct: true,
  },
  PolicyInputError: {
    args: () => ['fn', [{ path: ['a', 0], code: 'x', message: 'm', messageZh: '错' }]],
    paths: [[0], [1], [1, 0], [1, 0, 'path'], [1, 0, 'message']], lists: [[1]], construct: true, errors: ['PolicyInputError'],
  },
  PlanNotInForceError: {
    args: () => ['2023-05-01', '2023-05-13'], paths: [[0], [1]], construct: true,
  },
  isPolicyInputError: { args: () => [new lib.PolicyInputError('f', [])], paths: [[0]] },
  isPlanNotInForceError: { args: () => [new lib.PlanNotInForceError('2023-05-01', '2023-05-13')], paths: [[0]] },
  formatPath: { args: () => [['loans', 0, 'principal']], paths: [[0], [0, 0], [0, 1]], lists: [[0]] },
  meets: { args: () => [new lib.Decimal(1), '以上', new lib.Decimal(1)], paths: [[0], [1], [2]] },
  meetsShare: { args: () => [new lib.Decimal(1), new lib.Decimal(2), '以上', new lib.Decimal('0.5')], paths: [[0], [1], [2], [3]] },
  daysBetween: { args: () => ['2023-01-01', '2024-01-01'], paths: [[0], [1]] },
  endOfMonth: { args: () => [2023, 2], paths: [[0], [1]] },
  midMonthEnd: { args: () => [2023, 10], paths: [[0], [1]] },
  academicYear: { args: () => ['2023-10-08'], paths: [[0]] },

  // -------------------------------------------------------------------------------- plan
  planAt: {
    args: () => ['2023-06-01', [lib.LANXI_2023]], paths: [[0], [1], [1, 0]], lists: [[1]], errors: ['PolicyInputError', 'PlanNotInForceError'],
  },
  'LANXI_2023.with': {
    args: () => [{ microcredit: { floorRate: '0.04' }, effectiveFrom: '2023-01-01', label: 'what-if' }],
    paths: [[0], [0, 'microcredit'], [0, 'microcredit', 'floorRate'], [0, 'effectiveFrom'], [0, 'label']],
  },

  // -------------------------------------------------------------------------------- rules
  loanInterestSubsidy: {
    args: () => [{ principal: 50000, annualRate: '0.0435', days: 360, interestPaid: '2000' }, plan()],
    paths: [[0], [0, 'principal'], [0, 'annualRate'], [0, 'days'], [0, 'interestPaid'], [1]],
  },
  householdLoanSubsidy: {
    args: () => [{ year: 2023, loans: [loan(), { ...loan(), id: 'loan-2', startDate: '2023-07-01' }] }, plan()],
    paths: [[0], [0, 'year'], [0, 'loans'], [0, 'loans', 0], ...LOAN_KEYS.map((k) => [0, 'loans', 1, k] as ArgPath), [1]],
    lists: [[0, 'loans']],
  },
  rentSubsidy: {
    args: () => [{ rentPaid: '50000', inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 }, plan()],
    paths: [[0], [0, 'rentPaid'], [0, 'inKeyAssistanceVillage'], [0, 'laborCapableLowIncomeHouseholds'], [0, 'employedLowIncomeHouseholds'], [1]],
  },
  vocationalGrant: {
    args: () => [{ vocationalStudents: 1, otherAid: [{ name: '国家助学金', amount: '2000', stackable: false }, { name: '雨露计划', amount: '3000', stackable: true }] }, plan()],
    paths: [[0], [0, 'vocationalStudents'], [0, 'otherAid'], [0, 'otherAid', 0], [0, 'otherAid', 0, 'name'], [0, 'otherAid', 0, 'amount'], [0, 'otherAid', 0, 'stackable'], [1]],
    lists: [[0, 'otherAid']],
  },
  projectIncomeRule: {
    args: () => [{ income: '10000', allocatedToLowIncome: '3000' }, plan()],
    paths: [[0], [0, 'income'], [0, 'allocatedToLowIncome'], [1]],
  },
  incomeTargets: {
    args: () => [{ members: 3, income: income(), previousPerCapita: '11000' }, plan()],
    paths: [[0], [0, 'members'], [0, 'income'], ...INCOME_KEYS.map((k) => [0, 'income', k] as ArgPath), [0, 'previousPerCapita'], [1]],
  },
  populationIncomeTargets: {
    args: () => [{ households: [{ members: 3, income: income() }, { members: 1, income: income() }], previousPerCapita: '11000' }, plan()],
    paths: [[0], [0, 'households'], [0, 'households', 0], [0, 'households', 0, 'members'], [0, 'households', 0, 'income'], [0, 'households', 0, 'income', 'wage'], [0, 'previousPerCapita'], [1]],
    lists: [[0, 'households']],
  },
  allocateDividends: {
    args: () => ['1000.00', { 'village-collective': '3', 'HH-1': '1', 'HH-2': '2' }],
    paths: [[0], [1], [1, 'HH-1']], lists: [[1]],
  },
  allocateDividendsWithTrace: {
    args: () => ['1000.00', { 'village-collective': '3', 'HH-1': '1', 'HH-2': '2' }],
    paths: [[0], [1], [1, 'HH-1']], lists: [[1]],
  },

  // -------------------------------------------------------------------------------- programme
  milestoneStatus: {
    args: () => ['vocational-grant-review', { completedOn: '2023-10-21', asOf: '2023-11-01' }, plan()],
    paths: [[0], [1], [1, 'completedOn'], [1, 'asOf'], [2]],
  },
  trainingQuota: {
    args: () => [{ trainees: ['T-1', 'T-2', 'T-1'], completedOn: '2023-10-31' }, plan()],
    paths: [[0], [0, 'trainees'], [0, 'trainees', 0], [0, 'completedOn'], [1]], lists: [[0, 'trainees']],
  },
  monthlyVisits: {
    args: () => [{ from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-02', '2023-07-03', '2023-09-04'] }, plan()],
    paths: [[0], [0, 'from'], [0, 'to'], [0, 'visits'], [0, 'visits', 0], [1]], lists: [[0, 'visits']],
  },
  worstStatus: { args: () => [['met', 'pending', 'n/a']], paths: [[0], [0, 0]], lists: [[0]] },
  checkMenuProjects: {
    args: () => [{ year: 2023, asOf: '2023-11-01', projects: [project(), { ...project(), id: 'P2', steps: { survey: '2023-01-05' } }] }, plan()],
    paths: [[0], [0, 'year'], [0, 'asOf'], [0, 'projects'], [0, 'projects', 0], [0, 'projects', 0, 'id'], [0, 'projects', 0, 'township'], [0, 'projects', 0, 'steps'], [0, 'projects', 0, 'steps', 'filing'], [1]],
    lists: [[0, 'projects']],
  },
  checkRelocation: {
    args: () => [{ year: 2023, asOf: '2023-11-01', townships: [relocationLine()] }, plan()],
    paths: [[0], [0, 'year'], [0, 'asOf'], [0, 'townships'], [0, 'townships', 0], [0, 'townships', 0, 'township'], [0, 'townships', 0, 'persons'], [0, 'townships', 0, 'sitePolicyDoneOn'], [1]],
    lists: [[0, 'townships']],
  },
  checkTraining: {
    args: () => [{ year: 2023, asOf: '2023-11-01', records: [trainingRecord(), { ...trainingRecord(), personId: 'T-2' }] }, plan()],
    paths: [[0], [0, 'year'], [0, 'asOf'], [0, 'records'], [0, 'records', 0], [0, 'records', 0, 'personId'], [0, 'records', 0, 'township'], [0, 'records', 0, 'course'], [0, 'records', 0, 'date'], [1]],
    lists: [[0, 'records']],
  },
  checkMonthlyVisits: {
    args: () => [{ from: '2023-06-01', to: '2023-07-31', asOf: '2023-08-01', households: [rosterLine(), { ...rosterLine(), householdId: 'H2' }], visits: [visit(), { ...visit(), date: '2023-07-02' }] }, plan()],
    paths: [[0], [0, 'from'], [0, 'to'], [0, 'asOf'], [0, 'households'], [0, 'households', 0], [0, 'households', 0, 'householdId'], [0, 'households', 0, 'cadreId'],
      [0, 'visits'], [0, 'visits', 0], [0, 'visits', 0, 'householdId'], [0, 'visits', 0, 'township'], [0, 'visits', 0, 'cadreId'], [0, 'visits', 0, 'date'], [1]],
    lists: [[0, 'households'], [0, 'visits']],
  },
  checkVocationalGrantReviews: {
    args: () => [{ year: 2023, asOf: '2023-11-01', applications: [application(), { id: 'A2', township: '横溪镇' }] }, plan()],
    paths: [[0], [0, 'year'], [0, 'asOf'], [0, 'applications'], [0, 'applications', 0], [0, 'applications', 0, 'id'], [0, 'applications', 0, 'township'], [0, 'applications', 0, 'reviewedOn'], [1]],
    lists: [[0, 'applications']],
  },
  checkIndicators: {
    args: () => [indicators(), plan()],
    paths: [[0], [0, 'jointHandling'], [0, 'jointHandling', 'handled'], [0, 'compulsoryEnrolment', 'total'], [0, 'waterSafety'], [0, 'waterSafety', 'quality'], [0, 'waterSafety', 'quality', 'safe'], [1]],
  },
  townshipReport: {
    args: () => [{
      visits: [visit()], households: [rosterLine()], relocation: [relocationLine()], menuProjects: [project()],
      vocationalGrantApplications: [application()], training: [trainingRecord()], indicators: [{ township: '兰江街道', ...indicators() }],
    }, { year: 2023, asOf: '2023-11-01' }, plan()],
    paths: [[0], [0, 'visits'], [0, 'visits', 0], [0, 'households'], [0, 'relocation'], [0, 'menuProjects'], [0, 'menuProjects', 0, 'id'], [0, 'vocationalGrantApplications'],
      [0, 'training'], [0, 'training', 0, 'personId'], [0, 'indicators'], [0, 'indicators', 0], [0, 'indicators', 0, 'township'], [1], [1, 'year'], [1, 'asOf'], [2]],
    lists: [[0, 'visits'], [0, 'households'], [0, 'relocation'], [0, 'menuProjects'], [0, 'vocationalGrantApplications'], [0, 'training'], [0, 'indicators']],
  },

  // -------------------------------------------------------------------------------- household records
  parseHousehold: { args: () => [householdJson()], paths: under([0], HOUSEHOLD_PATHS), lists: under([0], HOUSEHOLD_LISTS) },
  safeParseHousehold: {
    args: () => [householdJson()], paths: under([0], HOUSEHOLD_PATHS), lists: under([0], HOUSEHOLD_LISTS),
    check: (r) => {
      const o = r as { success: boolean; error?: unknown };
      if (!o.success && !(o.error instanceof lib.PolicyInputError)) throw new Error('safeParseHousehold: error is not a PolicyInputError');
    },
  },
  parseHouseholds: {
    args: () => [[householdJson('B-1'), householdJson('B-2'), householdJson('B-3')]],
    paths: [[0], ...under([0, 1], HOUSEHOLD_PATHS)], lists: [[0], ...under([0, 1], HOUSEHOLD_LISTS)],
    batch: { arg: 0, read: batchRead },
  },
  householdJsonSchema: { args: () => [], paths: [[0]], runs: 100 },
  isParsedHousehold: { args: () => [householdJson()], paths: [[0]] },
  isValidIdNumber: { args: () => ['990000197804090111'], paths: [[0]] },
  maskIdNumber: { args: () => ['990000197804090111'], paths: [[0]] },
  idNumberBirthDate: { args: () => ['990000197804090111'], paths: [[0]] },
  findTownship: { args: () => ['兰江街道'], paths: [[0]] },

  // -------------------------------------------------------------------------------- population
  assessHousehold: {
    args: () => [householdJson(), { year: 2023, plan: plan() }],
    paths: [...under([0], HOUSEHOLD_PATHS), [1], [1, 'year'], [1, 'plan']], lists: under([0], HOUSEHOLD_LISTS),
  },
  simulate: {
    args: () => [[householdJson('B-1'), householdJson('B-2'), householdJson('B-3')], { year: 2023, plan: plan() }],
    paths: [[0], ...under([0, 1], HOUSEHOLD_PATHS), [1], [1, 'year'], [1, 'plan']], lists: [[0], ...under([0, 1], HOUSEHOLD_LISTS)],
    batch: { arg: 0, read: batchRead },
  },
  preparePopulation: {
    args: () => [[householdJson('B-1'), householdJson('B-2'), householdJson('B-3')]],
    paths: [[0], ...under([0, 1], HOUSEHOLD_PATHS)], lists: [[0], ...under([0, 1], HOUSEHOLD_LISTS)],
    batch: { arg: 0, read: batchRead },
  },
  compare: {
    args: () => [[householdJson('B-1'), householdJson('B-2'), householdJson('B-3')], { year: 2023, baseline: lib.LANXI_2023, reform: { microcredit: { floorRate: '0.04' } } }],
    paths: [[0], ...under([0, 1], HOUSEHOLD_PATHS), [1], [1, 'year'], [1, 'baseline'], [1, 'reform'], [1, 'reform', 'microcredit'], [1, 'reform', 'microcredit', 'floorRate']],
    lists: [[0], ...under([0, 1], HOUSEHOLD_LISTS)],
    batch: { arg: 0, read: (r) => batchRead((r as { baseline: unknown }).baseline) },
  },
  sweep: {
    args: () => [[householdJson('B-1'), householdJson('B-2'), householdJson('B-3')], { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.04'], baseline: lib.LANXI_2023 }],
    paths: [[0], ...under([0, 1], HOUSEHOLD_PATHS), [1], [1, 'year'], [1, 'path'], [1, 'values'], [1, 'values', 0], [1, 'baseline']],
    lists: [[0], [1, 'values'], ...under([0, 1], HOUSEHOLD_LISTS)],
    batch: {
      arg: 0,
      read: (r) => {
        const o = r as { errors: readonly { index: number }[]; rows: readonly unknown[] };
        return { good: Number.NaN, errorIndexes: o.errors.map((e) => e.index) };
      },
    },
  },
  parameterPaths: { args: () => [lib.LANXI_2023], paths: [[0]] },
  syntheticPopulation: { args: () => [{ size: 3, seed: 1, year: 2023 }], paths: [[0], [0, 'size'], [0, 'seed'], [0, 'year']] },
  mulberry32: {
    args: () => [42], paths: [[0]],
    check: (r) => {
      const x = (r as () => number)();
      if (!(x >= 0 && x < 1)) throw new Error(`mulberry32 drew ${x}`);
    },
  },
  toTableRows: {
    args: () => [summary(), { locale: 'en' }],
    paths: [[0], [0, 'targets'], [0, 'perHousehold'], [0, 'byBenefit'], [0, 'errors'], [1], [1, 'locale']],
  },
  costCurveSpec: {
    args: () => [sweepResult(), { locale: 'en' }],
    paths: [[0], [0, 'rows'], [0, 'rows', 0], [0, 'path'], [0, 'target'], [0, 'baseline'], [1], [1, 'locale']],
  },
  perCapitaDistributionSpec: {
    args: () => [comparison(), { locale: 'en', maxbins: 20 }],
    paths: [[0], [0, 'perHousehold'], [0, 'perHousehold', 0], [0, 'baseline'], [0, 'line'], [0, 'reform'], [1], [1, 'locale'], [1, 'maxbins']],
  },

  // -------------------------------------------------------------------------------- explanations
  explain: {
    args: () => {
      const r = lib.loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 });
      return [{ ...r, trace: { ...r.trace, children: r.trace.children.map((c) => ({ ...c })) } }, { locale: 'en', quotes: true }];
    },
    paths: [[0], [0, 'trace'], [0, 'trace', 'clause'], [0, 'trace', 'title'], [0, 'trace', 'children'], [0, 'trace', 'children', 0], [0, 'trace', 'children', 0, 'kind'], [0, 'trace', 'children', 0, 'label'], [1], [1, 'locale'], [1, 'quotes']],
  },

};

/** The function a table entry calls. */
export function target(name: string, l: Lib = lib): (...args: unknown[]) => unknown {
  if (name === 'LANXI_2023.with') return (...a: unknown[]) => (l.LANXI_2023.with as (...x: unknown[]) => unknown)(...a);
  const f = (l as unknown as Record<string, unknown>)[name];
  if (typeof f !== 'function') throw new Error(`no function export ${name}`);
  const spec = CALLS[name];
  return spec?.construct
    ? (...a: unknown[]) => new (f as new (...x: unknown[]) => unknown)(...a)
    : (f as (...x: unknown[]) => unknown);
}
