/**
 * The words of a household's assessment (clauses 1, 2.3.4, 2.3.8 together), in Chinese and English:
 * the trace's title, the labels of its inputs and results, and its explanations.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `assessHousehold`: labels as constants, explanations as functions of the values
 * they show.
 *
 * @example
 * ```ts
 * ASSESS_TEXT.title.en;                      //=> 'Assessment of a low-income household'
 * ASSESS_TEXT.category.dibao.zh;             //=> '家庭类别：低保'
 * ASSESS_TEXT.entitlement('891.67', '3000.00').en; //=> 'entitlement = micro-credit subsidy 891.67 + vocational grant 3000.00'
 * ```
 */
export const ASSESS_TEXT = Object.freeze({
  title: t('低收入农户家庭帮扶评估', 'Assessment of a low-income household'),
  /** The label of the category input, per category. */
  category: Object.freeze({
    dibao: t('家庭类别：低保', 'category: minimum living allowance (低保)'),
    dibian: t('家庭类别：低保边缘', 'category: on the margin of the allowance (低边)'),
    tekun: t('家庭类别：特困', 'category: extreme hardship (特困)'),
    other: t('家庭类别：其他', 'category: other'),
  }),
  year: t('评估年度（贴息按该年计算）', 'year assessed (the subsidy is for this year)'),
  members: t('家庭人口', 'members'),
  incomeYear: t('收入数据年度', 'year of the income figures'),
  students: t(
    '就读中高等职校的成员（schooling 为 secondaryVocational 或 higherVocational，I-7）',
    'members at a secondary or higher vocational school (schooling secondaryVocational or higherVocational, I-7)',
  ),
  total: t('应享补助合计（元）', 'total entitlement (yuan)'),
  perCapita: t('人均可支配收入（元）', 'per-capita disposable income (yuan)'),
  incomeYearDiffers: (incomeYear: number, year: number): Text => t(
    `收入数据为 ${incomeYear} 年，与评估年度 ${year} 年不同；收入目标按所报收入评价`,
    `the income figures are for ${incomeYear}, not ${year}; the targets are assessed on the income as reported`,
  ),
  childrenOnly: t(
    '只计家庭子女（含孙子女）就读中高等职校（解读 grantFor = \'children\'，第 2.3.4 条“低收入农户子女”）',
    "only children and grandchildren of the household count (reading grantFor = 'children', clause 2.3.4 「低收入农户子女」)",
  ),
  entitlement: (loan: string, grant: string): Text => t(`应享补助合计 = 小额信贷贴息 ${loan} + 扶智补助 ${grant}`, `entitlement = micro-credit subsidy ${loan} + vocational grant ${grant}`),
});
