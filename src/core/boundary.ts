/**
 * The I-1 boundary primitive. 《民法典》第1259条: "民法所称的'以上'、'以下'、'以内'、'届满'，包括本数；
 * 所称的'不满'、'超过'、'以外'，不包括本数。" 不少于, 不超过, 至少 and 达到 include the number in their
 * ordinary meaning. Every threshold in the rules is compared through {@link meets}, so the reading of
 * each word lives in this one place.
 *
 * @module
 */
import type { Decimal } from './decimal.js';

/** The words of the plan (and of 民法典 第1259条) that set a threshold. */
export type BoundaryTerm = '以上' | '以下' | '以内' | '不超过' | '不少于' | '至少' | '达到' | '超过' | '不满';

/**
 * How each word compares a value with its threshold (I-1). Deeply frozen: no caller can change how
 * a word is read.
 *
 * @example
 * ```ts
 * BOUNDARY_TERMS['以上']; //=> { op: '>=', en: 'at least', inclusive: true }
 * BOUNDARY_TERMS['超过']; //=> { op: '>', en: 'more than', inclusive: false }
 * ```
 */
export const BOUNDARY_TERMS: Readonly<Record<BoundaryTerm, { readonly op: '>=' | '<=' | '>' | '<'; readonly en: string; readonly inclusive: boolean }>> =
  Object.freeze({
    以上: Object.freeze({ op: '>=', en: 'at least', inclusive: true }),
    至少: Object.freeze({ op: '>=', en: 'at least', inclusive: true }),
    不少于: Object.freeze({ op: '>=', en: 'not less than', inclusive: true }),
    达到: Object.freeze({ op: '>=', en: 'reaching', inclusive: true }),
    以下: Object.freeze({ op: '<=', en: 'at most', inclusive: true }),
    以内: Object.freeze({ op: '<=', en: 'within', inclusive: true }),
    不超过: Object.freeze({ op: '<=', en: 'not more than', inclusive: true }),
    超过: Object.freeze({ op: '>', en: 'more than', inclusive: false }),
    不满: Object.freeze({ op: '<', en: 'less than', inclusive: false }),
  } as const);

/**
 * Whether `value` meets a threshold stated with `term` (I-1).
 *
 * @example
 * ```ts
 * meets(new Decimal(16710), '以上', new Decimal(16710)); //=> true  (以上 includes the number)
 * meets(new Decimal(20000), '超过', new Decimal(20000)); //=> false (超过 excludes it)
 * ```
 */
export function meets(value: Decimal, term: BoundaryTerm, threshold: Decimal): boolean {
  return comparisonMeets(value.cmp(threshold), term);
}

/**
 * Whether a comparison's result (−1, 0 or 1 for value against threshold, from any calculator) meets
 * a threshold stated with `term` (I-1): the one place each word's reading is applied.
 *
 * @example
 * ```ts
 * comparisonMeets(0, '以上'); //=> true (以上 includes the number)
 * comparisonMeets(0, '超过'); //=> false
 * ```
 */
export function comparisonMeets(c: number, term: BoundaryTerm): boolean {
  return (TESTS[term] as (c: number) => boolean)(c);
}

const TESTS: Readonly<Record<BoundaryTerm, (c: number) => boolean>> = Object.freeze(Object.fromEntries(
  (Object.keys(BOUNDARY_TERMS) as BoundaryTerm[]).map((t) => [t, compiled(t)]),
) as Record<BoundaryTerm, (c: number) => boolean>);

/**
 * The test a word sets (I-1), as a function of a comparison's result: for a rule to take once, at
 * module load, and call on every value.
 *
 * @example
 * ```ts
 * const atLeast = boundaryTest('以上');
 * atLeast(0); //=> true
 * ```
 */
export function boundaryTest(term: BoundaryTerm): (c: number) => boolean {
  return TESTS[term];
}

function compiled(term: BoundaryTerm): (c: number) => boolean {
  switch (BOUNDARY_TERMS[term].op) {
    case '>=': return (c) => c >= 0;
    case '<=': return (c) => c <= 0;
    case '>': return (c) => c > 0;
    case '<': return (c) => c < 0;
  }
}


/**
 * Whether the share `numerator / denominator` meets a threshold (I-1), compared exactly by
 * cross-multiplication: no division, no rounding. `denominator` must be positive.
 *
 * @example
 * ```ts
 * meetsShare(new Decimal(1), new Decimal(2), '以上', new Decimal('0.5')); //=> true (exactly half)
 * ```
 */
export function meetsShare(numerator: Decimal, denominator: Decimal, term: BoundaryTerm, threshold: Decimal): boolean {
  return meets(numerator, term, threshold.times(denominator));
}
