import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { monthlyVisits } from '../../src/rules/monthly-visits.js';

/** Only the months the period covers whole need a visit (reading visitMonths). */
const WHOLE = LANXI_2023.with({ readings: { visitMonths: 'whole' } });

/** From the date of force to 2023-08-15: May and August are partial, June and July whole. */
const PERIOD = { from: '2023-05-13', to: '2023-08-15' } as const;

describe('monthlyVisits under the reading visitMonths (2.3.1)', () => {
  describe("'touched' (the default)", () => {
    it('checks every month the period reaches, the partial first and last months too', () => {
      const r = monthlyVisits({ ...PERIOD, visits: ['2023-06-05', '2023-07-05'] });
      expect(r.months).toEqual(['2023-05', '2023-06', '2023-07', '2023-08']);
      expect(r.missedMonths).toEqual(['2023-05', '2023-08']);
      expect(r.partialMonths).toEqual([]);
      expect(r.compliant).toBe(false);
    });

    it('still ignores a visit in the first month but before the period', () => {
      const r = monthlyVisits({ ...PERIOD, visits: ['2023-05-12', '2023-06-05', '2023-07-05', '2023-08-15'] });
      expect(r.missedMonths).toEqual(['2023-05']);
    });

    it('names the reading in explain()', () => {
      const en = explain(monthlyVisits({ ...PERIOD, visits: [] }), { locale: 'en' });
      expect(en).toContain("every calendar month the period reaches, even in part, needs a visit (reading visitMonths = 'touched')");
      expect(en).toContain('实施低收入农户每月走访行动');
    });
  });

  describe("'whole'", () => {
    it('checks only June and July, and lists May and August as partial months', () => {
      const r = monthlyVisits({ ...PERIOD, visits: ['2023-06-05', '2023-07-05'] }, WHOLE);
      expect(r).toMatchObject({ compliant: true, months: ['2023-06', '2023-07'], missedMonths: [], partialMonths: ['2023-05', '2023-08'] });
    });

    it('misses a whole month without a visit, and does not count visits in partial months towards it', () => {
      const r = monthlyVisits({ ...PERIOD, visits: ['2023-05-20', '2023-07-05', '2023-08-01'] }, WHOLE);
      expect(r.missedMonths).toEqual(['2023-06']);
      expect(r.visitedMonths).toEqual(['2023-07']);
    });

    it('checks a month that runs from its first day to its last, and the same months as touched on whole-month periods', () => {
      const input = { from: '2023-06-01', to: '2023-08-31', visits: ['2023-06-05', '2023-08-31'] };
      const whole = monthlyVisits(input, WHOLE);
      const touched = monthlyVisits(input);
      expect(whole.months).toEqual(touched.months);
      expect(whole.missedMonths).toEqual(['2023-07']);
      expect(whole.partialMonths).toEqual([]);
    });

    it('has nothing to check in a period inside one month, and is compliant', () => {
      const r = monthlyVisits({ from: '2023-05-13', to: '2023-05-31', visits: [] }, WHOLE);
      expect(r).toMatchObject({ compliant: true, months: [], partialMonths: ['2023-05'] });
      expect(monthlyVisits({ from: '2023-05-13', to: '2023-05-31', visits: [] }).compliant).toBe(false);
    });

    it('names the reading and the partial months in explain(), in both languages', () => {
      const r = monthlyVisits({ ...PERIOD, visits: [] }, WHOLE);
      expect(explain(r, { locale: 'en' })).toContain("reading visitMonths = 'whole'); partial months not checked: 2023-05, 2023-08");
      expect(explain(r)).toContain('不完整的月份不检查：2023-05、2023-08');
      expect(explain(r, { locale: 'en' })).toContain('what-if value; the plan says touched');
    });
  });
});
