import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { compare } from '../../src/population/compare.js';
import { simulate } from '../../src/population/simulate.js';
import { syntheticPopulation, type SyntheticHousehold } from '../../src/population/synthetic.js';

type Json = Record<string, unknown>;

const student = [{ laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }];
const loan = (principal: string, annualRate = '0.0435') => ({ principal, annualRate, startDate: '2023-01-01', endDate: '2024-01-01' });

/** A household with `members` members whose disposable income is all net transfer (yuan as text). */
const hh = (id: string, members: number, transfer: string, over: Json = {}): Json => ({
  id,
  category: 'dibao',
  members: Array.from({ length: members }, () => ({ laborCapable: true })),
  income: { year: 2023, wage: '0', netOperating: '0', netProperty: '0', netTransfer: transfer },
  ...over,
});

const isVocational = (h: SyntheticHousehold) => h.members.some((m) => m.schooling === 'secondaryVocational' || m.schooling === 'higherVocational');

describe('compare (1, 2.3.4, 2.3.8; I-9)', () => {
  it('costs exactly 1000 × the eligible households when the grant rises by 1000', () => {
    const population = syntheticPopulation({ size: 3000, seed: 11 }).filter((h) => !h.otherEducationAid?.some((a) => !a.stackable));
    const eligible = population.filter(isVocational).length;
    expect(eligible).toBeGreaterThan(50);
    const c = compare(population, { year: 2023, reform: { vocationalGrant: { amount: 4000 } } });
    expect(c.delta.byBenefit.vocationalGrant.toFixed(2)).toBe(new Decimal(1000).times(eligible).toFixed(2));
    expect(c.delta.byBenefit.loanSubsidy.toFixed(2)).toBe('0.00');
    expect(c.delta.totalEntitlement.toFixed(2)).toBe(new Decimal(1000).times(eligible).toFixed(2));
    expect(c.gainers).toBe(eligible);
    expect(c.losers).toBe(0);
  });

  it('adds the per-household cost changes up to the total change', () => {
    const c = compare(syntheticPopulation({ size: 2000, seed: 12 }), { year: 2023, reform: { vocationalGrant: { amount: 4000 }, microcredit: { floorRate: '0.035' } } });
    const sum = c.perHousehold.reduce((acc, r) => acc.plus(r.entitlementChange), new Decimal(0));
    expect(sum.toFixed(2)).toBe(c.delta.totalEntitlement.toFixed(2));
  });

  it('takes the baseline summary from simulate, unchanged', () => {
    const population = syntheticPopulation({ size: 500, seed: 13 });
    const c = compare(population, { year: 2023, reform: { microcredit: { floorRate: '0.04' } } });
    const s = simulate(population, { year: 2023 });
    expect(c.baseline.totalEntitlement.eq(s.totalEntitlement)).toBe(true);
    expect(c.baseline.targets.perCapita?.eq(s.targets.perCapita as Decimal)).toBe(true);
    expect(c.reform.totalEntitlement.eq(simulate(population, { year: 2023, plan: LANXI_2023.with({ microcredit: { floorRate: '0.04' } }) }).totalEntitlement)).toBe(true);
  });

  it('adds the change in entitlements to net transfer income before the reform figures (I-9)', () => {
    const c = compare([hh('a', 2, '30000', { members: student }), hh('b', 2, '30000')], { year: 2023, reform: { vocationalGrant: { amount: 5000 } } });
    // household a receives 2000 more: 32000 / 2 = 16000; the population: 62000 / 4 = 15500
    expect(c.perHousehold[0]).toMatchObject({ id: 'a' });
    expect(c.perHousehold[0]?.incomeChange.toFixed(2)).toBe('2000.00');
    expect(c.perHousehold[0]?.perCapitaBefore.toFixed(2)).toBe('15000.00');
    expect(c.perHousehold[0]?.perCapitaAfter.toFixed(2)).toBe('16000.00');
    expect(c.baseline.targets.perCapita?.toFixed(2)).toBe('15000.00');
    expect(c.reform.targets.perCapita?.toFixed(2)).toBe('15500.00');
    expect(c.delta.perCapita?.toFixed(2)).toBe('500.00');
    expect(c.reform.targets.income.netTransfer.toFixed(2)).toBe('62000.00');
    expect(c.reform.perHousehold[0]?.disposableIncome.toFixed(2)).toBe('32000.00');
  });

  it('moves the transfer share as the statistics would', () => {
    const c = compare([hh('a', 1, '8000', { members: [{ laborCapable: false, schooling: 'higherVocational' }], income: { year: 2023, wage: '2000', netOperating: '0', netProperty: '0', netTransfer: '8000' } })], {
      year: 2023, reform: { vocationalGrant: { amount: 5000 } },
    });
    // 8000 / 10000 = 80% (met, 以下 inclusive) → 10000 / 12000 = 83.33% (not met)
    expect(c.baseline.targets.transferShare?.toString()).toBe('0.8');
    expect(c.baseline.targets.met.transferShare).toBe(true);
    expect(c.reform.targets.transferShare?.toString()).toBe('0.8333');
    expect(c.reform.targets.met.transferShare).toBe(false);
    expect(c.delta.transferShare?.toString()).toBe('0.0333');
  });

  it('counts only what the household gains when a larger grant replaces higher aid that does not stack (就高, I-7)', () => {
    const c = compare([hh('a', 1, '10000', { members: student.slice(1), otherEducationAid: [{ name: '国家助学金', amount: '3300', stackable: false }] })], {
      year: 2023, reform: { vocationalGrant: { amount: 4000 } },
    });
    const r = c.perHousehold[0];
    expect(r?.entitlementBefore.toFixed(2)).toBe('0.00');
    expect(r?.entitlementAfter.toFixed(2)).toBe('4000.00');
    expect(c.delta.totalEntitlement.toFixed(2)).toBe('4000.00'); // the plan pays the whole grant
    expect(r?.incomeChange.toFixed(2)).toBe('700.00'); // the household loses the 3300 it had
    expect(r?.perCapitaAfter.toFixed(2)).toBe('10700.00');
    expect(c.gainers).toBe(1);
  });

  it('counts gainers, losers and households crossing the 16710 line either way', () => {
    // at 3.85%, half the rate is below both floors: 36000 × 3% × 233 days (from 2023-05-13) ÷ 360 = 699.00; at 2%: 466.00 (−233.00)
    const withLoan = (id: string, transfer: string, rate = '0.0385') => hh(id, 1, transfer, { loans: [loan('36000', rate)] });
    const population = [
      withLoan('stays-above', '20000'),
      withLoan('stays-on-line', '16943.00'), // 16943.00 − 233.00 = 16710.00: still on the line (以上 inclusive)
      withLoan('crosses-down', '16942.99'), // → 16709.99
      hh('no-loan', 1, '16000'),
    ];
    const down = compare(population, { year: 2023, reform: { microcredit: { floorRate: '0.02' } } });
    expect(down.delta.byBenefit.loanSubsidy.toFixed(2)).toBe('-699.00'); // 3 × −233.00
    expect(down.gainers).toBe(0);
    expect(down.losers).toBe(3);
    expect(down.crossedUp).toBe(0);
    expect(down.crossedDown).toBe(1);
    expect(down.perHousehold.map((r) => r.crossed)).toEqual([null, null, 'down', null]);

    // at 6%, raising the floor to 4% (still below the actual rate, I-2): 699.00 → 932.00, +233.00 each
    const lifted = [withLoan('reaches-line', '16477.00', '0.06'), withLoan('just-short', '16476.99', '0.06')];
    const up = compare(lifted, { year: 2023, reform: { microcredit: { floorRate: '0.04' } } });
    expect(up.gainers).toBe(2);
    expect(up.crossedUp).toBe(1);
    expect(up.perHousehold.map((r) => r.crossed)).toEqual(['up', null]);
    expect(up.line.toString()).toBe('16710');
  });

  it('counts crossings against the baseline line even when the reform moves the target itself', () => {
    const c = compare([hh('a', 1, '17000')], { year: 2023, reform: { targets: { perCapitaIncome: 18000 } } });
    expect(c.crossedDown).toBe(0);
    expect(c.baseline.targets.met.perCapita).toBe(true);
    expect(c.reform.targets.met.perCapita).toBe(false);
    expect(c.delta.householdsMeeting.perCapita).toBe(-1);
  });

  it('takes the reform as a plan or as overrides, with the same answer', () => {
    const population = syntheticPopulation({ size: 300, seed: 14 });
    const a = compare(population, { year: 2023, reform: { microcredit: { floorRate: '0.04' } } });
    const b = compare(population, { year: 2023, reform: LANXI_2023.with({ microcredit: { floorRate: '0.04' } }) });
    expect(a.delta.totalEntitlement.eq(b.delta.totalEntitlement)).toBe(true);
    expect(a.reform.plan).toBe('lanxi-2023 (microcredit.floorRate changed)');
  });

  it('applies overrides to the given baseline', () => {
    const baseline = LANXI_2023.with({ vocationalGrant: { amount: 2000 } });
    const c = compare([hh('a', 2, '10000', { members: student })], { year: 2023, baseline, reform: { microcredit: { floorRate: '0.04' } } });
    expect(c.reform.byBenefit.vocationalGrant.toFixed(2)).toBe('2000.00');
  });

  it('shows no change when the reform changes nothing', () => {
    const c = compare(syntheticPopulation({ size: 300, seed: 15 }), { year: 2023, reform: {} });
    expect(c.delta.totalEntitlement.isZero()).toBe(true);
    expect(c.delta.perCapita?.isZero()).toBe(true);
    expect([c.gainers, c.losers, c.crossedUp, c.crossedDown]).toEqual([0, 0, 0, 0]);
  });

  it('reports bad records and compares the good ones', () => {
    const c = compare([hh('a', 1, '100'), hh('b', 0, '100')], { year: 2023, reform: {} });
    expect(c.baseline.households).toBe(1);
    expect(c.errors).toHaveLength(1);
    expect(c.errors[0]).toMatchObject({ index: 1, id: 'b' });
    expect(c.errors[0]?.issues[0]?.path).toEqual(['members']);
  });

  it.each([
    [{ year: 2023 }, ['reform'], 'required'],
    [{ year: 2023, reform: 'higher' }, ['reform'], 'invalid_type'],
    [{ year: 2023, reform: { microcredit: { floorRate: 3 } } }, ['reform', 'microcredit', 'floorRate'], 'rate_above_one'],
    [{ year: 2023, reform: { microcredit: { floorRat: 0.03 } } }, ['reform', 'microcredit'], 'unrecognized_keys'],
    [{ year: 2023, baseline: {}, reform: {} }, ['baseline'], 'invalid_plan'],
  ])('rejects the options %o at their path', (options, path, code) => {
    try {
      compare([], options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).fn).toBe('compare');
      expect((e as PolicyInputError).issues[0]).toMatchObject({ path, code });
    }
  });
});
