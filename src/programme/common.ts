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
 * - `'n/a'`: the obligation does not apply, or there is no data to judge it (the reason says which).
 *
 * This maps the milestone statuses of I-10: on-time → met, late → failed, pending → pending,
 * overdue → overdue. Records dated after `asOf` had not happened on `asOf` and are not counted.
 *
 * @module
 */
import { z } from 'zod';
import type { IsoDate } from '../core/calendar.js';
import type { Text } from '../core/trace.js';
import { toPolicyIssues } from '../core/validate.js';
import type { ClauseId } from '../plan/clauses.js';
import type { MilestoneId, Plan } from '../plan/types.js';
import { findMilestone, milestoneDueIn, type MilestoneStatus } from '../rules/milestone-status.js';
import { findTownship, LANXI_TOWNSHIPS, type Township } from '../schema/townships.js';

/** Where an obligation stands (see the module description). */
export type ProgrammeStatus = 'met' | 'pending' | 'overdue' | 'failed' | 'n/a';

/** Why a status is what it is: a stable code and the reason in both languages, naming the clause. */
export interface ProgrammeReason {
  /** A stable code, such as `'filing-late'` or `'steps-out-of-order'`. */
  readonly code: string;
  /** The clause the reason rests on. */
  readonly clause: ClauseId;
  readonly zh: string;
  readonly en: string;
}

/** Severity order: the status of a group is the most severe of its members'. */
const SEVERITY: Readonly<Record<ProgrammeStatus, number>> = Object.freeze({ 'n/a': 0, met: 1, pending: 2, overdue: 3, failed: 4 });

/**
 * The most severe status (failed > overdue > pending > met > n/a); `'n/a'` when there is none.
 *
 * @example
 * ```ts
 * worstStatus(['met', 'pending', 'n/a']); //=> 'pending'
 * worstStatus([]);                       //=> 'n/a'
 * ```
 */
export function worstStatus(statuses: Iterable<ProgrammeStatus>): ProgrammeStatus {
  let worst: ProgrammeStatus = 'n/a';
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[worst]) worst = s;
  return worst;
}

/** Compares statuses by severity, most severe first (for sorting reasons). */
export function bySeverity(a: ProgrammeStatus, b: ProgrammeStatus): number {
  return SEVERITY[b] - SEVERITY[a];
}

/** The programme status of a milestone status (I-10): on-time → met, late → failed. */
export function programmeStatusOf(status: MilestoneStatus): ProgrammeStatus {
  switch (status) {
    case 'on-time': return 'met';
    case 'late': return 'failed';
    case 'pending': return 'pending';
    case 'overdue': return 'overdue';
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
export const STATUS_TEXT: Readonly<Record<ProgrammeStatus, Text>> = Object.freeze({
  met: { zh: '已完成', en: 'met' },
  pending: { zh: '进行中', en: 'pending' },
  overdue: { zh: '已逾期', en: 'overdue' },
  failed: { zh: '未达标', en: 'failed' },
  'n/a': { zh: '不适用', en: 'n/a' },
});

/** Builds a reason whose texts end by naming the clause: "…（第2.3.3条）" / "… (clause 2.3.3)". */
export function reason(code: string, clause: ClauseId, text: Text): ProgrammeReason {
  return Object.freeze({ code, clause, zh: `${text.zh}（第${clause}条）`, en: `${text.en} (clause ${clause})` });
}

/**
 * A township field: its 9-digit code or its Chinese name (one of the 16 units of
 * `LANXI_TOWNSHIPS`); outputs the {@link Township}.
 */
export function townshipSchema() {
  return z.any().transform((v, ctx): Township => {
    if (v === undefined || v === null) {
      ctx.addIssue({ code: 'custom', message: 'is required', params: { code: 'required', zh: '必须填写' } });
      return z.NEVER;
    }
    if (typeof v !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'must be a township code or name', params: { code: 'invalid_type', zh: '必须是乡镇（街道）代码或名称' } });
      return z.NEVER;
    }
    const found = findTownship(v);
    if (found === undefined) {
      ctx.addIssue({
        code: 'custom', message: 'is not one of the 16 townships of Lanxi (9-digit code or Chinese name)',
        params: { code: 'unknown_township', zh: '不是兰溪市 16 个乡镇（街道）之一（9 位代码或中文名称）' },
      });
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
      ctx.addIssue({ code: 'custom', path: [...listPath, i, idKey], message: 'repeats an id listed before', params: { code: 'duplicate_id', zh: '与前面的编号重复' } });
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
