/**
 * The words of the check of the vocational-grant reviews (clause 2.3.4), in Chinese and English: the
 * trace's titles and labels and the reasons a township's reviews are late, overdue or pending (I-7,
 * I-10).
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `checkVocationalGrantReviews`: labels as constants, reasons as functions of the
 * applications and dates they show.
 *
 * @example
 * ```ts
 * VOCATIONAL_GRANT_REVIEW_TEXT.noApplications.en;                  //=> 'no grant application this academic year'
 * VOCATIONAL_GRANT_REVIEW_TEXT.reviewLate(['A1', 'A3'], '2023-10-20').zh; //=> '申请 A1、A3 晚于 2023-10-20 完成审核'
 * ```
 */
export const VOCATIONAL_GRANT_REVIEW_TEXT = Object.freeze({
  noApplications: t('本学年无扶智补助申请', 'no grant application this academic year'),
  reviewLate: (ids: readonly string[], due: string): Text =>
    t(`申请 ${ids.join('、')} 晚于 ${due} 完成审核`, `application(s) ${ids.join(', ')} reviewed after ${due}`),
  reviewOverdue: (asOf: string, ids: readonly string[], due: string): Text =>
    t(`截至 ${asOf} 申请 ${ids.join('、')} 未完成审核，已过期限 ${due}`, `application(s) ${ids.join(', ')} not reviewed as of ${asOf}, past the due date ${due}`),
  reviewPending: (ids: readonly string[], due: string): Text =>
    t(`申请 ${ids.join('、')} 尚未审核，期限 ${due}`, `application(s) ${ids.join(', ')} not yet reviewed; due ${due}`),
  title: t('扶智补助申报资料审核时限', 'Vocational grant: review deadline'),
  academicYear: t('学年（9月1日至次年8月31日，I-7）', 'academic year (09-01 to 08-31, I-7)'),
  asOf: t('统计日期', 'status as of'),
  applications: t('申请数', 'applications'),
  due: t('审核期限：「申报资料于10月中旬完成审核」（中旬为11–20日，I-10）', 'review due: “申报资料于10月中旬完成审核” (中旬 = days 11–20, I-10)'),
  townshipTitle: (name: string, code: string): Text => t(`${name}扶智补助审核`, `Grant review in ${code}`),
  reviewedOnTime: t('按期审核数', 'reviewed on time'),
  allReviewed: t('全部按期审核', 'all reviewed on time'),
});
