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
  t.node(readingNode('visitMonths', vm, { zh: '每月走访：须走访的月份', en: 'monthly visits: months that need a visit' }));
  const checked = v.months === null ? { zh: '（未提供走访记录）', en: '(no visit logs given)' } : { zh: v.months.join('、') || '无', en: v.months.join(', ') || 'none' };
  t.branch('visitMonths', vm.value, vm.value === 'touched'
    ? { zh: `走访期间 ${v.from} 至 ${v.to}：涉及的每个自然月都须走访，含不完整的月份（解读 visitMonths = 'touched'）；须走访的月份：${checked.zh}`, en: `visits from ${v.from} to ${v.to}: every month the period reaches needs a visit, partial months included (reading visitMonths = 'touched'); months checked: ${checked.en}` }
    : { zh: `走访期间 ${v.from} 至 ${v.to}：仅完整覆盖的月份须走访（解读 visitMonths = 'whole'）；须走访的月份：${checked.zh}；不检查的不完整月份：${v.partial.join('、') || '无'}`, en: `visits from ${v.from} to ${v.to}: only months covered whole need a visit (reading visitMonths = 'whole'); months checked: ${checked.en}; partial months not checked: ${v.partial.join(', ') || 'none'}` }, '2.3.1');
  const filing = dueOf(plan, 'menu-project-filing', year).due;
  if (filing < plan.issuedOn) {
    const db = plan.readings.deadlineBeforeIssue;
    t.node(readingNode('deadlineBeforeIssue', db, { zh: '“菜单式”项目：早于方案印发日的备案期限', en: 'menu-style projects: a filing deadline before the plan was issued' }))
      .branch('deadlineBeforeIssue', db.value, db.value === 'before-plan'
        ? { zh: `备案期限 ${filing} 早于方案印发日 ${plan.issuedOn}：未按期备案的不计逾期，标为“${STATUS_TEXT['before-plan'].zh}”（解读 deadlineBeforeIssue = 'before-plan'）`, en: `the filing deadline ${filing} is before the plan was issued on ${plan.issuedOn}: a filing not made by it is not overdue but '${STATUS_TEXT['before-plan'].en}' (reading deadlineBeforeIssue = 'before-plan')` }
        : { zh: `备案期限 ${filing} 早于方案印发日 ${plan.issuedOn}，仍按条文日期判断（解读 deadlineBeforeIssue = 'as-written'）`, en: `the filing deadline ${filing} is before the plan was issued on ${plan.issuedOn}, applied as written (reading deadlineBeforeIssue = 'as-written')` }, '2.3.3');
  }
}
