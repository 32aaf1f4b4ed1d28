/**
 * Deep freezing: plans, results and records are immutable all the way down.
 *
 * @module
 */

/**
 * Freezes `value` and everything reachable from it through its own enumerable properties,
 * Decimals included (decimal.js never changes a value it has made, so a frozen one works as any
 * other), and returns it. An object already frozen is taken as frozen all the way down.
 *
 * @param value - anything.
 * @returns `value`, deeply frozen.
 * @example
 * ```ts
 * const o = deepFreeze({ a: { b: [1] } });
 * Object.isFrozen(o.a.b); //=> true
 * ```
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Freezes a Decimal made by the library with what it holds (its digits), and returns it: the
 * {@link deepFreeze} of a Decimal, without the walk. decimal.js never changes a value it has made,
 * so a frozen one works as any other; frozen, it cannot be changed by code that writes into it.
 *
 * @param d - a Decimal.
 * @returns `d`, frozen.
 * @example
 * ```ts
 * import { Decimal } from './decimal.js';
 * const d = freezeDecimal(new Decimal('1.5'));
 * Object.isFrozen(d);      //=> true
 * d.times(2).toString();   //=> '3'
 * ```
 * @internal
 */
export function freezeDecimal<D extends object>(d: D): D {
  if (Object.isFrozen(d)) return d;
  Object.freeze(d);
  for (const k of Object.keys(d)) {
    const v: unknown = (d as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null) Object.freeze(v);
  }
  return d;
}
