/**
 * The words of the parameter sweep, in Chinese and English: the message of the input error raised
 * for a path that names no parameter or reading of the plan.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `sweep`, as functions of the parameter paths they list.
 *
 * @example
 * ```ts
 * SWEEP_TEXT.unknownParameter(['effectiveFrom', 'microcredit.floorRate']).en;
 * //=> 'must name a parameter of the plan: effectiveFrom, microcredit.floorRate'
 * ```
 */
export const SWEEP_TEXT = Object.freeze({
  unknownParameter: (paths: readonly string[]): Text =>
    t(`必须是方案的参数之一：${paths.join('、')}`, `must name a parameter of the plan: ${paths.join(', ')}`),
});
