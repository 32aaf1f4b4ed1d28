import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import {
  incomeTargets, incomeTargetsCore, populationIncomeTargets, populationIncomeTargetsCore, type IncomeComponents,
} from '../../src/rules/income-targets.js';

/** Income with everything as wage except the transfer part. */
const income = (wage: string | number, netTransfer: string | number = 0, netOperating: string | number = 0, netProperty: string | number = 0) =>
  ({ wage, netOperating, netProperty, netTransfer });

const issueOf = (fn: (i: never) => unknown, input: unknown) => {
  try {
    fn(input as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues[0];
  }
  return expect.unreachable('no error thrown');
};

describe('incomeTargets (1, I-9)', () => {
  describe('per-capita disposable income ≥ 16710', () => {
    it('meets the target at exactly 16710 per person (以上 includes the number)', () => {
      const r = incomeTargets({ members: 2, income: income(20000, 8000, 5000, 420) });
      expect(r.disposableIncome.toString()).toBe('33420');
      expect(r.perCapita.toFixed(2)).toBe('16710.00');
      expect(r.met.perCapita).toBe(true);
    });

    it('misses the target a fen under 16710', () => {
      const r = incomeTargets({ members: 1, income: income('16709.99') });
      expect(r.perCapita.toFixed(2)).toBe('16709.99');
      expect(r.met.perCapita).toBe(false);
    });

    it('judges the exact figure, not the rounded one: 50129.99 for 3 people shows 16710.00 but misses', () => {
      const r = incomeTargets({ members: 3, income: income('50129.99') });
      expect(r.perCapita.toFixed(2)).toBe('16710.00');
      expect(r.met.perCapita).toBe(false);
    });

    it('rounds the per-capita figure half up to the fen', () => {
      expect(incomeTargets({ members: 2, income: income('0.01') }).perCapita.toFixed(2)).toBe('0.01');
      expect(incomeTargets({ members: 3, income: income('0.01') }).perCapita.toFixed(2)).toBe('0.00');
      expect(incomeTargets({ members: 3, income: income(100) }).perCapita.toFixed(2)).toBe('33.33');
    });

    it('adds the four components, losses included', () => {
      const r = incomeTargets({ members: 1, income: income(20000, 1000, '-3000', '-290') });
      expect(r.disposableIncome.toString()).toBe('17710');
    });

    it('reports a negative per-capita figure for a household with a net loss, without a negative zero', () => {
      expect(incomeTargets({ members: 2, income: income(0, 0, -1000) }).perCapita.toFixed(2)).toBe('-500.00');
      const tiny = incomeTargets({ members: 1, income: income(0, 0, '-0.001') }).perCapita;
      expect(tiny.isZero()).toBe(true);
      expect(tiny.isNegative()).toBe(false);
    });
  });

  describe('growth ≥ 15%', () => {
    it('meets the target at exactly 15% growth', () => {
      // 14530 × 1.15 = 16709.5
      const r = incomeTargets({ members: 2, income: income(33419), previousPerCapita: 14530 });
      expect(r.growth?.toString()).toBe('0.15');
      expect(r.met.growth).toBe(true);
    });

    it('misses the target a fen under 15% growth, although the rounded growth shows 15%', () => {
      const r = incomeTargets({ members: 2, income: income('33418.99'), previousPerCapita: 14530 });
      expect(r.growth?.toString()).toBe('0.15');
      expect(r.met.growth).toBe(false);
    });

    it('reports a fall as negative growth', () => {
      const r = incomeTargets({ members: 1, income: income(9000), previousPerCapita: 10000 });
      expect(r.growth?.toString()).toBe('-0.1');
      expect(r.met.growth).toBe(false);
    });

    it('rounds growth half up to 4 decimals', () => {
      // 10000.5 / 10000 − 1 = 0.00005 → 0.0001
      expect(incomeTargets({ members: 1, income: income('10000.5'), previousPerCapita: 10000 }).growth?.toString()).toBe('0.0001');
      expect(incomeTargets({ members: 1, income: income('10000.49'), previousPerCapita: 10000 }).growth?.toString()).toBe('0');
    });

    it('does not assess growth without a previous figure (null, not false)', () => {
      const r = incomeTargets({ members: 1, income: income(20000) });
      expect(r.growth).toBeNull();
      expect(r.met.growth).toBeNull();
    });
  });

  describe('income structure: transfer ≤ 80%, other ≥ 20%', () => {
    it('meets both targets at exactly 80% transfer and 20% other income', () => {
      const r = incomeTargets({ members: 1, income: income(2000, 8000) });
      expect(r.transferShare?.toString()).toBe('0.8');
      expect(r.otherShare?.toString()).toBe('0.2');
      expect(r.met.transferShare).toBe(true);
      expect(r.met.otherShare).toBe(true);
    });

    it('misses both a fen above 80% transfer income, although the shares round to 80% and 20%', () => {
      const r = incomeTargets({ members: 1, income: income('1999.99', '8000.01') });
      expect(r.transferShare?.toString()).toBe('0.8');
      expect(r.met.transferShare).toBe(false);
      expect(r.met.otherShare).toBe(false);
    });

    it('reports shares that add up to 1', () => {
      const r = incomeTargets({ members: 1, income: income(2, 1) });
      expect(r.transferShare?.toString()).toBe('0.3333');
      expect(r.otherShare?.toString()).toBe('0.6667');
    });

    it('counts a negative net transfer as a negative share', () => {
      const r = incomeTargets({ members: 1, income: income(10000, -500) });
      expect(r.transferShare?.toString()).toBe('-0.0526');
      expect(r.met.transferShare).toBe(true);
      expect(r.met.otherShare).toBe(true);
    });

    it('leaves the shares undefined and the structure targets unmet when disposable income is zero', () => {
      const r = incomeTargets({ members: 1, income: income(0) });
      expect(r.transferShare).toBeNull();
      expect(r.otherShare).toBeNull();
      expect(r.met.transferShare).toBe(false);
      expect(r.met.otherShare).toBe(false);
    });

    it('leaves the shares undefined when disposable income is negative', () => {
      const r = incomeTargets({ members: 1, income: income(1000, 500, -5000) });
      expect(r.disposableIncome.toString()).toBe('-3500');
      expect(r.transferShare).toBeNull();
      expect(r.met.otherShare).toBe(false);
    });
  });

  describe('what-if', () => {
    it('applies what-if targets without touching the plan', () => {
      const reform = LANXI_2023.with({ targets: { perCapitaIncome: 18000, maxTransferShare: '0.7' } });
      const input = { members: 1, income: income(4000, 13000) }; // 17000 a head, 76.5% transfer
      expect(incomeTargets(input).met).toMatchObject({ perCapita: true, transferShare: true });
      expect(incomeTargets(input, reform).met).toMatchObject({ perCapita: false, transferShare: false });
      expect(LANXI_2023.params.targets.perCapitaIncome.value.toString()).toBe('16710');
    });

    it('applies a what-if growth target', () => {
      const reform = LANXI_2023.with({ targets: { growthRate: '0.1' } });
      const input = { members: 1, income: income(11000), previousPerCapita: 10000 };
      expect(incomeTargets(input).met.growth).toBe(false);
      expect(incomeTargets(input, reform).met.growth).toBe(true);
    });
  });

  describe('explanation', () => {
    it('explains each target in both languages, citing clause 1', () => {
      const r = incomeTargets({ members: 1, income: income('1999.99', '8000.01'), previousPerCapita: 8000 });
      const en = explain(r, { locale: 'en' });
      const zh = explain(r);
      expect(en).toContain('[1]');
      expect(en).toContain('per-capita disposable income is below 16710');
      expect(en).toContain('growth is at least 15%');
      expect(en).toContain('the transfer share is above 80%');
      expect(zh).toContain('转移性收入占比超过 80%');
      expect(zh).toContain('低收入农户人均可支配收入达到16710元以上');
      expect(zh).toContain('转移性收入占比控制在80%以下');
    });

    it('explains undefined shares and unassessed growth in both languages', () => {
      const r = incomeTargets({ members: 1, income: income(0) });
      expect(explain(r, { locale: 'en' })).toContain('the shares are undefined and both structure targets count as not met');
      expect(explain(r, { locale: 'en' })).toContain('growth is not assessed');
      expect(explain(r)).toContain('收入结构占比无定义');
      expect(explain(r)).toContain('年增幅不作评价');
    });
  });

  describe('bad input', () => {
    const ok = { members: 1, income: income(1) };
    it.each([
      [{ ...ok, members: 0 }, ['members'], 'too_small'],
      [{ ...ok, members: 1.5 }, ['members'], 'not_integer'],
      [{ ...ok, members: '2' }, ['members'], 'invalid_type'],
      [{ ...ok, income: { ...income(1), wage: 'abc' } }, ['income', 'wage'], 'invalid_decimal'],
      [{ ...ok, income: { ...income(1), netTransfer: Infinity } }, ['income', 'netTransfer'], 'not_finite'],
      [{ ...ok, income: { wage: 1, netOperating: 0, netProperty: 0 } }, ['income', 'netTransfer'], 'required'],
      [{ ...ok, income: { ...income(1), bonus: 1 } }, ['income'], 'unrecognized_keys'],
      [{ ...ok, previousPerCapita: 0 }, ['previousPerCapita'], 'not_positive'],
      [{ ...ok, previousPerCapita: -1 }, ['previousPerCapita'], 'negative'],
    ])('rejects %o at its path', (input, path, code) => {
      expect(issueOf(incomeTargets, input)).toMatchObject({ path, code });
    });

    it('accepts negative operating, property and transfer income', () => {
      expect(() => incomeTargets({ members: 1, income: income(-1, -1, -1, -1) })).not.toThrow();
    });
  });

  describe('properties', () => {
    const money = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).map((n) => new Decimal(n.toString()).div(100));
    const components = fc.record({ wage: money, netOperating: money, netProperty: money, netTransfer: money });
    const members = fc.integer({ min: 1, max: 12 });
    const previous = fc.option(fc.bigInt({ min: 1n, max: 10n ** 8n }).map((n) => new Decimal(n.toString()).div(100)), { nil: undefined });
    const Precise = Decimal.clone({ precision: 200 });

    it('sets met to the exact comparisons', () => {
      fc.assert(fc.property(members, components, previous, (n, inc, prev) => {
        const r = incomeTargetsCore(n, inc, prev, LANXI_2023, false);
        const d = inc.wage.plus(inc.netOperating).plus(inc.netProperty).plus(inc.netTransfer);
        expect(r.met.perCapita).toBe(d.gte(new Decimal(16710).times(n)));
        expect(r.met.growth).toBe(prev === undefined ? null : d.gte(prev.times('1.15').times(n)));
        expect(r.met.transferShare).toBe(d.gt(0) && inc.netTransfer.lte(d.times('0.8')));
        expect(r.met.otherShare).toBe(d.gt(0) && d.minus(inc.netTransfer).gte(d.times('0.2')));
      }));
    });

    it('rounds per capita to the fen and shares and growth to 4 decimals, exactly', () => {
      fc.assert(fc.property(members, components, previous, (n, inc, prev) => {
        const r = incomeTargetsCore(n, inc, prev, LANXI_2023, false);
        const d = new Precise(r.disposableIncome.toString());
        expect(r.perCapita.toString()).toBe(d.div(n).toDecimalPlaces(2, Precise.ROUND_HALF_UP).toString());
        if (prev !== undefined) {
          expect(r.growth?.toString()).toBe(d.div(new Precise(prev.toString()).times(n)).minus(1).toDecimalPlaces(4, Precise.ROUND_HALF_UP).toString());
        }
        if (r.transferShare !== null && r.otherShare !== null) {
          expect(r.transferShare.toString()).toBe(new Precise(inc.netTransfer.toString()).div(d).toDecimalPlaces(4, Precise.ROUND_HALF_UP).toString());
          expect(r.transferShare.plus(r.otherShare).toString()).toBe('1');
        }
      }));
    });

    it('has shares exactly when disposable income is positive, and growth exactly when a previous figure is given', () => {
      fc.assert(fc.property(members, components, previous, (n, inc, prev) => {
        const r = incomeTargetsCore(n, inc, prev, LANXI_2023, false);
        expect(r.transferShare === null).toBe(r.disposableIncome.lte(0));
        expect(r.otherShare === null).toBe(r.disposableIncome.lte(0));
        expect(r.growth === null).toBe(prev === undefined);
      }));
    });

    it('never lowers per-capita income or its target for more wage income', () => {
      fc.assert(fc.property(members, components, fc.bigInt({ min: 0n, max: 10n ** 8n }), (n, inc, extra) => {
        const more: IncomeComponents = { ...inc, wage: inc.wage.plus(new Decimal(extra.toString()).div(100)) };
        const a = incomeTargetsCore(n, inc, undefined, LANXI_2023, false);
        const b = incomeTargetsCore(n, more, undefined, LANXI_2023, false);
        expect(b.perCapita.gte(a.perCapita)).toBe(true);
        if (a.met.perCapita) expect(b.met.perCapita).toBe(true);
      }));
    });

    it('gives the same answer with and without a trace', () => {
      fc.assert(fc.property(members, components, previous, (n, inc, prev) => {
        const { trace: _a, ...x } = incomeTargetsCore(n, inc, prev, LANXI_2023, false);
        const { trace: _b, ...y } = incomeTargetsCore(n, inc, prev, LANXI_2023, true);
        expect(JSON.stringify(x)).toBe(JSON.stringify(y));
      }), { numRuns: 50 });
    });
  });

  it('returns a frozen result', () => {
    const r = incomeTargets({ members: 1, income: income(1) });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.met)).toBe(true);
  });
});

describe('populationIncomeTargets (1, I-9)', () => {
  const households = [
    { members: 1, income: income(30000) },
    { members: 3, income: income(18000, 6000) },
  ];

  it('divides total income by total members, not the mean of household figures', () => {
    const r = populationIncomeTargets({ households });
    expect(r.perCapita.toFixed(2)).toBe('13500.00'); // 54000 / 4; the mean of 30000 and 8000 would be 19000
    expect(r.met.perCapita).toBe(false);
    expect(r.households).toBe(2);
    expect(r.members).toBe(4);
  });

  it('computes the population shares from the sums', () => {
    const r = populationIncomeTargets({ households });
    expect(r.transferShare?.toString()).toBe('0.1111'); // 6000 / 54000
  });

  it('computes the population growth against the population previous figure', () => {
    const r = populationIncomeTargets({ households, previousPerCapita: '11739.13' });
    expect(r.met.growth).toBe(true); // 13500 ≥ 1.15 × 11739.13 = 13499.9995
    expect(populationIncomeTargets({ households, previousPerCapita: '11739.14' }).met.growth).toBe(false);
  });

  it('gives a one-household population the household figures', () => {
    const one = populationIncomeTargets({ households: [households[1] as (typeof households)[number]] });
    const h = incomeTargets(households[1] as (typeof households)[number]);
    expect([one.perCapita.toString(), one.transferShare?.toString(), one.met]).toEqual([h.perCapita.toString(), h.transferShare?.toString(), h.met]);
  });

  it('explains the aggregation in both languages', () => {
    const r = populationIncomeTargets({ households });
    expect(explain(r, { locale: 'en' })).toContain('population figures are Σ income ÷ Σ members, never a mean of household figures');
    expect(explain(r)).toContain('不取各户指标的平均数');
  });

  it.each([
    [{ households: [] }, ['households'], 'too_small'],
    [{ households: [{ members: 0, income: income(1) }] }, ['households', 0, 'members'], 'too_small'],
    [{ households: [{ members: 1, income: income(1) }, { members: 1, income: { ...income(1), wage: 'x' } }] }, ['households', 1, 'income', 'wage'], 'invalid_decimal'],
  ])('rejects %o at its path', (input, path, code) => {
    expect(issueOf(populationIncomeTargets, input)).toMatchObject({ path, code });
  });

  it('equals the household rule applied to the sums, for any population', () => {
    const money = fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }).map((n) => new Decimal(n.toString()).div(100));
    const hh = fc.record({ members: fc.integer({ min: 1, max: 8 }), income: fc.record({ wage: money, netOperating: money, netProperty: money, netTransfer: money }) });
    fc.assert(fc.property(fc.array(hh, { minLength: 1, maxLength: 20 }), (hs) => {
      const pop = populationIncomeTargetsCore(hs, undefined, LANXI_2023, false);
      const sum = (k: keyof IncomeComponents) => hs.reduce((a, h) => a.plus(h.income[k]), new Decimal(0));
      const n = hs.reduce((a, h) => a + h.members, 0);
      const direct = incomeTargetsCore(n, { wage: sum('wage'), netOperating: sum('netOperating'), netProperty: sum('netProperty'), netTransfer: sum('netTransfer') }, undefined, LANXI_2023, false);
      expect(pop.perCapita.toString()).toBe(direct.perCapita.toString());
      expect(pop.met).toEqual(direct.met);
      expect(pop.members).toBe(n);
    }));
  });
});
