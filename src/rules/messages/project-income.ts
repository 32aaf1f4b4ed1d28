/**
 * The words of the project-income rule (clause 2.3.9), in Chinese and English: the trace's title,
 * the labels of its inputs, parameter and results, and the explanations of the branches it takes.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `projectIncomeRule`: labels as constants, explanations as functions of the values
 * they show.
 *
 * @example
 * ```ts
 * PROJECT_INCOME_TEXT.title.en;                   //=> "Share of a project's income for low-income households"
 * PROJECT_INCOME_TEXT.compliant('3000', '30%').zh; //=> '已分配 3000 元，达到收益的 30%（至少，含本数）'
 * ```
 */
export const PROJECT_INCOME_TEXT = Object.freeze({
  title: t('项目收益用于低收入农户的比例', "Share of a project's income for low-income households"),
  income: t('项目收益（元）', 'project income (yuan)'),
  allocatedToLowIncome: t('用于本村低收入农户的金额（元）', "used for the village's low-income households (yuan)"),
  minLowIncomeShare: t('至少用于低收入农户的比例（至少，含本数）', 'minimum share for low-income households (至少: inclusive)'),
  exactRequired: (income: string, share: string): Text => t(`${income} × ${share}`, `${income} × ${share}`),
  noIncome: t('项目无收益（收益为零或亏损），不要求分配', 'the project has no income (zero or a loss): nothing is required (I-8)'),
  compliant: (allocated: string, share: string): Text =>
    t(`已分配 ${allocated} 元，达到收益的 ${share}（至少，含本数）`, `${allocated} allocated: at least ${share} of the income (inclusive)`),
  notCompliant: (allocated: string, share: string): Text =>
    t(`已分配 ${allocated} 元，不足收益的 ${share}`, `${allocated} allocated: less than ${share} of the income`),
  required: t('应分配金额（元）', 'required (yuan)'),
  isCompliant: t('是否合规', 'compliant'),
  shortfall: t('差额（元）', 'shortfall (yuan)'),
});
