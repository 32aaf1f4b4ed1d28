import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import type { Trace } from '../../src/core/trace.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { parseHousehold } from '../../src/schema/household.js';
import { assessHousehold } from '../../src/population/assess.js';
import { preparePopulation } from '../../src/population/simulate.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';
import { incomeTargets } from '../../src/rules/income-targets.js';

const household = (over: object = {}) => ({
  id: 'H-001',
  category: 'dibao',
  members: [{ laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }],
  income: { year: 2023, wage: '12000', netOperating: '3000', netProperty: '0', netTransfer: '18000' },
  loans: [{ principal: '50000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }],
  ...over,
});

const rules = (t: Trace): string[] => t.children.filter((c): c is Trace => c.kind === 'rule').map((c) => `${c.rule}@${c.clause}`);

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError);
  }
  throw new Error('expected a PolicyInputError');
}

describe('assessHousehold (1, 2.3.4, 2.3.8)', () => {
  it('gives a household read by the library the income figures and trace that its Decimals give (clause 1)', () => {
    for (const r of syntheticPopulation({ size: 120, seed: 31 })) {
      const h = parseHousehold(JSON.parse(JSON.stringify(r)));
      const a = assessHousehold(h, { year: 2023 });
      const { year: _year, ...income } = h.income;
      const b = incomeTargets({ members: h.members.length, income, ...(h.previousPerCapita === undefined ? {} : { previousPerCapita: h.previousPerCapita }) });
      expect(JSON.stringify(a.income), r.id).toBe(JSON.stringify(b));
    }
  });

  it('runs the loan subsidy, the vocational grant and the income targets for one household', () => {
    const a = assessHousehold(household(), { year: 2023 });
    expect(a.id).toBe('H-001');
    // 50000 × 3% × 214 days (2023-06-01 to 2024-01-01) ÷ 360 = 891.666… → 891.67
    expect(a.loanSubsidy.total.toFixed(2)).toBe('891.67');
    expect(a.vocationalGrant.amount.toFixed(2)).toBe('3000.00');
    expect(a.totalEntitlement.toFixed(2)).toBe('3891.67');
    expect(a.income.perCapita.toFixed(2)).toBe('16500.00');
    expect(a.income.met.perCapita).toBe(false);
  });

  it('adds the loan subsidy total and the grant amount, and nothing else, into the total entitlement', () => {
    const a = assessHousehold(household({ otherEducationAid: [{ name: '雨露计划', amount: '3000', stackable: true }] }), { year: 2023 });
    expect(a.vocationalGrant.totalAid.toFixed(2)).toBe('6000.00');
    expect(a.totalEntitlement.toFixed(2)).toBe('3891.67');
  });

  it('counts secondary and higher vocational students only, and pays one grant per household however many (I-7)', () => {
    const two = household({ members: [{ laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }, { laborCapable: false, schooling: 'higherVocational' }] });
    expect(assessHousehold(two, { year: 2023 }).vocationalGrant.amount.toFixed(2)).toBe('3000.00');
    const none = household({ members: [{ laborCapable: true }, { laborCapable: false, schooling: 'other' }, { laborCapable: false, schooling: 'compulsory' }] });
    const r = assessHousehold(none, { year: 2023 });
    expect(r.vocationalGrant.eligible).toBe(false);
    expect(r.totalEntitlement.toFixed(2)).toBe('891.67');
  });

  it('pays no grant when higher aid that does not stack is paid instead (就高, I-7)', () => {
    const a = assessHousehold(household({ otherEducationAid: [{ name: '国家助学金', amount: '3300', stackable: false }] }), { year: 2023 });
    expect(a.vocationalGrant.amount.toFixed(2)).toBe('0.00');
    expect(a.totalEntitlement.toFixed(2)).toBe('891.67');
  });

  it('gives no subsidy for interest days before 2023-05-13 (I-5) and a household without loans none at all', () => {
    const early = household({ loans: [{ principal: '30000', annualRate: '0.0435', startDate: '2022-06-01', endDate: '2023-05-13' }] });
    expect(assessHousehold(early, { year: 2023 }).loanSubsidy.total.toFixed(2)).toBe('0.00');
    const { loans: _unused, ...noLoans } = household();
    expect(assessHousehold(noLoans, { year: 2023 }).loanSubsidy.total.toFixed(2)).toBe('0.00');
  });

  it('applies a what-if plan', () => {
    const reform = LANXI_2023.with({ microcredit: { floorRate: '0.04' }, vocationalGrant: { amount: 4000 } });
    const a = assessHousehold(household(), { year: 2023, plan: reform });
    // 50000 × 4% × 214 ÷ 360 = 1188.888… → 1188.89
    expect(a.totalEntitlement.toFixed(2)).toBe('5188.89');
  });

  it('gives the same answer for JSON, a parsed household and a prepared household', () => {
    const json = household();
    const a = assessHousehold(json, { year: 2023 });
    const b = assessHousehold(parseHousehold(json), { year: 2023 });
    const c = assessHousehold(preparePopulation([json]).households[0], { year: 2023 });
    for (const r of [b, c]) {
      expect(r.totalEntitlement.eq(a.totalEntitlement)).toBe(true);
      expect(r.income.perCapita.eq(a.income.perCapita)).toBe(true);
      expect(r.trace).toEqual(a.trace);
    }
  });

  it('builds one trace with each rule as a child, under clause 1', () => {
    const a = assessHousehold(household(), { year: 2023 });
    expect(a.trace.rule).toBe('assessHousehold');
    expect(a.trace.clause).toBe('1');
    expect(rules(a.trace)).toEqual(['householdLoanSubsidy@2.3.8', 'vocationalGrant@2.3.4', 'incomeTargets@1']);
  });

  it('explains the whole assessment in Chinese and in English, citing each clause', () => {
    const a = assessHousehold(household(), { year: 2023 });
    const zh = explain(a);
    const en = explain(a, { locale: 'en' });
    for (const clause of ['[1]', '[2.3.8]', '[2.3.4]']) {
      expect(zh).toContain(clause);
      expect(en).toContain(clause);
    }
    expect(zh).toContain('低收入农户家庭帮扶评估');
    expect(zh).toContain('应享补助合计（元） = 3891.67');
    expect(en).toContain('total entitlement (yuan) = 3891.67');
    expect(zh).toContain('对就读中高等职校的低收入农户子女给予每户每学年3000元补助');
  });

  it('keeps ID numbers, names and the household id out of the trace', () => {
    const idNumber = '11010519491231002X';
    const a = assessHousehold(household({
      id: 'H-private-label',
      members: [{ idNumber, birthDate: '1949-12-31', laborCapable: false }],
      otherEducationAid: [{ name: '雨露计划', amount: '1000', stackable: true }],
    }), { year: 2023 });
    const text = JSON.stringify(a.trace) + explain(a) + explain(a, { locale: 'en' });
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('H-private-label');
    expect(text).not.toContain('1949-12-31');
  });

  it('notes in the trace when the income figures are for another year than the one assessed', () => {
    const a = assessHousehold(household({ income: { year: 2022, wage: '1', netOperating: '0', netProperty: '0', netTransfer: '0' } }), { year: 2023 });
    expect(explain(a, { locale: 'en' })).toContain('the income figures are for 2022, not 2023');
  });

  it('returns a frozen result', () => {
    const a = assessHousehold(household(), { year: 2023 });
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.trace)).toBe(true);
  });

  it('returns a deeply frozen result for every kind of household, so no caller can change a label a later trace shares', () => {
    const deeplyFrozen = (v: unknown, seen = new Set<unknown>()): boolean => {
      if (v === null || typeof v !== 'object' || v instanceof Decimal || seen.has(v)) return true;
      seen.add(v);
      return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
    };
    for (const h of syntheticPopulation({ size: 300, seed: 11 })) {
      expect(deeplyFrozen(assessHousehold(h, { year: 2023 })), h.id).toBe(true);
    }
  });

  it('rejects an invalid household with the paths of every problem, naming assessHousehold', () => {
    const e = issuesOf(() => assessHousehold(household({ members: [{ laborCapable: 'yes' }], loans: [{ principal: -1, annualRate: '0.04', startDate: '2023-01-01', endDate: '2024-01-01' }] }), { year: 2023 }));
    expect(e.fn).toBe('assessHousehold');
    expect(e.issues.map((i) => i.path)).toEqual(expect.arrayContaining([['members', 0, 'laborCapable'], ['loans', 0, 'principal']]));
  });

  it('never echoes an ID number in an error', () => {
    const e = issuesOf(() => assessHousehold(household({ members: [{ idNumber: '110105194912310021', laborCapable: true }] }), { year: 2023 }));
    expect(JSON.stringify(e.issues) + e.message).not.toContain('110105194912310021');
    expect(e.issues[0]?.path).toEqual(['members', 0, 'idNumber']);
  });

  it.each([
    [{ year: 2023.5 }, ['year'], 'not_integer'],
    [{ year: '2023' }, ['year'], 'invalid_type'],
    [{ year: 2023, plan: { floorRate: 0.03 } }, ['plan'], 'invalid_plan'],
    [{ year: 2023, extra: 1 }, [], 'unrecognized_keys'],
  ])('rejects the options %o at their path', (options, path, code) => {
    const e = issuesOf(() => assessHousehold(household(), options as never));
    expect(e.issues[0]).toMatchObject({ path, code });
  });

  it('rejects something that is not a household at all', () => {
    expect(issuesOf(() => assessHousehold(null, { year: 2023 })).issues[0]?.path).toEqual([]);
    expect(issuesOf(() => assessHousehold(new Decimal(1), { year: 2023 })).fn).toBe('assessHousehold');
  });
});
