/**
 * 二（三）1. 实施“一户一策一干部”促增收行动 (clause 2.3.1)
 *
 * > 依托“浙农帮扶”数字化应用系统，实施低收入农户每月走访行动，精准掌握低收入农户的基本情况、收支情况、
 * > “两不愁三保障”及帮扶措施等落实情况，并将走访信息录入浙政钉-“低收入帮促”手机端。
 *
 * Reading: every calendar month of the period, each household is visited at least
 * `plan.params.visits.minPerMonth` times (1); a month counts when its visits reach that number
 * (至少, I-1). Months are calendar months; a visit on any day of a month counts for that month.
 *
 * Which months of the period need a visit is the reading `visitMonths`: `'touched'` (the default)
 * checks every month the period reaches, even in part (a period from 2023-05-13 checks May);
 * `'whole'` checks only the months the period covers from their first day to their last, and
 * reports the others as `partialMonths`, unchecked.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal } from '../core/decimal.js';
import { meets } from '../core/boundary.js';
import { endOfMonth, monthsBetween, type IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Trace } from '../core/trace.js';
import { dateSchema, listSchema, MAX_LIST_ITEMS, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import { readingNode } from './reading-node.js';
import { MONTHLY_VISITS_TEXT as TEXT } from './messages/monthly-visits.js';
import type { Plan } from '../plan/types.js';

/** Input of {@link monthlyVisits}: one household's visits over a period. */
export interface MonthlyVisitsInput {
  /** First day of the period, 'YYYY-MM-DD' or a Date: its month is the first month checked. */
  readonly from: string | Date;
  /** Last day of the period (inclusive): its month is the last month checked. */
  readonly to: string | Date;
  /** The days the household was visited ('YYYY-MM-DD' or Dates); visits outside the period are ignored. */
  readonly visits: readonly (string | Date)[];
}

/** Result of {@link monthlyVisits}. */
export interface MonthlyVisitsResult {
  /** Whether every month of the period has enough visits. */
  readonly compliant: boolean;
  /** Months ('YYYY-MM') of the period without enough visits, in order. */
  readonly missedMonths: readonly string[];
  /** Months ('YYYY-MM') of the period with enough visits, in order. */
  readonly visitedMonths: readonly string[];
  /** Every month of the period checked, in order. */
  readonly months: readonly string[];
  /** Months the period covers only in part, left unchecked under the reading `visitMonths` `'whole'`; empty under `'touched'`. */
  readonly partialMonths: readonly string[];
  readonly trace: Trace;
}

const VisitsSchema = once(() => z.strictObject({
  from: dateSchema(),
  to: dateSchema(),
  visits: listSchema(dateSchema()),
}).superRefine((v, ctx) => {
  if (v.to < v.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: TEXT.endBeforeStart.en, params: { code: 'end_before_start', zh: TEXT.endBeforeStart.zh } });
  }
}));

/** Per-month classification of one household's visits. */
export interface MonthlyVisitsCore {
  /** The months checked (see the reading `visitMonths`). */
  readonly months: readonly string[];
  /** Months the period covers only in part, not checked (reading `'whole'`); empty under `'touched'`. */
  readonly partial: readonly string[];
  readonly visited: readonly string[];
  /** Months past (their last day is on or before `asOf`) without enough visits. */
  readonly missed: readonly string[];
  /** Months not yet over on `asOf` and without enough visits so far. */
  readonly pending: readonly string[];
  /** Visits counted per month of the period. */
  readonly counts: ReadonlyMap<string, number>;
}

/** The last day of a month 'YYYY-MM'. */
const lastDayOf = (m: string): IsoDate => endOfMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)));

/**
 * The months of [from, to] to check under the plan's reading `visitMonths`, and those left out:
 * every month the period reaches (`'touched'`), or only those it covers whole (`'whole'`).
 *
 * @example
 * ```ts
 * visitMonthsOf('2023-05-13', '2023-07-31', LANXI_2023); //=> { months: ['2023-05', '2023-06', '2023-07'], partial: [] }
 * visitMonthsOf('2023-05-13', '2023-07-31', LANXI_2023.with({ readings: { visitMonths: 'whole' } }));
 * //=> { months: ['2023-06', '2023-07'], partial: ['2023-05'] }
 * ```
 */
export function visitMonthsOf(from: IsoDate, to: IsoDate, plan: Plan): { readonly months: readonly string[]; readonly partial: readonly string[] } {
  const touched = monthsBetween(from, to);
  if (plan.readings.visitMonths.value === 'touched') return { months: touched, partial: [] };
  const whole = (m: string) => `${m}-01` >= from && lastDayOf(m) <= to;
  return { months: touched.filter(whole), partial: touched.filter((m) => !whole(m)) };
}

/**
 * Classifies each month of [from, to] to check (see {@link visitMonthsOf}) as visited, missed or
 * pending, unchecked. Visits outside the period, in a month not checked, or after `asOf`, are
 * ignored. A month without enough visits is missed once its last day is on or before `asOf`,
 * pending before that. With `asOf` undefined every month is judged as over.
 *
 * @example
 * ```ts
 * monthlyVisitsCore('2023-06-01', '2023-07-31', ['2023-06-02'], LANXI_2023, '2023-07-15').pending; //=> ['2023-07']
 * ```
 */
export function monthlyVisitsCore(from: IsoDate, to: IsoDate, visits: readonly IsoDate[], plan: Plan, asOf?: IsoDate): MonthlyVisitsCore {
  const { months, partial } = visitMonthsOf(from, to, plan);
  const counts = new Map<string, number>(months.map((m) => [m, 0]));
  for (const v of visits) {
    if (v < from || v > to || (asOf !== undefined && v > asOf)) continue;
    const m = v.slice(0, 7);
    const n = counts.get(m);
    if (n !== undefined) counts.set(m, n + 1);
  }
  const min = new Decimal(plan.params.visits.minPerMonth.value);
  const visited: string[] = [];
  const missed: string[] = [];
  const pending: string[] = [];
  for (const m of months) {
    if (meets(new Decimal(counts.get(m) ?? 0), '至少', min)) visited.push(m);
    else if (asOf === undefined || lastDayOf(m) <= asOf) missed.push(m);
    else pending.push(m);
  }
  return { months, partial, visited, missed, pending, counts };
}

/**
 * Adds the trace nodes of the reading `visitMonths` for a period: the reading, and which months it
 * checks. Shared with the programme checks.
 *
 * @example
 * ```ts
 * import { TraceBuilder } from '../core/trace.js';
 * const t = new TraceBuilder('monthlyVisits', '2.3.1', { zh: '每月走访', en: 'monthly visits' });
 * visitMonthsTrace(t, LANXI_2023.with({ readings: { visitMonths: 'whole' } }), ['2023-05']);
 * // adds the reading and: "only the months the period covers whole need a visit …; partial months not checked: 2023-05"
 * ```
 */
export function visitMonthsTrace(t: TraceBuilder, plan: Plan, partial: readonly string[]): void {
  const r = plan.readings.visitMonths;
  t.node(readingNode('visitMonths', r, TEXT.reading));
  if (r.value === 'touched') {
    t.branch('visitMonths', 'touched', TEXT.touched, '2.3.1');
  } else {
    t.branch('visitMonths', 'whole', partial.length === 0 ? TEXT.wholeNoPartial : TEXT.wholeWithPartial(partial), '2.3.1');
  }
}

/**
 * Whether one household was visited every month of a period (clause 2.3.1).
 *
 * 「实施低收入农户每月走访行动」
 *
 * Every calendar month from the month of `from` to the month of `to`, inclusive, is checked; a
 * month counts when the household's visits in it are at least `plan.params.visits.minPerMonth`
 * (1). Visits outside the period are ignored — including those in the first and last months but
 * before `from` or after `to`. Under the reading `visitMonths` `'whole'`
 * (`plan.with({ readings: { visitMonths: 'whole' } })`) a month the period covers only in part is
 * not checked (listed in `partialMonths`); under `'touched'` (the default) it is.
 *
 * @param input - `{ from, to, visits }`: the period and the visit dates.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ compliant, missedMonths, visitedMonths, months, partialMonths, trace }`.
 * @throws {@link PolicyInputError} when `to` is before `from` (path `to`) or a date is invalid (path `visits[i]`).
 * @example
 * ```ts
 * const r = monthlyVisits({ from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-05', '2023-08-31'] });
 * r.compliant;    //=> false
 * r.missedMonths; //=> ['2023-07']
 * const whole = LANXI_2023.with({ readings: { visitMonths: 'whole' } });
 * monthlyVisits({ from: '2023-05-13', to: '2023-07-31', visits: ['2023-06-05', '2023-07-01'] }, whole).partialMonths; //=> ['2023-05']
 * ```
 */
export function monthlyVisits(input: MonthlyVisitsInput, plan: Plan = LANXI_2023): MonthlyVisitsResult {
  const i = parseInput('monthlyVisits', VisitsSchema(), input, MAX_LIST_ITEMS);
  plan = checkPlan('monthlyVisits', plan);
  const core = monthlyVisitsCore(i.from, i.to, i.visits, plan);
  const inPeriod = [...core.counts.values()].reduce((a, b) => a + b, 0);
  const compliant = core.missed.length === 0;
  const t = new TraceBuilder('monthlyVisits', '2.3.1', TEXT.title)
    .input('period', `${i.from} – ${i.to}`, TEXT.period)
    .input('visits', i.visits.length, TEXT.visits)
    .param('minPerMonth', plan.params.visits.minPerMonth, TEXT.minPerMonth)
    .step('visitsInPeriod', inPeriod, TEXT.visitsInPeriod);
  visitMonthsTrace(t, plan, core.partial);
  t.step('months', core.months.length, TEXT.months)
    .step('visitedMonths', core.visited.join(', '), TEXT.visitedMonths);
  t.branch('compliant', compliant ? 'compliant' : 'missed', compliant ? TEXT.visitedEveryMonth : TEXT.missed(core.missed), '2.3.1')
    .result('compliant', compliant, TEXT.compliant);
  return Object.freeze({
    compliant,
    missedMonths: Object.freeze([...core.missed]),
    visitedMonths: Object.freeze([...core.visited]),
    months: Object.freeze([...core.months]),
    partialMonths: Object.freeze([...core.partial]),
    trace: t.done(),
  });
}
