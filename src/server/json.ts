/**
 * JSON in and out of the service: results as plain JSON with every Decimal written as an exact
 * decimal string (money with its two decimals, '1500.00'; rates and shares as computed, '0.02175'),
 * never as a JSON number; and request bodies checked for what JSON.parse lets through but a
 * service must refuse: keys that name an object's prototype, and nesting deeper than any input of
 * the plan needs.
 *
 * @module
 */
import { Decimal } from '../index.js';

/** Deepest nesting accepted in a request body (a household is 4 levels deep; a reform 3). */
export const MAX_DEPTH = 32;

/** Keys refused anywhere in a request body: they could reach an object's prototype when copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A Decimal as an exact decimal string, with at least two decimals ('3000.00', '0.04', '0.7512'). */
export function decimalText(d: Decimal): string {
  return d.decimalPlaces() < 2 ? d.toFixed(2) : d.toFixed();
}

/**
 * A result as plain JSON data: Decimals to exact strings, frozen objects and arrays copied,
 * functions and the keys in `omit` left out. Lazy getters (a population's `perHousehold` rows)
 * are read only when not omitted.
 *
 * @example
 * ```ts
 * toJson({ amount: new Decimal('1500'), rate: new Decimal('0.03'), trace: {} }, new Set(['trace']));
 * //=> { amount: '1500.00', rate: '0.03' }
 * ```
 */
export function toJson(value: unknown, omit: ReadonlySet<string>): unknown {
  if (value === null || value === undefined) return null;
  if (Decimal.isDecimal(value)) return decimalText(value as Decimal);
  if (Array.isArray(value)) return value.map((v) => toJson(v, omit));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      if (omit.has(k)) continue;
      const v = (value as Record<string, unknown>)[k];
      if (typeof v === 'function') continue;
      out[k] = toJson(v, omit);
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** What is wrong with a parsed body, if anything: a forbidden key or too deep a nesting. */
export interface BodyProblem {
  readonly code: 'forbidden_key' | 'too_deep';
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly messageZh: string;
}

/**
 * Checks a value from JSON.parse without recursion (so no nesting can overflow the stack): no key
 * `__proto__`, `constructor` or `prototype` at any depth, and at most {@link MAX_DEPTH} levels.
 *
 * @example
 * ```ts
 * checkBody(JSON.parse('{"__proto__":{"x":1}}'))?.code; //=> 'forbidden_key'
 * checkBody({ a: [1, 2] }); //=> undefined
 * ```
 */
export function checkBody(root: unknown, maxDepth = MAX_DEPTH): BodyProblem | undefined {
  const stack: { v: unknown; depth: number; path: readonly (string | number)[] }[] = [{ v: root, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop() as { v: unknown; depth: number; path: readonly (string | number)[] };
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) {
      return {
        code: 'too_deep', path: path.slice(0, 8),
        message: `is nested more than ${maxDepth} levels deep`, messageZh: `嵌套层数超过 ${maxDepth} 层`,
      };
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1, path: [...path, i] });
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) {
        return {
          code: 'forbidden_key', path,
          message: 'has a key named __proto__, constructor or prototype, which is not accepted',
          messageZh: '含有名为 __proto__、constructor 或 prototype 的键，不予接受',
        };
      }
      stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, path: [...path, k] });
    }
  }
  return undefined;
}
