/**
 * Deep freezing: what the library returns cannot be changed, down to the digits of its Decimals.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { deepFreeze, freezeDecimal } from '../../src/core/freeze.js';

/** The paths of every object reachable from `v` through own properties that is not frozen. */
function unfrozen(v: unknown, path = '$'): string[] {
  if (v === null || typeof v !== 'object') return [];
  return [...(Object.isFrozen(v) ? [] : [path]), ...Reflect.ownKeys(v).flatMap((k) => unfrozen((v as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`))];
}

describe('deepFreeze', () => {
  it('freezes objects, arrays (holes and all) and Decimals with their digits, all the way down, and returns the value', () => {
    const sparse: unknown[] = [];
    sparse[3] = { deep: [new Decimal('1.5')] };
    const value = { a: { b: [1, { c: new Decimal('123456789012345678901234567890.25') }] }, sparse, n: 1, s: 'x', nothing: null };
    expect(deepFreeze(value)).toBe(value);
    expect(unfrozen(value)).toEqual([]);
    expect(() => Object.assign(value.a.b[1] as object, { c: 2 })).toThrow(TypeError);
  });

  it('leaves what is not an object as it is, and takes an object already frozen as frozen', () => {
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze(null)).toBe(null);
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it('leaves a frozen Decimal working as any other', () => {
    const d = deepFreeze(new Decimal('2.5'));
    expect(d.times(2).plus(d).toFixed(2)).toBe('7.50');
  });
});

describe('freezeDecimal', () => {
  it('freezes a Decimal with its digits, NaN and the infinities included, and leaves it working', () => {
    for (const v of ['1.5', '-0', '123456789012345678901234567890.25', 'NaN', 'Infinity', '-Infinity']) {
      const x = freezeDecimal(new Decimal(v));
      expect(unfrozen(x)).toEqual([]);
      expect(x.plus(1).toString()).toBe(new Decimal(v).plus(1).toString());
    }
    expect(() => Object.assign(freezeDecimal(new Decimal(1)), new Decimal(2))).toThrow(TypeError);
  });
});
