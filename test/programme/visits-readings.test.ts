import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { checkMonthlyVisits, type VisitRecordInput } from '../../src/programme/visits.js';

const WHOLE = LANXI_2023.with({ readings: { visitMonths: 'whole' } });
const v = (householdId: string, date: string, cadreId = 'C1', township = '诸葛镇'): VisitRecordInput => ({ householdId, township, cadreId, date });

/** From the date of force to 2023-07-31: May is partial. H1 is visited in June and July only; H2 in May and June only. */
const INPUT = { from: '2023-05-13', to: '2023-07-31', visits: [v('H1', '2023-06-10'), v('H1', '2023-07-10'), v('H2', '2023-05-20', 'C2'), v('H2', '2023-06-20', 'C2')] };

describe('checkMonthlyVisits under the reading visitMonths (2.3.1)', () => {
  it("with 'touched' (the default) checks May, which the period only reaches on the 13th: H1 missed it", () => {
    const r = checkMonthlyVisits(INPUT);
    expect(r.months).toEqual(['2023-05', '2023-06', '2023-07']);
    expect(r.partialMonths).toEqual([]);
    expect(r.households.map((h) => [h.householdId, h.missedMonths, h.status])).toEqual([['H1', ['2023-05'], 'failed'], ['H2', ['2023-07'], 'failed']]);
  });

  it("with 'whole' checks June and July only: H1 is met, H2 still missed July", () => {
    const r = checkMonthlyVisits(INPUT, WHOLE);
    expect(r.months).toEqual(['2023-06', '2023-07']);
    expect(r.partialMonths).toEqual(['2023-05']);
    expect(r.households.map((h) => [h.householdId, h.missedMonths, h.status])).toEqual([['H1', [], 'met'], ['H2', ['2023-07'], 'failed']]);
    expect(r.cadres.map((c) => `${c.cadreId}:${c.status}`)).toEqual(['C1:met', 'C2:failed']);
  });

  it("with 'whole' leaves a month not over on asOf unchecked rather than pending", () => {
    const asOf = '2023-07-15';
    const touched = checkMonthlyVisits({ ...INPUT, to: asOf, asOf });
    const whole = checkMonthlyVisits({ ...INPUT, to: asOf, asOf }, WHOLE);
    expect(touched.households.find((h) => h.householdId === 'H2')?.pendingMonths).toEqual(['2023-07']);
    expect(whole.partialMonths).toEqual(['2023-05', '2023-07']);
    expect(whole.households.map((h) => h.status)).toEqual(['met', 'met']);
  });

  it('states the reading in explain(), in both languages', () => {
    expect(explain(checkMonthlyVisits(INPUT), { locale: 'en' })).toContain("(reading visitMonths = 'touched')");
    expect(explain(checkMonthlyVisits(INPUT, WHOLE), { locale: 'en' })).toContain('partial months not checked: 2023-05');
    expect(explain(checkMonthlyVisits(INPUT, WHOLE))).toContain('不完整的月份不检查：2023-05');
  });
});
