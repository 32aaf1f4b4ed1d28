import { describe, expect, it } from 'vitest';
import {
  LANXI_2023, PolicyInputError, explain, householdLoanSubsidy, incomeTargets, loanInterestSubsidy, rentSubsidy, vocationalGrant,
} from '../../src/index.js';

const loan = () => loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 });

describe('explain()', () => {
  it('renders Chinese by default and English on request', () => {
    expect(explain(loan())).toContain('小额信贷贴息');
    expect(explain(loan(), { locale: 'en' })).toContain('Micro-credit interest subsidy');
  });

  it('cites the clause of the rule and of every parameter, quoting each quote once', () => {
    const text = explain(loan());
    expect(text).toContain('[2.3.8]');
    const quote = '贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）';
    expect(text.split(quote).length - 1).toBe(1);
  });

  it('leaves the quotes out when asked', () => {
    expect(explain(loan(), { quotes: false })).not.toContain('「');
  });

  it('shows the inputs, the branch taken and the rounding', () => {
    const text = explain(loan(), { locale: 'en' });
    expect(text).toContain('input: principal (yuan) = 50000');
    expect(text).toContain('is below the 3% floor, so 3% applies');
    expect(text).toContain('rounding: amount 1500 → 1500.00');
  });

  it('shows a long exact quotient to ten decimals', () => {
    // 40000 × 4% (50% of 8%) × 3 days ÷ 360 = 13.333…: the same 3 days in June 2023, after the date of force.
    const r = householdLoanSubsidy({ year: 2023, loans: [{ principal: 40000, annualRate: '0.08', startDate: '2023-06-01', endDate: '2023-06-04' }] });
    expect(explain(r, { locale: 'en' })).toMatch(/13\.3333333333…/);
  });

  it('marks a what-if parameter with the value the plan gives', () => {
    const r = loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 }, LANXI_2023.with({ microcredit: { floorRate: '0.04' } }));
    expect(explain(r, { locale: 'en' })).toContain('what-if value; the plan says 0.03');
    expect(explain(r)).toContain('假设值，方案原值 0.03');
  });

  it('renders the trace of every rule', () => {
    for (const r of [
      rentSubsidy({ rentPaid: 1000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 2, employedLowIncomeHouseholds: 1 }),
      vocationalGrant({ vocationalStudents: 1 }),
      incomeTargets({ members: 1, income: { wage: 1, netOperating: 0, netProperty: 0, netTransfer: 0 } }),
    ]) {
      expect(explain(r).length).toBeGreaterThan(50);
      expect(explain(r.trace, { locale: 'en' })).toBe(explain(r, { locale: 'en' }));
    }
  });

  it.each([undefined, null, 42, 'text', {}, { trace: {} }, []])('rejects %o, which is not a result', (value) => {
    expect(() => explain(value as never)).toThrow(PolicyInputError);
  });

  it('rejects a result whose trace is a Proxy, or whose getters throw, with a PolicyInputError', () => {
    const boom = () => { throw new Error('hostile'); };
    const proxy = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
    const throwing = Object.defineProperty({}, 'trace', { get: boom });
    const { trace } = loan();
    const badChildren = { ...trace, children: [Object.defineProperty({}, 'kind', { get: boom })] };
    for (const value of [proxy, { trace: proxy }, throwing, { trace: badChildren }, { trace: { ...trace, children: new Proxy([], { get: boom }) } }]) {
      expect(() => explain(value as never)).toThrow(PolicyInputError);
    }
  });

  it('reads each field of the result and of the trace once', () => {
    const { trace } = loan();
    // getters that answer once and throw, or change their answer, the second time
    const once = <T>(value: T) => {
      let reads = 0;
      return () => {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return value;
      };
    };
    const result = Object.defineProperty({}, 'trace', { get: once(Object.defineProperty({ ...trace }, 'children', { get: once(trace.children) })) });
    expect(explain(result as never, { locale: 'en' })).toBe(explain(trace, { locale: 'en' }));
    let kinds = 0;
    const shifty = Object.defineProperty({ ...trace }, 'kind', { get: () => (kinds++ === 0 ? 'rule' : 'step') });
    expect(explain(shifty as never, { locale: 'en' })).toBe(explain(trace, { locale: 'en' }));
  });

  it('rejects a trace that contains itself, or too many nodes, without hanging', () => {
    const { trace } = loan();
    const cyclic: { children: unknown[] } = { ...trace, children: [] };
    cyclic.children.push(cyclic);
    expect(() => explain(cyclic as never)).toThrow(PolicyInputError);
    // a list that claims four billion nodes
    const endless = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : typeof k === 'string' && /^\d+$/.test(k) ? trace.children[0] : Reflect.get(t, k)) });
    expect(() => explain({ trace: { ...trace, children: endless } } as never)).toThrow(PolicyInputError);
  });

  it('rejects a trace that names an unknown clause or unit key of the prototype', () => {
    const { trace } = loan();
    expect(() => explain({ ...trace, clause: 'constructor' } as never)).toThrow(PolicyInputError);
    expect(() => explain({ ...trace, children: [{ kind: 'input', value: {}, label: { zh: 'x', en: 'x' } }] } as never)).toThrow(PolicyInputError);
  });

  it('rejects an unknown locale', () => {
    expect(() => explain(loan(), { locale: 'fr' as never })).toThrow(PolicyInputError);
  });
});
