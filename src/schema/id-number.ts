/**
 * Resident ID numbers (公民身份号码) under GB 11643-1999: checking and masking.
 *
 * An ID number is personal data. This module only answers "is it well formed?" and "how to show it
 * masked"; the library never puts an ID number into a message, a trace or a result.
 *
 * The 18 characters are: a 6-digit region code, an 8-digit birth date `YYYYMMDD`, a 3-digit
 * sequence code and a check character. The check character is computed from the first 17 digits:
 * the sum of each digit times its weight (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2),
 * modulo 11, indexes the string `'10X98765432'`.
 *
 * The household records come from the monitoring system the plan relies on (clause 2.2.1:
 * 「依托“浙农帮扶”数字化应用系统，对低收入农户实施动态化防返贫监测。」), which keys people by this number.
 *
 * @module
 */
import { isoDateFromParts, type IsoDate } from '../core/calendar.js';

/** Weights of the first 17 digits (GB 11643-1999, 7.2). */
const WEIGHTS: readonly number[] = Object.freeze([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
/** Check character for each value of the weighted sum modulo 11. */
const CHECK_CHARS = '10X98765432';
/** Shape of an 18-character number: 17 digits and a check character (a lowercase x is tolerated). */
const SHAPE = /^[0-9]{17}[0-9Xx]$/;
/** Length of an ID number under GB 11643-1999. */
const LENGTH = 18;

/**
 * What is wrong with a would-be ID number, if anything: `'format'` (not 17 digits and a check
 * character), `'birth_date'` (characters 7–14 are not a real date in 1900–2199) or `'checksum'`
 * (the check character does not match). `undefined` when the number is valid.
 */
export type IdNumberProblem = 'format' | 'birth_date' | 'checksum';

/**
 * Finds the first problem with `value` as a GB 11643-1999 ID number, checked in order: shape,
 * embedded birth date, check character.
 *
 * @param value - anything; only an 18-character string can be valid.
 * @returns the problem, or `undefined` when `value` is a valid ID number.
 * @example
 * ```ts
 * idNumberProblem('11010519491231002X'); //=> undefined
 * idNumberProblem('110105194912310021'); //=> 'checksum'
 * idNumberProblem('110105194902300027'); //=> 'birth_date' (no 30 February)
 * idNumberProblem('1101051949');         //=> 'format'
 * ```
 */
export function idNumberProblem(value: unknown): IdNumberProblem | undefined {
  if (typeof value !== 'string' || value.length !== LENGTH || !SHAPE.test(value)) return 'format';
  if (birthDateOf(value) === undefined) return 'birth_date';
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += (value.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] === value[17]?.toUpperCase() ? undefined : 'checksum';
}

/** The birth date inside a number of the right shape, or undefined when it is not a real date. */
function birthDateOf(value: string): IsoDate | undefined {
  return isoDateFromParts(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)));
}

/**
 * Whether `value` is a valid resident ID number under GB 11643-1999: 18 characters (17 digits and
 * a check character `0`–`9` or `X`), a real birth date in characters 7–14 (1900–2199), and the
 * right check character. A lowercase `x` is accepted as `X`. The older 15-digit numbers
 * (GB 11643-1989) are not accepted: convert them to 18 digits first.
 *
 * @param value - anything; non-strings are simply not valid.
 * @returns true when the number is well formed. (It says nothing about whether it was ever issued.)
 * @example
 * ```ts
 * isValidIdNumber('11010519491231002X'); //=> true
 * isValidIdNumber('11010519491231002x'); //=> true
 * isValidIdNumber('110105194912310021'); //=> false (wrong check character)
 * isValidIdNumber('110105202302300010'); //=> false (2023-02-30 is not a date)
 * isValidIdNumber(110105194912310020);   //=> false (not a string)
 * ```
 */
export function isValidIdNumber(value: unknown): boolean {
  return idNumberProblem(value) === undefined;
}

/**
 * The birth date held in a valid ID number, as `'YYYY-MM-DD'`; `undefined` when `value` is not a
 * valid ID number.
 *
 * @param value - an ID number.
 * @returns the embedded birth date, or undefined.
 * @example
 * ```ts
 * idNumberBirthDate('11010519491231002X'); //=> '1949-12-31'
 * idNumberBirthDate('not an id');          //=> undefined
 * ```
 */
export function idNumberBirthDate(value: unknown): IsoDate | undefined {
  return isValidIdNumber(value) ? birthDateOf(value as string) : undefined;
}

/** Characters shown of a string that is not an 18-character number: the first 2 and the last 1. */
const SHOW_HEAD = 2;
const SHOW_TAIL = 1;
/** Below this length nothing is shown at all, so at least 5 characters stay hidden. */
const MIN_LENGTH_TO_SHOW = 8;

/**
 * Masks an ID number for display: an 18-character value keeps its first 6 characters (the region)
 * and its last 2, everything else becomes `*`. Anything else keeps at most its first 2 and last 1
 * characters (none at all when it is shorter than 8 characters), so a mistyped number never shows
 * more than a valid one would. The mask has the input's length (in code points). A non-string
 * gives `''`.
 *
 * @param value - the number to mask (valid or not).
 * @returns the masked text, safe to display.
 * @example
 * ```ts
 * maskIdNumber('11010519491231002X'); //=> '110105**********2X'
 * maskIdNumber('3307811990010');      //=> '33**********0'
 * maskIdNumber('12345');              //=> '*****'
 * ```
 */
export function maskIdNumber(value: string): string {
  if (typeof value !== 'string') return '';
  const chars = Array.from(value);
  if (chars.length === LENGTH && value.length === LENGTH) {
    return `${value.slice(0, 6)}${'*'.repeat(LENGTH - 8)}${value.slice(-2)}`;
  }
  if (chars.length < MIN_LENGTH_TO_SHOW) return '*'.repeat(chars.length);
  return `${chars.slice(0, SHOW_HEAD).join('')}${'*'.repeat(chars.length - SHOW_HEAD - SHOW_TAIL)}${chars.slice(-SHOW_TAIL).join('')}`;
}
