/**
 * The words of the what-if comparison, in Chinese and English: the messages of the input errors
 * raised for a reform that is missing or is neither a plan nor plan overrides.
 *
 * @module
 */
import { text as t } from '../../core/trace.js';

/**
 * The messages of `compare` and of the reforms it resolves.
 *
 * @example
 * ```ts
 * COMPARE_TEXT.reformRequired.zh; //=> '必须填写'
 * COMPARE_TEXT.notAReform.en;     //=> 'must be a plan or plan overrides such as { microcredit: { floorRate: 0.04 } }'
 * ```
 */
export const COMPARE_TEXT = Object.freeze({
  reformRequired: t('必须填写', 'is required'),
  notAReform: t('必须是方案或参数调整，例如 { microcredit: { floorRate: 0.04 } }', 'must be a plan or plan overrides such as { microcredit: { floorRate: 0.04 } }'),
});
