/**
 * Decimal values and their text from whole numbers, for the integer engines of the rules: each
 * function gives exactly what the `Decimal` operation it names gives (the same value, the same
 * inner form, the same text), without the cost of decimal arithmetic. Property tests hold each
 * equal to the `Decimal` operation.
 *
 * @module
 * @internal
 */
import { Decimal } from '../core/decimal.js';
import { decimalOfScaled, divHalfUp, newDecimal, pow10 } from './fen.js';

/** Significant digits of the library's Decimal (its `precision`). */
const PRECISION = 50;

/**
 * The text of `n / 10^k` as `Decimal#toString` writes it (plain notation, no trailing zeros), for
 * a safe integer `n` and 0 ≤ k ≤ 15.
 */
export function scaledText(n: number, k: number): string {
  if (n === 0) return '0';
  const negative = n < 0;
  let digits = String(negative ? -n : n);
  if (k > 0) {
    if (digits.length <= k) digits = '0'.repeat(k - digits.length + 1) + digits;
    const cut = digits.length - k;
    let frac = digits.slice(cut);
    let end = frac.length;
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

/** `Decimal#toString` of whole fen. */
export function fenText(fen: number): string {
  const negative = fen < 0;
  const a = negative ? -fen : fen;
  const whole = Math.floor(a / 100);
  const cents = a - whole * 100;
  const text = cents === 0 ? `${whole}` : cents % 10 === 0 ? `${whole}.${cents / 10}` : `${whole}.${cents < 10 ? '0' : ''}${cents}`;
  return negative ? `-${text}` : text;
}

/**
 * `formatPercent` (core/decimal) of `num / 10^dp`: the value × 100, rounded half up to 6 decimals,
 * written as `Decimal#toString` writes it, with a `%`.
 */
export function percentText(num: number, dp: number): string {
  if (dp <= 8) {
    // × 100 shifts two places; at most 6 decimals remain, so nothing is rounded
    return `${dp >= 2 ? scaledText(num, dp - 2) : num === 0 ? '0' : `${num}${'0'.repeat(2 - dp)}`}%`;
  }
  // the 7th and later decimals of the percentage go, half up (away from zero)
  return `${scaledText(divHalfUp(num, pow10(dp - 8)), 6)}%`;
}

/**
 * The digits of |n| / d correctly rounded, half up, to 50 significant digits: the whole part and
 * the fraction's digits (no trailing zeros beyond the last one computed).
 */
function quotientDigits(a: number, d: number): { whole: number; digits: number[] } {
  let whole = Math.floor(a / d);
  let r = a - whole * d;
  if (r < 0) { whole -= 1; r += d; } else if (r >= d) { whole += 1; r -= d; }
  const digits: number[] = [];
  if (r === 0) return { whole, digits };
  // the digits of the quotient: the whole part, then fraction digits up to the 51st significant one
  let significant = whole === 0 ? 0 : String(whole).length;
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
    if (i < 0) return { whole: whole + 1, digits: [] };
    digits[i] = (digits[i] as number) + 1;
  }
  return { whole, digits };
}

/**
 * The Decimal `n / d`, divided by 10^k, as `Decimal#div` gives it: correctly rounded to 50
 * significant digits, half up. For safe integers `n` and 0 < d ≤ 10^14, 0 ≤ k ≤ 15.
 */
export function quotientDecimal(n: number, d: number, k: number): Decimal {
  if (n === 0) return newDecimal(1, 0, [0]);
  const negative = n < 0;
  const { whole, digits } = quotientDigits(negative ? -n : n, d);
  if (digits.length === 0) return decimalOfScaled(negative ? -whole : whole, k);
  return decimalOfDigits(negative, whole, digits, k);
}

/**
 * `Decimal#toString` of {@link quotientDecimal}`(n, d, k)`, written from the digits without building
 * the Decimal. In this domain (|n / d / 10^k| between 10^-29 and 2^53) decimal.js writes plain
 * notation, never an exponent.
 */
export function quotientText(n: number, d: number, k: number): string {
  if (n === 0) return '0';
  const negative = n < 0;
  const { whole, digits } = quotientDigits(negative ? -n : n, d);
  if (digits.length === 0) return scaledText(negative ? -whole : whole, k);
  let end = digits.length;
  while (end > 0 && digits[end - 1] === 0) end -= 1;
  let frac = '';
  for (let i = 0; i < end; i++) frac += String.fromCharCode(48 + (digits[i] as number));
  // (whole + 0.frac) / 10^k: the last k digits of the whole part move behind the point
  let int = whole === 0 ? '' : String(whole);
  if (k > 0) {
    if (int.length < k) int = '0'.repeat(k - int.length) + int;
    frac = int.slice(int.length - k) + frac;
    int = int.slice(0, int.length - k);
  }
  let last = frac.length;
  while (last > 0 && frac.charCodeAt(last - 1) === 48) last -= 1;
  return `${negative ? '-' : ''}${int === '' ? '0' : int}${last === 0 ? '' : `.${frac.slice(0, last)}`}`;
}

/**
 * The Decimal (whole + 0.digits) / 10^k, from its digits: decimal.js keeps base-10^7 words aligned
 * on the decimal point, no leading or trailing zero word, `e` the exponent of the first digit.
 */
function decimalOfDigits(negative: boolean, whole: number, fraction: readonly number[], k: number): Decimal {
  // shift the point k places left: the last k digits of the whole part join the fraction
  let wholePart = whole;
  const frac: number[] = [];
  if (k > 0) {
    const scale = pow10(k);
    wholePart = Math.floor(whole / scale);
    let moved = whole - wholePart * scale;
    if (moved < 0) { wholePart -= 1; moved += scale; } else if (moved >= scale) { wholePart += 1; moved -= scale; }
    const text = String(moved).padStart(k, '0');
    for (let i = 0; i < k; i++) frac.push(text.charCodeAt(i) - 48);
  }
  for (const x of fraction) frac.push(x);
  const d: number[] = [];
  let e: number;
  if (wholePart > 0) {
    const t = String(wholePart);
    e = t.length - 1;
    const first = t.length % 7 === 0 ? 7 : t.length % 7;
    d.push(Number(t.slice(0, first)));
    for (let i = first; i < t.length; i += 7) d.push(Number(t.slice(i, i + 7)));
  } else {
    let z = 0;
    while (z < frac.length && frac[z] === 0) z += 1;
    e = -z - 1;
  }
  for (let i = 0; i < frac.length; i += 7) {
    let w = 0;
    for (let j = i; j < i + 7; j++) w = w * 10 + (j < frac.length ? (frac[j] as number) : 0);
    if (w === 0 && d.length === 0) continue;
    d.push(w);
  }
  while (d.length > 1 && d[d.length - 1] === 0) d.pop();
  return newDecimal(negative ? -1 : 1, e, d);
}
