import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_TERMS, Decimal, meets, meetsShare, type BoundaryTerm } from '../../src/index.js';

const d = (v: string | number) => new Decimal(v);

describe('the I-1 boundary primitive (民法典 第1259条)', () => {
  it.each<[BoundaryTerm, boolean]>([
    ['以上', true], ['以下', true], ['以内', true], ['不超过', true], ['不少于', true], ['至少', true], ['达到', true],
    ['超过', false], ['不满', false],
  ])('%s includes the number itself: %s', (term, included) => {
    expect(meets(d(16710), term, d(16710))).toBe(included);
    expect(BOUNDARY_TERMS[term].inclusive).toBe(included);
  });

  it('16710 以上 is met at 16710 and missed a fen under', () => {
    expect(meets(d('16710'), '以上', d(16710))).toBe(true);
    expect(meets(d('16709.99'), '以上', d(16710))).toBe(false);
  });

  it('compares a share exactly, without dividing', () => {
    expect(meetsShare(d(1), d(2), '以上', d('0.5'))).toBe(true);
    expect(meetsShare(d(1), d(3), '以下', d('0.3333333333333333333333333'))).toBe(false);
    expect(meetsShare(d(4), d(5), '以下', d('0.8'))).toBe(true);
  });

  it('makes 超过 the complement of 不超过 and 不满 the complement of 以上 (property)', () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), (a, b) => {
      expect(meets(d(a), '超过', d(b))).toBe(!meets(d(a), '不超过', d(b)));
      expect(meets(d(a), '不满', d(b))).toBe(!meets(d(a), '以上', d(b)));
    }));
  });
});
