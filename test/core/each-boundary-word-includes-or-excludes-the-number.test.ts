/**
 * I-1: each word of the plan that sets a threshold, read once (民法典 第1259条): which side of the
 * number it takes, and that the number itself is in or out — for a Decimal, a comparison's result
 * and an exact share.
 */
import { describe, expect, it } from 'vitest';
import { BOUNDARY_TERMS, boundaryTest, comparisonMeets, meets, meetsShare, type BoundaryTerm } from '../../src/core/boundary.js';
import { Decimal } from '../../src/core/decimal.js';

const d = (v: string | number) => new Decimal(v);

/** Whether each word is met just below (−1), at (0) and just above (1) its number. */
const READING: Record<BoundaryTerm, [boolean, boolean, boolean]> = {
  以上: [false, true, true], 至少: [false, true, true], 不少于: [false, true, true], 达到: [false, true, true],
  以下: [true, true, false], 以内: [true, true, false], 不超过: [true, true, false],
  超过: [false, false, true], 不满: [true, false, false],
};

describe('the boundary words (I-1)', () => {
  it('are read as 民法典 第1259条 reads them, in English too, and cannot be changed', () => {
    expect(BOUNDARY_TERMS).toEqual({
      以上: { op: '>=', en: 'at least', inclusive: true },
      至少: { op: '>=', en: 'at least', inclusive: true },
      不少于: { op: '>=', en: 'not less than', inclusive: true },
      达到: { op: '>=', en: 'reaching', inclusive: true },
      以下: { op: '<=', en: 'at most', inclusive: true },
      以内: { op: '<=', en: 'within', inclusive: true },
      不超过: { op: '<=', en: 'not more than', inclusive: true },
      超过: { op: '>', en: 'more than', inclusive: false },
      不满: { op: '<', en: 'less than', inclusive: false },
    });
    expect(Object.isFrozen(BOUNDARY_TERMS)).toBe(true);
    for (const t of Object.values(BOUNDARY_TERMS)) expect(Object.isFrozen(t)).toBe(true);
  });

  it.each(Object.entries(READING) as [BoundaryTerm, [boolean, boolean, boolean]][])('%s is met below, at and above its number as %j', (term, [below, at, above]) => {
    expect([comparisonMeets(-1, term), comparisonMeets(0, term), comparisonMeets(1, term)]).toEqual([below, at, above]);
    const test = boundaryTest(term);
    expect([test(-1), test(0), test(1)]).toEqual([below, at, above]);
    expect([meets(d('16709.99'), term, d(16710)), meets(d(16710), term, d(16710)), meets(d('16710.01'), term, d(16710))]).toEqual([below, at, above]);
  });

  it('compares a share by cross-multiplying: exactly 80% is 以下 80%, a fen more is not', () => {
    expect(meetsShare(d(8000), d(10000), '以下', d('0.8'))).toBe(true);
    expect(meetsShare(d('8000.01'), d(10000), '以下', d('0.8'))).toBe(false);
    expect(meetsShare(d(2000), d(10000), '以上', d('0.2'))).toBe(true);
    expect(meetsShare(d('1999.99'), d(10000), '以上', d('0.2'))).toBe(false);
    // 1/3 against 0.3333…: a division would round, the cross-multiplication does not
    expect(meetsShare(d(1), d(3), '超过', d('0.3333333333'))).toBe(true);
  });
});
