/**
 * The words of the check of each township's skills-training quota (clause 2.3.5), in Chinese and
 * English: the trace's titles and labels and the reasons a township's quota is late, pending or
 * overdue (I-1, I-10, I-11).
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `checkTraining`: labels as constants, reasons and explanations as functions of the
 * counts and dates they show.
 *
 * @example
 * ```ts
 * TRAINING_TEXT.title.en;                            //=> 'Skills training by township'
 * TRAINING_TEXT.quotaPending(3, 15, '2023-10-31').zh; //=> '已培训 3 人，不足 15 人，期限 2023-10-31'
 * ```
 */
export const TRAINING_TEXT = Object.freeze({
  quotaLate: (due: string, onTime: number, reachedOn: string, required: number): Text =>
    t(`截至 ${due} 仅培训 ${onTime} 人，${reachedOn} 才达到 ${required} 人，晚于期限`,
      `only ${onTime} trained by ${due}; the quota of ${required} was reached on ${reachedOn}, after the due date`),
  quotaPending: (trained: number, required: number, due: string): Text =>
    t(`已培训 ${trained} 人，不足 ${required} 人，期限 ${due}`, `${trained} trained so far, fewer than ${required}; due ${due}`),
  quotaOverdue: (asOf: string, trained: number, required: number, due: string): Text =>
    t(`截至 ${asOf} 仅培训 ${trained} 人，不足 ${required} 人，已过期限 ${due}`, `only ${trained} trained as of ${asOf}, fewer than ${required}, past the due date ${due}`),
  title: t('各乡镇（街道）技能培训人数', 'Skills training by township'),
  year: t('年度', 'year'),
  asOf: t('统计日期', 'status as of'),
  records: t('培训记录数', 'training records'),
  minTrainees: t('每个乡镇每年参训人数下限', 'minimum trainees per township per year'),
  due: t('完成期限：「该项工作于10月底前完成」（I-10）', 'due: “该项工作于10月底前完成” (I-10)'),
  townshipTitle: (name: string, code: string): Text => t(`${name}技能培训`, `Skills training in ${code}`),
  trainees: t('不重复的参训人数（同一人只计一次，I-11）', 'distinct trainees (each person once, I-11)'),
  onTime: (due: string): Text => t(`${due} 前（含）参训人数`, `trained on or before ${due}`),
  quotaMet: (required: number): Text => t(`按期达到 ${required} 人（不少于，含本数）`, `reached ${required} on time (not less than: the number itself counts)`),
  cityTrainees: t('全市不重复参训人数', 'distinct trainees in the city'),
});
