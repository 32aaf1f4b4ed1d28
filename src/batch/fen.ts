/**
 * Integer arithmetic for the batch path: money in whole fen and rates as exact rationals, all in
 * plain numbers kept below 2^53, so every operation is exact. Anything that would not fit returns
 * `undefined` (or `false` from {@link fits}) and the caller falls back to the Decimal path.
 *
 * @module
 */
import type { Decimal } from '../core/decimal.js';

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
