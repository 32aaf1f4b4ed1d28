/**
 * The words of the check the report functions make of what they are given, in Chinese and English:
 * the message of the input error raised for a value that is not a result of `simulate`, `compare` or
 * `sweep`.
 *
 * @module
 * @internal
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of the report functions' input check, as functions of the results they accept.
 *
 * @example
 * ```ts
 * REPORT_SHAPES_TEXT.notAResult('sweep').en; //=> 'must be the result of sweep'
 * REPORT_SHAPES_TEXT.notAResult('sweep').zh; //=> '必须是 sweep 的结果'
 * ```
 */
export const REPORT_SHAPES_TEXT = Object.freeze({
  notAResult: (what: string): Text => t(`必须是 ${what} 的结果`, `must be the result of ${what}`),
});
