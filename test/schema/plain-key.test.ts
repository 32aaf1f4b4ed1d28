import { describe, expect, it } from 'vitest';
import { plainKey } from '../../src/schema/plain-key.js';

describe('plainKey', () => {
  it('fixes primitives with their type, so that 1 and "1" get different keys', () => {
    expect(plainKey(1)).toBe('N1');
    expect(plainKey('1')).toBe('S"1"');
    expect(plainKey(-0)).toBe('N-0');
    expect(plainKey(null)).toBe('n');
  });

  it('marks holes in arrays and keeps the order of an object’s keys', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(plainKey([1, , 2])).toBe('[N1,h,N2,]');
    expect(plainKey({ b: 1, a: 2 })).not.toBe(plainKey({ a: 2, b: 1 }));
  });

  it('gives a key of 400 characters, and none for a longer one', () => {
    expect(plainKey('x'.repeat(397))).toHaveLength(400);
    expect(plainKey('x'.repeat(398))).toBeUndefined();
  });

  /** How many times `JSON.stringify` runs while `f` does. */
  const stringifyCalls = (f: () => void): number => {
    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      calls += 1;
      return stringify(...args);
    }) as typeof JSON.stringify;
    try {
      f();
    } finally {
      JSON.stringify = stringify;
    }
    return calls;
  };

  it('gives no key for a string of ten million characters, without writing it out', () => {
    const huge = 'x'.repeat(10_000_000);
    // the key "id" only
    expect(stringifyCalls(() => expect(plainKey({ id: huge })).toBeUndefined())).toBe(1);
  });

  it('gives no key for an object with a key of ten million characters, without writing it out', () => {
    const huge = 'k'.repeat(10_000_000);
    // the key "id" and its value only
    expect(stringifyCalls(() => expect(plainKey({ id: 'a', [huge]: 1 })).toBeUndefined())).toBe(2);
  });

  it('gives no key for accessors, class instances, inherited keys or deep nesting', () => {
    expect(plainKey({ get a() { return 1; } })).toBeUndefined();
    expect(plainKey(new Date(0))).toBeUndefined();
    expect(plainKey(Object.create({ a: 1 }))).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 10; i++) deep = [deep];
    expect(plainKey(deep)).toBeUndefined();
  });
});
