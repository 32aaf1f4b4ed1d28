/**
 * What the programme checks share: the status of an obligation, reasons in both languages, the
 * township field (code or Chinese name), and the reading of the plan's deadlines in a given year.
 *
 * Statuses (every check, every cell of the township report):
 * - `'met'`: done, on time and in due form;
 * - `'pending'`: not done yet, and its deadline has not passed on `asOf`;
 * - `'overdue'`: not done, and its deadline has passed on `asOf` (still outstanding);
 * - `'failed'`: done late or in breach of the procedure or the standard (cannot be put right by
 *   doing it now: a late filing, steps out of order, a month without a visit, a rate below 100%);
 * - `'before-plan'`: not met by a deadline that fell before the plan was issued (the 03-31 filing
 *   of 2.3.3; reading `deadlineBeforeIssue` `'before-plan'`, the default): neither late nor overdue;
 * - `'n/a'`: the obligation does not apply, or there is no data to judge it (the reason says which).
 *
 * This maps the milestone statuses of I-10: on-time → met, late → failed, pending → pending,
 * overdue → overdue, before-plan → before-plan. Records dated after `asOf` had not happened on `asOf` and are not counted.
 *
 * @module
 */
import { z } from 'zod';
import type { IsoDate } from '../core/calendar.js';
import { PolicyInputError, type PathSegment } from '../core/errors.js';
import type { Text } from '../core/trace.js';
import { toPolicyIssues } from '../core/validate.js';
import type { ClauseId } from '../plan/clauses.js';
import type { MilestoneId, Plan } from '../plan/types.js';
import { findMilestone, milestoneDueIn, type MilestoneStatus } from '../rules/milestone-status.js';
import { findTownship, LANXI_TOWNSHIPS, type Township } from '../schema/townships.js';
import { PROGRAMME_TEXT as TEXT } from './messages/common.js';

/** Where an obligation stands (see the module description). */
export type ProgrammeStatus = 'met' | 'before-plan' | 'pending' | 'overdue' | 'failed' | 'n/a';

/** Why a status is what it is: a stable code and the reason in both languages, naming the clause. */
export interface ProgrammeReason {
  /** A stable code, such as `'filing-late'` or `'steps-out-of-order'`. */
  readonly code: string;
  /** The clause the reason rests on. */
  readonly clause: ClauseId;
  readonly zh: string;
  readonly en: string;
}

/**
 * Severity order: the status of a group is the most severe of its members'. `'before-plan'` ranks
 * above `'met'` (the obligation is not done, so a group holding one is not all met) and below
 * `'pending'` (nothing is late).
 */
const SEVERITY: Readonly<Record<ProgrammeStatus, number>> = Object.freeze({ 'n/a': 0, met: 1, 'before-plan': 2, pending: 3, overdue: 4, failed: 5 });

/** Most statuses {@link worstStatus} reads: a bound, so that an endless iterable is an error, not a hang. */
const MAX_STATUSES = 10_000_000;
const NOT_A_LIST = TEXT.notAListOfStatuses;
const UNKNOWN_STATUS = TEXT.unknownStatus(Object.keys(SEVERITY));
const TOO_MANY = TEXT.tooManyStatuses(MAX_STATUSES);

function statusesError(path: PathSegment[], code: string, msg: Text): PolicyInputError {
  return new PolicyInputError('worstStatus', [{ path: ['statuses', ...path], code, message: msg.en, messageZh: msg.zh }]);
}

/**
 * The most severe status (failed > overdue > pending > before-plan > met > n/a); `'n/a'` when there is none.
 *
 * @example
 * ```ts
 * worstStatus(['met', 'pending', 'n/a']); //=> 'pending'
 * worstStatus(['met', 'before-plan']);   //=> 'before-plan'
 * worstStatus([]);                       //=> 'n/a'
 * worstStatus(['met', 'done'] as never);  // throws PolicyInputError: statuses[1]: must be one of "n/a" | "met" | …
 * ```
 *
 * @param statuses - a list (or another iterable) of statuses.
 * @returns the most severe of them.
 * @throws {@link PolicyInputError} when `statuses` is not iterable, holds something that is not a
 *   status, or holds more than 10000000 of them.
 */
export function worstStatus(statuses: Iterable<ProgrammeStatus>): ProgrammeStatus {
  if (typeof statuses !== 'object' || statuses === null) throw statusesError([], 'invalid_type', NOT_A_LIST);
  let worst: ProgrammeStatus = 'n/a';
  let i = 0;
  try {
    for (const s of statuses as Iterable<unknown>) {
      if (typeof s !== 'string' || !Object.prototype.hasOwnProperty.call(SEVERITY, s)) throw statusesError([i], 'invalid_value', UNKNOWN_STATUS);
      if (SEVERITY[s as ProgrammeStatus] > SEVERITY[worst]) worst = s as ProgrammeStatus;
      if (++i > MAX_STATUSES) throw statusesError([], 'too_big', TOO_MANY);
    }
  } catch (e) {
    if (e instanceof PolicyInputError) throw e;
    throw statusesError([], 'invalid_type', NOT_A_LIST);
  }
  return worst;
}

/** Compares statuses by severity, most severe first (for sorting reasons). */
export function bySeverity(a: ProgrammeStatus, b: ProgrammeStatus): number {
  return SEVERITY[b] - SEVERITY[a];
}

/** The programme status of a milestone status (I-10): on-time → met, late → failed, before-plan stays. */
export function programmeStatusOf(status: MilestoneStatus): ProgrammeStatus {
  switch (status) {
    case 'on-time': return 'met';
    case 'late': return 'failed';
    case 'pending': return 'pending';
    case 'overdue': return 'overdue';
    case 'before-plan': return 'before-plan';
  }
}

/**
 * Words for the statuses in both languages.
 *
 * @example
 * ```ts
 * STATUS_TEXT.overdue; //=> { zh: '已逾期', en: 'overdue' }
 * ```
 */
export const STATUS_TEXT: Readonly<Record<ProgrammeStatus, Text>> = TEXT.status;

/** Builds a reason whose texts end by naming the clause: "…（第2.3.3条）" / "… (clause 2.3.3)". */
export function reason(code: string, clause: ClauseId, text: Text): ProgrammeReason {
  const { zh, en } = TEXT.withClause(text, clause);
  return Object.freeze({ code, clause, zh, en });
}

/**
 * A township field: its 9-digit code or its Chinese name (one of the 16 units of
 * `LANXI_TOWNSHIPS`); outputs the {@link Township}.
 */
export function townshipSchema() {
  return z.any().transform((v, ctx): Township => {
    if (v === undefined || v === null) {
      ctx.addIssue({ code: 'custom', message: TEXT.townshipRequired.en, params: { code: 'required', zh: TEXT.townshipRequired.zh } });
      return z.NEVER;
    }
    if (typeof v !== 'string') {
      ctx.addIssue({ code: 'custom', message: TEXT.notATownship.en, params: { code: 'invalid_type', zh: TEXT.notATownship.zh } });
      return z.NEVER;
    }
    const found = findTownship(v);
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: TEXT.unknownTownship.en, params: { code: 'unknown_township', zh: TEXT.unknownTownship.zh } });
      return z.NEVER;
    }
    return found;
  }).meta({ type: 'string', description: '9-digit township code or Chinese name' });
}

/** Forwards issues of a nested parse into `ctx`, keeping their paths, codes and Chinese messages. */
export function forwardIssues(ctx: z.RefinementCtx, issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): void {
  for (const issue of toPolicyIssues(issues)) {
    ctx.addIssue({ code: 'custom', path: [...prefix, ...issue.path], message: issue.message, params: { code: issue.code, zh: issue.messageZh } });
  }
}

/** Adds a `duplicate_id` issue at `[...listPath, i, idKey]` for every id seen before in the list. */
export function checkUniqueIds(ctx: z.RefinementCtx, items: readonly { readonly [k: string]: unknown }[], listPath: readonly (string | number)[], idKey: string): void {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const id = item[idKey];
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path: [...listPath, i, idKey], message: TEXT.duplicateId.en, params: { code: 'duplicate_id', zh: TEXT.duplicateId.zh } });
    }
    seen.add(id);
  });
}

/**
 * The due date of a milestone in `year`: the plan's own date in its year, the same month and day
 * in another year (the plan's yearly obligations recur).
 */
export function dueOf(plan: Plan, id: MilestoneId, year: number): { due: IsoDate; clause: ClauseId; quote: string; title: Text } {
  const m = findMilestone(plan, id);
  /* c8 ignore next */
  if (m === undefined) throw new Error(`lanxi-policy: the plan has no ${id} milestone`);
  return { due: milestoneDueIn(m, year), clause: m.clause, quote: m.quote, title: m.title };
}

/** The 16 townships in code order (re-exported for the checks). */
export const TOWNSHIPS: readonly Township[] = LANXI_TOWNSHIPS;

/** The last month of a year: the plan's yearly targets ("2023年…") run to its last day. */
export const LAST_MONTH = 12;
