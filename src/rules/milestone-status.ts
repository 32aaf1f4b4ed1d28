/**
 * The plan's dated obligations (clauses 2.3.2, 2.3.3, 2.3.4, 2.3.5): whether one was met on time.
 *
 * > 2.3.2 相关乡镇（街道）要求在6月底前完成安置地块政策处理和搬迁人员的资料收集工作，10月底前启动安置地块的建设。
 * > 2.3.3 于3月底前报市农业农村局备案，9月底前完成项目验收。
 * > 2.3.4 申报资料于10月中旬完成审核，并报送至市农业农村局。
 * > 2.3.5 该项工作于10月底前完成。
 *
 * Reading I-10: "X月底前" is on or before the last day of month X, "X月中旬" on or before the 20th;
 * the due date itself is on time. A completion dated after `asOf` had not happened as of `asOf`
 * and is not counted (the status is the one that held on that day).
 *
 * Reading `deadlineBeforeIssue` (I-10): the 03-31 filing deadline of 2.3.3 falls before the plan was
 * issued (`plan.issuedOn`, 2023-04-12). With `'before-plan'` (the default) a deadline before the
 * issue date is never `'late'` or `'overdue'`: a filing after it, or none yet, is `'before-plan'`;
 * with `'as-written'` the date applies as the text gives it.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { daysBetween, type IsoDate } from '../core/calendar.js';
import { PolicyInputError } from '../core/errors.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { dateSchema, parseInput } from '../core/validate.js';
import type { ClauseId } from '../plan/clauses.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import { readingNode } from './reading-node.js';
import { MILESTONE_STATUS_TEXT as TEXT } from './messages/milestone-status.js';
import type { Milestone, MilestoneId, Plan } from '../plan/types.js';

/**
 * Where a dated obligation stands (I-10):
 * - `'on-time'`: completed on or before the due date;
 * - `'late'`: completed after the due date;
 * - `'pending'`: not completed, and `asOf` is on or before the due date;
 * - `'overdue'`: not completed, and `asOf` is after the due date;
 * - `'before-plan'`: the due date fell before the plan was issued (`plan.issuedOn`) and the
 *   obligation was not met by it: neither late nor overdue under reading `deadlineBeforeIssue`
 *   `'before-plan'` (the default).
 */
export type MilestoneStatus = 'on-time' | 'late' | 'pending' | 'overdue' | 'before-plan';

/** Input of {@link milestoneStatus}. */
export interface MilestoneStatusInput {
  /** The day the obligation was completed, 'YYYY-MM-DD' or a Date; absent when it is not (yet) done. */
  readonly completedOn?: string | Date;
  /** The day the status is taken on, 'YYYY-MM-DD' or a Date. */
  readonly asOf: string | Date;
}

/** Result of {@link milestoneStatus}. */
export interface MilestoneStatusResult {
  readonly id: MilestoneId;
  readonly status: MilestoneStatus;
  /** The last day on which completion is on time, 'YYYY-MM-DD'. */
  readonly due: IsoDate;
  readonly clause: ClauseId;
  /** Days past the due date: of the completion when `'late'`, of `asOf` when `'overdue'`; 0 otherwise (and for `'before-plan'`). */
  readonly daysLate: number;
  /** The reading `deadlineBeforeIssue` applied, and the day the plan was issued. */
  readonly reading: { readonly deadlineBeforeIssue: 'before-plan' | 'as-written'; readonly issuedOn: IsoDate };
  readonly trace: Trace;
}

/**
 * The ids of the plan's milestones, in the order the plan lists them (clauses 2.3.2–2.3.5).
 *
 * @example
 * ```ts
 * MILESTONE_IDS[0]; //=> 'menu-project-filing'
 * MILESTONE_IDS.length; //=> 6
 * ```
 */
export const MILESTONE_IDS: readonly MilestoneId[] = Object.freeze(LANXI_2023.milestones.map((m) => m.id));

const StatusSchema = once(() => z.strictObject({
  completedOn: dateSchema().optional(),
  asOf: dateSchema(),
}));

/** The milestone with this id in `plan`, or undefined. Unchecked core helper. */
export function findMilestone(plan: Plan, id: string): Milestone | undefined {
  return plan.milestones.find((m) => m.id === id);
}

/**
 * The milestone's due date moved to `year` (same month and day). The plan dates its deadlines in
 * its own year; the programme checks read them as recurring on the same day in the year checked.
 */
export function milestoneDueIn(milestone: Milestone, year: number): IsoDate {
  return `${String(year).padStart(4, '0')}${milestone.due.slice(4)}`;
}

/**
 * The day before which a deadline is not judged under the plan's reading `deadlineBeforeIssue`:
 * `plan.issuedOn` with `'before-plan'`, undefined with `'as-written'`. Unchecked core helper.
 *
 * @param plan - a checked plan.
 * @returns the issue date, or undefined when deadlines apply as written.
 * @example
 * ```ts
 * beforePlanCutoff(LANXI_2023); //=> '2023-04-12'
 * beforePlanCutoff(LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } })); //=> undefined
 * ```
 */
export function beforePlanCutoff(plan: Plan): IsoDate | undefined {
  return plan.readings.deadlineBeforeIssue.value === 'before-plan' ? plan.issuedOn : undefined;
}

/**
 * Status of a dated obligation (I-10), unchecked: dates are valid 'YYYY-MM-DD'. A completion after
 * `asOf` is not counted. With `issuedOn` given (see {@link beforePlanCutoff}), a due date before it
 * makes what would be `'late'` or `'overdue'` `'before-plan'` instead. Shared by
 * {@link milestoneStatus} and the programme checks.
 *
 * @example
 * ```ts
 * milestoneStatusCore('2023-03-31', undefined, '2023-04-12').status;               //=> 'overdue'
 * milestoneStatusCore('2023-03-31', undefined, '2023-04-12', '2023-04-12').status; //=> 'before-plan'
 * ```
 */
export function milestoneStatusCore(due: IsoDate, completedOn: IsoDate | undefined, asOf: IsoDate, issuedOn?: IsoDate): { status: MilestoneStatus; daysLate: number; counted: boolean } {
  const counted = completedOn !== undefined && completedOn <= asOf;
  if (counted && completedOn <= due) return { status: 'on-time', daysLate: 0, counted };
  if (!counted && asOf <= due) return { status: 'pending', daysLate: 0, counted };
  if (issuedOn !== undefined && due < issuedOn) return { status: 'before-plan', daysLate: 0, counted };
  return counted
    ? { status: 'late', daysLate: daysBetween(due, completedOn), counted }
    : { status: 'overdue', daysLate: daysBetween(due, asOf), counted };
}

/**
 * Whether one of the plan's dated obligations was met on time (clauses 2.3.2–2.3.5, I-10).
 *
 * 「于3月底前报市农业农村局备案，9月底前完成项目验收。」「申报资料于10月中旬完成审核」
 * 「该项工作于10月底前完成。」「在6月底前完成安置地块政策处理和搬迁人员的资料收集工作，10月底前启动安置地块的建设。」
 *
 * The due date is inclusive: completed on or before it is `'on-time'`, after it `'late'`; not
 * completed is `'pending'` while `asOf` is on or before it and `'overdue'` after. A `completedOn`
 * later than `asOf` had not happened yet on `asOf` and is not counted. Under the reading
 * `deadlineBeforeIssue` `'before-plan'` (the default), a due date before the plan was issued
 * (2023-04-12: the 03-31 filing of 2.3.3) is never late or overdue: the status is `'before-plan'`,
 * and the trace cites the reading; `plan.with({ readings: { deadlineBeforeIssue: 'as-written' } })`
 * applies the date as written.
 *
 * @param id - a milestone id of `plan.milestones` ('menu-project-filing', 'relocation-site-preparation',
 *   'menu-project-acceptance', 'vocational-grant-review', 'relocation-construction-start', 'skills-training').
 * @param input - `{ completedOn?, asOf }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ id, status, due, clause, daysLate, reading, trace }`.
 * @throws {@link PolicyInputError} for an unknown id (path `id`) or an invalid date (`asOf`, `completedOn`).
 * @example
 * ```ts
 * milestoneStatus('skills-training', { completedOn: '2023-10-31', asOf: '2023-12-31' }).status; //=> 'on-time'
 * milestoneStatus('skills-training', { completedOn: '2023-11-01', asOf: '2023-12-31' }).daysLate; //=> 1
 * milestoneStatus('vocational-grant-review', { asOf: '2023-10-20' }).status; //=> 'pending'
 * milestoneStatus('vocational-grant-review', { asOf: '2023-10-21' }).status; //=> 'overdue'
 * milestoneStatus('menu-project-filing', { asOf: '2023-04-12' }).status;     //=> 'before-plan' (due 03-31, before the plan was issued)
 * milestoneStatus('menu-project-filing', { asOf: '2023-04-12' }, LANXI_2023.with({ readings: { deadlineBeforeIssue: 'as-written' } })).status;
 * //=> 'overdue'
 * ```
 */
export function milestoneStatus(id: MilestoneId, input: MilestoneStatusInput, plan: Plan = LANXI_2023): MilestoneStatusResult {
  plan = checkPlan('milestoneStatus', plan);
  const milestone = typeof id === 'string' ? findMilestone(plan, id) : undefined;
  if (milestone === undefined) {
    const m = TEXT.unknownMilestone(plan.milestones.map((x) => x.id));
    throw new PolicyInputError('milestoneStatus', [{ path: ['id'], code: 'unknown_milestone', message: m.en, messageZh: m.zh }]);
  }
  const i = parseInput('milestoneStatus', StatusSchema(), input);
  const reading = plan.readings.deadlineBeforeIssue;
  const core = milestoneStatusCore(milestone.due, i.completedOn, i.asOf, beforePlanCutoff(plan));
  const t = new TraceBuilder('milestoneStatus', milestone.clause, TEXT.titleOf(milestone.title))
    .input('asOf', i.asOf, TEXT.asOf);
  if (i.completedOn !== undefined) t.input('completedOn', i.completedOn, TEXT.completedOn);
  t.step('due', milestone.due, TEXT.due(milestone.quote));
  if (i.completedOn !== undefined && !core.counted) {
    t.branch('completedAfterAsOf', 'not-counted', TEXT.completedAfterAsOf(i.completedOn, i.asOf));
  }
  const done = i.completedOn ?? '';
  const why = {
    'on-time': TEXT.onTime(done, milestone.due),
    late: TEXT.late(done, milestone.due, core.daysLate),
    pending: TEXT.pending(i.asOf, milestone.due),
    overdue: TEXT.overdue(i.asOf, milestone.due, core.daysLate),
    'before-plan': beforePlanText(milestone.due, plan.issuedOn, core.counted ? i.completedOn : undefined, i.asOf),
  }[core.status];
  if (milestone.due < plan.issuedOn) {
    t.node(readingNode('deadlineBeforeIssue', reading, TEXT.reading))
      .branch('deadlineBeforeIssue', reading.value, reading.value === 'before-plan'
        ? TEXT.notJudged(milestone.due, plan.issuedOn)
        : TEXT.asWritten(milestone.due, plan.issuedOn), milestone.clause);
  }
  t.branch('status', core.status, why, milestone.clause)
    .result('status', core.status, TEXT.status)
    .result('daysLate', core.daysLate, TEXT.daysLate);
  return Object.freeze({
    id: milestone.id, status: core.status, due: milestone.due, clause: milestone.clause, daysLate: core.daysLate,
    reading: Object.freeze({ deadlineBeforeIssue: reading.value, issuedOn: plan.issuedOn }), trace: t.done(),
  });
}

/**
 * Why a milestone is `'before-plan'`, in both languages (reading `deadlineBeforeIssue`, I-10).
 * Shared with the programme checks.
 *
 * @param due - the due date.
 * @param issuedOn - the day the plan was issued.
 * @param completedOn - the completion counted on `asOf`, if any.
 * @param asOf - the day the status is taken on.
 * @returns the reason, `{ zh, en }`.
 * @example
 * ```ts
 * beforePlanText('2023-03-31', '2023-04-12', undefined, '2023-04-12').en;
 * //=> 'not completed as of 2023-04-12; the due date 2023-03-31 fell before the plan was issued on 2023-04-12, so it is not overdue (before the plan)'
 * ```
 */
export function beforePlanText(due: IsoDate, issuedOn: IsoDate, completedOn: IsoDate | undefined, asOf: IsoDate): Text {
  return completedOn !== undefined
    ? TEXT.beforePlanCompleted(completedOn, due, issuedOn)
    : TEXT.beforePlanNotCompleted(asOf, due, issuedOn);
}
