/**
 * The words of the plan argument every rule takes (the plan whose clauses it applies): what is said
 * of a value that is not a plan.
 *
 * @module
 */
import { text as t } from '../../core/trace.js';

/**
 * The messages of `checkPlan` and of the population functions' `plan` option.
 *
 * @example
 * ```ts
 * PLAN_ARGUMENT_TEXT.notAPlan.en; //=> 'must be a plan (LANXI_2023 or the result of plan.with())'
 * ```
 */
export const PLAN_ARGUMENT_TEXT = Object.freeze({
  notAPlan: t('必须是方案（LANXI_2023 或 plan.with() 的结果）', 'must be a plan (LANXI_2023 or the result of plan.with())'),
});
