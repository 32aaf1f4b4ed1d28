/**
 * Deep freezing: plans, results and records are immutable all the way down.
 *
 * @module
 */

/**
 * Freezes `value` and everything reachable from it (Decimals included: decimal.js never changes a
 * value it has made, so a frozen one works as any other), and returns it. An object already frozen
 * is taken as frozen all the way down.
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
