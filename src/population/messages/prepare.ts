/**
 * The words of a population's validation: what is said of a list that is not one, too long or
 * unreadable, and of synthetic data's seed.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `preparePopulation` (and every function that takes households) and of
 * `syntheticPopulation`'s options.
 *
 * @example
 * ```ts
 * PREPARE_TEXT.notAnArray.zh;  //=> '必须是家庭数组'
 * PREPARE_TEXT.tooMany(10).en; //=> 'must have at most 10 items'
 * ```
 */
export const PREPARE_TEXT = Object.freeze({
  unreadable: t('无法读取', 'could not be read'),
  notAnArray: t('必须是家庭数组', 'must be an array of households'),
  tooMany: (max: number): Text => t(`不能超过 ${max} 项`, `must have at most ${max} items`),
  notWhole: t('必须是整数', 'must be a whole number'),
});
