/**
 * Exact decimal arithmetic for money and rates.
 *
 * The library's `Decimal` is a clone of decimal.js configured for policy work: 50 significant digits
 * (every product of the plan's amounts, rates and day counts is exact at that precision) and
 * half-up rounding (四舍五入, I-12). Values from the plain `decimal.js` package are accepted too.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { PolicyInputError } from './errors.js';

/**
 * decimal.js, configured for this library: 50 significant digits, `ROUND_HALF_UP`. `set` and
 * `config` throw (each Decimal holds its constructor, so a result's `amount.constructor` is this one,
 * and reconfiguring it would change how every rule rounds). The setting fields themselves
 * (`precision`, `rounding`, …) stay writable, because decimal.js changes them for the length of
 * some operations; writing one changes every rule's rounding in the process, so never do.
 *
 * @example
 * ```ts
 * import { Decimal } from 'lanxi-policy';
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
// decimal.js calls neither after the clone is made: it writes a setting it changes for one operation directly
for (const key of ['set', 'config'] as const) {
  Object.defineProperty(Decimal, key, {
    enumerable: true,
    value: (): never => {
      throw new PolicyInputError(`Decimal.${key}`, [{
        path: [],
        code: 'fixed_configuration',
        message: "the library's Decimal is fixed at 50 significant digits, rounding half up; use Decimal.clone({...}) for other settings",
        messageZh: '本库的 Decimal 固定为 50 位有效数字、四舍五入；如需其他设置请用 Decimal.clone({...})',
      }]);
    },
  });
}
/** A decimal.js value (from this library's clone or from the `decimal.js` package). */
export type Decimal = DecimalJs;

/** What public functions accept for an amount or a rate: a decimal string, a finite number, or a Decimal. */
export type DecimalInput = string | number | DecimalJs;

/** Zero, shared (Decimal values are immutable). */
export const ZERO: Decimal = new Decimal(0);

/** Converts an already-validated value to this library's Decimal. Unchecked: callers validate first. */
export function dec(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value as DecimalJs.Value);
}

/**
 * Rounds a value to the fen (0.01 yuan), half up (四舍五入), as I-12 requires at the end of each rule.
 *
 * @example
 * ```ts
 * roundFen(new Decimal('123.455')).toString(); //=> '123.46'
 * ```
 */
export function roundFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds a value up (toward +∞) to the fen: used where the plan sets a minimum (I-8). */
export function roundFenUp(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_CEIL);
}

/**
 * Rounds `numerator / denominator` to `places` decimals, half up (away from zero on a tie), exactly:
 * the quotient is never rounded before the final rounding, so a result that falls exactly on a half
 * always rounds up, however the division would have repeated. The denominator must be positive.
 *
 * @example
 * ```ts
 * roundQuotient(new Decimal(1), new Decimal(8), 2).toString(); //=> '0.13'
 * ```
 */
export function roundQuotient(numerator: Decimal, denominator: Decimal, places: number): Decimal {
  const scale = new Decimal(10).pow(places);
  const scaled = numerator.times(scale);
  const abs = scaled.abs();
  const whole = abs.divToInt(denominator);
  const remainder = abs.minus(whole.times(denominator));
  const units = remainder.times(2).gte(denominator) ? whole.plus(1) : whole;
  const result = units.div(scale);
  return scaled.isNegative() && !result.isZero() ? result.neg() : result;
}

/** `numerator / denominator` rounded to the fen, half up, exactly (I-12). See {@link roundQuotient}. */
export function roundQuotientFen(numerator: Decimal, denominator: Decimal): Decimal {
  return roundQuotient(numerator, denominator, 2);
}

/**
 * Rounds a share or a rate to 4 decimal places, half up, for reports (I-9).
 */
export function roundShare(value: Decimal): Decimal {
  return value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

/** The smaller of two Decimals (the first on a tie). */
export function min(a: Decimal, b: Decimal): Decimal {
  return b.lt(a) ? b : a;
}

/** The larger of two Decimals (the first on a tie). */
export function max(a: Decimal, b: Decimal): Decimal {
  return b.gt(a) ? b : a;
}

/**
 * Money as `Decimal#toFixed(2)` writes it: two decimals, no exponent. An amount already to the fen
 * (a rule's result) is written from its `toString`, padded to two decimals, which is several times
 * faster than `toFixed`, which makes a rounded copy first; anything else is written by `toFixed(2)`
 * itself.
 *
 * @example
 * ```ts
 * formatYuan(new Decimal('1500'));   //=> '1500.00'
 * formatYuan(new Decimal('0.5'));    //=> '0.50'
 * formatYuan(new Decimal('1.005'));  //=> '1.01' (toFixed(2), half up)
 * ```
 */
export function formatYuan(value: Decimal): string {
  // Stryker disable all: equivalent: every way out writes what toFixed(2) writes (a property test compares the two on any value); only the speed differs
  const s = value.toString();
  const dot = s.indexOf('.');
  if (s.indexOf('e') < 0 && value.isFinite()) {
    if (dot < 0) return `${s}.00`;
    const places = s.length - dot - 1;
    if (places === 2) return s;
    if (places === 1) return `${s}0`;
  }
  // Stryker restore all
  return value.toFixed(2);
}

/** Formats a fraction as a percentage with as many decimals as it needs (0.02175 → '2.175%'). */
export function formatPercent(value: Decimal): string {
  return `${value.times(100).toDecimalPlaces(6).toString()}%`;
}
