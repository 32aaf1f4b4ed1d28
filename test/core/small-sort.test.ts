/**
 * The sort for a household's few items: ascending, in place, and stable (equal keys keep their
 * order), as `Array.prototype.sort` with a comparator gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortAscending, sortIndicesBy } from '../../src/core/small-sort.js';

describe('sorting a household\'s few numbers', () => {
  it('sorts numbers ascending in place, as Array.prototype.sort does (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), (xs) => {
      const mine = [...xs];
      expect(sortAscending(mine)).toBe(mine);
      expect(mine).toEqual([...xs].sort((a, b) => a - b));
    }));
  });

  it('sorts indices by a key, equal keys in their first order, as a stable comparator sort does (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (keys) => {
      const order = keys.map((_, i) => i);
      expect(sortIndicesBy(order, (i) => keys[i] as number)).toBe(order);
      expect(order).toEqual(keys.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b));
    }));
  });

  it('leaves an empty list, one item and a sorted list as they are', () => {
    expect(sortAscending([])).toEqual([]);
    expect(sortAscending([7])).toEqual([7]);
    expect(sortAscending([1, 2, 2, 3])).toEqual([1, 2, 2, 3]);
    expect(sortIndicesBy([2, 0, 1], () => 0)).toEqual([2, 0, 1]);
    expect(sortAscending([3, 1, 2])).toEqual([1, 2, 3]);
  });
});
