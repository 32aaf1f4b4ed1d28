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
 * @module
 */
import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { meets } from '../core/boundary.js';
import { endOfMonth, monthsBetween, type IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Trace } from '../core/trace.js';
import { dateSchema, listSchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
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
  /** Every month of the period, in order. */
  readonly months: readonly string[];
  readonly trace: Trace;
}

const VisitsSchema = z.strictObject({
  from: dateSchema(),
  to: dateSchema(),
  visits: listSchema(dateSchema()),
}).superRefine((v, ctx) => {
  if (v.to < v.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from', params: { code: 'end_before_start', zh: '不能早于 from' } });
  }
});

/** Per-month classification of one household's visits. */
export interface MonthlyVisitsCore {
  readonly months: readonly string[];
  readonly visited: readonly string[];
  /** Months past (their last day is on or before `asOf`) without enough visits. */
  readonly missed: readonly string[];
  /** Months not yet over on `asOf` and without enough visits so far. */
  readonly pending: readonly string[];
  /** Visits counted per month of the period. */
  readonly counts: ReadonlyMap<string, number>;
}

/**
 * Classifies each month of [from, to] as visited, missed or pending, unchecked. Visits outside the
 * period, or after `asOf`, are ignored. A month without enough visits is missed once its last day
 * is on or before `asOf`, pending before that. With `asOf` undefined every month is judged as over.
 */
export function monthlyVisitsCore(from: IsoDate, to: IsoDate, visits: readonly IsoDate[], plan: Plan, asOf?: IsoDate): MonthlyVisitsCore {
  const months = monthsBetween(from, to);
  const counts = new Map<string, number>(months.map((m) => [m, 0]));
  for (const v of visits) {
    if (v < from || v > to || (asOf !== undefined && v > asOf)) continue;
    const m = v.slice(0, 7);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const min = new Decimal(plan.params.visits.minPerMonth.value);
  const visited: string[] = [];
  const missed: string[] = [];
  const pending: string[] = [];
  for (const m of months) {
    if (meets(new Decimal(counts.get(m) ?? 0), '至少', min)) visited.push(m);
    else if (asOf === undefined || endOfMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7))) <= asOf) missed.push(m);
    else pending.push(m);
  }
  return { months, visited, missed, pending, counts };
}

/**
 * Whether one household was visited every month of a period (clause 2.3.1).
 *
 * 「实施低收入农户每月走访行动」
 *
 * Every calendar month from the month of `from` to the month of `to`, inclusive, is checked; a
 * month counts when the household's visits in it are at least `plan.params.visits.minPerMonth`
 * (1). Visits outside the period are ignored — including those in the first and last months but
 * before `from` or after `to`: to check whole months, pass the first and the last day of months.
 *
 * @param input - `{ from, to, visits }`: the period and the visit dates.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ compliant, missedMonths, visitedMonths, months, trace }`.
 * @throws {@link PolicyInputError} when `to` is before `from` (path `to`) or a date is invalid (path `visits[i]`).
 * @example
 * ```ts
 * const r = monthlyVisits({ from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-05', '2023-08-31'] });
 * r.compliant;    //=> false
 * r.missedMonths; //=> ['2023-07']
 * ```
 */
export function monthlyVisits(input: MonthlyVisitsInput, plan: Plan = LANXI_2023): MonthlyVisitsResult {
  const i = parseInput('monthlyVisits', VisitsSchema, input);
  plan = checkPlan('monthlyVisits', plan);
  const core = monthlyVisitsCore(i.from, i.to, i.visits, plan);
  const inPeriod = [...core.counts.values()].reduce((a, b) => a + b, 0);
  const compliant = core.missed.length === 0;
  const t = new TraceBuilder('monthlyVisits', '2.3.1', { zh: '低收入农户每月走访', en: 'Monthly visits to a low-income household' })
    .input('period', `${i.from} – ${i.to}`, { zh: '检查期间（含首尾两日）', en: 'period (both days included)' })
    .input('visits', i.visits.length, { zh: '走访记录数', en: 'visits recorded' })
    .param('minPerMonth', plan.params.visits.minPerMonth, { zh: '每户每月至少走访次数', en: 'minimum visits per household per month' })
    .step('visitsInPeriod', inPeriod, { zh: '期间内的走访次数（期间外的不计）', en: 'visits within the period (others ignored)' })
    .step('months', core.months.length, { zh: '期间内的月数', en: 'months in the period' })
    .step('visitedMonths', core.visited.join(', '), { zh: '走访达标的月份', en: 'months with enough visits' });
  t.branch('compliant', compliant ? 'compliant' : 'missed', compliant
    ? { zh: '每月均已走访', en: 'visited every month' }
    : { zh: `未按月走访的月份：${core.missed.join('、')}`, en: `months without enough visits: ${core.missed.join(', ')}` }, '2.3.1')
    .result('compliant', compliant, { zh: '是否每月走访', en: 'visited every month' });
  return Object.freeze({
    compliant,
    missedMonths: Object.freeze([...core.missed]),
    visitedMonths: Object.freeze([...core.visited]),
    months: Object.freeze([...core.months]),
    trace: t.done(),
  });
}
