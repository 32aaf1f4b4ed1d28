/**
 * The words of the check of monthly visits across households (clause 2.3.1), in Chinese and
 * English: the trace's titles and labels, the reasons a township missed or has not yet made its
 * visits, the list of households and months those reasons name, and the message of an input error.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/** A household and the months a reason names for it. */
interface HouseholdMonths { readonly id: string; readonly months: readonly string[] }

/**
 * The messages of `checkMonthlyVisits`: labels as constants, reasons as functions of the households
 * and months they show.
 *
 * @example
 * ```ts
 * const listed = VISITS_TEXT.householdMonths([{ id: 'H2', months: ['2023-07', '2023-08'] }], false);
 * listed.zh;                                 //=> 'H2（2023-07、2023-08）'
 * VISITS_TEXT.monthsMissed(1, 2, listed).en; //=> '1 household(s) missed 2 month(s) in all: H2 (2023-07, 2023-08)'
 * ```
 */
export const VISITS_TEXT = Object.freeze({
  endBeforeStart: t('不能早于 from', 'must not be before from'),
  noHouseholds: t('无低收入农户走访记录', 'no low-income household on record'),
  /** The households with their months, "H1（2023-06、2023-07）；…" / "H1 (2023-06, 2023-07); …", with "…" when more are left out. */
  householdMonths: (list: readonly HouseholdMonths[], more: boolean): Text => {
    const zh = list.map((h) => `${h.id}（${h.months.join('、')}）`).join('；');
    const en = list.map((h) => `${h.id} (${h.months.join(', ')})`).join('; ');
    return more ? t(`${zh}…`, `${en}…`) : t(zh, en);
  },
  monthsMissed: (households: number, months: number, listed: Text): Text =>
    t(`${households} 户共 ${months} 个月未走访：${listed.zh}`, `${households} household(s) missed ${months} month(s) in all: ${listed.en}`),
  monthPending: (households: number, listed: Text): Text =>
    t(`${households} 户在尚未结束的月份还未走访：${listed.zh}`, `${households} household(s) not yet visited in a month not yet over: ${listed.en}`),
  title: t('低收入农户每月走访', 'Monthly visits to low-income households'),
  period: t('检查期间（含首尾两日）', 'period (both days included)'),
  asOf: t('统计日期', 'status as of'),
  visits: t('走访记录数', 'visits recorded'),
  minPerMonth: t('每户每月至少走访次数', 'minimum visits per household per month'),
  months: t('须走访的月份', 'months that need a visit'),
  households: t('低收入农户户数', 'households'),
  townshipTitle: (name: string, code: string): Text => t(`${name}每月走访`, `Monthly visits in ${code}`),
  townshipHouseholds: t('户数', 'households'),
  householdsMissing: t('有漏访月份的户数', 'households with a missed month'),
  allVisited: t('每户每月均已走访', 'every household visited every month'),
});
