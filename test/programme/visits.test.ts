import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { checkMonthlyVisits, type VisitRecordInput } from '../../src/programme/visits.js';
import { issueOf } from '../helpers/issue-of.js';


const v = (householdId: string, date: string, cadreId = 'C1', township = '诸葛镇'): VisitRecordInput => ({ householdId, township, cadreId, date });
const ZHUGE = '330781104';

describe('checkMonthlyVisits (2.3.1)', () => {
  const visits = [v('H1', '2023-06-30'), v('H1', '2023-07-01'), v('H2', '2023-06-10', 'C2'), v('H3', '2023-07-31', 'C2', '灵洞乡')];

  it('finds which households missed which months', () => {
    const r = checkMonthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits });
    expect(r.months).toEqual(['2023-06', '2023-07']);
    expect(r.households.map((h) => [h.householdId, h.township, h.missedMonths, h.status])).toEqual([
      ['H1', ZHUGE, [], 'met'],
      ['H2', ZHUGE, ['2023-07'], 'failed'],
      ['H3', '330781200', ['2023-06'], 'failed'],
    ]);
  });

  it('sums by township, naming households and months', () => {
    const r = checkMonthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits });
    const zhuge = r.townships.find((t) => t.code === ZHUGE);
    expect(zhuge).toMatchObject({ households: 2, householdsMissing: 1, missedHouseholdMonths: 1, status: 'failed' });
    expect(zhuge?.reason).toMatchObject({ code: 'months-missed', clause: '2.3.1' });
    expect(zhuge?.reason?.zh).toContain('H2（2023-07）');
    expect(r.townships.find((t) => t.code === '330781001')).toMatchObject({ households: 0, status: 'n/a' });
  });

  it('sums by cadre', () => {
    const r = checkMonthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits });
    expect(r.cadres.map((c) => [c.cadreId, c.households, c.status])).toEqual([['C1', 1, 'met'], ['C2', 2, 'failed']]);
    expect(r.cadres[1]?.missed).toEqual([{ householdId: 'H2', months: ['2023-07'] }, { householdId: 'H3', months: ['2023-06'] }]);
  });

  it('treats a month as pending until its last day has passed', () => {
    const onLastDay = checkMonthlyVisits({ from: '2023-07-01', to: '2023-07-31', asOf: '2023-07-30', visits: [v('H1', '2023-06-01')] });
    expect(onLastDay.households[0]).toMatchObject({ missedMonths: [], pendingMonths: ['2023-07'], status: 'pending' });
    expect(onLastDay.townships.find((t) => t.code === ZHUGE)?.reason?.code).toBe('month-pending');
    const over = checkMonthlyVisits({ from: '2023-07-01', to: '2023-07-31', asOf: '2023-07-31', visits: [v('H1', '2023-06-01')] });
    expect(over.households[0]).toMatchObject({ missedMonths: ['2023-07'], status: 'failed' });
  });

  it('does not count visits after asOf', () => {
    const r = checkMonthlyVisits({ from: '2023-07-01', to: '2023-07-31', asOf: '2023-07-31', visits: [v('H1', '2023-08-01')] });
    expect(r.households[0]?.missedMonths).toEqual(['2023-07']);
  });

  it('checks roster households never visited, with their assigned cadre', () => {
    const r = checkMonthlyVisits({
      from: '2023-06-01', to: '2023-06-30',
      households: [{ householdId: 'H9', township: '横溪镇', cadreId: 'C9' }, { householdId: 'H1', township: '诸葛镇', cadreId: 'C7' }],
      visits: [v('H1', '2023-06-02', 'C1')],
    });
    expect(r.households.map((h) => [h.householdId, h.cadreId, h.status])).toEqual([['H9', 'C9', 'failed'], ['H1', 'C7', 'met']]);
    expect(r.cadres.map((c) => c.cadreId)).toEqual(['C7', 'C9']);
  });

  it('places a household by its latest visit when it has no roster entry', () => {
    const r = checkMonthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits: [v('H1', '2023-06-02', 'C1', '诸葛镇'), v('H1', '2023-07-02', 'C5', '柏社乡')] });
    expect(r.households[0]).toMatchObject({ township: '330781209', cadreId: 'C5', status: 'met' });
  });

  it('explains each township and cites 2.3.1 for each failure, without naming people', () => {
    const r = checkMonthlyVisits({ from: '2023-06-01', to: '2023-07-31', visits });
    const zh = explain(r);
    expect(zh).toContain('1 户共 1 个月未走访：H2（2023-07）（第2.3.1条）');
    expect(explain(r, { locale: 'en' })).toContain('[2.3.1] Monthly visits in 330781200');
  });

  it.each([
    [{ from: '2023-07-01', to: '2023-06-30', visits: [] }, ['to'], 'end_before_start'],
    [{ from: '2023-06-01', to: '2023-06-30', visits: [{ householdId: 'H', township: '诸葛镇', date: '2023-06-01' }] }, ['visits', 0, 'cadreId'], 'required'],
    [{ from: '2023-06-01', to: '2023-06-30', visits: [], households: [{ householdId: 'H', township: '诸葛镇' }, { householdId: 'H', township: '诸葛镇' }] }, ['households', 1, 'householdId'], 'duplicate_id'],
    [{ from: '2023-06-01', to: '2023-06-30', visits: [v('H', '2023-06-01', 'C', '330781999')] }, ['visits', 0, 'township'], 'unknown_township'],
  ])('rejects bad input at its path (%#)', (input, path, code) => {
    expect(issueOf(() => checkMonthlyVisits(input as never))).toMatchObject({ path, code });
  });

  it('splits every household’s months into visited, missed and pending (property)', () => {
    const visit = fc.record({
      householdId: fc.constantFrom('H1', 'H2', 'H3'),
      township: fc.constantFrom('诸葛镇', '灵洞乡'),
      cadreId: fc.constantFrom('C1', 'C2'),
      date: fc.integer({ min: 120, max: 250 }).map((n) => new Date(Date.UTC(2023, 0, n)).toISOString().slice(0, 10)),
    });
    fc.assert(fc.property(fc.array(visit, { maxLength: 40 }), fc.integer({ min: 150, max: 260 }), (visits, asOfDay) => {
      const asOf = new Date(Date.UTC(2023, 0, asOfDay)).toISOString().slice(0, 10);
      const r = checkMonthlyVisits({ from: '2023-05-01', to: '2023-08-31', asOf, visits });
      for (const h of r.households) {
        expect([...h.visitedMonths, ...h.missedMonths, ...h.pendingMonths].sort()).toEqual(r.months);
      }
      const total = r.townships.reduce((n, t) => n + t.households, 0);
      expect(total).toBe(r.households.length);
    }));
  });
});
