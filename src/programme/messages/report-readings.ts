/**
 * The words of the readings the township report (clause 3.3) states in its trace, in Chinese and
 * English: which months need a visit (2.3.1, reading `visitMonths`) and how the filing deadline of
 * 2.3.3 that fell before the plan was issued is judged (reading `deadlineBeforeIssue`, I-10).
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of the report's readings: labels as constants, explanations as functions of the
 * period, the months and the dates they show.
 *
 * @example
 * ```ts
 * REPORT_READINGS_TEXT.monthsChecked([]).en;                  //=> 'none'
 * REPORT_READINGS_TEXT.monthsChecked(['2023-05', '2023-06']).zh; //=> '2023-05、2023-06'
 * ```
 */
export const REPORT_READINGS_TEXT = Object.freeze({
  visitMonths: t('每月走访：须走访的月份', 'monthly visits: months that need a visit'),
  noVisitLogs: t('（未提供走访记录）', '(no visit logs given)'),
  monthsChecked: (months: readonly string[]): Text => t(months.join('、') || '无', months.join(', ') || 'none'),
  touched: (from: string, to: string, checked: Text): Text =>
    t(`走访期间 ${from} 至 ${to}：涉及的每个自然月都须走访，含不完整的月份（解读 visitMonths = 'touched'）；须走访的月份：${checked.zh}`,
      `visits from ${from} to ${to}: every month the period reaches needs a visit, partial months included (reading visitMonths = 'touched'); months checked: ${checked.en}`),
  whole: (from: string, to: string, checked: Text, partial: readonly string[]): Text =>
    t(`走访期间 ${from} 至 ${to}：仅完整覆盖的月份须走访（解读 visitMonths = 'whole'）；须走访的月份：${checked.zh}；不检查的不完整月份：${partial.join('、') || '无'}`,
      `visits from ${from} to ${to}: only months covered whole need a visit (reading visitMonths = 'whole'); months checked: ${checked.en}; partial months not checked: ${partial.join(', ') || 'none'}`),
  deadlineBeforeIssue: t('“菜单式”项目：早于方案印发日的备案期限', 'menu-style projects: a filing deadline before the plan was issued'),
  beforePlan: (filing: string, issuedOn: string, beforePlan: Text): Text =>
    t(`备案期限 ${filing} 早于方案印发日 ${issuedOn}：未按期备案的不计逾期，标为“${beforePlan.zh}”（解读 deadlineBeforeIssue = 'before-plan'）`,
      `the filing deadline ${filing} is before the plan was issued on ${issuedOn}: a filing not made by it is not overdue but '${beforePlan.en}' (reading deadlineBeforeIssue = 'before-plan')`),
  asWritten: (filing: string, issuedOn: string): Text =>
    t(`备案期限 ${filing} 早于方案印发日 ${issuedOn}，仍按条文日期判断（解读 deadlineBeforeIssue = 'as-written'）`,
      `the filing deadline ${filing} is before the plan was issued on ${issuedOn}, applied as written (reading deadlineBeforeIssue = 'as-written')`),
});
