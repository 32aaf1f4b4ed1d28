/**
 * 二（三）5. 实施就业技能培训促增收行动 (clause 2.3.5)
 *
 * > 每年要组织不少于15名低收入农户参加各项技能培训班，……该项工作于10月底前完成。
 *
 * Readings: I-11 (distinct low-income farmers per township per calendar year: a person trained
 * twice counts once), I-1 (不少于 includes the number: 15 meets the quota), I-10 (10月底前 is on or
 * before 10-31; the day itself is on time).
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal } from '../core/decimal.js';
import { meets } from '../core/boundary.js';
import type { IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Trace } from '../core/trace.js';
import { countSchema, dateSchema, labelSchema, listSchema, MAX_LIST_ITEMS, parseInput, toPolicyIssues } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import type { Plan } from '../plan/types.js';
import { findMilestone } from './milestone-status.js';
import { TRAINING_QUOTA_TEXT as TEXT } from './messages/training-quota.js';

/**
 * Where a township's training quota stands:
 * - `'on-time'`: the quota is met and the work was completed on or before the due date (10-31);
 * - `'late'`: the quota is met but the work was completed after the due date;
 * - `'undated'`: the quota is met and no completion date was given, so timeliness was not checked;
 * - `'short'`: fewer trainees than the quota (whatever the date).
 */
export type TrainingQuotaStatus = 'on-time' | 'late' | 'undated' | 'short';

/** Input of {@link trainingQuota}: one township, one year. */
export interface TrainingQuotaInput {
  /**
   * The low-income farmers trained: a count, or a list of trainee ids (opaque labels, never ID
   * numbers or names) counted distinctly, so a person trained twice counts once (I-11).
   */
  readonly trainees: number | readonly string[];
  /** The day the training work was completed, 'YYYY-MM-DD' or a Date. */
  readonly completedOn?: string | Date;
}

/** Result of {@link trainingQuota}. */
export interface TrainingQuotaResult {
  /** Whether the number of trainees is not less than the quota (不少于, I-1). */
  readonly met: boolean;
  /** Distinct trainees. */
  readonly trainees: number;
  /** The quota (15). */
  readonly required: number;
  readonly status: TrainingQuotaStatus;
  /** The due date of the work (the 'skills-training' milestone). */
  readonly due: IsoDate;
  readonly trace: Trace;
}

const TraineeIdsSchema = once(() => listSchema(labelSchema()));

const QuotaSchema = once(() => z.strictObject({
  trainees: z.any().transform((v, ctx): number | string[] => {
    const r = Array.isArray(v) ? TraineeIdsSchema().safeParse(v) : countSchema(0).safeParse(v);
    if (r.success) return r.data;
    for (const issue of toPolicyIssues(r.error.issues)) {
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, params: { code: issue.code, zh: issue.messageZh } });
    }
    return z.NEVER;
  }),
  completedOn: dateSchema().optional(),
}));

/** The due date of the training work in `plan` (the 'skills-training' milestone). */
export function trainingDue(plan: Plan): IsoDate {
  const m = findMilestone(plan, 'skills-training');
  /* c8 ignore next */
  if (m === undefined) throw new Error('lanxi-policy: the plan has no skills-training milestone');
  return m.due;
}

/**
 * The quota check, unchecked: `count` is the number of distinct trainees, `due` the due date.
 * Shared with the programme's training check.
 */
export function trainingQuotaCore(count: number, completedOn: IsoDate | undefined, due: IsoDate, plan: Plan): { met: boolean; status: TrainingQuotaStatus; required: number } {
  const required = plan.params.training.minTrainees.value;
  const met = meets(new Decimal(count), '不少于', new Decimal(required));
  const status: TrainingQuotaStatus = !met ? 'short' : completedOn === undefined ? 'undated' : completedOn <= due ? 'on-time' : 'late';
  return { met, status, required };
}

/**
 * A township's skills-training quota for a year (clause 2.3.5, I-1, I-10, I-11).
 *
 * 「每年要组织不少于15名低收入农户参加各项技能培训班，……该项工作于10月底前完成。」
 *
 * Counts distinct trainees (a list of ids is deduplicated: a person trained twice counts once),
 * compares with the quota with 不少于 (15 is enough), and, when `completedOn` is given, checks it
 * against the due date of the 'skills-training' milestone (10-31 of the plan year, inclusive).
 *
 * @param input - `{ trainees, completedOn? }`: a count or a list of trainee ids; the completion date.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ met, trainees, required, status, due, trace }`; `status` is `'on-time'`, `'late'`,
 *   `'undated'` (met, no date given) or `'short'`.
 * @throws {@link PolicyInputError} for a negative or fractional count, an empty or over-long id, or an invalid date.
 * @example
 * ```ts
 * trainingQuota({ trainees: 15, completedOn: '2023-10-31' }).status; //=> 'on-time'
 * trainingQuota({ trainees: 15, completedOn: '2023-11-01' }).status; //=> 'late'
 * trainingQuota({ trainees: ['a', 'b', 'a'] }).trainees;             //=> 2
 * trainingQuota({ trainees: 14 }).status;                            //=> 'short'
 * ```
 */
export function trainingQuota(input: TrainingQuotaInput, plan: Plan = LANXI_2023): TrainingQuotaResult {
  const i = parseInput('trainingQuota', QuotaSchema(), input, MAX_LIST_ITEMS);
  plan = checkPlan('trainingQuota', plan);
  const count = typeof i.trainees === 'number' ? i.trainees : new Set(i.trainees).size;
  const due = trainingDue(plan);
  const core = trainingQuotaCore(count, i.completedOn, due, plan);
  const p = plan.params.training.minTrainees;
  const t = new TraceBuilder('trainingQuota', '2.3.5', TEXT.title);
  if (typeof i.trainees === 'number') {
    t.input('trainees', i.trainees, TEXT.trainees);
  } else {
    t.input('traineeRecords', i.trainees.length, TEXT.traineeRecords)
      .step('trainees', count, TEXT.distinctTrainees);
  }
  if (i.completedOn !== undefined) t.input('completedOn', i.completedOn, TEXT.completedOn);
  t.param('minTrainees', p, TEXT.minTrainees)
    .branch('quota', core.met ? 'met' : 'short', core.met ? TEXT.met(count, core.required) : TEXT.short(count, core.required), '2.3.5')
    .step('due', due, TEXT.due);
  if (core.met) {
    const done = i.completedOn ?? '';
    const why = {
      'on-time': TEXT.onTime(done, due),
      late: TEXT.late(done, due),
      undated: TEXT.undated,
      short: TEXT.none,
    }[core.status];
    t.branch('timeliness', core.status, why, '2.3.5');
  }
  t.result('met', core.met, TEXT.quotaMet)
    .result('status', core.status, TEXT.status);
  return Object.freeze({ met: core.met, trainees: count, required: core.required, status: core.status, due, trace: t.done() });
}
