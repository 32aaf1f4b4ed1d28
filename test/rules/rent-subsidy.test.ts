import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { rentSubsidy, rentSubsidyCore, type RentSubsidyInput } from '../../src/rules/rent-subsidy.js';

const site = (over: Partial<Record<keyof RentSubsidyInput, unknown>> = {}): RentSubsidyInput => ({
  rentPaid: 60000,
  inKeyAssistanceVillage: true,
  laborCapableLowIncomeHouseholds: 10,
  employedLowIncomeHouseholds: 5,
  ...over,
} as RentSubsidyInput);

const issueOf = (input: unknown) => {
  try {
    rentSubsidy(input as RentSubsidyInput);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues[0];
  }
  return expect.unreachable('no error thrown');
};

describe('rentSubsidy (2.3.7, I-6)', () => {
  describe('eligibility', () => {
    it('pays a site that employs exactly half of the labour-capable households (以上 includes the number)', () => {
      const r = rentSubsidy(site({ laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 }));
      expect(r.eligible).toBe(true);
      expect(r.reasons).toEqual([]);
      expect(r.amount.toFixed(2)).toBe('12000.00');
    });

    it('pays nothing when one household short of half', () => {
      const r = rentSubsidy(site({ laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 4 }));
      expect(r.eligible).toBe(false);
      expect(r.amount.toFixed(2)).toBe('0.00');
      expect(r.reasons.map((x) => x.code)).toEqual(['employed_share_below_minimum']);
    });

    it('compares an odd count exactly: 2 of 5 is below half, 3 of 5 is above', () => {
      expect(rentSubsidy(site({ laborCapableLowIncomeHouseholds: 5, employedLowIncomeHouseholds: 2 })).eligible).toBe(false);
      expect(rentSubsidy(site({ laborCapableLowIncomeHouseholds: 5, employedLowIncomeHouseholds: 3 })).eligible).toBe(true);
    });

    it('pays a site that employs every labour-capable household', () => {
      expect(rentSubsidy(site({ laborCapableLowIncomeHouseholds: 1, employedLowIncomeHouseholds: 1 })).eligible).toBe(true);
    });

    it('does not pay a site outside a key assistance village', () => {
      const r = rentSubsidy(site({ inKeyAssistanceVillage: false }));
      expect(r.eligible).toBe(false);
      expect(r.amount.toFixed(2)).toBe('0.00');
      expect(r.reasons).toEqual([{
        code: 'not_key_assistance_village', clause: '2.3.7',
        zh: '加工点不在乡村振兴重点帮促村', en: 'the site is not in a key assistance village',
      }]);
    });

    it('does not pay in a village with no labour-capable low-income household', () => {
      const r = rentSubsidy(site({ laborCapableLowIncomeHouseholds: 0, employedLowIncomeHouseholds: 0 }));
      expect(r.eligible).toBe(false);
      expect(r.reasons.map((x) => x.code)).toEqual(['no_labor_capable_households']);
    });

    it('lists every unmet condition, in the order of the clause, in both languages', () => {
      const r = rentSubsidy(site({ inKeyAssistanceVillage: false, employedLowIncomeHouseholds: 1 }));
      expect(r.reasons.map((x) => x.code)).toEqual(['not_key_assistance_village', 'employed_share_below_minimum']);
      expect(r.reasons[1]?.zh).toContain('1/10');
      expect(r.reasons[1]?.en).toContain('below 50%');
    });
  });

  describe('amount', () => {
    it('pays 20% of the rent', () => {
      expect(rentSubsidy(site({ rentPaid: '36000' })).amount.toFixed(2)).toBe('7200.00');
    });

    it('pays exactly the cap when 20% of the rent is exactly 20000 (不超过 includes the number)', () => {
      const r = rentSubsidy(site({ rentPaid: 100000 }));
      expect(r.amount.toFixed(2)).toBe('20000.00');
      expect(r.capped).toBe(false);
    });

    it('caps the subsidy at 20000 a fen above the cap', () => {
      const r = rentSubsidy(site({ rentPaid: '100000.05' }));
      expect(r.amount.toFixed(2)).toBe('20000.00');
      expect(r.capped).toBe(true);
    });

    it('caps the subsidy at 20000 for a large rent', () => {
      expect(rentSubsidy(site({ rentPaid: 150000 })).amount.toFixed(2)).toBe('20000.00');
    });

    it('rounds half a fen up, once, at the end', () => {
      expect(rentSubsidy(site({ rentPaid: '0.025' })).amount.toFixed(2)).toBe('0.01');
      expect(rentSubsidy(site({ rentPaid: '0.024' })).amount.toFixed(2)).toBe('0.00');
      expect(rentSubsidy(site({ rentPaid: '1234.56' })).amount.toString()).toBe('246.91');
    });

    it('pays nothing for no rent', () => {
      const r = rentSubsidy(site({ rentPaid: 0 }));
      expect(r.eligible).toBe(true);
      expect(r.amount.toFixed(2)).toBe('0.00');
    });
  });

  describe('what-if', () => {
    it('applies a what-if rate and cap without touching the plan', () => {
      const reform = LANXI_2023.with({ rentSubsidy: { rate: '0.3', cap: 25000 } });
      expect(rentSubsidy(site({ rentPaid: 60000 }), reform).amount.toFixed(2)).toBe('18000.00');
      expect(rentSubsidy(site({ rentPaid: 100000 }), reform).amount.toFixed(2)).toBe('25000.00');
      expect(LANXI_2023.params.rentSubsidy.rate.value.toString()).toBe('0.2');
    });

    it('applies a what-if employment share: a third instead of half', () => {
      const reform = LANXI_2023.with({ rentSubsidy: { minEmployedShare: '0.3333' } });
      const input = site({ laborCapableLowIncomeHouseholds: 3, employedLowIncomeHouseholds: 1 });
      expect(rentSubsidy(input).eligible).toBe(false);
      expect(rentSubsidy(input, reform).eligible).toBe(true);
    });
  });

  describe('explanation', () => {
    it('explains the cap in both languages, citing the clause', () => {
      const r = rentSubsidy(site({ rentPaid: 150000 }));
      const en = explain(r, { locale: 'en' });
      const zh = explain(r);
      expect(en).toContain('[2.3.7]');
      expect(en).toContain('above the 20000-yuan cap, so 20000 is paid');
      expect(en).toContain('5/10 households employed: at least 50% (inclusive)');
      expect(zh).toContain('超过上限 20000 元，按 20000 元补助');
      expect(zh).toContain('最高不超过2万元');
      expect(zh).toContain('吸纳本行政村一半以上有劳动力的低收入农户就近就业的');
    });

    it('explains why a site is not eligible in both languages', () => {
      const r = rentSubsidy(site({ laborCapableLowIncomeHouseholds: 0, employedLowIncomeHouseholds: 0 }));
      expect(explain(r, { locale: 'en' })).toContain('the village has no labour-capable low-income household');
      expect(explain(r)).toContain('本行政村没有有劳动力的低收入农户');
      expect(explain(r)).toContain('不予补助');
    });
  });

  describe('bad input', () => {
    it.each([
      [site({ rentPaid: -1 }), ['rentPaid'], 'negative'],
      [site({ rentPaid: 'abc' }), ['rentPaid'], 'invalid_decimal'],
      [site({ rentPaid: NaN }), ['rentPaid'], 'not_a_number'],
      [site({ rentPaid: Infinity }), ['rentPaid'], 'not_finite'],
      [site({ inKeyAssistanceVillage: 'yes' }), ['inKeyAssistanceVillage'], 'invalid_type'],
      [site({ laborCapableLowIncomeHouseholds: 2.5 }), ['laborCapableLowIncomeHouseholds'], 'not_integer'],
      [site({ employedLowIncomeHouseholds: -1 }), ['employedLowIncomeHouseholds'], 'too_small'],
      [site({ employedLowIncomeHouseholds: 11 }), ['employedLowIncomeHouseholds'], 'exceeds_labor_capable'],
      [{ ...site(), extra: 1 }, [], 'unrecognized_keys'],
    ])('rejects %o at its path', (input, path, code) => {
      expect(issueOf(input)).toMatchObject({ path, code });
    });

    it('says in both languages that more households are employed than can work', () => {
      expect(issueOf(site({ employedLowIncomeHouseholds: 11 }))).toMatchObject({
        message: 'must not exceed laborCapableLowIncomeHouseholds',
        messageZh: expect.stringContaining('不能超过'),
      });
    });

    it('rejects a missing field', () => {
      const { rentPaid: _omit, ...rest } = site();
      expect(issueOf(rest)).toMatchObject({ path: ['rentPaid'], code: 'required' });
    });
  });

  describe('properties', () => {
    const fen = fc.bigInt({ min: 0n, max: 10n ** 9n }).map((n) => new Decimal(n.toString()).div(100));
    const counts = fc.integer({ min: 0, max: 500 }).chain((lc) => fc.tuple(fc.constant(lc), fc.integer({ min: 0, max: lc })));

    it('is never negative, never above the cap, and always a whole number of fen', () => {
      fc.assert(fc.property(fen, fc.boolean(), counts, (rent, key, [lc, em]) => {
        const r = rentSubsidyCore(rent, key, lc, em, LANXI_2023, false);
        expect(r.amount.gte(0)).toBe(true);
        expect(r.amount.lte(LANXI_2023.params.rentSubsidy.cap.value)).toBe(true);
        expect(r.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }));
    });

    it('is eligible exactly when in a key village with 2 × employed ≥ labour-capable > 0', () => {
      fc.assert(fc.property(fc.boolean(), counts, (key, [lc, em]) => {
        const r = rentSubsidy({ rentPaid: 1000, inKeyAssistanceVillage: key, laborCapableLowIncomeHouseholds: lc, employedLowIncomeHouseholds: em });
        expect(r.eligible).toBe(key && lc > 0 && 2 * em >= lc);
        expect(r.eligible).toBe(r.reasons.length === 0);
      }));
    });

    it('never pays less for more rent', () => {
      fc.assert(fc.property(fen, fen, (a, b) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const low = rentSubsidyCore(lo, true, 10, 5, LANXI_2023, false).amount;
        const high = rentSubsidyCore(hi, true, 10, 5, LANXI_2023, false).amount;
        expect(high.gte(low)).toBe(true);
      }));
    });

    it('equals min(20% × rent, 20000) rounded half up when eligible', () => {
      fc.assert(fc.property(fen, (rent) => {
        const r = rentSubsidyCore(rent, true, 4, 2, LANXI_2023, false);
        const expected = Decimal.min(rent.times('0.2'), 20000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(r.amount.eq(expected)).toBe(true);
      }));
    });

    it('gives the same answer with and without a trace', () => {
      fc.assert(fc.property(fen, fc.boolean(), counts, (rent, key, [lc, em]) => {
        const a = rentSubsidyCore(rent, key, lc, em, LANXI_2023, false);
        const b = rentSubsidyCore(rent, key, lc, em, LANXI_2023, true);
        expect([a.eligible, a.amount.toString(), a.reasons.map((x) => x.code)]).toEqual([b.eligible, b.amount.toString(), b.reasons.map((x) => x.code)]);
      }), { numRuns: 50 });
    });
  });

  it('returns a frozen result', () => {
    const r = rentSubsidy(site());
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.reasons)).toBe(true);
    expect(Object.isFrozen(r.trace)).toBe(true);
  });
});
