/**
 * Exact whole numbers for money and rates: an amount as an integer scaled by a power of ten (whole
 * fen: scale 2), dates as day numbers, and the conversions to and from the library's Decimal through
 * decimal.js's public API only (text in, `toFixed()` out). Every value stays below 2^53, so each
 * operation is exact; a value that would not fit reads as `NaN`.
 *
 * @module
 * @internal
 */
import { Decimal } from './decimal.js';

/** Largest integer exactly representable in a double. */
export const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * `n / d` rounded half away from zero (decimal.js ROUND_HALF_UP), for safe integers n and d > 0.
 * Exact: the quotient from floating division is corrected by the integer remainder.
 */
export function divHalfUp(n: number, d: number): number {
  const neg = n < 0;
  const a = neg ? -n : n;
  let q = Math.floor(a / d);
  let r = a - q * d;
  // Stryker disable next-line all: equivalent: floating division of safe integers is correctly rounded, so the floor is never one below the true quotient, and one above only when the fraction is at least one half, where rounding half up gives the same result
  if (r < 0) { q -= 1; r += d; } else if (r >= d) { q += 1; r -= d; }
  if (2 * r >= d) q += 1;
  return neg && q !== 0 ? -q : q;
}

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD' date (no time zone involved). Unchecked: see {@link isoDay}. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** 10^0 … 10^15, exact. */
const POW10: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** 10^n for 0 ≤ n ≤ 15. */
export function pow10(n: number): number {
  return POW10[n] as number;
}

/**
 * Reads plain decimal text — an optional sign, digits, and an optional point with digits (no
 * exponent) — as an exact integer scaled by 10^`places`. `NaN` when the text is not of that form,
 * has a non-zero digit past `places` decimals, or exceeds `limit` (scaled) in absolute value. A
 * negative zero reads as 0. Used to read money (places 2: whole fen) without building a Decimal.
 */
export function scaledOf(text: string, places: number, limit: number): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  const c0 = text.charCodeAt(0);
  if (c0 === 45) { negative = true; i = 1; } else if (c0 === 43) { i = 1; }
  let whole = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    digits += 1;
    // Stryker disable next-line ConditionalExpression: equivalent: an early exit; the final check against the limit declines the same text
    if (whole > limit) return NaN;
  }
  let frac = 0;
  let fracPlaces = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: charCodeAt past the end is NaN, never a point
  if (i < n && text.charCodeAt(i) === 46) {
    i += 1;
    for (let p = 1; i < n; i++, p++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      digits += 1;
      if (c !== 0) {
        // Stryker disable next-line ConditionalExpression: equivalent: with more decimals than places the scale 10^(places − p) is undefined and the value reads as NaN all the same
        if (p > places) return NaN;
        frac = frac * (POW10[p - fracPlaces] as number) + c;
        fracPlaces = p;
      }
    }
  }
  if (i !== n || digits === 0) return NaN;
  const v = whole * (POW10[places] as number) + frac * (POW10[places - fracPlaces] as number);
  if (!(v <= limit)) return NaN;
  return negative && v !== 0 ? -v : v;
}

/**
 * Reads plain decimal text as `num / 10^dp` with the fewest decimals (trailing zeros dropped), for
 * rates; `undefined` when it is not plain decimal text, has more than 15 decimals, or exceeds
 * `limit`. Exact.
 */
export function ratioOf(text: string, limit: number): { num: number; dp: number } | undefined {
  const scaled = scaledOf(text, 15, limit * 1e15);
  if (Number.isNaN(scaled) || !Number.isSafeInteger(scaled)) return undefined;
  let num = scaled;
  let dp = 15;
  // Stryker disable next-line ConditionalExpression: equivalent: the loop below brings zero to { num: 0, dp: 0 } too
  if (num === 0) return { num: 0, dp: 0 };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a safe integer is below 10^16, so 15 divisions by ten leave a digit that is not 0
  while (dp > 0 && num % 10 === 0) { num /= 10; dp -= 1; }
  return { num, dp };
}

const DAY_MS = 86_400_000;

/** Days in each month of a common year. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days before each month of a common year. */
const MONTH_START: readonly number[] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Leap years from year 0 to 1969, counted as the leap days before 1970 are: ⌊1969/4⌋ − ⌊1969/100⌋ + ⌊1969/400⌋. */
const LEAPS_BEFORE_1970 = 477;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Days since 1970-01-01 of 'YYYY-MM-DD' when it names a real date in 1900–2199 (the dates the
 * library accepts), else `NaN`. Counted in integers: no Date object and no time zone.
 */
export function isoDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    y = y * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m2 < 0 || m2 > 9 || d2 < 0 || d2 > 9) return NaN;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent: a first digit outside 0–9 makes a month outside 1–12 or a day outside the month, refused below
  if (m1 < 0 || m1 > 9 || d1 < 0 || d1 > 9) return NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1900 || y > 2199 || d < 1) return NaN;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent: a month outside 1–12 finds no entry in the month tables, and the day number is NaN all the same
  if (m < 1 || m > 12) return NaN;
  const leap = isLeap(y);
  const dim = m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number);
  if (d > dim) return NaN;
  // the days before the year (365 a year and one per leap year since 1970), the month and the day
  const p = y - 1;
  const leapsBefore = Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) - LEAPS_BEFORE_1970;
  return 365 * (y - 1970) + leapsBefore + (MONTH_START[m - 1] as number) + (leap && m > 2 ? 1 : 0) + d - 1;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01), for years 1000–9999. */
export function isoOfDay(day: number): string {
  const t = new Date(day * DAY_MS);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Below this, {@link scaledText} divides instead of cutting text. */
// Stryker disable next-line ArithmeticOperator: equivalent: both ways of writing give the same text; the bound only keeps the division exact
const SMALL_SCALED = 2 ** 31 - 1;

/**
 * The text of `n / 10^k` as `Decimal#toString` writes it (plain notation, no trailing zeros), for
 * a safe integer `n` and 0 ≤ k ≤ 15.
 */
export function scaledText(n: number, k: number): string {
  // Stryker disable next-line ConditionalExpression: equivalent: the general path writes zero as '0' too
  if (n === 0) return '0';
  // Stryker disable next-line EqualityOperator: equivalent: zero has returned above
  const negative = n < 0;
  const a = negative ? -n : n;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent: the text path below writes these values the same
  if (a <= SMALL_SCALED) {
    // a / 10^k is at least 10^-k from the next integer, far more than its rounding error below 2^31: the floor is exact
    const p = POW10[k] as number;
    const whole = Math.floor(a / p);
    let frac = a - whole * p;
    let text = `${whole}`;
    if (frac !== 0) {
      let places = k;
      while (frac % 10 === 0) {
        frac /= 10;
        places -= 1;
      }
      const f = `${frac}`;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: frac < 10^places, so f is never longer than places, and '0'.repeat(0) is ''
      text = `${text}.${f.length < places ? '0'.repeat(places - f.length) : ''}${f}`;
    }
    return negative ? `-${text}` : text;
  }
  let digits = String(a);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: with k = 0 the general path cuts nothing
  if (k > 0) {
    if (digits.length <= k) digits = '0'.repeat(k - digits.length + 1) + digits;
    const cut = digits.length - k;
    let frac = digits.slice(cut);
    let end = frac.length;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: charCodeAt(-1) is NaN, never '0'
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end -= 1;
    frac = frac.slice(0, end);
    digits = frac.length === 0 ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${frac}`;
  }
  return negative ? `-${digits}` : digits;
}

/** `Decimal#toFixed(2)` of whole fen. */
export function fenFixed(fen: number): string {
  const negative = fen < 0;
  const a = negative ? -fen : fen;
  const whole = Math.floor(a / 100);
  const cents = a - whole * 100;
  return `${negative ? '-' : ''}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Significant digits of the library's Decimal (its `precision`). */
const PRECISION = 50;

/**
 * The digits of |n| / d correctly rounded, half up, to 50 significant digits: the whole part and
 * the fraction's digits (no trailing zeros beyond the last one computed).
 */
function quotientDigits(a: number, d: number): { whole: number; digits: number[] } {
  let whole = Math.floor(a / d);
  let r = a - whole * d;
  // Stryker disable next-line all: equivalent: floating division of safe integers never rounds across a whole number (the quotient is at least 1/d from the next one, more than half the spacing of doubles there), so the floor is the true quotient's and the remainder is already in range
  if (r < 0) { whole -= 1; r += d; } else if (r >= d) { whole += 1; r -= d; }
  const digits: number[] = [];
  // Stryker disable next-line ConditionalExpression: equivalent: the loop below does not run for r = 0
  if (r === 0) return { whole, digits };
  // the digits of the quotient: the whole part, then fraction digits up to the 51st significant one
  let significant = whole === 0 ? 0 : String(whole).length;
  // Stryker disable next-line ConditionalExpression: equivalent: digits past an exact end are zeros, dropped below
  while (significant <= PRECISION && r !== 0) {
    r *= 10;
    const q = Math.floor(r / d);
    r -= q * d;
    digits.push(q);
    if (significant > 0 || q !== 0) significant += 1;
  }
  // half up at the 50th significant digit: the 51st digit decides (on an exact half it is 5: up)
  if (significant > PRECISION && (digits.pop() as number) >= 5) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) {
      digits[i] = 0;
      i -= 1;
    }
    // Stryker disable next-line all: equivalent: the carry never reaches the first digit: that takes 33 or more nines after it, n / d within 10^-33 (in units of the first digit) of a shorter decimal, and a denominator below 2^53 never comes that close to a decimal without equalling it
    if (i < 0) return { whole: whole + 1, digits: [] };
    digits[i] = (digits[i] as number) + 1;
  }
  return { whole, digits };
}

/**
 * `Decimal#toString` of `n / d / 10^k` (correctly rounded to 50 significant digits, half up), written
 * from the digits without building a Decimal. In this domain (|n / d / 10^k| between 10^-29 and 2^53) decimal.js writes plain
 * notation, never an exponent.
 */
export function quotientText(n: number, d: number, k: number): string {
  // Stryker disable next-line ConditionalExpression: equivalent: the general path writes zero as '0' too
  if (n === 0) return '0';
  // Stryker disable next-line EqualityOperator: equivalent: zero has returned above
  const negative = n < 0;
  const { whole, digits } = quotientDigits(negative ? -n : n, d);
  // Stryker disable next-line ConditionalExpression: equivalent: with no fraction digits the general path writes the whole quotient over 10^k as scaledText does
  if (digits.length === 0) return scaledText(negative ? -whole : whole, k);
  let end = digits.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent: zeros left at the end of the digits are dropped from the text below all the same
  while (end > 0 && digits[end - 1] === 0) end -= 1;
  let frac = '';
  for (let i = 0; i < end; i++) frac += String.fromCharCode(48 + (digits[i] as number));
  // (whole + 0.frac) / 10^k: the last k digits of the whole part move behind the point
  // Stryker disable next-line ConditionalExpression: equivalent: a whole part '0' is padded and moved behind the point as an empty one is, and written as '0' all the same
  let int = whole === 0 ? '' : String(whole);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: with k = 0 nothing moves behind the point
  if (k > 0) {
    // Stryker disable next-line EqualityOperator: equivalent: with as many digits as k the padding is empty
    if (int.length < k) int = '0'.repeat(k - int.length) + int;
    frac = int.slice(int.length - k) + frac;
    int = int.slice(0, int.length - k);
  }
  let last = frac.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,AssignmentOperator: equivalent: the text ends in the last of the digits, which is not 0 (their trailing zeros were dropped above)
  while (last > 0 && frac.charCodeAt(last - 1) === 48) last -= 1;
  // Stryker disable next-line MethodExpression: equivalent: the text has no trailing zero to cut (see above), so last is its length
  return `${negative ? '-' : ''}${int === '' ? '0' : int}${last === 0 ? '' : `.${frac.slice(0, last)}`}`;
}

/** 10^-k as Decimals, made when first asked for. */
const TENTHS: Decimal[] = [];
const tenth = (k: number): Decimal => (TENTHS[k] ??= new Decimal(`1e-${k}`));

/**
 * The Decimal `n / 10^k` for a safe integer `n` and 0 ≤ k ≤ 15, exactly: 10^-k times `n`, which
 * decimal.js computes from the integer's digits faster than it reads the same value written out as
 * text (both give the same Decimal, to its inner form).
 *
 * @example
 * ```ts
 * decimalOfScaled(123456, 2).toString(); //=> '1234.56'
 * ```
 */
export function decimalOfScaled(n: number, k: number): Decimal {
  // Stryker disable next-line ConditionalExpression: equivalent: 0 × 10^-k is the Decimal 0 too; the test only saves a multiplication
  if (n === 0) return new Decimal(0);
  return tenth(k).times(n);
}

const ZERO_YUAN = new Decimal(0);

/** Whole yuan below which decimal.js builds a Decimal from a number without computing anything. */
const SMALL_WHOLE_YUAN = 1e7;

/**
 * Whole fen as Decimal yuan, exactly (nothing is one shared zero: a Decimal never changes). A whole
 * number of yuan below ten million is given to decimal.js as that integer (`fen / 100` is exact
 * there: both are integers), which it takes as it is; any other amount is {@link decimalOfScaled}.
 */
export function decimalOfFen(fen: number): Decimal {
  // Stryker disable next-line ConditionalExpression: equivalent: the Decimal of '0' has the value of the shared zero; the test only saves building one
  if (fen === 0) return ZERO_YUAN;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,ArithmeticOperator,UnaryOperator,BlockStatement: equivalent: whichever amounts the test sends here, the product path gives the same Decimal; this one only skips the multiplication
  if (fen % 100 === 0 && fen < SMALL_WHOLE_YUAN * 100 && fen > -SMALL_WHOLE_YUAN * 100) {
    return new Decimal(fen / 100);
  }
  return decimalOfScaled(fen, 2);
}

/**
 * `x × 10^k` as a safe integer, exactly; `NaN` when that is not a whole number, not finite or not
 * safe. Reads the Decimal's plain text (`toFixed()`), so nothing is computed in floating point.
 *
 * @example
 * ```ts
 * scaledOfDecimal(new Decimal('12.34'), 2); //=> 1234
 * scaledOfDecimal(new Decimal('12.345'), 2); //=> NaN
 * ```
 */
export function scaledOfDecimal(x: Decimal, k: number): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: scaledOf declines 'Infinity', 'NaN' and text with more than k decimals all the same
  if (!x.isFinite() || x.decimalPlaces() > k) return NaN;
  const v = scaledOf(x.toFixed(), k, SAFE);
  return Number.isSafeInteger(v) ? v : NaN;
}

/** A Decimal as whole fen ({@link scaledOfDecimal} with two places), or NaN. */
export function fenOfDecimal(x: Decimal): number {
  return scaledOfDecimal(x, 2);
}

/** A Decimal as `num / 10^dp` with the fewest decimals (at most 15), or undefined. */
export function ratioOfDecimal(x: Decimal): { num: number; dp: number } | undefined {
  const dp = x.decimalPlaces();
  // Stryker disable next-line ConditionalExpression: equivalent: beyond 15 places scaledOfDecimal gives NaN, read as undefined below
  if (!(dp <= 15)) return undefined;
  const num = scaledOfDecimal(x, dp);
  return Number.isNaN(num) ? undefined : { num, dp };
}
