/**
 * 三、3. 制定考评体系 (clause 3.3): one table of the plan's non-money obligations, a row per township.
 *
 * > 将低收入农户增收工作纳入推进乡村振兴战略实绩考核范围。强化考评结果运用，将结果作为干部使用、评先奖优、
 * > 问责追责的重要参考指标。
 *
 * The report runs every programme check on one set of records and lays the results out as a
 * table: the 16 townships in code order, then the city; a column per obligation in clause order
 * (2.1.1, 2.1.2, 2.1.4, 2.3.1–2.3.5). Each cell is `{ status, clause, reason? }` with the statuses of
 * `./common.ts`. A kind of record left out of `records` is `'n/a'` everywhere (`'no-data'`); given,
 * even empty, it is the complete set and is judged. Monthly visits run from the later of 1 January
 * and the plan's date of force to `asOf` (or 31 December); under the reading `visitMonths`
 * `'touched'` (the default) every month reached is checked and the month of `asOf`, if not over, is
 * pending until visited; under `'whole'` only the months covered whole are (from 2023-05-13, May is
 * not; nor is the month of `asOf` before its last day). Under the reading `deadlineBeforeIssue`
 * `'before-plan'` (the default) the 03-31 filing of menu-style projects, which fell before the plan
 * was issued, is `'before-plan'` rather than overdue or late. The trace states both readings.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { earlierDate, endOfMonth, laterDate, type IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { dateSchema, listSchema, parseInput, yearSchema } from '../core/validate.js';
import type { ClauseId } from '../plan/clauses.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan, checkYear } from '../rules/plan-argument.js';
import { readingsTrace, type VisitPeriod } from './report-readings.js';
import type { Plan } from '../plan/types.js';
import type { Township } from '../schema/townships.js';
import {
  checkUniqueIds, LAST_MONTH, reason, STATUS_TEXT, TOWNSHIPS, townshipSchema, worstStatus,
  type ProgrammeReason, type ProgrammeStatus,
} from './common.js';
import { indicatorsCore, indicatorsShape, INDICATORS, sumIndicatorCounts, type CheckIndicatorsInput, type IndicatorCounts, type IndicatorKey } from './indicators.js';
import { menuProjectSchema, menuProjectsCore, type MenuProjectInput } from './menu-projects.js';
import { checkUniqueTownships, relocationCore, relocationRecordsSchema, type RelocationTownshipInput } from './relocation.js';
import { trainingCore, trainingRecordsSchema, type TrainingRecordInput } from './training.js';
import { visitRecordsSchema, visitRosterSchema, visitsCore, type VisitRecordInput, type VisitRosterInput } from './visits.js';
import { grantApplicationsSchema, vocationalGrantReviewCore, type GrantApplicationInput } from './vocational-grant-review.js';
import { TOWNSHIP_REPORT_TEXT as TEXT } from './messages/township-report.js';

/** Indicator counts of one township, or of the whole city when `township` is left out. */
export interface IndicatorRecordInput extends CheckIndicatorsInput {
  /** The township (9-digit code or Chinese name); leave out for counts of the whole city. */
  readonly township?: string;
}

/** Everything the report reads. Each kind is optional: one left out is `'n/a'` (`'no-data'`). */
export interface TownshipReportRecords {
  /** Clause 2.3.1: visit logs. */
  readonly visits?: readonly VisitRecordInput[];
  /** Clause 2.3.1: the roster of households to visit (optional, with `visits`). */
  readonly households?: readonly VisitRosterInput[];
  /** Clause 2.3.2: one record per township concerned. */
  readonly relocation?: readonly RelocationTownshipInput[];
  /** Clause 2.3.3: the year's menu-style projects. */
  readonly menuProjects?: readonly MenuProjectInput[];
  /** Clause 2.3.4: the academic year's grant applications. */
  readonly vocationalGrantApplications?: readonly GrantApplicationInput[];
  /** Clause 2.3.5: training records. */
  readonly training?: readonly TrainingRecordInput[];
  /** Clause 2.1: indicator counts per township (and optionally for the city). */
  readonly indicators?: readonly IndicatorRecordInput[];
}

/** Options of {@link townshipReport}. */
export interface TownshipReportOptions {
  /** The year reported (deadlines fall in it; the academic year starts in it). */
  readonly year: number;
  /** The day the report is taken on. */
  readonly asOf: string | Date;
}

/** The obligations, one column each. */
export type ObligationKey = IndicatorKey | 'visits' | 'relocation' | 'menuProjects' | 'vocationalGrantReview' | 'training';

/** A column of the report. */
export interface ReportColumn {
  readonly key: ObligationKey;
  readonly clause: ClauseId;
  readonly title: Text;
  /** The column's header in {@link TownshipReportResult.rows}: clause and key ('2.3.5 training'). */
  readonly label: string;
}

/** One cell: the obligation's status for a township (or the city), its clause, and why. */
export interface ReportCell {
  readonly status: ProgrammeStatus;
  readonly clause: ClauseId;
  readonly reason?: ProgrammeReason;
}

/** One row: a township (or the city total). */
export interface ReportRow {
  /** 9-digit township code, or the city's 6-digit code on the total row. */
  readonly code: string;
  readonly name: string;
  readonly cells: Readonly<Record<ObligationKey, ReportCell>>;
  /** The worst status of the row. */
  readonly status: ProgrammeStatus;
}

/** Result of {@link townshipReport}. */
export interface TownshipReportResult {
  readonly year: number;
  readonly asOf: IsoDate;
  readonly columns: readonly ReportColumn[];
  /** The 16 townships in code order. */
  readonly townships: readonly ReportRow[];
  /** The city: rates from summed counts, relocation against the city target, other columns the worst township. */
  readonly total: ReportRow;
  /** Plain rows for `console.table`: township, code, one status per column, overall; the city last. */
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** The checks' own results, for detail (null for a kind of record not given). */
  readonly details: {
    readonly visits: ReturnType<typeof visitsCore> | null;
    readonly relocation: ReturnType<typeof relocationCore> | null;
    readonly menuProjects: ReturnType<typeof menuProjectsCore> | null;
    readonly vocationalGrantReview: ReturnType<typeof vocationalGrantReviewCore> | null;
    readonly training: ReturnType<typeof trainingCore> | null;
  };
  readonly trace: Trace;
}

/**
 * The columns of {@link townshipReport}, in clause order, each with its clause and its name in both
 * languages. Deeply frozen: the report and its trace show these names, and no caller can change them.
 *
 * @example
 * ```ts
 * REPORT_COLUMNS.map((c) => c.key).includes('training'); //=> true
 * ```
 */
export const REPORT_COLUMNS: readonly ReportColumn[] = Object.freeze([
  ...INDICATORS.map((x) => ({ key: x.key as ObligationKey, clause: x.clause, title: x.name })),
  { key: 'visits' as const, clause: '2.3.1' as const, title: TEXT.columns.visits },
  { key: 'relocation' as const, clause: '2.3.2' as const, title: TEXT.columns.relocation },
  { key: 'menuProjects' as const, clause: '2.3.3' as const, title: TEXT.columns.menuProjects },
  { key: 'vocationalGrantReview' as const, clause: '2.3.4' as const, title: TEXT.columns.vocationalGrantReview },
  { key: 'training' as const, clause: '2.3.5' as const, title: TEXT.columns.training },
].map((c) => Object.freeze({ ...c, title: Object.freeze(c.title), label: `${c.clause} ${c.key}` })));

/** The city, for the total row. */
const CITY = Object.freeze({ code: '330781', name: '兰溪市' });

const IndicatorRecordSchema = once(() => z.strictObject({ township: townshipSchema().optional(), ...indicatorsShape() }));

const ReportSchema = once(() => z.strictObject({
  records: z.strictObject({
    visits: visitRecordsSchema().optional(),
    households: visitRosterSchema().optional(),
    relocation: relocationRecordsSchema().optional(),
    menuProjects: listSchema(menuProjectSchema()).optional(),
    vocationalGrantApplications: grantApplicationsSchema().optional(),
    training: trainingRecordsSchema().optional(),
    indicators: listSchema(IndicatorRecordSchema(), 1000).optional(),
  }),
  options: z.strictObject({ year: yearSchema(), asOf: dateSchema() }),
}).superRefine((v, ctx) => {
  const r = v.records;
  if (r.households && !r.visits) {
    ctx.addIssue({ code: 'custom', path: ['records', 'visits'], message: TEXT.visitsRequired.en, params: { code: 'required', zh: TEXT.visitsRequired.zh } });
  }
  if (r.households) checkUniqueIds(ctx, r.households, ['records', 'households'], 'householdId');
  if (r.menuProjects) checkUniqueIds(ctx, r.menuProjects, ['records', 'menuProjects'], 'id');
  if (r.vocationalGrantApplications) checkUniqueIds(ctx, r.vocationalGrantApplications, ['records', 'vocationalGrantApplications'], 'id');
  if (r.relocation) checkUniqueTownships(ctx, r.relocation, ['records', 'relocation']);
  if (r.indicators) {
    const seen = new Set<string>();
    r.indicators.forEach((x, i) => {
      const key = x.township?.code ?? 'city';
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['records', 'indicators', i, 'township'], message: TEXT.duplicateArea.en, params: { code: 'duplicate_township', zh: TEXT.duplicateArea.zh } });
      seen.add(key);
    });
  }
}));

const NO_DATA = (clause: ClauseId): ProgrammeReason => reason('no-data', clause, TEXT.noData);

const cell = (status: ProgrammeStatus, clause: ClauseId, why: ProgrammeReason | null | undefined): ReportCell =>
  Object.freeze(why ? { status, clause, reason: why } : { status, clause });

/** The first reason among township cells with the given (worst) status, with a count of the others. */
function summarise(status: ProgrammeStatus, clause: ClauseId, lines: readonly { name: string; status: ProgrammeStatus; reason: ProgrammeReason | null | undefined }[]): ProgrammeReason | null {
  if (status === 'met' || status === 'n/a') return null;
  const hit = lines.filter((l) => l.status === status);
  return reason(`townships-${status}`, clause, TEXT.townships(STATUS_TEXT[status], hit.map((l) => l.name)));
}

/**
 * The programme report (clause 3.3): one row per township (all 16, in code order) and a city total,
 * one column per non-money obligation — indicators 2.1.1, 2.1.2, 2.1.4; monthly visits 2.3.1;
 * relocation 2.3.2; menu-style projects 2.3.3; vocational grant review 2.3.4; skills training 2.3.5.
 *
 * 「将低收入农户增收工作纳入推进乡村振兴战略实绩考核范围。强化考评结果运用，将结果作为干部使用、评先奖优、
 * 问责追责的重要参考指标。」
 *
 * Each cell is `{ status: 'met' | 'before-plan' | 'pending' | 'overdue' | 'failed' | 'n/a', clause, reason? }`;
 * every cell other than `'met'` has a bilingual reason naming its clause. The `trace` (root clause
 * 3.3, a child per township, in it a child per obligation) lets `explain(result)` render the whole
 * table in Chinese or English. `rows` is ready for `console.table`.
 *
 * @param records - the records of the year: `{ visits?, households?, relocation?, menuProjects?,
 *   vocationalGrantApplications?, training?, indicators? }` (see each check for the shapes).
 * @param options - `{ year, asOf }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ year, asOf, columns, townships, total, rows, details, trace }`.
 * @throws {@link PolicyInputError} with paths from the root `{ records, options }`, such as
 *   `records.training[3].township` or `options.asOf`.
 * @throws {@link PlanNotInForceError} for a year outside the plan's period (`plan.period`; extend it
 *   with `plan.with({ period: { to } })` for a what-if).
 * @example
 * ```ts
 * const r = townshipReport({ training: [] }, { year: 2023, asOf: '2023-11-01' });
 * r.townships[0]?.cells.training;
 * //=> { status: 'overdue', clause: '2.3.5', reason: { code: 'quota-overdue', … } }
 * r.total.cells.visits.status; //=> 'n/a' (no visit logs given)
 * console.table(r.rows);
 * explain(r, { locale: 'en' }); // names clause 2.3.5 for every township short of trainees
 * ```
 */
export function townshipReport(records: TownshipReportRecords, options: TownshipReportOptions, plan: Plan = LANXI_2023): TownshipReportResult {
  const { records: r, options: o } = parseInput('townshipReport', ReportSchema(), { records, options });
  plan = checkPlan('townshipReport', plan);
  const { year, asOf } = o;
  checkYear(year, plan);
  const cols = new Map(REPORT_COLUMNS.map((c) => [c.key, c]));
  const clauseOf = (k: ObligationKey) => (cols.get(k) as ReportColumn).clause;
  const perTownship = new Map<string, Partial<Record<ObligationKey, ReportCell>>>(TOWNSHIPS.map((t) => [t.code, {}]));
  const total: Partial<Record<ObligationKey, ReportCell>> = {};
  const put = (code: string, k: ObligationKey, c: ReportCell) => { (perTownship.get(code) as Partial<Record<ObligationKey, ReportCell>>)[k] = c; };
  const noData = (k: ObligationKey) => {
    const c = cell('n/a', clauseOf(k), NO_DATA(clauseOf(k)));
    for (const t of TOWNSHIPS) put(t.code, k, c);
    total[k] = c;
  };

  // 2.1: indicators, per township and for the city (a city record, or the sum of the townships).
  if (r.indicators === undefined) {
    for (const x of INDICATORS) noData(x.key);
  } else {
    const byArea = new Map<string, IndicatorCounts>(r.indicators.map((x) => [x.township?.code ?? 'city', x as IndicatorCounts]));
    const fill = (code: string | undefined, counts: IndicatorCounts | undefined) => {
      const core = counts ? indicatorsCore(counts, plan) : undefined;
      for (const x of INDICATORS) {
        const l = core?.indicators[x.key];
        const c = l ? cell(l.status, x.clause, l.reason) : cell('n/a', x.clause, NO_DATA(x.clause));
        if (code === undefined) total[x.key] = c;
        else put(code, x.key, c);
      }
    };
    for (const t of TOWNSHIPS) fill(t.code, byArea.get(t.code));
    fill(undefined, byArea.get('city') ?? sumIndicatorCounts(TOWNSHIPS.map((t) => byArea.get(t.code)).filter((x): x is IndicatorCounts => x !== undefined)));
  }

  // 2.3.1: monthly visits, from the later of 1 January and the date of force to the month of asOf.
  let visits: ReturnType<typeof visitsCore> | null = null;
  const from = laterDate(`${String(year).padStart(4, '0')}-01-01`, plan.effectiveFrom);
  const to = earlierDate(endOfMonth(year, LAST_MONTH), asOf);
  if (r.visits === undefined) {
    noData('visits');
  } else if (to < from) {
    const why = reason('not-yet-due', '2.3.1', TEXT.notYetDue(asOf, year, plan.effectiveFrom));
    for (const t of TOWNSHIPS) put(t.code, 'visits', cell('n/a', '2.3.1', why));
    total.visits = cell('n/a', '2.3.1', why);
  } else {
    visits = visitsCore(from, to, asOf, r.households, r.visits, plan);
    if (visits.months.length === 0) {
      // reading visitMonths 'whole': the period so far covers no month whole
      const why = reason('no-whole-month', '2.3.1', TEXT.noWholeMonth(asOf, from, to, visits.partialMonths));
      for (const t of TOWNSHIPS) put(t.code, 'visits', cell('n/a', '2.3.1', why));
      total.visits = cell('n/a', '2.3.1', why);
    } else {
      for (const l of visits.townships) put(l.code, 'visits', cell(l.status, '2.3.1', l.reason));
      total.visits = cell(visits.status, '2.3.1', summarise(visits.status, '2.3.1', visits.townships));
    }
  }

  // 2.3.2: relocation.
  let relocation: ReturnType<typeof relocationCore> | null = null;
  if (r.relocation === undefined) noData('relocation');
  else {
    relocation = relocationCore(r.relocation, year, asOf, plan);
    for (const l of relocation.townships) put(l.code, 'relocation', cell(l.status, '2.3.2', l.status === 'met' ? null : l.reasons[0]));
    const why = relocation.progress.status === relocation.status && relocation.progress.reason
      ? relocation.progress.reason
      : summarise(relocation.status, '2.3.2', relocation.townships.map((l) => ({ ...l, reason: l.reasons[0] })));
    total.relocation = cell(relocation.status, '2.3.2', why);
  }

  // 2.3.3: menu-style projects.
  let menuProjects: ReturnType<typeof menuProjectsCore> | null = null;
  if (r.menuProjects === undefined) noData('menuProjects');
  else {
    menuProjects = menuProjectsCore(r.menuProjects, year, asOf, plan);
    const noProjects = reason('no-projects', '2.3.3', TEXT.noProjects);
    for (const l of menuProjects.townships) put(l.code, 'menuProjects', cell(l.status, '2.3.3', l.projects === 0 ? noProjects : l.reasons[0]));
    total.menuProjects = cell(menuProjects.status, '2.3.3', menuProjects.townships.every((l) => l.projects === 0)
      ? noProjects
      : summarise(menuProjects.status, '2.3.3', menuProjects.townships.map((l) => ({ ...l, reason: l.reasons[0] }))));
  }

  // 2.3.4: vocational grant review.
  let vocationalGrantReview: ReturnType<typeof vocationalGrantReviewCore> | null = null;
  if (r.vocationalGrantApplications === undefined) noData('vocationalGrantReview');
  else {
    vocationalGrantReview = vocationalGrantReviewCore(r.vocationalGrantApplications, year, asOf, plan);
    for (const l of vocationalGrantReview.townships) put(l.code, 'vocationalGrantReview', cell(l.status, '2.3.4', l.reason));
    total.vocationalGrantReview = cell(vocationalGrantReview.status, '2.3.4', vocationalGrantReview.applications.length === 0
      ? reason('no-applications', '2.3.4', TEXT.noApplications)
      : summarise(vocationalGrantReview.status, '2.3.4', vocationalGrantReview.townships));
  }

  // 2.3.5: skills training.
  let training: ReturnType<typeof trainingCore> | null = null;
  if (r.training === undefined) noData('training');
  else {
    training = trainingCore(r.training, year, asOf, plan);
    for (const l of training.townships) put(l.code, 'training', cell(l.status, '2.3.5', l.reason));
    total.training = cell(training.status, '2.3.5', summarise(training.status, '2.3.5', training.townships));
  }

  const row = (code: string, name: string, cells: Partial<Record<ObligationKey, ReportCell>>): ReportRow => {
    const full = Object.freeze(Object.fromEntries(REPORT_COLUMNS.map((c) => [c.key, cells[c.key] as ReportCell]))) as Record<ObligationKey, ReportCell>;
    return Object.freeze({ code, name, cells: full, status: worstStatus(Object.values(full).map((c) => c.status)) });
  };
  const townships = Object.freeze(TOWNSHIPS.map((t: Township) => row(t.code, t.name, perTownship.get(t.code) ?? {})));
  const totalRow = row(CITY.code, CITY.name, total);
  const rows = Object.freeze([...townships, totalRow].map((x) => Object.freeze({
    township: x.name, code: x.code,
    ...Object.fromEntries(REPORT_COLUMNS.map((c) => [c.label, x.cells[c.key].status])),
    overall: x.status,
  })));

  const trace = reportTrace(year, asOf, [...townships, totalRow], plan, { from, to, months: visits?.months ?? null, partial: visits?.partialMonths ?? [] });
  return Object.freeze({
    year, asOf, columns: REPORT_COLUMNS, townships, total: totalRow, rows,
    details: Object.freeze({ visits, relocation, menuProjects, vocationalGrantReview, training }),
    trace,
  });
}

function reportTrace(year: number, asOf: IsoDate, rows: readonly ReportRow[], plan: Plan, visitPeriod: VisitPeriod): Trace {
  const p = plan.params;
  const t = new TraceBuilder('townshipReport', '3.3', TEXT.title(year))
    .input('year', year, TEXT.year)
    .input('asOf', asOf, TEXT.asOf)
    .param('jointHandlingRate', p.indicators.jointHandlingRate, TEXT.jointHandlingRate)
    .param('compulsoryEnrolmentRate', p.indicators.compulsoryEnrolmentRate, TEXT.compulsoryEnrolmentRate)
    .param('waterSafetyIndicators', p.indicators.waterSafetyIndicators, TEXT.waterSafetyIndicators)
    .param('minPerMonth', p.visits.minPerMonth, TEXT.minPerMonth)
    .param('relocationPersons', p.relocation.persons, TEXT.relocationPersons)
    .param('minTrainees', p.training.minTrainees, TEXT.minTrainees);
  readingsTrace(t, year, plan, visitPeriod);
  for (const x of rows) {
    const status = STATUS_TEXT[x.status];
    const rt = new TraceBuilder('townshipReportRow', '3.3', x.code === CITY.code ? TEXT.cityRow(x.name, x.code, status) : TEXT.townshipRow(x.name, x.code, status));
    for (const c of REPORT_COLUMNS) {
      const v = x.cells[c.key];
      const ot = new TraceBuilder(c.key, c.clause, c.title);
      ot.branch(c.key, v.status, TEXT.cell(STATUS_TEXT[v.status], v.reason), v.clause);
      rt.child(ot.done());
    }
    rt.result('status', x.status, TEXT.overallStatus);
    t.child(rt.done());
  }
  return t.done();
}
