/**
 * 二（三）4. 实施扶智专项政策促增收行动 (clause 2.3.4): review of the vocational-grant applications by mid-October.
 *
 * > 驻村干部、帮扶干部要摸清低收入农户家庭子女就学情况，对符合条件的，主动填写申请表，协助做好材料报送等工作，
 * > 做到应享尽享，不落一人。申报资料于10月中旬完成审核，并报送至市农业农村局。
 *
 * Readings: I-10 (中旬 = days 11–20, so the review is due on or before 10-20, the
 * 'vocational-grant-review' milestone), I-7 (the academic year runs 09-01 to 08-31: the
 * applications of the academic year starting in September of `year` are reviewed by `year`-10-20).
 * Each application is reviewed on time or not; a township with no application is `'n/a'`.
 * Reviews dated after `asOf` are not counted.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import type { IsoDate } from '../core/calendar.js';
import { TraceBuilder, type Trace } from '../core/trace.js';
import { dateSchema, listSchema, MAX_LIST_ITEMS, parseInput, yearSchema } from '../core/validate.js';
import { recordIdSchema } from '../schema/record-id.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan, checkYear } from '../rules/plan-argument.js';
import type { Plan } from '../plan/types.js';
import { beforePlanCutoff, milestoneStatusCore, type MilestoneStatus } from '../rules/milestone-status.js';
import type { Township } from '../schema/townships.js';
import {
  checkUniqueIds, dueOf, programmeStatusOf, reason, STATUS_TEXT, TOWNSHIPS, townshipSchema, worstStatus,
  type ProgrammeReason, type ProgrammeStatus,
} from './common.js';
import { VOCATIONAL_GRANT_REVIEW_TEXT as TEXT } from './messages/vocational-grant-review.js';

/** One household's application for the vocational grant. */
export interface GrantApplicationInput {
  /** The application: an opaque label (never an ID number or a name). Unique in the list. */
  readonly id: string;
  /** The township reviewing it: 9-digit code or Chinese name. */
  readonly township: string;
  /** The day its review was completed; absent while not reviewed. */
  readonly reviewedOn?: string | Date;
}

/** Input of {@link checkVocationalGrantReviews}. */
export interface CheckVocationalGrantReviewsInput {
  /** The year the academic year starts in (default: the plan's year): 2023 for 2023-2024. */
  readonly year?: number;
  readonly asOf: string | Date;
  /** The academic year's applications. */
  readonly applications: readonly GrantApplicationInput[];
}

/** An application's line. */
export interface GrantApplicationLine {
  readonly id: string;
  readonly township: string;
  readonly review: MilestoneStatus;
  readonly daysLate: number;
  readonly status: Exclude<ProgrammeStatus, 'n/a'>;
}

/** A township's line. */
export interface GrantReviewTownshipLine {
  readonly code: string;
  readonly name: string;
  readonly applications: number;
  readonly reviewedOnTime: number;
  readonly status: ProgrammeStatus;
  readonly reason: ProgrammeReason | null;
}

/** Result of {@link checkVocationalGrantReviews}. */
export interface CheckVocationalGrantReviewsResult {
  readonly status: ProgrammeStatus;
  /** The academic year, '2023-2024'. */
  readonly academicYear: string;
  readonly due: IsoDate;
  readonly applications: readonly GrantApplicationLine[];
  /** All 16 townships in code order. */
  readonly townships: readonly GrantReviewTownshipLine[];
  readonly trace: Trace;
}

const ApplicationSchema = once(() => z.strictObject({
  id: recordIdSchema(),
  township: townshipSchema(),
  reviewedOn: dateSchema().optional(),
}));

/** A validated application. */
export interface ParsedGrantApplication {
  readonly id: string;
  readonly township: Township;
  readonly reviewedOn?: IsoDate | undefined;
}

/** @internal Schema shared with the township report. */
export const grantApplicationsSchema = once(() => listSchema(ApplicationSchema()));

const CheckSchema = once(() => z.strictObject({
  year: yearSchema().optional(),
  asOf: dateSchema(),
  applications: grantApplicationsSchema(),
}).superRefine((v, ctx) => checkUniqueIds(ctx, v.applications, ['applications'], 'id')));

const CLAUSE = '2.3.4' as const;

/** The check, unchecked; shared with the township report. */
export function vocationalGrantReviewCore(applications: readonly ParsedGrantApplication[], year: number, asOf: IsoDate, plan: Plan): Omit<CheckVocationalGrantReviewsResult, 'trace'> {
  const { due } = dueOf(plan, 'vocational-grant-review', year);
  const lines = applications.map((a): GrantApplicationLine => {
    const s = milestoneStatusCore(due, a.reviewedOn, asOf, beforePlanCutoff(plan));
    return Object.freeze({ id: a.id, township: a.township.code, review: s.status, daysLate: s.daysLate, status: programmeStatusOf(s.status) as Exclude<ProgrammeStatus, 'n/a'> });
  });
  const townships = TOWNSHIPS.map((tw): GrantReviewTownshipLine => {
    const mine = lines.filter((l) => l.township === tw.code);
    const status = worstStatus(mine.map((l) => l.status));
    const ids = (s: ProgrammeStatus) => mine.filter((l) => l.status === s).map((l) => l.id);
    let why: ProgrammeReason | null = null;
    if (mine.length === 0) why = reason('no-applications', CLAUSE, TEXT.noApplications);
    else if (status === 'failed') why = reason('review-late', CLAUSE, TEXT.reviewLate(ids('failed'), due));
    else if (status === 'overdue') why = reason('review-overdue', CLAUSE, TEXT.reviewOverdue(asOf, ids('overdue'), due));
    else if (status === 'pending') why = reason('review-pending', CLAUSE, TEXT.reviewPending(ids('pending'), due));
    return Object.freeze({ code: tw.code, name: tw.name, applications: mine.length, reviewedOnTime: ids('met').length, status, reason: why });
  });
  return Object.freeze({
    status: worstStatus(lines.map((l) => l.status)),
    academicYear: `${year}-${year + 1}`,
    due,
    applications: Object.freeze(lines),
    townships: Object.freeze(townships),
  });
}

/**
 * Checks that each vocational-grant application of an academic year was reviewed by mid-October
 * (clause 2.3.4, I-7, I-10).
 *
 * 「申报资料于10月中旬完成审核，并报送至市农业农村局。」
 *
 * An application reviewed on or before 10-20 is `'met'`, after it `'failed'`; not reviewed, it is
 * `'pending'` up to 10-20 and `'overdue'` after. A township takes its worst application's status
 * (`'review-late'`, `'review-overdue'`, `'review-pending'`) and is `'n/a'` without applications.
 *
 * @param input - `{ year?, asOf, applications: [{ id, township, reviewedOn? }] }`.
 * @param plan - the plan (default {@link LANXI_2023}).
 * @returns `{ status, academicYear, due, applications, townships, trace }`.
 * @throws {@link PolicyInputError} for an unknown township, an invalid date or a repeated id.
 * @throws {@link PlanNotInForceError} for a year outside the plan's period (`plan.period`).
 * @example
 * ```ts
 * const r = checkVocationalGrantReviews({ asOf: '2023-10-21', applications: [
 *   { id: 'A1', township: '香溪镇', reviewedOn: '2023-10-20' },
 *   { id: 'A2', township: '香溪镇' },
 * ] });
 * r.applications.map((a) => a.status); //=> ['met', 'overdue']
 * r.due;                               //=> '2023-10-20'
 * ```
 */
export function checkVocationalGrantReviews(input: CheckVocationalGrantReviewsInput, plan: Plan = LANXI_2023): CheckVocationalGrantReviewsResult {
  const i = parseInput('checkVocationalGrantReviews', CheckSchema(), input, MAX_LIST_ITEMS);
  plan = checkPlan('checkVocationalGrantReviews', plan);
  const year = i.year ?? plan.year;
  checkYear(year, plan);
  const core = vocationalGrantReviewCore(i.applications, year, i.asOf, plan);
  const t = new TraceBuilder('checkVocationalGrantReviews', CLAUSE, TEXT.title)
    .input('academicYear', core.academicYear, TEXT.academicYear)
    .input('asOf', i.asOf, TEXT.asOf)
    .input('applications', i.applications.length, TEXT.applications)
    .step('due', core.due, TEXT.due);
  for (const l of core.townships) {
    if (l.applications === 0) continue;
    const tt = new TraceBuilder('grantReviewTownship', CLAUSE, TEXT.townshipTitle(l.name, l.code))
      .step('applications', l.applications, TEXT.applications)
      .step('reviewedOnTime', l.reviewedOnTime, TEXT.reviewedOnTime);
    if (l.reason) tt.branch(l.reason.code, l.status, { zh: l.reason.zh, en: l.reason.en }, CLAUSE);
    else tt.branch('review', 'met', TEXT.allReviewed, CLAUSE);
    tt.result('status', l.status, STATUS_TEXT[l.status]);
    t.child(tt.done());
  }
  t.result('status', core.status, STATUS_TEXT[core.status]);
  return Object.freeze({ ...core, trace: t.done() });
}
