/**
 * Integer arithmetic for the batch path: money in whole fen and rates as exact rationals, all in
 * plain numbers kept below 2^53, so every operation is exact. Anything that would not fit returns
 * `undefined` (or `false` from {@link fits}) and the caller falls back to the Decimal path.
 *
 * @module
 */
import { Decimal } from '../core/decimal.js';

/** Largest integer exactly representable in a double. */
export const SAFE = Number.MAX_SAFE_INTEGER;

/** Whether every value is a safe integer (|x| ≤ 2^53 − 1). */
export function fits(...values: number[]): boolean {
  for (const v of values) if (!(v <= SAFE && v >= -SAFE)) return false;
  return true;
}

/** A Decimal as whole fen, or undefined when it has more than two decimals or is too large. */
export function toFen(value: Decimal): number | undefined {
  const fen = value.times(100);
  if (!fen.isInteger()) return undefined;
  const n = fen.toNumber();
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A rational `num / den` with den > 0. */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** A Decimal as an exact ratio over a power of ten (at most 10^9), or undefined. */
export function toRatio(value: Decimal): Ratio | undefined {
  const dp = value.decimalPlaces();
  if (dp > 9) return undefined;
  const den = 10 ** dp;
  const num = value.times(den).toNumber();
  return Number.isSafeInteger(num) ? { num, den } : undefined;
}

/**
 * `n / d` rounded half away from zero (decimal.js ROUND_HALF_UP), for safe integers n and d > 0.
 * Exact: the quotient from floating division is corrected by the integer remainder.
 */
export function divHalfUp(n: number, d: number): number {
  const neg = n < 0;
  const a = neg ? -n : n;
  let q = Math.floor(a / d);
  let r = a - q * d;
  if (r < 0) { q -= 1; r += d; } else if (r >= d) { q += 1; r -= d; }
  if (2 * r >= d) q += 1;
  return neg && q !== 0 ? -q : q;
}

/** `n / d` rounded up (toward +∞), for safe integers n and d > 0. */
export function divCeil(n: number, d: number): number {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) { q -= 1; r += d; } else if (r >= d) { q += 1; r -= d; }
  return r > 0 ? q + 1 : q;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (no time zone involved). */
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
    if (whole > limit) return NaN;
  }
  let frac = 0;
  let fracPlaces = 0;
  if (i < n && text.charCodeAt(i) === 46) {
    i += 1;
    for (let p = 1; i < n; i++, p++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      digits += 1;
      if (c !== 0) {
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
  if (num === 0) return { num: 0, dp: 0 };
  while (dp > 0 && num % 10 === 0) { num /= 10; dp -= 1; }
  return { num, dp };
}

const DAY_MS = 86_400_000;

/** Days in each month of a common year. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Days since 1970-01-01 of 'YYYY-MM-DD' when it names a real date in 1900–2199 (the dates the
 * library accepts), else `NaN`. No Date object and no time zone.
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
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return NaN;
  const dim = m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] as number);
  if (d > dim) return NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01), for years 1000–9999. */
export function isoOfDay(day: number): string {
  const t = new Date(day * DAY_MS);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

const WORD = 1e7;

/** The base-10^7 words of a whole number 0 < n ≤ 2^53, most significant first. */
function wordsOf(n: number, out: number[]): void {
  const words: number[] = [];
  while (n > 0) {
    let q = Math.floor(n / WORD);
    let r = n - q * WORD;
    if (r < 0) { q -= 1; r += WORD; } else if (r >= WORD) { q += 1; r -= WORD; }
    words.push(r);
    n = q;
  }
  for (let i = words.length - 1; i >= 0; i--) out.push(words[i] as number);
}

/**
 * The Decimal `n / 10^k` for a safe integer `n` and 0 ≤ k ≤ 15, built from its digits directly: the
 * same value and the same inner form (`d`, `e`, `s`) as parsing its text would give, without
 * parsing. (decimal.js holds a value as base-10^7 words aligned on the decimal point, `e` the
 * exponent of its first digit, `s` its sign; a property test holds the two equal.)
 */
export function decimalOfScaled(n: number, k: number): Decimal {
  if (n === 0) return newDecimal(1, 0, [0]);
  const negative = n < 0;
  const a = negative ? -n : n;
  const scale = POW10[k] as number;
  let whole = Math.floor(a / scale);
  let frac = a - whole * scale;
  if (frac < 0) { whole -= 1; frac += scale; } else if (frac >= scale) { whole += 1; frac -= scale; }
  const d: number[] = [];
  let e: number;
  if (whole > 0) {
    if (whole < WORD) d.push(whole);
    else wordsOf(whole, d);
    e = digitCount(whole) - 1;
  } else {
    e = -(k - digitCount(frac)) - 1;
  }
  if (frac > 0 && k <= 7) {
    // one word: the fraction's k digits followed by 7 − k zeros
    d.push(frac * (POW10[7 - k] as number));
  } else if (frac > 0) {
    // the fraction's k digits, then zeros to a whole number of 7-digit words
    const digits = String(frac).padStart(k, '0');
    const width = Math.ceil(k / 7) * 7;
    const padded = digits.padEnd(width, '0');
    for (let i = 0; i < width; i += 7) {
      const w = Number(padded.slice(i, i + 7));
      if (w === 0 && d.length === 0) continue; // no leading zero word
      d.push(w);
    }
  }
  while (d.length > 1 && d[d.length - 1] === 0) d.pop();
  return newDecimal(negative ? -1 : 1, e, d);
}

const DECIMAL_PROTOTYPE = Decimal.prototype as object;

/**
 * A Decimal from its inner form (sign, exponent, base-10^7 words), made as decimal.js makes one: an
 * object of its prototype with own `constructor`, `s`, `e` and `d`, in that order.
 * @internal
 */
export function newDecimal(s: number, e: number, d: number[]): Decimal {
  const x = Object.create(DECIMAL_PROTOTYPE) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = Decimal;
  x.s = s;
  x.e = e;
  x.d = d;
  return x as unknown as Decimal;
}

/** Decimal digits of a whole number 0 < n < 10^16. */
function digitCount(n: number): number {
  let c = 1;
  while (c < 16 && n >= (POW10[c] as number)) c += 1;
  return c;
}

/** Whole fen as Decimal yuan, exactly: {@link decimalOfScaled} with two decimals. */
export function decimalOfFen(fen: number): Decimal {
  return decimalOfScaled(fen, 2);
}

/**
 * `x × 10^k` as a safe integer, read from the Decimal's inner form without arithmetic on Decimals;
 * `NaN` when it is not a whole number, not finite, or not safe. (The inverse of
 * {@link decimalOfScaled}; a property test holds it equal to `x.times(10^k)`.)
 */
export function scaledOfDecimal(x: Decimal, k: number): number {
  const inner = x as unknown as { d: number[] | null; e: number; s: number };
  const d = inner.d;
  if (d === null || d === undefined) return NaN;
  const first = d[0] as number;
  if (first === 0) return 0;
  // the first word's digits end at exponent e − (its length − 1); each word after is 7 places lower
  let p = inner.e - (digitCount(first) - 1) + k;
  let v = 0;
  for (let i = 0; i < d.length; i++, p -= 7) {
    const w = d[i] as number;
    if (w === 0) continue;
    if (p >= 0) {
      if (p > 15) return NaN;
      v += w * (POW10[p] as number);
    } else {
      if (p < -7) return NaN;
      const div = POW10[-p] as number;
      const q = w / div;
      if (q !== Math.floor(q)) return NaN;
      v += q;
    }
    if (v > SAFE) return NaN;
  }
  return inner.s < 0 ? -v : v;
}

/** A Decimal as whole fen ({@link scaledOfDecimal} with two places), or NaN. */
export function fenOfDecimal(x: Decimal): number {
  return scaledOfDecimal(x, 2);
}

/** A Decimal as `num / 10^dp` with the fewest decimals (at most 15), or undefined. */
export function ratioOfDecimal(x: Decimal): { num: number; dp: number } | undefined {
  const dp = x.decimalPlaces();
  if (!(dp <= 15)) return undefined;
  const num = scaledOfDecimal(x, dp);
  return Number.isNaN(num) ? undefined : { num, dp };
}
