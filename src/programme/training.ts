/**
 * 二（三）5. 实施就业技能培训促增收行动 (clause 2.3.5): each township's quota, from training records.
 *
 * > 每年要组织不少于15名低收入农户参加各项技能培训班，……该项工作于10月底前完成。
 *
 * Readings: I-11 (distinct low-income farmers per township per calendar year: a person trained
 * twice, or on two courses, counts once; a person trained in two townships counts in each), I-1
 * (不少于: 15 is enough), I-10 (10月底前: on or before 10-31). Records after 10-31 still count in
 * the year's number of trainees, but not toward on-time completion: a quota reached only with them
 * is late (`'failed'`). Records outside the year, or after `asOf`, are not counted.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import type { IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Trace } from '../core/trace.js';
import { dateSchema, labelSchema, listSchema, MAX_LIST_ITEMS, parseInput, yearSchema } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan, checkYear } from '../rules/plan-argument.js';
import type { Plan } from '../plan/types.js';
import { trainingQuotaCore, type TrainingQuotaStatus } from '../rules/training-quota.js';
import type { Township } from '../schema/townships.js';
import { dueOf, reason, STATUS_TEXT, TOWNSHIPS, townshipSchema, worstStatus, type ProgrammeReason, type ProgrammeStatus } from './common.js';
import { TRAINING_TEXT as TEXT } from './messages/training.js';

/** One attendance of a low-income farmer at a training course. */
export interface TrainingRecordInput {
  /** The trainee: an opaque label (never an ID number or a name). */
  readonly personId: string;
  /** The township that organised the training: 9-digit code or Chinese name. */
  readonly township: string;
  /** The course (a label). */
  readonly course: string;
  /** The day of the training, 'YYYY-MM-DD' or a Date. */
  readonly date: string | Date;
}

/** Input of {@link checkTraining}. */
export interface CheckTrainingInput {
  /** The calendar year counted (default: the plan's year). */
  readonly year?: number;
  readonly asOf: string | Date;
  readonly records: readonly TrainingRecordInput[];
}

/** A township's line in {@link CheckTrainingResult}. */
export interface TrainingTownshipLine {
  readonly code: string;
  readonly name: string;
  /** Distinct trainees in the year, up to `asOf`. */
  readonly trainees: number;
  /** Distinct trainees trained on or before the due date. */
  readonly onTime: number;
  /** The quota (15). */
  readonly required: number;
  /** The day the quota was reached (the record that made the count reach it); null if not reached. */
  readonly reachedOn: IsoDate | null;
  /** The quota rule's status for the township (see `trainingQuota`). */
  readonly quotaStatus: TrainingQuotaStatus;
  readonly status: Exclude<ProgrammeStatus, 'n/a'>;
  readonly reason: ProgrammeReason | null;
}

/** Result of {@link checkTraining}. */
export interface CheckTrainingResult {
  /** The worst township status: every township carries the quota. */
  readonly status: ProgrammeStatus;
  readonly due: IsoDate;
  /** Distinct trainees across the city in the year, up to `asOf`. */
  readonly trainees: number;
  /** Townships whose quota is met. */
  readonly townshipsMet: number;
  /** All 16 townships in code order. */
  readonly townships: readonly TrainingTownshipLine[];
  readonly trace: Trace;
}

const RecordSchema = once(() => z.strictObject({
  personId: labelSchema(),
  township: townshipSchema(),
  course: labelSchema(),
  date: dateSchema(),
}));

/** A validated training record. */
export interface ParsedTrainingRecord {
  readonly personId: string;
  readonly township: Township;
  readonly course: string;
  readonly date: IsoDate;
}

/** @internal Schema of the records, shared with the township report. */
export const trainingRecordsSchema = once(() => listSchema(RecordSchema()));

const CheckSchema = once(() => z.strictObject({
  year: yearSchema().optional(),
  asOf: dateSchema(),
  records: trainingRecordsSchema(),
}));

const CLAUSE = '2.3.5' as const;

/** The check, unchecked; shared with the township report. */
export function trainingCore(records: readonly ParsedTrainingRecord[], year: number, asOf: IsoDate, plan: Plan): Omit<CheckTrainingResult, 'trace'> {
  const { due } = dueOf(plan, 'skills-training', year);
  const prefix = `${String(year).padStart(4, '0')}-`;
  const counted = records
    .filter((r) => r.date.startsWith(prefix) && r.date <= asOf)
    .map((r, k) => ({ r, k }))
    .sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.k - b.k))
    .map((x) => x.r);
  const city = new Set<string>();
  const townships = TOWNSHIPS.map((tw): TrainingTownshipLine => {
    const seen = new Set<string>();
    let onTime = 0;
    let reachedOn: IsoDate | null = null;
    // A quota of 0 (a what-if) is met without any record: nothing has to be reached, nor by a date.
    const trivial = trainingQuotaCore(0, undefined, due, plan).met;
    for (const r of counted) {
      if (r.township.code !== tw.code) continue;
      city.add(r.personId);
      if (seen.has(r.personId)) continue;
      seen.add(r.personId);
      if (r.date <= due) onTime += 1;
      if (!trivial && reachedOn === null && trainingQuotaCore(seen.size, undefined, due, plan).met) reachedOn = r.date;
    }
    const quota = trainingQuotaCore(seen.size, trivial ? undefined : reachedOn ?? undefined, due, plan);
    let status: Exclude<ProgrammeStatus, 'n/a'>;
    let why: ProgrammeReason | null = null;
    switch (quota.status) {
      case 'on-time':
      case 'undated': // only with a quota of 0: met with no date to check
        status = 'met';
        break;
      case 'late':
        status = 'failed';
        why = reason('quota-late', CLAUSE, TEXT.quotaLate(due, onTime, reachedOn ?? '', quota.required));
        break;
      case 'short':
        status = asOf <= due ? 'pending' : 'overdue';
        why = status === 'pending'
          ? reason('quota-pending', CLAUSE, TEXT.quotaPending(seen.size, quota.required, due))
          : reason('quota-overdue', CLAUSE, TEXT.quotaOverdue(asOf, seen.size, quota.required, due));
        break;
    }
    return Object.freeze({ code: tw.code, name: tw.name, trainees: seen.size, onTime, required: quota.required, reachedOn, quotaStatus: quota.status, status, reason: why });
  });
  return Object.freeze({
    status: worstStatus(townships.map((l) => l.status)),
    due,
    trainees: city.size,
    townshipsMet: townships.filter((l) => l.status === 'met').length,
    townships: Object.freeze(townships),
  });
}

/**
 * Checks each township's skills-training quota from training records (clause 2.3.5, I-1, I-10, I-11).
 *
 * 「每年要组织不少于15名低收入农户参加各项技能培训班，……该项工作于10月底前完成。」
 *
 * For every township (all 16 carry the quota), counts the distinct trainees of the year; the
 * township is `'met'` when the count reaches 15 by 10-31, `'pending'` while short before that day,
 * `'overdue'` when still short after it, and `'failed'` when 15 was reached only after 10-31.
 * Reason codes: `quota-pending`, `quota-overdue`, `quota-late`.
 *
 * @param input - `{ year?, asOf, records: [{ personId, township, course, date }] }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ status, due, trainees, townshipsMet, townships, trace }`.
 * @throws {@link PolicyInputError} for an unknown township, an empty id or an invalid date (paths like `records[3].township`).
 * @throws {@link PlanNotInForceError} for a year outside the plan's period (`plan.period`).
 * @example
 * ```ts
 * const records = Array.from({ length: 15 }, (_, k) => ({ personId: `p${k}`, township: '330781102', course: '电商', date: '2023-10-31' }));
 * checkTraining({ asOf: '2023-11-30', records }).townships.find((t) => t.code === '330781102')?.status; //=> 'met'
 * checkTraining({ asOf: '2023-11-30', records }).townships[0]?.status;                                  //=> 'overdue'
 * ```
 */
export function checkTraining(input: CheckTrainingInput, plan: Plan = LANXI_2023): CheckTrainingResult {
  const i = parseInput('checkTraining', CheckSchema(), input, MAX_LIST_ITEMS);
  plan = checkPlan('checkTraining', plan);
  const year = i.year ?? plan.year;
  checkYear(year, plan);
  const core = trainingCore(i.records, year, i.asOf, plan);
  const t = new TraceBuilder('checkTraining', CLAUSE, TEXT.title)
    .input('year', year, TEXT.year)
    .input('asOf', i.asOf, TEXT.asOf)
    .input('records', i.records.length, TEXT.records)
    .param('minTrainees', plan.params.training.minTrainees, TEXT.minTrainees)
    .step('due', core.due, TEXT.due);
  for (const l of core.townships) {
    const tt = new TraceBuilder('trainingTownship', CLAUSE, TEXT.townshipTitle(l.name, l.code))
      .step('trainees', l.trainees, TEXT.trainees)
      .step('onTime', l.onTime, TEXT.onTime(core.due));
    if (l.reason) tt.branch(l.reason.code, l.status, { zh: l.reason.zh, en: l.reason.en }, CLAUSE);
    else tt.branch('quota', 'met', TEXT.quotaMet(l.required), CLAUSE);
    tt.result('status', l.status, STATUS_TEXT[l.status]);
    t.child(tt.done());
  }
  t.result('trainees', core.trainees, TEXT.cityTrainees)
    .result('status', core.status, STATUS_TEXT[core.status]);
  return Object.freeze({ ...core, trace: t.done() });
}
