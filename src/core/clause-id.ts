/**
 * The ids of the plan's clauses, following the document's own numbering: `1` = 一、工作目标;
 * `2.1.1`–`2.1.4` = 二（一）1–4; `2.2.1`–`2.2.3` = 二（二）1–3; `2.3.1`–`2.3.10` = 二（三）1–10;
 * `3.1`–`3.3` = 三 1–3; `4` = 四、实施日期. Every trace node and parameter names one.
 *
 * @module
 */

/**
 * A clause id of the plan.
 *
 * @example
 * ```ts
 * const id: ClauseId = '2.3.8'; // 二（三）8. 实施小额信贷促增收行动
 * ```
 */
export type ClauseId =
  | '1'
  | '2.1.1' | '2.1.2' | '2.1.3' | '2.1.4'
  | '2.2.1' | '2.2.2' | '2.2.3'
  | '2.3.1' | '2.3.2' | '2.3.3' | '2.3.4' | '2.3.5' | '2.3.6' | '2.3.7' | '2.3.8' | '2.3.9' | '2.3.10'
  | '3.1' | '3.2' | '3.3'
  | '4';

/**
 * What a trace shows of a cited value (a plan parameter or reading): its value, unit, clause and quote.
 *
 * @example
 * ```ts
 * const p: CitedValue = { value: '0.03', unit: 'fraction/year', clause: '2.3.8', quote: '…按3%年利率予以贴息补助' };
 * ```
 */
export interface CitedValue<T = unknown> {
  readonly value: T;
  readonly unit: string;
  readonly clause: ClauseId;
  readonly quote: string;
  readonly interpretation?: string;
  readonly planValue?: string;
}
