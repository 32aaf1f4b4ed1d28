/**
 * The words of the skills-training quota (clause 2.3.5), in Chinese and English: the trace's title,
 * the labels of its inputs, parameter, steps and results, and the explanations of the quota and of
 * the timeliness of the work (I-1, I-10, I-11).
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `trainingQuota`: labels as constants, explanations as functions of the counts and
 * dates they show.
 *
 * @example
 * ```ts
 * TRAINING_QUOTA_TEXT.title.en;          //=> 'Skills training quota'
 * TRAINING_QUOTA_TEXT.short(14, 15).zh;  //=> '14 人，少于 15 人'
 * ```
 */
export const TRAINING_QUOTA_TEXT = Object.freeze({
  title: t('低收入农户技能培训人数', 'Skills training quota'),
  trainees: t('参训低收入农户人数', 'low-income farmers trained'),
  traineeRecords: t('参训记录数', 'trainee entries'),
  distinctTrainees: t('不重复的参训人数（同一人多次参训只计一次，I-11）', 'distinct trainees (a person trained twice counts once, I-11)'),
  completedOn: t('完成日期', 'completed on'),
  minTrainees: t('每年参训人数下限', 'minimum trainees per year'),
  met: (count: number, required: number): Text =>
    t(`${count} 人，不少于 ${required} 人（含本数，I-1）`, `${count} trainee(s), not less than ${required} (the number itself counts, I-1)`),
  short: (count: number, required: number): Text => t(`${count} 人，少于 ${required} 人`, `${count} trainee(s), fewer than ${required}`),
  due: t('完成期限（含当日，I-10）：「该项工作于10月底前完成」', 'due date (the day itself is on time, I-10): “该项工作于10月底前完成”'),
  onTime: (completedOn: string, due: string): Text => t(`于 ${completedOn} 完成，未超过期限 ${due}`, `completed on ${completedOn}, on or before ${due}`),
  late: (completedOn: string, due: string): Text => t(`于 ${completedOn} 完成，超过期限 ${due}`, `completed on ${completedOn}, after ${due}`),
  undated: t('未提供完成日期，未核查是否按期', 'no completion date given: timeliness not checked'),
  none: t('', ''),
  quotaMet: t('是否达到人数要求', 'quota met'),
  status: t('状态', 'status'),
});
