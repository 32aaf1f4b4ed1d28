import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { checkIndicators, sumIndicatorCounts } from '../../src/programme/indicators.js';
import { issueOf } from '../helpers/issue-of.js';


const ok = { safe: 50, total: 50 };
const water = (over: object = {}) => ({ quality: ok, quantity: ok, convenience: ok, reliability: ok, ...over });

describe('checkIndicators (2.1.1, 2.1.2, 2.1.4, I-1)', () => {
  it('meets the joint handling rate at exactly 100%', () => {
    const r = checkIndicators({ jointHandling: { handled: 120, total: 120 } });
    expect(r.indicators.jointHandling).toMatchObject({ clause: '2.1.1', numerator: 120, denominator: 120, status: 'met', reason: null });
    expect(r.indicators.jointHandling?.rate?.toString()).toBe('1');
    expect(r.status).toBe('met');
  });

  it('fails one case short, even when the rate rounds to 100% for the report', () => {
    const r = checkIndicators({ compulsoryEnrolment: { enrolled: 99999, total: 100000 } });
    expect(r.indicators.compulsoryEnrolment?.rate?.toString()).toBe('1');
    expect(r.indicators.compulsoryEnrolment).toMatchObject({ status: 'failed', reason: { code: 'rate-below-target', clause: '2.1.2' } });
    expect(r.indicators.compulsoryEnrolment?.reason?.zh).toBe('义务教育入学率 99999/100000，未达到 100%（第2.1.2条）');
  });

  it('reports a zero denominator as n/a with a null rate, never NaN', () => {
    const r = checkIndicators({ jointHandling: { handled: 0, total: 0 } });
    expect(r.indicators.jointHandling).toMatchObject({ rate: null, status: 'n/a', reason: { code: 'no-population' } });
    expect(r.status).toBe('n/a');
  });

  it('meets water safety when all four indicators reach every household', () => {
    const r = checkIndicators({ waterSafety: water() });
    expect(r.indicators.waterSafety).toMatchObject({ clause: '2.1.4', numerator: 4, denominator: 4, status: 'met' });
    expect(r.water).toEqual({ quality: 'met', quantity: 'met', convenience: 'met', reliability: 'met' });
  });

  it('fails water safety when one indicator misses one household, naming it', () => {
    const r = checkIndicators({ waterSafety: water({ reliability: { safe: 49, total: 50 } }) });
    expect(r.water.reliability).toBe('failed');
    expect(r.indicators.waterSafety?.status).toBe('failed');
    expect(r.indicators.waterSafety?.reason?.en).toBe('drinking water: 3 of 4 indicators met, fewer than 4: reliability of supply 49/50 (clause 2.1.4)');
  });

  it('is n/a for water when an indicator has no household measured and none fails', () => {
    const r = checkIndicators({ waterSafety: water({ quantity: { safe: 0, total: 0 } }) });
    expect(r.indicators.waterSafety).toMatchObject({ status: 'n/a', reason: { code: 'no-population' } });
  });

  it('follows a what-if number of water indicators', () => {
    const three = LANXI_2023.with({ indicators: { waterSafetyIndicators: 3 } });
    expect(checkIndicators({ waterSafety: water({ reliability: { safe: 49, total: 50 } }) }, three).status).toBe('met');
  });

  it('follows a what-if rate below 100%', () => {
    const reform = LANXI_2023.with({ indicators: { jointHandlingRate: '0.95' } });
    expect(checkIndicators({ jointHandling: { handled: 95, total: 100 } }, reform).status).toBe('met');
    expect(checkIndicators({ jointHandling: { handled: 94, total: 100 } }, reform).status).toBe('failed');
  });

  it('sums areas as Σ numerators over Σ denominators', () => {
    const s = sumIndicatorCounts([{ jointHandling: { handled: 1, total: 1 } }, { jointHandling: { handled: 9, total: 10 }, waterSafety: water() }, {}]);
    expect(s.jointHandling).toEqual({ handled: 10, total: 11 });
    expect(s.compulsoryEnrolment).toBeUndefined();
    expect(s.waterSafety?.quality).toEqual(ok);
  });

  it('explains each indicator with its clause quoted', () => {
    const r = checkIndicators({ jointHandling: { handled: 9, total: 10 }, waterSafety: water() });
    const zh = explain(r);
    expect(zh).toContain('确保救助一件事惠民联办率达到100%');
    expect(zh).toContain('救助一件事联办率 9/10，未达到 100%（第2.1.1条）');
    expect(zh).toContain('[2.1.4] 饮水安全');
  });

  it.each([
    [{ jointHandling: { handled: 11, total: 10 } }, ['jointHandling', 'handled'], 'exceeds_total'],
    [{ compulsoryEnrolment: { enrolled: -1, total: 10 } }, ['compulsoryEnrolment', 'enrolled'], 'too_small'],
    [{ compulsoryEnrolment: { enrolled: 1.5, total: 10 } }, ['compulsoryEnrolment', 'enrolled'], 'not_integer'],
    [{ waterSafety: { quality: ok, quantity: ok, convenience: ok } }, ['waterSafety', 'reliability'], 'invalid_type'],
    [{ waterSafety: water({ quality: { safe: 51, total: 50 } }) }, ['waterSafety', 'quality', 'safe'], 'exceeds_total'],
  ])('rejects bad counts at their path (%#)', (input, path, code) => {
    expect(issueOf(() => checkIndicators(input as never))).toMatchObject({ path, code });
  });

  it('is met exactly when every case is counted, for any counts (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b) => {
      const [handled, total] = a <= b ? [a, b] : [b, a];
      const l = checkIndicators({ jointHandling: { handled, total } }).indicators.jointHandling;
      expect(l?.status).toBe(total === 0 ? 'n/a' : handled === total ? 'met' : 'failed');
      expect(l?.rate === null || l?.rate.isFinite()).toBe(true);
    }));
  });
});
