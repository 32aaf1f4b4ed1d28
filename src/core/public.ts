/**
 * The public, validated forms of the core helpers (dinero.js style: safe functions over an
 * unchecked core). Rules call the unchecked originals in `boundary.ts` and `calendar.ts`; callers
 * outside the library get these, which check their arguments and throw {@link PolicyInputError}.
 *
 * @module
 */
import { z } from 'zod';
import { BOUNDARY_TERMS, meets as meetsCore, meetsShare as meetsShareCore, type BoundaryTerm } from './boundary.js';
import { academicYear as academicYearCore, daysBetween as daysBetweenCore, endOfMonth as endOfMonthCore, midMonthEnd as midMonthEndCore, type IsoDate } from './calendar.js';
import type { Decimal, DecimalInput } from './decimal.js';
import { formatPath as formatPathCore, type PathSegment } from './errors.js';
import { once } from './once.js';
import { countSchema, dateSchema, decimalSchema, parseInput } from './validate.js';

const value = () => decimalSchema({ nonNegative: false });
const term = () => z.enum(Object.keys(BOUNDARY_TERMS) as [BoundaryTerm, ...BoundaryTerm[]]);
const month = () => countSchema(1).pipe(z.number().max(12));
const year = () => countSchema(1900).pipe(z.number().max(2199));
const MEETS = once(() => z.tuple([value(), term(), value()]));
const MEETS_SHARE = once(() => z.tuple([value(), decimalSchema({ positive: true }), term(), value()]));
const TWO_DATES = once(() => z.tuple([dateSchema(), dateSchema()]));
const YEAR_MONTH = once(() => z.tuple([year(), month()]));
const ONE_DATE = once(() => z.tuple([dateSchema()]));
/** The most segments of a path `formatPath` writes. */
const MAX_PATH = 1000;
const PATH = once(() => z.array(z.union([z.string().max(1000), z.number().int().nonnegative()])).max(MAX_PATH));

/**
 * Whether `value` meets a threshold stated with `term` (I-1: 以上、以下、以内、不超过、不少于、至少、达到
 * include the number; 超过、不满 exclude it).
 *
 * @param value - the value (string, number or Decimal).
 * @param term - the word of the text: '以上', '以下', '以内', '不超过', '不少于', '至少', '达到', '超过' or '不满'.
 * @param threshold - the number in the text.
 * @throws {@link PolicyInputError} on a value that is not a finite number or an unknown term.
 * @example
 * ```ts
 * meets('16710', '以上', 16710); //=> true  (以上 includes the number)
 * meets(20000, '超过', 20000);   //=> false (超过 excludes it)
 * ```
 */
export function meets(value_: DecimalInput, term_: BoundaryTerm, threshold: DecimalInput): boolean {
  const [v, t, th] = parseInput('meets', MEETS(), [value_, term_, threshold]) as [Decimal, BoundaryTerm, Decimal];
  return meetsCore(v, t, th);
}

/**
 * Whether the share `numerator / denominator` meets a threshold (I-1), compared exactly by
 * cross-multiplication. The denominator must be positive.
 *
 * @throws {@link PolicyInputError} on a non-number, a denominator that is not positive, or an unknown term.
 * @example
 * ```ts
 * meetsShare(1, 2, '以上', '0.5'); //=> true (exactly half)
 * ```
 */
export function meetsShare(numerator: DecimalInput, denominator: DecimalInput, term_: BoundaryTerm, threshold: DecimalInput): boolean {
  const [n, d, t, th] = parseInput('meetsShare', MEETS_SHARE(), [numerator, denominator, term_, threshold]) as [Decimal, Decimal, BoundaryTerm, Decimal];
  return meetsShareCore(n, d, t, th);
}

/**
 * Days from `start` to `end`, counting the first day and not the last (算头不算尾, I-3).
 *
 * @throws {@link PolicyInputError} on a date that is not real.
 * @example
 * ```ts
 * daysBetween('2023-01-01', '2024-01-01'); //=> 365
 * ```
 */
export function daysBetween(start: string | Date, end: string | Date): number {
  const [a, b] = parseInput('daysBetween', TWO_DATES(), [start, end]) as [IsoDate, IsoDate];
  return daysBetweenCore(a, b);
}

/**
 * The last day of a month: the deadline "X月底前" (on or before the month's end, I-10).
 *
 * @throws {@link PolicyInputError} on a year outside 1900–2199 or a month outside 1–12.
 * @example
 * ```ts
 * endOfMonth(2023, 2); //=> '2023-02-28'
 * ```
 */
export function endOfMonth(year_: number, month_: number): IsoDate {
  const [y, m] = parseInput('endOfMonth', YEAR_MONTH(), [year_, month_]) as [number, number];
  return endOfMonthCore(y, m);
}

/**
 * The last day of the middle ten days (中旬 = days 11–20) of a month: "X月中旬" (I-10).
 *
 * @throws {@link PolicyInputError} on a year outside 1900–2199 or a month outside 1–12.
 * @example
 * ```ts
 * midMonthEnd(2023, 10); //=> '2023-10-20'
 * ```
 */
export function midMonthEnd(year_: number, month_: number): IsoDate {
  const [y, m] = parseInput('midMonthEnd', YEAR_MONTH(), [year_, month_]) as [number, number];
  return midMonthEndCore(y, m);
}

/**
 * The academic year that contains a date: 09-01 to 08-31 (I-7), named by the year it starts.
 *
 * @throws {@link PolicyInputError} on a date that is not real.
 * @example
 * ```ts
 * academicYear('2023-10-08'); //=> { start: '2023-09-01', end: '2024-08-31', label: '2023-2024' }
 * ```
 */
export function academicYear(date: string | Date): { start: IsoDate; end: IsoDate; label: string } {
  const [d] = parseInput('academicYear', ONE_DATE(), [date]) as [IsoDate];
  return academicYearCore(d);
}


/**
 * Renders an issue's path the way people write it.
 *
 * @throws {@link PolicyInputError} when `path` is not a list of keys and indexes.
 * @example
 * ```ts
 * formatPath(['loans', 0, 'principal']); //=> 'loans[0].principal'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  const p = parseInput('formatPath', PATH(), path, MAX_PATH) as PathSegment[];
  return formatPathCore(p);
}
