import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { compare } from '../../src/population/compare.js';
import { parameterPaths, sweep } from '../../src/population/sweep.js';
import { preparePopulation } from '../../src/population/simulate.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';

const { households } = preparePopulation(syntheticPopulation({ size: 1500, seed: 21 }));

describe('sweep (1, 2.3.4, 2.3.8; I-9)', () => {
  it('gives one row per value, in the order given, the first at the plan value costing nothing more', () => {
    const s = sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.035', '0.040'] });
    expect(s.path).toBe('microcredit.floorRate');
    expect(s.baseline.value).toBe('0.03');
    expect(s.rows.map((r) => r.value)).toEqual(['0.03', '0.035', '0.04']);
    expect(s.rows[0]?.costDelta.toFixed(2)).toBe('0.00');
    expect(s.rows[0]?.totalEntitlement.eq(s.baseline.totalEntitlement)).toBe(true);
    expect(s.target.toString()).toBe('16710');
  });

  it('gives in each row exactly what compare gives for that reform', () => {
    const s = sweep(households, { year: 2023, path: 'vocationalGrant.amount', values: [2000, '4000', new Decimal('5000.5')] });
    for (const row of s.rows) {
      const c = compare(households, { year: 2023, reform: { vocationalGrant: { amount: row.value } } });
      expect(row.totalEntitlement.eq(c.reform.totalEntitlement)).toBe(true);
      expect(row.costDelta.eq(c.delta.totalEntitlement)).toBe(true);
      expect(row.perCapita?.eq(c.reform.targets.perCapita as Decimal)).toBe(true);
      expect(row.transferShare?.eq(c.reform.targets.transferShare as Decimal)).toBe(true);
      expect(row.met).toEqual(c.reform.targets.met);
      expect([row.gainers, row.losers, row.crossedUp, row.crossedDown]).toEqual([c.gainers, c.losers, c.crossedUp, c.crossedDown]);
      expect(row.householdsMeetingPerCapita).toBe(c.reform.targets.householdsMeeting.perCapita);
    }
  });

  it('costs more, and raises per-capita income, as the floor rate rises', () => {
    const s = sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.02', '0.03', '0.04', '0.05', '0.06'] });
    for (let i = 1; i < s.rows.length; i++) {
      const prev = s.rows[i - 1]!;
      const row = s.rows[i]!;
      expect(row.totalEntitlement.gte(prev.totalEntitlement)).toBe(true);
      expect(row.perCapita!.gte(prev.perCapita!)).toBe(true);
    }
    expect(s.rows[0]?.costDelta.isNegative()).toBe(true);
    expect(s.rows[0]?.losers).toBeGreaterThan(0);
  });

  it('sweeps the date of force too (I-5)', () => {
    const s = sweep(households, { year: 2023, path: 'effectiveFrom', values: ['2023-05-13', '2023-01-01'] });
    expect(s.baseline.value).toBe('2023-05-13');
    expect(s.rows[0]?.costDelta.toFixed(2)).toBe('0.00');
    expect(s.rows[1]?.costDelta.isPositive()).toBe(true);
  });

  it('sweeps from a given baseline', () => {
    const baseline = LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
    const s = sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.04'], baseline });
    expect(s.baseline.value).toBe('0.04');
    expect(s.rows[0]?.costDelta.toFixed(2)).toBe('0.00');
  });

  it('lists the parameter names it accepts', () => {
    expect(parameterPaths(LANXI_2023)).toEqual(expect.arrayContaining(['effectiveFrom', 'microcredit.floorRate', 'vocationalGrant.amount', 'targets.perCapitaIncome']));
  });

  it('lists them in a frozen array, which a caller cannot change', () => {
    const paths = parameterPaths(LANXI_2023);
    expect(Object.isFrozen(paths)).toBe(true);
    expect(() => { (paths as string[]).push('microcredit.bonus'); }).toThrow(TypeError);
    expect(parameterPaths(LANXI_2023)).not.toContain('microcredit.bonus');
  });

  it.each([
    [{ path: 'microcredit.floor', values: ['0.04'] }, ['path'], 'unknown_parameter'],
    [{ path: 'floorRate', values: ['0.04'] }, ['path'], 'unknown_parameter'],
    [{ path: 'microcredit.floorRate', values: [] }, ['values'], 'too_small'],
    [{ path: 'microcredit.floorRate', values: ['0.04', 'four percent'] }, ['values', 1], 'invalid_decimal'],
    [{ path: 'microcredit.floorRate', values: ['0.04', 4] }, ['values', 1], 'rate_above_one'],
    [{ path: 'effectiveFrom', values: ['2023-02-30'] }, ['values', 0], 'invalid_date'],
  ])('rejects %o at its path', (options, path, code) => {
    try {
      sweep(households, { year: 2023, ...options } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).fn).toBe('sweep');
      expect((e as PolicyInputError).issues[0]).toMatchObject({ path, code });
    }
  });
});
