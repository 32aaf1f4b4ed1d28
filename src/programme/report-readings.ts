/**
 * The readings the township report (clause 3.3) applies, stated in its trace: which months need a
 * visit (2.3.1, reading `visitMonths`) and how the 03-31 filing deadline of 2.3.3, which fell before
 * the plan was issued, is judged (reading `deadlineBeforeIssue`, I-10).
 *
 * @module
 */
import type { IsoDate } from '../core/calendar.js';
import type { TraceBuilder } from '../core/trace.js';
import type { Plan } from '../plan/types.js';
import { readingNode } from '../rules/reading-node.js';
import { dueOf, STATUS_TEXT } from './common.js';
import { REPORT_READINGS_TEXT as TEXT } from './messages/report-readings.js';

/** The months of the visits column, for the trace: the period, the months checked (null without visit logs) and those left out. */
export interface VisitPeriod { readonly from: IsoDate; readonly to: IsoDate; readonly months: readonly string[] | null; readonly partial: readonly string[] }

/**
 * Adds the readings the report applies to its trace: the reading `visitMonths` with the months
 * checked and those left out, and, when the year's filing deadline falls before the plan was
 * issued, the reading `deadlineBeforeIssue`.
 *
 * @param t - the report's trace builder.
 * @param year - the year reported.
 * @param plan - the plan.
 * @param v - the visits period and its months.
 * @example
 * ```ts
 * import { TraceBuilder } from '../core/trace.js';
 * const t = new TraceBuilder('checkMonthlyVisits', '2.3.1', { zh: '每月走访', en: 'monthly visits' });
 * readingsTrace(t, 2023, LANXI_2023, { from: '2023-05-13', to: '2023-11-01', months: ['2023-05', '2023-06'], partial: [] });
 * // adds: the reading visitMonths = 'touched' with the months checked, and deadlineBeforeIssue = 'before-plan'
 * ```
 */
export function readingsTrace(t: TraceBuilder, year: number, plan: Plan, v: VisitPeriod): void {
  const vm = plan.readings.visitMonths;
  t.node(readingNode('visitMonths', vm, TEXT.visitMonths));
  const checked = v.months === null ? TEXT.noVisitLogs : TEXT.monthsChecked(v.months);
  t.branch('visitMonths', vm.value, vm.value === 'touched'
    ? TEXT.touched(v.from, v.to, checked)
    : TEXT.whole(v.from, v.to, checked, v.partial), '2.3.1');
  const filing = dueOf(plan, 'menu-project-filing', year).due;
  if (filing < plan.issuedOn) {
    const db = plan.readings.deadlineBeforeIssue;
    t.node(readingNode('deadlineBeforeIssue', db, TEXT.deadlineBeforeIssue))
      .branch('deadlineBeforeIssue', db.value, db.value === 'before-plan'
        ? TEXT.beforePlan(filing, plan.issuedOn, STATUS_TEXT['before-plan'])
        : TEXT.asWritten(filing, plan.issuedOn), '2.3.3');
  }
}
