/**
 * The words the programme checks share, in Chinese and English: the names of the statuses, the
 * ending that names a reason's clause, and the messages of the input errors of the shared fields
 * (a list of statuses, a township, a list of ids).
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The shared messages of the programme checks: the statuses' names and the errors' messages as
 * constants, a reason with its clause and the list of statuses as functions.
 *
 * @example
 * ```ts
 * PROGRAMME_TEXT.status.overdue.zh;                                  //=> '已逾期'
 * PROGRAMME_TEXT.withClause({ zh: '未备案', en: 'not filed' }, '2.3.3').en; //=> 'not filed (clause 2.3.3)'
 * ```
 */
export const PROGRAMME_TEXT = Object.freeze({
  status: Object.freeze({
    met: t('已完成', 'met'),
    'before-plan': t('方案印发前到期，不计逾期', 'due before the plan was issued (not overdue)'),
    pending: t('进行中', 'pending'),
    overdue: t('已逾期', 'overdue'),
    failed: t('未达标', 'failed'),
    'n/a': t('不适用', 'n/a'),
  }),
  /** A reason's text ending by naming its clause: "…（第2.3.3条）" / "… (clause 2.3.3)". */
  withClause: (text: Text, clause: string): Text => t(`${text.zh}（第${clause}条）`, `${text.en} (clause ${clause})`),
  notAListOfStatuses: t('必须是由状态组成的列表（或其他可迭代对象）', 'must be a list (or another iterable) of statuses'),
  unknownStatus: (statuses: readonly string[]): Text =>
    t(`必须是以下之一：${statuses.map((s) => JSON.stringify(s)).join(' | ')}`, `must be one of ${statuses.map((s) => JSON.stringify(s)).join(' | ')}`),
  tooManyStatuses: (max: number): Text => t(`不能超过 ${max} 个状态`, `must hold at most ${max} statuses`),
  townshipRequired: t('必须填写', 'is required'),
  notATownship: t('必须是乡镇（街道）代码或名称', 'must be a township code or name'),
  unknownTownship: t('不是兰溪市 16 个乡镇（街道）之一（9 位代码或中文名称）', 'is not one of the 16 townships of Lanxi (9-digit code or Chinese name)'),
  duplicateId: t('与前面的编号重复', 'repeats an id listed before'),
});
