/**
 * Other education aid of clause 2.3.4 (教育救助, 雨露计划, …), which stacks with the vocational
 * grant unless its own rules forbid it: 「与其他教育资助政策可叠加享受，有明确要求不能重复享受的，按就高原则执行」.
 *
 * @module
 */
import { z } from 'zod';
import type { Decimal, DecimalInput } from '../core/decimal.js';
import { booleanSchema, labelSchema } from '../core/validate.js';
import { money } from './fields.js';

/**
 * The zod schema of one other education aid: `{ name, amount, stackable }`, the amount in yuan.
 *
 * @example
 * ```ts
 * otherAidSchema.safeParse({ name: '雨露计划', amount: '1500', stackable: false }).success; //=> true
 * ```
 */
export const otherAidSchema = z.strictObject({
  name: labelSchema().meta({ description: 'Name of the aid (e.g. 国家助学金). 补助名称。' }),
  amount: money('Amount for the academic year, yuan. 本学年金额（元）。'),
  stackable: booleanSchema().meta({
    description:
      'false when the aid says it may not be combined with other aid (有明确要求不能重复享受): then the higher of it and the grant is paid (就高). 不能重复享受时为 false，按就高原则。',
  }),
});

/**
 * Another education aid as sent: the input side of {@link otherAidSchema}.
 *
 * @example
 * ```ts
 * const a: OtherAidInput = { name: '雨露计划', amount: 1500, stackable: false };
 * ```
 */
export interface OtherAidInput {
  /** The aid programme's name, such as '雨露计划' (a programme, never a person's name). */
  readonly name: string;
  /** The aid for the same academic year, in yuan. */
  readonly amount: DecimalInput;
  /** Whether the aid may be received together with the grant. `false`: its rules forbid stacking (不能重复享受). */
  readonly stackable: boolean;
}

/**
 * A validated other aid: the output of {@link otherAidSchema}.
 *
 * @example
 * ```ts
 * const a: OtherAid = otherAidSchema.parse({ name: '雨露计划', amount: '1500', stackable: true });
 * ```
 */
export interface OtherAid {
  readonly name: string;
  readonly amount: Decimal;
  readonly stackable: boolean;
}
