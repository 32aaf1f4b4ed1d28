/**
 * The words of the monthly-visit rule (clause 2.3.1), in Chinese and English: the trace's title, the
 * labels of its inputs, parameter, steps and result, the reading `visitMonths` and which months it
 * checks, the explanations of the branches it takes, and the message of an input error it raises.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `monthlyVisits` and of the reading `visitMonths`: labels as constants,
 * explanations as functions of the months they show.
 *
 * @example
 * ```ts
 * MONTHLY_VISITS_TEXT.title.en;                         //=> 'Monthly visits to a low-income household'
 * MONTHLY_VISITS_TEXT.missed(['2023-07', '2023-08']).zh; //=> '未按月走访的月份：2023-07、2023-08'
 * ```
 */
export const MONTHLY_VISITS_TEXT = Object.freeze({
  title: t('低收入农户每月走访', 'Monthly visits to a low-income household'),
  period: t('检查期间（含首尾两日）', 'period (both days included)'),
  visits: t('走访记录数', 'visits recorded'),
  minPerMonth: t('每户每月至少走访次数', 'minimum visits per household per month'),
  visitsInPeriod: t('期间内须走访月份的走访次数（其他不计）', 'visits within the months of the period checked (others ignored)'),
  months: t('期间内须走访的月数', 'months of the period to visit'),
  visitedMonths: t('走访达标的月份', 'months with enough visits'),
  visitedEveryMonth: t('每月均已走访', 'visited every month'),
  missed: (months: readonly string[]): Text => t(`未按月走访的月份：${months.join('、')}`, `months without enough visits: ${months.join(', ')}`),
  compliant: t('是否每月走访', 'visited every month'),
  reading: t('须走访的月份', 'months that need a visit'),
  touched: t('期间涉及的每个自然月（含不完整的月份）都须走访（解读 visitMonths = \'touched\'）', "every calendar month the period reaches, even in part, needs a visit (reading visitMonths = 'touched')"),
  wholeNoPartial: t('仅期间完整覆盖的月份须走访（解读 visitMonths = \'whole\'）；期间没有不完整的月份', "only the months the period covers whole need a visit (reading visitMonths = 'whole'); the period has no partial month"),
  wholeWithPartial: (partial: readonly string[]): Text =>
    t(`仅期间完整覆盖的月份须走访（解读 visitMonths = 'whole'）；不完整的月份不检查：${partial.join('、')}`,
      `only the months the period covers whole need a visit (reading visitMonths = 'whole'); partial months not checked: ${partial.join(', ')}`),
  endBeforeStart: t('不能早于 from', 'must not be before from'),
});
