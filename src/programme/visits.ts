/**
 * 二（三）1. 实施“一户一策一干部”促增收行动 (clause 2.3.1): which households missed which months, from
 * visit logs across all households, by township and by cadre.
 *
 * > 依托“浙农帮扶”数字化应用系统，实施低收入农户每月走访行动，……切实发挥“一户一策一干部”精准帮扶作用。
 *
 * Readings: each household is to be visited at least `plan.params.visits.minPerMonth` times (1) in
 * every calendar month of the period (see `monthlyVisits`). A month without enough visits is
 * *missed* once it is over on `asOf` — a past month cannot be made up, so a township with a missed
 * household-month is `'failed'` — and *pending* while it is not over. The households checked are
 * those of the roster (when given) and every household in the logs. Each household belongs to the
 * township and cadre of its roster entry, or else of its latest visit (a relocated household
 * follows its latest township). Visits outside the period, or after `asOf`, are not counted. Which
 * months need a visit is the reading `visitMonths`: every month the period reaches (`'touched'`, the
 * default) or only those it covers whole (`'whole'`; the others are listed in `partialMonths`).
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import type { IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Trace } from '../core/trace.js';
import { dateSchema, parseInput } from '../core/validate.js';
import { recordIdSchema } from '../schema/record-id.js';
import { boundedListSchema } from '../rules/bounded-list.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from '../rules/plan-argument.js';
import type { Plan } from '../plan/types.js';
import { monthlyVisitsCore, visitMonthsOf, visitMonthsTrace } from '../rules/monthly-visits.js';
import type { Township } from '../schema/townships.js';
import { checkUniqueIds, reason, STATUS_TEXT, TOWNSHIPS, townshipSchema, worstStatus, type ProgrammeReason, type ProgrammeStatus } from './common.js';
import { VISITS_TEXT as TEXT } from './messages/visits.js';

/** One visit of a cadre to a household. */
export interface VisitRecordInput {
  /** The household: an opaque label (never an ID number or a name). */
  readonly householdId: string;
  /** The household's township: 9-digit code or Chinese name. */
  readonly township: string;
  /** The visiting cadre: an opaque label. */
  readonly cadreId: string;
  /** The day of the visit. */
  readonly date: string | Date;
}

/** A household on the roster: to be visited every month even if the logs never mention it. */
export interface VisitRosterInput {
  readonly householdId: string;
  readonly township: string;
  /** The household's assigned cadre (一户一干部); default: the cadre of its latest visit. */
  readonly cadreId?: string;
}

/** Input of {@link checkMonthlyVisits}. */
export interface CheckMonthlyVisitsInput {
  /** First day of the period: its month is the first checked; visits before it do not count. */
  readonly from: string | Date;
  /** Last day of the period (inclusive): its month is the last checked; visits after it do not count. */
  readonly to: string | Date;
  /** The day the status is taken on; default: every month of the period is over. */
  readonly asOf?: string | Date;
  /** The households to visit (optional): households with no visit at all are found only through it. */
  readonly households?: readonly VisitRosterInput[];
  readonly visits: readonly VisitRecordInput[];
}

/** A household's line. */
export interface HouseholdVisitsLine {
  readonly householdId: string;
  /** The township's 9-digit code. */
  readonly township: string;
  /** The responsible cadre; null when neither the roster nor a visit names one. */
  readonly cadreId: string | null;
  readonly visitedMonths: readonly string[];
  readonly missedMonths: readonly string[];
  readonly pendingMonths: readonly string[];
  readonly status: Exclude<ProgrammeStatus, 'n/a' | 'overdue'>;
}

/** A township's line. */
export interface TownshipVisitsLine {
  readonly code: string;
  readonly name: string;
  readonly households: number;
  /** Households with at least one missed month. */
  readonly householdsMissing: number;
  /** Missed household-months. */
  readonly missedHouseholdMonths: number;
  readonly status: ProgrammeStatus;
  readonly reason: ProgrammeReason | null;
}

/** A cadre's line: the households in their charge and the months missed. */
export interface CadreVisitsLine {
  readonly cadreId: string;
  readonly households: number;
  readonly missed: readonly { readonly householdId: string; readonly months: readonly string[] }[];
  readonly status: ProgrammeStatus;
}

/** Result of {@link checkMonthlyVisits}. */
export interface CheckMonthlyVisitsResult {
  readonly status: ProgrammeStatus;
  /** Every month of the period checked. */
  readonly months: readonly string[];
  /** Months the period covers only in part, not checked under the reading `visitMonths` `'whole'`; empty under `'touched'`. */
  readonly partialMonths: readonly string[];
  /** One line per household, in order of first appearance (roster first, then logs). */
  readonly households: readonly HouseholdVisitsLine[];
  /** All 16 townships in code order. */
  readonly townships: readonly TownshipVisitsLine[];
  /** One line per cadre, sorted by id. Households with no known cadre are left out. */
  readonly cadres: readonly CadreVisitsLine[];
  readonly trace: Trace;
}

const VisitSchema = once(() => z.strictObject({
  householdId: recordIdSchema(),
  township: townshipSchema(),
  cadreId: recordIdSchema(),
  date: dateSchema(),
}));

const RosterSchema = once(() => z.strictObject({
  householdId: recordIdSchema(),
  township: townshipSchema(),
  cadreId: recordIdSchema().optional(),
}));

/** A validated visit. */
export interface ParsedVisit {
  readonly householdId: string;
  readonly township: Township;
  readonly cadreId: string;
  readonly date: IsoDate;
}

/** A validated roster entry. */
export interface ParsedRosterEntry {
  readonly householdId: string;
  readonly township: Township;
  readonly cadreId?: string | undefined;
}

/** @internal Schemas shared with the township report. */
export const visitRecordsSchema = once(() => boundedListSchema(VisitSchema(), { max: 10_000_000 }));
/** @internal */
export const visitRosterSchema = once(() => boundedListSchema(RosterSchema(), { max: 1_000_000 }));

const CheckSchema = once(() => z.strictObject({
  from: dateSchema(),
  to: dateSchema(),
  asOf: dateSchema().optional(),
  households: visitRosterSchema().optional(),
  visits: visitRecordsSchema(),
}).superRefine((v, ctx) => {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: TEXT.endBeforeStart.en, params: { code: 'end_before_start', zh: TEXT.endBeforeStart.zh } });
  if (v.households) checkUniqueIds(ctx, v.households, ['households'], 'householdId');
}));

const CLAUSE = '2.3.1' as const;
/** How many households a trace line names before summarising the rest. */
const TRACE_LIST = 20;

/** The check, unchecked; shared with the township report. */
export function visitsCore(
  from: IsoDate, to: IsoDate, asOf: IsoDate | undefined,
  roster: readonly ParsedRosterEntry[] | undefined, visits: readonly ParsedVisit[], plan: Plan,
): Omit<CheckMonthlyVisitsResult, 'trace'> {
  interface Acc { township: Township; cadreId: string | null; latest: IsoDate | null; fixed: boolean; dates: IsoDate[] }
  const acc = new Map<string, Acc>();
  for (const r of roster ?? []) acc.set(r.householdId, { township: r.township, cadreId: r.cadreId ?? null, latest: null, fixed: true, dates: [] });
  const rosterCadre = new Set((roster ?? []).filter((r) => r.cadreId !== undefined).map((r) => r.householdId));
  for (const v of visits) {
    let a = acc.get(v.householdId);
    if (a === undefined) {
      a = { township: v.township, cadreId: v.cadreId, latest: v.date, fixed: false, dates: [] };
      acc.set(v.householdId, a);
    }
    a.dates.push(v.date);
    if (a.latest === null || v.date >= a.latest) {
      a.latest = v.date;
      if (!a.fixed) a.township = v.township;
      if (!rosterCadre.has(v.householdId)) a.cadreId = v.cadreId;
    }
  }
  const { months, partial } = visitMonthsOf(from, to, plan);
  const households: HouseholdVisitsLine[] = [];
  for (const [householdId, a] of acc) {
    const c = monthlyVisitsCore(from, to, a.dates, plan, asOf);
    const status = c.missed.length > 0 ? 'failed' : c.pending.length > 0 ? 'pending' : 'met';
    households.push(Object.freeze({
      householdId, township: a.township.code, cadreId: a.cadreId,
      visitedMonths: Object.freeze([...c.visited]), missedMonths: Object.freeze([...c.missed]), pendingMonths: Object.freeze([...c.pending]), status,
    }));
  }
  const townships = TOWNSHIPS.map((tw): TownshipVisitsLine => {
    const mine = households.filter((h) => h.township === tw.code);
    const missing = mine.filter((h) => h.missedMonths.length > 0);
    const missedHouseholdMonths = missing.reduce((n, h) => n + h.missedMonths.length, 0);
    const pending = mine.filter((h) => h.pendingMonths.length > 0);
    const status = mine.length === 0 ? 'n/a' : worstStatus(mine.map((h) => h.status));
    const names = (list: readonly HouseholdVisitsLine[], pick: (h: HouseholdVisitsLine) => readonly string[]) =>
      TEXT.householdMonths(list.slice(0, TRACE_LIST).map((h) => ({ id: h.householdId, months: pick(h) })), list.length > TRACE_LIST);
    let why: ProgrammeReason | null = null;
    if (mine.length === 0) {
      why = reason('no-households', CLAUSE, TEXT.noHouseholds);
    } else if (status === 'failed') {
      why = reason('months-missed', CLAUSE, TEXT.monthsMissed(missing.length, missedHouseholdMonths, names(missing, (h) => h.missedMonths)));
    } else if (status === 'pending') {
      why = reason('month-pending', CLAUSE, TEXT.monthPending(pending.length, names(pending, (h) => h.pendingMonths)));
    }
    return Object.freeze({ code: tw.code, name: tw.name, households: mine.length, householdsMissing: missing.length, missedHouseholdMonths, status, reason: why });
  });
  const byCadre = new Map<string, HouseholdVisitsLine[]>();
  for (const h of households) {
    if (h.cadreId === null) continue;
    const list = byCadre.get(h.cadreId) ?? [];
    list.push(h);
    byCadre.set(h.cadreId, list);
  }
  const cadres = [...byCadre.keys()].sort().map((cadreId): CadreVisitsLine => {
    const list = byCadre.get(cadreId) ?? [];
    return Object.freeze({
      cadreId,
      households: list.length,
      missed: Object.freeze(list.filter((h) => h.missedMonths.length > 0).map((h) => Object.freeze({ householdId: h.householdId, months: h.missedMonths }))),
      status: worstStatus(list.map((h) => h.status)),
    });
  });
  return Object.freeze({
    status: worstStatus(households.map((h) => h.status)),
    months: Object.freeze([...months]),
    partialMonths: Object.freeze([...partial]),
    households: Object.freeze(households),
    townships: Object.freeze(townships),
    cadres: Object.freeze(cadres),
  });
}

/**
 * Finds, from visit logs across all households, which households missed which months of a
 * period, by township and by cadre (clause 2.3.1).
 *
 * 「实施低收入农户每月走访行动」「切实发挥“一户一策一干部”精准帮扶作用」
 *
 * A household-month is visited when the visits in it reach `minPerMonth` (1), missed when the
 * month is over on `asOf` without them, pending otherwise. A township is `'failed'` with any missed
 * household-month (`'months-missed'`), `'pending'` with a month still open (`'month-pending'`),
 * `'met'` otherwise, and `'n/a'` with no household (`'no-households'`). Under the reading
 * `visitMonths` `'whole'` a month the period covers only in part needs no visit (it is in
 * `partialMonths`); under `'touched'` (the default) it does, like any other.
 *
 * @param input - `{ from, to, asOf?, households?, visits: [{ householdId, township, cadreId, date }] }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ status, months, partialMonths, households, townships, cadres, trace }`.
 * @throws {@link PolicyInputError} when `to` is before `from`, for an unknown township, an invalid date,
 *   or a household listed twice on the roster.
 * @example
 * ```ts
 * const r = checkMonthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits: [
 *   { householdId: 'H1', township: '诸葛镇', cadreId: 'C1', date: '2023-06-03' },
 *   { householdId: 'H1', township: '诸葛镇', cadreId: 'C1', date: '2023-07-30' },
 *   { householdId: 'H2', township: '诸葛镇', cadreId: 'C2', date: '2023-06-10' },
 * ] });
 * r.households.map((h) => [h.householdId, h.missedMonths]); //=> [['H1', []], ['H2', ['2023-07']]]
 * r.cadres.map((c) => c.cadreId + ':' + c.status);          //=> ['C1:met', 'C2:failed']
 * ```
 */
export function checkMonthlyVisits(input: CheckMonthlyVisitsInput, plan: Plan = LANXI_2023): CheckMonthlyVisitsResult {
  const i = parseInput('checkMonthlyVisits', CheckSchema(), input);
  plan = checkPlan('checkMonthlyVisits', plan);
  const core = visitsCore(i.from, i.to, i.asOf, i.households, i.visits, plan);
  const t = new TraceBuilder('checkMonthlyVisits', CLAUSE, TEXT.title)
    .input('period', `${i.from} – ${i.to}`, TEXT.period);
  if (i.asOf !== undefined) t.input('asOf', i.asOf, TEXT.asOf);
  t.input('visits', i.visits.length, TEXT.visits)
    .param('minPerMonth', plan.params.visits.minPerMonth, TEXT.minPerMonth);
  visitMonthsTrace(t, plan, core.partialMonths);
  t.step('months', core.months.join(', '), TEXT.months)
    .step('households', core.households.length, TEXT.households);
  appendTownshipVisitTraces(t, core.townships);
  t.result('status', core.status, STATUS_TEXT[core.status]);
  return Object.freeze({ ...core, trace: t.done() });
}

/** Adds one child per township with households to `t`. */
function appendTownshipVisitTraces(t: TraceBuilder, townships: readonly TownshipVisitsLine[]): void {
  for (const l of townships) {
    if (l.households === 0) continue;
    const tt = new TraceBuilder('visitsTownship', CLAUSE, TEXT.townshipTitle(l.name, l.code))
      .step('households', l.households, TEXT.townshipHouseholds)
      .step('householdsMissing', l.householdsMissing, TEXT.householdsMissing);
    if (l.reason) tt.branch(l.reason.code, l.status, { zh: l.reason.zh, en: l.reason.en }, CLAUSE);
    else tt.branch('visits', 'met', TEXT.allVisited, CLAUSE);
    tt.result('status', l.status, STATUS_TEXT[l.status]);
    t.child(tt.done());
  }
}
