import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { rentSubsidy, type RentSubsidyInput } from '../../src/rules/rent-subsidy.js';
import { issueOf } from '../helpers/issue-of.js';

/** The same clause read as counting persons (reading rentEmployedUnit, I-6). */
const PERSONS = LANXI_2023.with({ readings: { rentEmployedUnit: 'persons' } });

/** A site with both kinds of count: 4 of 10 households (below half), 9 of 18 persons (exactly half). */
const SITE: RentSubsidyInput = {
  rentPaid: 60000,
  inKeyAssistanceVillage: true,
  laborCapableLowIncomeHouseholds: 10,
  employedLowIncomeHouseholds: 4,
  laborCapableLowIncomePersons: 18,
  employedLowIncomePersons: 9,
};

const persons = (capable: number, employed: number, rentPaid: number | string = 60000): RentSubsidyInput =>
  ({ rentPaid, inKeyAssistanceVillage: true, laborCapableLowIncomePersons: capable, employedLowIncomePersons: employed });

describe('rentSubsidy under the reading rentEmployedUnit (2.3.7, I-6)', () => {
  describe("'households' (the default)", () => {
    it('counts households, so 4 of 10 households is below half whatever the persons', () => {
      const r = rentSubsidy(SITE);
      expect(r).toMatchObject({ eligible: false, employedUnit: 'households' });
      expect(r.reasons.map((x) => x.code)).toEqual(['employed_share_below_minimum']);
      expect(r.reasons[0]?.zh).toContain('4/10 户');
    });

    it('gives the same answer as before for a site given only household counts', () => {
      const r = rentSubsidy({ rentPaid: 60000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 });
      expect(r.amount.toFixed(2)).toBe('12000.00');
    });

    it('cites the reading and says it counts households in the trace and in explain()', () => {
      const r = rentSubsidy(SITE);
      expect(r.trace.children).toContainEqual(expect.objectContaining({ kind: 'param', name: 'rentEmployedUnit', value: 'households', clause: '2.3.7', interpretation: 'I-6' }));
      expect(explain(r, { locale: 'en' })).toContain("counted in households (reading rentEmployedUnit = 'households')");
      expect(explain(r)).toContain('吸纳本行政村一半以上有劳动力的低收入农户就近就业的');
    });

    it('requires the household counts, at their path', () => {
      expect(issueOf(() => rentSubsidy(persons(18, 9)))).toMatchObject({ path: ['laborCapableLowIncomeHouseholds'], code: 'required' });
    });

    it('still checks person counts given beside the household counts', () => {
      expect(issueOf(() => rentSubsidy({ ...SITE, employedLowIncomePersons: 19 }))).toMatchObject({ path: ['employedLowIncomePersons'], code: 'exceeds_labor_capable' });
      expect(issueOf(() => rentSubsidy({ ...SITE, laborCapableLowIncomePersons: 1.5 }))).toMatchObject({ path: ['laborCapableLowIncomePersons'], code: 'not_integer' });
    });
  });

  describe("'persons'", () => {
    it('counts persons, so the same site with 9 of 18 persons employed (exactly half) gets 20% of 60000 = 12000.00', () => {
      const r = rentSubsidy(SITE, PERSONS);
      expect(r).toMatchObject({ eligible: true, employedUnit: 'persons', reasons: [] });
      expect(r.amount.toFixed(2)).toBe('12000.00');
    });

    it('pays a village where exactly half the labour-capable persons work at the site (以上 includes the number, I-1)', () => {
      expect(rentSubsidy(persons(10, 5), PERSONS).eligible).toBe(true);
      expect(rentSubsidy(persons(2, 1), PERSONS).eligible).toBe(true);
    });

    it('pays nothing one person short of half: 4 of 9 (44%) and 4 of 10', () => {
      for (const [c, e] of [[9, 4], [10, 4]] as const) {
        const r = rentSubsidy(persons(c, e), PERSONS);
        expect(r.eligible).toBe(false);
        expect(r.amount.toFixed(2)).toBe('0.00');
        expect(r.reasons.map((x) => x.code)).toEqual(['employed_share_below_minimum']);
      }
    });

    it('compares an odd count exactly: 5 of 9 persons is above half', () => {
      expect(rentSubsidy(persons(9, 5), PERSONS).eligible).toBe(true);
    });

    it('does not pay in a village with no labour-capable low-income person', () => {
      const r = rentSubsidy(persons(0, 0), PERSONS);
      expect(r.reasons.map((x) => x.code)).toEqual(['no_labor_capable_persons']);
    });

    it('keeps the cap: 20% of 150000 is 30000, capped at 20000.00', () => {
      const r = rentSubsidy(persons(10, 6, 150000), PERSONS);
      expect(r).toMatchObject({ capped: true });
      expect(r.amount.toFixed(2)).toBe('20000.00');
    });

    it('says in the reasons that persons were counted', () => {
      const r = rentSubsidy(persons(9, 4), PERSONS);
      expect(r.reasons[0]?.zh).toContain('4/9 人');
      expect(r.reasons[0]?.en).toContain('4/9 persons employed: below 50%');
    });

    it('cites the reading, its words and the value the plan reads by default in explain()', () => {
      const en = explain(rentSubsidy(SITE, PERSONS), { locale: 'en' });
      expect(en).toContain("counted in persons (reading rentEmployedUnit = 'persons')");
      expect(en).toContain('what-if value; the plan says households; reading I-6');
      expect(en).toContain('吸纳本行政村一半以上有劳动力的低收入农户就近就业的');
      expect(explain(rentSubsidy(SITE, PERSONS))).toContain('按人计');
    });

    it('requires the person counts, each at its path, and not the household counts', () => {
      const base = { rentPaid: 60000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 };
      expect(issueOf(() => rentSubsidy(base, PERSONS))).toMatchObject({ path: ['laborCapableLowIncomePersons'], code: 'required' });
      expect(issueOf(() => rentSubsidy({ ...base, laborCapableLowIncomePersons: 10 }, PERSONS))).toMatchObject({ path: ['employedLowIncomePersons'], code: 'required' });
      expect(rentSubsidy(persons(10, 5), PERSONS).eligible).toBe(true);
    });

    it('refuses more employed persons than labour-capable ones, a fractional or negative count, and a count written as text', () => {
      expect(issueOf(() => rentSubsidy(persons(10, 11), PERSONS))).toMatchObject({ path: ['employedLowIncomePersons'], code: 'exceeds_labor_capable' });
      expect(issueOf(() => rentSubsidy(persons(10.5, 1), PERSONS))).toMatchObject({ path: ['laborCapableLowIncomePersons'], code: 'not_integer' });
      expect(issueOf(() => rentSubsidy(persons(10, -1), PERSONS))).toMatchObject({ path: ['employedLowIncomePersons'], code: 'too_small' });
      expect(issueOf(() => rentSubsidy({ ...persons(10, 5), employedLowIncomePersons: '5' } as never, PERSONS))).toMatchObject({ path: ['employedLowIncomePersons'], code: 'invalid_type' });
    });

    it('checks household counts given beside the person counts, and wants both of a pair', () => {
      expect(issueOf(() => rentSubsidy({ ...SITE, employedLowIncomeHouseholds: 11 }, PERSONS))).toMatchObject({ path: ['employedLowIncomeHouseholds'], code: 'exceeds_labor_capable' });
      expect(issueOf(() => rentSubsidy({ ...persons(10, 5), laborCapableLowIncomeHouseholds: 3 }, PERSONS))).toMatchObject({ path: ['employedLowIncomeHouseholds'], code: 'required' });
    });
  });
});
