/**
 * The words of the township report (clause 3.3), in Chinese and English: the titles of its columns,
 * the trace's titles and labels, the reasons a column has no data or nothing to judge, the summary of
 * the townships in a status on the city's row, the label of each cell, and the messages of its input
 * errors.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `townshipReport`: titles and labels as constants, reasons and cells as functions of
 * the statuses, dates and townships they show.
 *
 * @example
 * ```ts
 * TOWNSHIP_REPORT_TEXT.columns.training.zh;                                  //=> '技能培训'
 * TOWNSHIP_REPORT_TEXT.townships({ zh: '已逾期', en: 'overdue' }, ['游埠镇', '诸葛镇']).en;
 * //=> '2 township(s) overdue: 游埠镇, 诸葛镇'
 * ```
 */
export const TOWNSHIP_REPORT_TEXT = Object.freeze({
  columns: Object.freeze({
    visits: t('每月走访', 'monthly visits'),
    relocation: t('异地搬迁', 'relocation'),
    menuProjects: t('“菜单式”项目', 'menu-style projects'),
    vocationalGrantReview: t('扶智补助审核', 'vocational grant review'),
    training: t('技能培训', 'skills training'),
  }),
  visitsRequired: t('给出 households 时必须填写', 'is required when households are given'),
  duplicateArea: t('与前面的地区重复', 'lists an area listed before'),
  noData: t('未提供该项记录', 'no records of this kind were given'),
  /** The townships in the worst status of a column, on the city's row. */
  townships: (status: Text, names: readonly string[]): Text =>
    t(`${names.length} 个乡镇（街道）${status.zh}：${names.join('、')}`, `${names.length} township(s) ${status.en}: ${names.join(', ')}`),
  notYetDue: (asOf: string, year: number, effectiveFrom: string): Text =>
    t(`截至 ${asOf}，${year} 年内尚无需走访的月份（方案自 ${effectiveFrom} 起施行）`, `no month to visit in ${year} as of ${asOf} (the plan is in force from ${effectiveFrom})`),
  noWholeMonth: (asOf: string, from: string, to: string, partial: readonly string[]): Text =>
    t(`截至 ${asOf}，${from} 至 ${to} 没有完整的月份须走访（解读 visitMonths = 'whole'，不完整的月份：${partial.join('、')}）`,
      `as of ${asOf}, ${from} to ${to} covers no whole month to visit (reading visitMonths = 'whole'; partial months: ${partial.join(', ')})`),
  noProjects: t('本年度无“菜单式”项目', 'no menu-style project this year'),
  noApplications: t('本学年无扶智补助申请', 'no grant application this academic year'),
  title: (year: number): Text => t(`${year} 年低收入农户增收工作分乡镇考评`, `Evaluation by township, ${year}`),
  year: t('年度', 'year'),
  asOf: t('统计日期', 'status as of'),
  jointHandlingRate: t('救助一件事联办率', 'joint handling rate'),
  compulsoryEnrolmentRate: t('义务教育入学率', 'compulsory-education enrolment rate'),
  waterSafetyIndicators: t('饮水安全指标项数', 'drinking-water indicators'),
  minPerMonth: t('每户每月至少走访次数', 'minimum visits per household per month'),
  relocationPersons: t('年度异地搬迁人数', 'persons to relocate in the year'),
  minTrainees: t('每个乡镇每年参训人数下限', 'minimum trainees per township per year'),
  cityRow: (name: string, code: string, status: Text): Text => t(`${name}（合计）：${status.zh}`, `City total (${code}): ${status.en}`),
  townshipRow: (name: string, code: string, status: Text): Text => t(`${name}：${status.zh}`, `${name} (${code}): ${status.en}`),
  /** A cell: its status, and why when there is a reason. */
  cell: (status: Text, why: Text | undefined): Text =>
    why === undefined ? t(status.zh, status.en) : t(`${status.zh}：${why.zh}`, `${status.en}: ${why.en}`),
  overallStatus: t('总体状态', 'overall status'),
});
