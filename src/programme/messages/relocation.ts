/**
 * The words of the relocation check (clause 2.3.2), in Chinese and English: the names of the two
 * deadlines, the trace's titles and labels, the reasons a township or the year's target is not met,
 * and the message of an input error.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `checkRelocation`: names and labels as constants, reasons as functions of the
 * deadline, the dates and the counts they show.
 *
 * @example
 * ```ts
 * RELOCATION_TEXT.sitePreparation.en;                                  //=> 'site policy work and data collection'
 * RELOCATION_TEXT.pending(RELOCATION_TEXT.constructionStart, '2023-10-31').zh; //=> '尚未完成启动安置地块建设，期限 2023-10-31'
 * ```
 */
export const RELOCATION_TEXT = Object.freeze({
  sitePreparation: t('安置地块政策处理和搬迁人员资料收集', 'site policy work and data collection'),
  constructionStart: t('启动安置地块建设', 'start of construction on the resettlement sites'),
  duplicateTownship: t('与前面的乡镇（街道）重复', 'lists a township listed before'),
  late: (deadline: Text, done: string, due: string, daysLate: number): Text =>
    t(`${done} 完成${deadline.zh}，晚于期限 ${due}（逾期 ${daysLate} 天）`, `${deadline.en} completed on ${done}, after the due date ${due} (${daysLate} day(s) late)`),
  overdue: (deadline: Text, asOf: string, due: string, daysLate: number): Text =>
    t(`截至 ${asOf} 未完成${deadline.zh}，已过期限 ${due}（逾期 ${daysLate} 天）`, `${deadline.en} not done as of ${asOf}, past the due date ${due} (${daysLate} day(s))`),
  pending: (deadline: Text, due: string): Text => t(`尚未完成${deadline.zh}，期限 ${due}`, `${deadline.en} not yet done; due ${due}`),
  beforePlan: (deadline: Text, due: string): Text =>
    t(`${deadline.zh}的期限 ${due} 早于方案印发，不计逾期`, `${deadline.en}: the due date ${due} is before the plan was issued, so it is not overdue`),
  notPlanYear: (year: number): Text => t(`该条只规定 ${year} 年的异地搬迁任务`, `the clause sets relocation work for ${year} only`),
  notConcerned: t('无异地搬迁任务记录（非相关乡镇）', 'no relocation record (not a township concerned)'),
  personsPending: (persons: number, target: number, due: string): Text =>
    t(`已搬迁 ${persons} 人，未达到 ${target} 人，期限 ${due}`, `${persons} person(s) relocated, short of ${target}; due ${due}`),
  personsOverdue: (asOf: string, persons: number, year: number, target: number): Text =>
    t(`截至 ${asOf} 已搬迁 ${persons} 人，未达到 ${year} 年任务 ${target} 人`, `${persons} person(s) relocated as of ${asOf}, short of the ${year} target of ${target}`),
  title: t('异地搬迁任务与时限', 'Relocation: target and deadlines'),
  year: t('年度', 'year'),
  asOf: t('统计日期', 'status as of'),
  persons: t('年度异地搬迁人数', 'persons to relocate in the year'),
  relocated: t('已搬迁人数（各乡镇合计）', 'persons relocated (sum over townships)'),
  personsMet: (persons: number, target: number): Text => t(`已搬迁 ${persons} 人，达到 ${target} 人`, `${persons} person(s) relocated, reaching ${target}`),
  townshipTitle: (name: string, code: string): Text => t(`${name}异地搬迁`, `Relocation in ${code}`),
  deadlinesMet: t('两项时限均按期完成', 'both deadlines met'),
});
