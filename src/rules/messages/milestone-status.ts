/**
 * The words of the plan's dated obligations (clauses 2.3.2, 2.3.3, 2.3.4, 2.3.5), in Chinese and
 * English: the trace's title and labels, the reading `deadlineBeforeIssue` (I-10), the explanation
 * of each status, and the message of an unknown milestone.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

const TITLE = t('时限要求', 'Deadline');

/**
 * The messages of `milestoneStatus`: labels as constants, explanations as functions of the dates and
 * counts they show.
 *
 * @example
 * ```ts
 * MILESTONE_STATUS_TEXT.title.en;                                  //=> 'Deadline'
 * MILESTONE_STATUS_TEXT.overdue('2023-10-21', '2023-10-20', 1).zh; //=> '截至 2023-10-21 尚未完成，已超过期限 2023-10-20 1 天'
 * ```
 */
export const MILESTONE_STATUS_TEXT = Object.freeze({
  title: TITLE,
  /** The title of one milestone's trace: "时限要求：…" / "Deadline: …". */
  titleOf: (milestone: Text): Text => t(`${TITLE.zh}：${milestone.zh}`, `${TITLE.en}: ${milestone.en}`),
  reading: t('早于方案印发日的期限如何判断', 'how a deadline before the plan was issued is judged'),
  asOf: t('统计日期', 'status as of'),
  completedOn: t('完成日期', 'completed on'),
  due: (quote: string): Text => t(`期限（含当日，I-10）：「${quote}」`, `due date (the day itself is on time, I-10): “${quote}”`),
  completedAfterAsOf: (completedOn: string, asOf: string): Text =>
    t(`完成日期 ${completedOn} 晚于统计日期 ${asOf}，统计日尚未完成`, `completed on ${completedOn}, after ${asOf}: not yet done on that day`),
  onTime: (completedOn: string, due: string): Text =>
    t(`于 ${completedOn} 完成，未超过期限 ${due}`, `completed on ${completedOn}, on or before the due date ${due}`),
  late: (completedOn: string, due: string, daysLate: number): Text =>
    t(`于 ${completedOn} 完成，超过期限 ${due} ${daysLate} 天`, `completed on ${completedOn}, ${daysLate} day(s) after the due date ${due}`),
  pending: (asOf: string, due: string): Text =>
    t(`截至 ${asOf} 尚未完成，未到期限 ${due}`, `not completed as of ${asOf}; due ${due}, not yet passed`),
  overdue: (asOf: string, due: string, daysLate: number): Text =>
    t(`截至 ${asOf} 尚未完成，已超过期限 ${due} ${daysLate} 天`, `not completed as of ${asOf}, ${daysLate} day(s) after the due date ${due}`),
  beforePlanCompleted: (completedOn: string, due: string, issuedOn: string): Text =>
    t(`于 ${completedOn} 完成；期限 ${due} 早于方案印发日 ${issuedOn}，不计逾期（方案印发前）`,
      `completed on ${completedOn}; the due date ${due} fell before the plan was issued on ${issuedOn}, so it is not late (before the plan)`),
  beforePlanNotCompleted: (asOf: string, due: string, issuedOn: string): Text =>
    t(`截至 ${asOf} 尚未完成；期限 ${due} 早于方案印发日 ${issuedOn}，不计逾期（方案印发前）`,
      `not completed as of ${asOf}; the due date ${due} fell before the plan was issued on ${issuedOn}, so it is not overdue (before the plan)`),
  notJudged: (due: string, issuedOn: string): Text =>
    t(`期限 ${due} 早于方案印发日 ${issuedOn}，不计逾期`, `the due date ${due} is before the plan was issued on ${issuedOn}: not judged late or overdue`),
  asWritten: (due: string, issuedOn: string): Text =>
    t(`期限 ${due} 早于方案印发日 ${issuedOn}，仍按条文日期判断`, `the due date ${due} is before the plan was issued on ${issuedOn}, applied as written`),
  status: t('状态', 'status'),
  daysLate: t('逾期天数', 'days late'),
  unknownMilestone: (ids: readonly string[]): Text =>
    t(`必须是以下之一：${ids.map((id) => JSON.stringify(id)).join(' | ')}`, `must be one of ${ids.map((id) => JSON.stringify(id)).join(' | ')}`),
});
