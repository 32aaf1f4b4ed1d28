/**
 * The `Decimal` the package exports: the library's decimal.js clone (50 significant digits, half up,
 * I-12) behind a guarded constructor. It builds the very same values (`instanceof Decimal` holds for
 * every amount and rate a result gives), but at the public boundary it behaves like every other
 * export: a bad argument throws {@link PolicyInputError} without repeating the value, and it is
 * frozen, with `set` and `config` throwing, so its configuration cannot be changed through it (the
 * clone's own setting fields are writable for decimal.js; see core/decimal.ts).
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { Decimal as LibraryDecimal } from './decimal.js';
import { PolicyInputError, type PolicyIssue } from './errors.js';

/** Longest string read as a number: far beyond any amount, short of a denial of service. */
const MAX_TEXT = 10_000;

const fail = (fn: string, issue: PolicyIssue): never => {
  throw new PolicyInputError(fn, [issue]);
};

/** The argument as decimal.js may read it, or a PolicyInputError naming what is wrong (never the value). */
function checked(fn: string, value: unknown, path: readonly (string | number)[]): DecimalJs.Value | bigint {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) fail(fn, { path, code: 'not_finite', message: 'must be a finite number', messageZh: '必须是有限数值' });
      return value;
    case 'bigint':
      return value;
    case 'string':
      if (value.length > MAX_TEXT) fail(fn, { path, code: 'too_big', message: `must be at most ${MAX_TEXT} characters`, messageZh: `不能超过 ${MAX_TEXT} 个字符` });
      return value;
    default: {
      // A Decimal (of this library or of the decimal.js package) is read by its text: an object that
      // only looks like one (a Proxy, a forged prototype) cannot hand decimal.js digits it never checks.
      let text: unknown;
      try {
        if (value !== null && typeof value === 'object' && DecimalJs.isDecimal(value)) text = (value as DecimalJs).toString();
      } catch {
        text = undefined;
      }
      if (typeof text === 'string' && text.length <= MAX_TEXT) return text;
      return fail(fn, { path, code: 'invalid_type', message: 'must be a decimal string, a finite number, a bigint or a Decimal', messageZh: '必须是十进制数字字符串、有限数值、bigint 或 Decimal' });
    }
  }
}

/** Builds a library Decimal from a checked argument; a text decimal.js cannot read, or ±Infinity, NaN, is refused. */
function build(fn: string, value: DecimalJs.Value | bigint, path: readonly (string | number)[]): DecimalJs {
  let d: DecimalJs;
  try {
    d = new LibraryDecimal(value as DecimalJs.Value);
  } catch {
    return fail(fn, { path, code: 'invalid_decimal', message: 'must be a decimal number such as 1234.5 or 0.0435', messageZh: '必须是十进制数字，如 1234.5 或 0.0435' });
  }
  if (!d.isFinite()) fail(fn, { path, code: 'not_finite', message: 'must be a finite number', messageZh: '必须是有限数值' });
  return d;
}

/** Settings the library fixes (core/decimal.ts): changing them would change how every rule rounds. */
const FIXED = new Set(['set', 'config']);

/**
 * The library's `Decimal`: decimal.js configured with 50 significant digits and half-up rounding
 * (四舍五入, I-12). Every amount and rate a result holds is one (`instanceof Decimal`), with the whole
 * decimal.js API (`plus`, `times`, `toFixed`, `eq`, …). `new Decimal(x)` (or `Decimal(x)`) takes a
 * decimal string, a finite number, a bigint or a Decimal; anything else, a text that is not a number,
 * or a non-finite value throws {@link PolicyInputError} (fn `Decimal`), whose message never repeats
 * the value. The static functions (`Decimal.max`, `Decimal.sum`, …) are decimal.js's, with the same
 * errors; `Decimal.set` and `Decimal.config` throw: the library's settings are fixed (make your own
 * with `Decimal.clone({...})`, a separate constructor).
 *
 * @example
 * ```ts
 * import { Decimal } from 'lanxi-policy';
 * new Decimal('0.1').plus('0.2').toString(); //=> '0.3'
 * new Decimal('1.005').toFixed(2);           //=> '1.01' (half up)
 * new Decimal('12,000');                     // throws PolicyInputError (code invalid_decimal)
 * ```
 */
export const Decimal: typeof LibraryDecimal = (() => {
  function PublicDecimal(this: unknown, value: unknown): DecimalJs {
    return build('Decimal', checked('Decimal', value, []), []);
  }
  PublicDecimal.prototype = LibraryDecimal.prototype;
  const statics = LibraryDecimal as unknown as Record<string, unknown>;
  for (const key of Object.keys(statics)) {
    const member = statics[key];
    if (key === 'Decimal' || key === 'default') {
      Object.defineProperty(PublicDecimal, key, { value: PublicDecimal, enumerable: true });
    } else if (FIXED.has(key)) {
      // the library's own: they throw, whichever constructor they are called on
      Object.defineProperty(PublicDecimal, key, { value: member, enumerable: true });
    } else if (typeof member === 'function') {
      const fn = `Decimal.${key}`;
      const call = member as (...args: unknown[]) => unknown;
      Object.defineProperty(PublicDecimal, key, {
        enumerable: true,
        value: (...args: unknown[]): unknown => {
          const values = key === 'clone' || key === 'isDecimal' || key === 'random'
            ? args
            : args.map((a, i) => checked(fn, a, [i]));
          try {
            return call.apply(LibraryDecimal, values);
          } catch (e) {
            if (e instanceof PolicyInputError) throw e;
            return fail(fn, { path: [], code: 'invalid_decimal', message: 'its arguments must be decimal numbers within its domain', messageZh: '参数必须是其定义域内的十进制数字' });
          }
        },
      });
    } else {
      Object.defineProperty(PublicDecimal, key, { value: member, enumerable: true });
    }
  }
  return Object.freeze(PublicDecimal) as unknown as typeof LibraryDecimal;
})();

/** A decimal.js value (from this library's clone or from the `decimal.js` package). */
export type Decimal = DecimalJs;
