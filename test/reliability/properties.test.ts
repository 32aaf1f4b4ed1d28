/**
 * Invariants across the rules that the per-rule tests do not already hold (they cover the rent
 * subsidy's, the vocational grant's and the project income rule's bounds, the dividend split's sum,
 * the household income targets' exact comparisons, plan.with() on two parameters, and simulate over
 * synthetic populations). Here: the micro-credit subsidy (2.3.8: bounds, monotony, the yearly cap and
 * the order of loans), the population targets on hand-made households (1, I-9), plan.with() over
 * every parameter, simulate against assessHousehold and compare against itself on households the
 * synthetic generator never makes (sub-fen amounts, loans across years, extreme incomes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayArb, loanArb, planOverridesArb } from '../helpers/arbitraries.js';
import {
  Decimal, LANXI_2023, PlanNotInForceError, allocateDividends, allocateDividendsWithTrace, assessHousehold, compare, householdLoanSubsidy,
  loanInterestSubsidy, parameterPaths, populationIncomeTargets, simulate, type Plan,
} from '../../src/index.js';

const D = (v: string | number | bigint) => new Decimal(v.toString());
const isWholeFen = (d: Decimal) => d.decimalPlaces() <= 2;
/** A Decimal with more room, for reference arithmetic. */
const Precise = Decimal.clone({ precision: 200 });

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** Money in yuan, whole fen, 0 to `max` yuan (10^9 by default). */
const fenUpTo = (max: number) => fc.bigInt({ min: 0n, max: BigInt(max) * 100n }).map((n) => D(n).div(100));
const fenMoney = fenUpTo(10 ** 9);
/** Money in yuan with up to 4 decimals (fractions of a fen happen in inputs), 0 to `max` yuan. */
const anyUpTo = (max: number) => fc.bigInt({ min: 0n, max: BigInt(max) * 10000n }).map((n) => D(n).div(10000));
const anyMoney = anyUpTo(10 ** 9);
/** An annual rate with up to 5 decimals, 0 to 30%. */
const rate = fc.integer({ min: 0, max: 30000 }).map((n) => D(n).div(100000));
const days = fc.integer({ min: 0, max: 36600 });
/**
 * The 2023 plan with its period extended to 2026, so that the properties hold in any year the loans
 * below reach (a year outside the period is refused; see the last property of 2.3.8).
 */
const WIDE = LANXI_2023.with({ period: { to: '2026-12-31' } });
/** What-if plans: the 2023 plan (its period extended) and plans with other micro-credit parameters. */
const plan = fc.oneof(
  fc.constant(WIDE),
  fc.record({
    rateShare: fc.integer({ min: 0, max: 100 }).map((n) => D(n).div(100)),
    floorRate: fc.integer({ min: 0, max: 1000 }).map((n) => D(n).div(10000)),
    principalCapPerYear: fc.integer({ min: 0, max: 300000 }),
    dayCountBasis: fc.constantFrom(360, 365),
  }).map((microcredit) => WIDE.with({ microcredit })),
);

/** A date from 2021-01-01 to about 2026. */
const date = dayArb('2021-01-01', 2000);
const loanOf = loanArb({
  principal: fenUpTo(300000), annualRate: rate, creditLimit: fenUpTo(300000), interestPaid: anyUpTo(20000),
  origin: '2021-01-01', startWithin: 1800, lengthUpTo: 1200,
});
/** A year the (extended) plan covers: from the plan's own 2023 to 2026. */
const year = fc.integer({ min: 2023, max: 2026 });

// ---------------------------------------------------------------------------------------------
// 2.3.8 — one loan
// ---------------------------------------------------------------------------------------------

describe('loanInterestSubsidy (2.3.8, I-2, I-3, I-12): properties', () => {
  it('is never negative, always whole fen, and its principal never above the yearly cap', () => {
    fc.assert(fc.property(anyMoney, rate, days, plan, (p, r, n, pl) => {
      const x = loanInterestSubsidy({ principal: p, annualRate: r, days: n }, pl);
      expect(x.amount.gte(0)).toBe(true);
      expect(isWholeFen(x.amount)).toBe(true);
      expect(x.subsidizedPrincipal.lte(pl.params.microcredit.principalCapPerYear.value)).toBe(true);
      expect(x.subsidizedPrincipal.lte(p)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('never pays above the interest charged, principal × rate × days ÷ 360, rounded to the fen', () => {
    fc.assert(fc.property(anyMoney, rate, days, (p, r, n) => {
      const x = loanInterestSubsidy({ principal: p, annualRate: r, days: n });
      const interest = new Precise(Decimal.min(p, 100000).toString()).times(r.toString()).times(n).div(360);
      expect(new Precise(x.amount.toString()).lte(interest.toDecimalPlaces(2, Precise.ROUND_HALF_UP))).toBe(true);
      expect(x.subsidyRate.lte(r)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('never pays above the interest actually paid, whole fen or not', () => {
    fc.assert(fc.property(anyMoney, rate, days, anyMoney, (p, r, n, paid) => {
      const x = loanInterestSubsidy({ principal: p, annualRate: r, days: n, interestPaid: paid });
      expect(x.amount.lte(paid)).toBe(true);
      expect(isWholeFen(x.amount)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('never pays less for more principal, more days or a higher rate', () => {
    fc.assert(fc.property(anyMoney, anyMoney, rate, rate, days, days, plan, (p1, p2, r1, r2, n1, n2, pl) => {
      const [pa, pb] = p1.lte(p2) ? [p1, p2] : [p2, p1];
      const [ra, rb] = r1.lte(r2) ? [r1, r2] : [r2, r1];
      const [na, nb] = n1 <= n2 ? [n1, n2] : [n2, n1];
      const base = loanInterestSubsidy({ principal: pa, annualRate: ra, days: na }, pl).amount;
      expect(loanInterestSubsidy({ principal: pb, annualRate: ra, days: na }, pl).amount.gte(base)).toBe(true);
      expect(loanInterestSubsidy({ principal: pa, annualRate: rb, days: na }, pl).amount.gte(base)).toBe(true);
      expect(loanInterestSubsidy({ principal: pa, annualRate: ra, days: nb }, pl).amount.gte(base)).toBe(true);
      expect(loanInterestSubsidy({ principal: pa, annualRate: ra, days: na }, pl).subsidyRate
        .lte(loanInterestSubsidy({ principal: pa, annualRate: rb, days: na }, pl).subsidyRate)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('applies the higher of 50% of the rate and 3%, never above the rate itself (就高, I-2)', () => {
    fc.assert(fc.property(rate, (r) => {
      const x = loanInterestSubsidy({ principal: 10000, annualRate: r, days: 360 });
      const expected = Decimal.min(r, Decimal.max(r.times('0.5'), '0.03'));
      expect(x.subsidyRate.eq(expected)).toBe(true);
    }), { numRuns: 500 });
  });
});

// ---------------------------------------------------------------------------------------------
// 2.3.8 — a household's loans over a year
// ---------------------------------------------------------------------------------------------

describe('householdLoanSubsidy (2.3.8, I-4, I-5): properties', () => {
  it('never subsidises more principal in a year than the cap, nor a loan more than its principal or credit limit', () => {
    fc.assert(fc.property(fc.array(loanOf, { maxLength: 8 }), year, plan, (loans, y, pl) => {
      const r = householdLoanSubsidy({ year: y, loans }, pl);
      const cap = pl.params.microcredit.principalCapPerYear.value;
      const used = r.loans.reduce((a, l) => a.plus(l.subsidizedPrincipal), D(0));
      expect(used.lte(cap)).toBe(true);
      expect(r.principalCapRemaining.eq(cap.minus(used))).toBe(true);
      r.loans.forEach((l, i) => {
        const input = loans[i] as (typeof loans)[number];
        expect(l.subsidizedPrincipal.lte(input.principal)).toBe(true);
        if (input.creditLimit !== undefined) expect(l.subsidizedPrincipal.lte(input.creditLimit)).toBe(true);
        if (input.interestPaid !== undefined) expect(l.amount.lte(input.interestPaid)).toBe(true);
        expect(l.amount.gte(0) && isWholeFen(l.amount)).toBe(true);
        if (l.days === 0) expect(l.subsidizedPrincipal.isZero() && l.amount.isZero()).toBe(true);
      });
      expect(r.total.eq(r.loans.reduce((a, l) => a.plus(l.amount), D(0)))).toBe(true);
    }), { numRuns: 800 });
  });

  it('counts no day before the plan took effect, none outside the year, and none past the repayment date', () => {
    fc.assert(fc.property(fc.array(loanOf, { minLength: 1, maxLength: 4 }), year, (loans, y) => {
      const r = householdLoanSubsidy({ year: y, loans }, WIDE);
      r.loans.forEach((l, i) => {
        const input = loans[i] as (typeof loans)[number];
        const from = [input.startDate, `${y}-01-01`, '2023-05-13'].sort().at(-1) as string;
        const to = [input.endDate, `${y + 1}-01-01`].sort()[0] as string;
        const expected = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86400000));
        expect(l.days).toBe(expected);
      });
    }), { numRuns: 500 });
  });

  it('allocates the cap the same way whatever the order of loans with distinct drawdown dates', () => {
    const distinct = fc.uniqueArray(loanOf, { maxLength: 6, selector: (l) => l.startDate });
    fc.assert(fc.property(distinct, year, fc.integer(), (loans, y, seed) => {
      const labelled = loans.map((l, i) => ({ ...l, id: `L${i}` }));
      const shuffled = [...labelled].sort((a, b) => ((a.id.charCodeAt(1) * 7919 + seed) % 13) - ((b.id.charCodeAt(1) * 7919 + seed) % 13) || a.id.localeCompare(b.id));
      const a = householdLoanSubsidy({ year: y, loans: labelled }, WIDE);
      const b = householdLoanSubsidy({ year: y, loans: shuffled }, WIDE);
      const byId = (r: typeof a) => Object.fromEntries(r.loans.map((l) => [l.id, [l.subsidizedPrincipal.toString(), l.amount.toString(), l.days]]));
      expect(byId(b)).toEqual(byId(a));
      expect(b.total.eq(a.total)).toBe(true);
    }), { numRuns: 500 });
  });

  it('gives each loan what loanInterestSubsidy gives for its days and its share of the cap', () => {
    fc.assert(fc.property(fc.array(loanOf, { maxLength: 5 }), year, (loans, y) => {
      const r = householdLoanSubsidy({ year: y, loans }, WIDE);
      r.loans.forEach((l, i) => {
        if (l.days === 0) return;
        const input = loans[i] as (typeof loans)[number];
        const one = loanInterestSubsidy({
          principal: l.subsidizedPrincipal, annualRate: input.annualRate, days: l.days,
          ...(input.interestPaid === undefined ? {} : { interestPaid: input.interestPaid }),
        });
        expect(l.amount.toString()).toBe(one.amount.toString());
      });
    }), { numRuns: 500 });
  });

  it('refuses a year outside the plan\'s period, before its date of force or after its end', () => {
    fc.assert(fc.property(fc.array(loanOf, { maxLength: 3 }), fc.integer({ min: 1990, max: 2060 }), (loans, y) => {
      const inPeriod = y === 2023;
      if (inPeriod) expect(() => householdLoanSubsidy({ year: y, loans })).not.toThrow();
      else expect(() => householdLoanSubsidy({ year: y, loans })).toThrow(PlanNotInForceError);
    }), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------------------------------------
// 2.3.9 — dividends
// ---------------------------------------------------------------------------------------------

describe('allocateDividendsWithTrace (2.3.9, I-12): properties', () => {
  it('gives the parts allocateDividends gives, summing to the pool exactly', () => {
    const shares = fc.dictionary(fc.stringMatching(/^H-[0-9]{1,4}$/), anyMoney, { minKeys: 1, maxKeys: 30 })
      .filter((s) => Object.values(s).some((v) => !v.isZero()));
    fc.assert(fc.property(fenMoney, shares, (pool, s) => {
      const a = allocateDividends(pool, s);
      const b = allocateDividendsWithTrace(pool, s);
      expect(Object.fromEntries(Object.entries(b.parts).map(([k, v]) => [k, v.toString()]))).toEqual(Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.toString()])));
      expect(Object.values(a).reduce((x, v) => x.plus(v), D(0)).eq(pool)).toBe(true);
      expect(Object.values(a).every((v) => v.gte(0) && isWholeFen(v))).toBe(true);
    }), { numRuns: 500 });
  });
});

// ---------------------------------------------------------------------------------------------
// Clause 1 — population targets on exact values (I-1, I-9)
// ---------------------------------------------------------------------------------------------

const signed = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).map((n) => D(n).div(100));
const incomeOf = fc.record({ wage: fenUpTo(10 ** 7), netOperating: signed, netProperty: signed, netTransfer: signed });

describe('populationIncomeTargets (1, I-1, I-9): properties', () => {
  it('sets each target met by the exact comparison of the sums, never by the rounded figures', () => {
    const households = fc.array(fc.record({ members: fc.integer({ min: 1, max: 8 }), income: incomeOf }), { minLength: 1, maxLength: 12 });
    const previous = fc.option(fc.bigInt({ min: 1n, max: 10n ** 8n }).map((n) => D(n).div(100)), { nil: undefined });
    fc.assert(fc.property(households, previous, (hs, prev) => {
      const r = populationIncomeTargets({ households: hs, ...(prev === undefined ? {} : { previousPerCapita: prev }) });
      const m = hs.reduce((a, h) => a + h.members, 0);
      const sum = (k: 'wage' | 'netOperating' | 'netProperty' | 'netTransfer') => hs.reduce((a, h) => a.plus(h.income[k]), D(0));
      const d = sum('wage').plus(sum('netOperating')).plus(sum('netProperty')).plus(sum('netTransfer'));
      const t = sum('netTransfer');
      expect(r.members).toBe(m);
      expect(r.met.perCapita).toBe(d.gte(D(16710).times(m)));
      expect(r.met.growth).toBe(prev === undefined ? null : d.gte(prev.times('1.15').times(m)));
      expect(r.met.transferShare).toBe(d.gt(0) && t.lte(d.times('0.8')));
      expect(r.met.otherShare).toBe(d.gt(0) && d.minus(t).gte(d.times('0.2')));
    }), { numRuns: 1000 });
  });
});

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

/** Overrides of any parameters, with values plan.with() accepts. */
const overrides = planOverridesArb({ money: fenMoney, rate, date });

function snapshot(p: Plan): string {
  return JSON.stringify(p, (_k, v: unknown) => (v instanceof Decimal ? `D:${v.toString()}` : v));
}

function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
}

describe('plan.with(): properties', () => {
  it('never mutates the plan it is called on, whatever it overrides, and gives a deeply frozen plan', () => {
    const before = snapshot(LANXI_2023);
    fc.assert(fc.property(overrides, overrides, (o1, o2) => {
      const p1 = LANXI_2023.with(o1);
      const s1 = snapshot(p1);
      const p2 = p1.with(o2);
      expect(snapshot(p1)).toBe(s1);
      expect(snapshot(LANXI_2023)).toBe(before);
      expect(deeplyFrozen(p2)).toBe(true);
      for (const path of parameterPaths(LANXI_2023)) expect(parameterPaths(p2)).toContain(path);
    }), { numRuns: 300 });
  });

  it('gives back the plan\'s values when the overrides restore them', () => {
    fc.assert(fc.property(overrides, (o) => {
      const p = LANXI_2023.with(o).with({
        targets: { perCapitaIncome: '16710', growthRate: '0.15', maxTransferShare: '0.8', minOtherShare: '0.2' },
        microcredit: { rateShare: '0.5', floorRate: '0.03', principalCapPerYear: '100000', dayCountBasis: 360 },
        rentSubsidy: { rate: '0.2', cap: '20000', minEmployedShare: '0.5' },
        vocationalGrant: { amount: '3000' }, projectIncome: { minLowIncomeShare: '0.3' }, training: { minTrainees: 15 },
        effectiveFrom: '2023-05-13',
      });
      expect(p.overridden).toEqual([]);
      for (const [group, params] of Object.entries(LANXI_2023.params)) {
        for (const [name, param] of Object.entries(params as Record<string, { value: unknown }>)) {
          expect(String((p.params as unknown as Record<string, Record<string, { value: unknown }>>)[group]?.[name]?.value)).toBe(String(param.value));
        }
      }
    }), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------------------------------------
// Populations on hand-made households
// ---------------------------------------------------------------------------------------------

/** Households the synthetic generator never makes: sub-fen money, losses, loans across years, non-stacking aid. */
const household = fc.record({
  members: fc.array(fc.record({ laborCapable: fc.boolean(), schooling: fc.constantFrom('none', 'secondaryVocational', 'higherVocational', 'other') }), { minLength: 1, maxLength: 6 }),
  income: fc.record({ wage: anyUpTo(10 ** 6), netOperating: signed, netProperty: signed, netTransfer: signed }),
  previousPerCapita: fc.option(fc.bigInt({ min: 1n, max: 10n ** 7n }).map((n) => D(n).div(100)), { nil: undefined }),
  loans: fc.array(loanOf, { maxLength: 3 }),
  aid: fc.array(fc.record({ name: fc.constantFrom('国家助学金', '雨露计划'), amount: anyUpTo(10000), stackable: fc.boolean() }), { maxLength: 3 }),
});
const population = fc.array(household, { minLength: 1, maxLength: 8 }).map((hs) => hs.map((h, i) => ({
  id: `R-${i}`, category: 'other', members: h.members,
  income: { year: 2023, wage: h.income.wage.toString(), netOperating: h.income.netOperating.toString(), netProperty: h.income.netProperty.toString(), netTransfer: h.income.netTransfer.toString() },
  ...(h.previousPerCapita === undefined ? {} : { previousPerCapita: h.previousPerCapita.toString() }),
  ...(h.loans.length === 0 ? {} : { loans: h.loans }),
  ...(h.aid.length === 0 ? {} : { otherEducationAid: h.aid.map((a) => ({ ...a, amount: a.amount.toString() })) }),
})));

describe('simulate and compare on hand-made households: properties', () => {
  it('totals exactly the sum of assessHousehold, benefit by benefit and household by household', () => {
    fc.assert(fc.property(population, year, plan, (hs, y, pl) => {
      const s = simulate(hs, { year: y, plan: pl });
      expect(s.errors).toEqual([]);
      let loan = D(0);
      let grant = D(0);
      hs.forEach((h, i) => {
        const a = assessHousehold(h, { year: y, plan: pl });
        const row = s.perHousehold[i];
        expect(row?.loanSubsidy.toString()).toBe(a.loanSubsidy.total.toString());
        expect(row?.vocationalGrant.toString()).toBe(a.vocationalGrant.amount.toString());
        expect(row?.perCapita.toString()).toBe(a.income.perCapita.toString());
        expect(row?.met).toEqual(a.income.met);
        loan = loan.plus(a.loanSubsidy.total);
        grant = grant.plus(a.vocationalGrant.amount);
      });
      expect(s.byBenefit.loanSubsidy.toString()).toBe(loan.toString());
      expect(s.byBenefit.vocationalGrant.toString()).toBe(grant.toString());
      expect(s.totalEntitlement.toString()).toBe(loan.plus(grant).toString());
      expect(isWholeFen(s.totalEntitlement) && s.totalEntitlement.gte(0)).toBe(true);
    }), { numRuns: 300 });
  });

  it('sets the population targets met by the exact comparison of the sums (I-1, I-9)', () => {
    fc.assert(fc.property(population, (hs) => {
      const s = simulate(hs, { year: 2023 });
      const m = hs.reduce((a, h) => a + h.members.length, 0);
      const d = hs.reduce((a, h) => a.plus(h.income.wage).plus(h.income.netOperating).plus(h.income.netProperty).plus(h.income.netTransfer), D(0));
      const t = hs.reduce((a, h) => a.plus(h.income.netTransfer), D(0));
      expect(s.members).toBe(m);
      expect(s.targets.met.perCapita).toBe(d.gte(D(16710).times(m)));
      expect(s.targets.met.transferShare).toBe(d.gt(0) && t.lte(d.times('0.8')));
      expect(s.targets.met.otherShare).toBe(d.gt(0) && d.minus(t).gte(d.times('0.2')));
    }), { numRuns: 300 });
  });

  it('shows no change at all when the reform is the baseline', () => {
    fc.assert(fc.property(population, year, plan, fc.boolean(), (hs, y, pl, asOverrides) => {
      const reform = asOverrides ? {} : pl;
      const c = compare(hs, { year: y, baseline: pl, reform });
      const d = c.delta;
      for (const v of [d.totalEntitlement, d.byBenefit.loanSubsidy, d.byBenefit.vocationalGrant]) expect(v.isZero()).toBe(true);
      for (const v of [d.perCapita, d.growth, d.transferShare, d.otherShare]) expect(v === null || v.isZero()).toBe(true);
      expect([d.recipients.loanSubsidy, d.recipients.vocationalGrant, d.householdsMeeting.perCapita, d.householdsMeeting.growth]).toEqual([0, 0, 0, 0]);
      expect([c.gainers, c.losers, c.crossedUp, c.crossedDown]).toEqual([0, 0, 0, 0]);
      for (const r of c.perHousehold) {
        expect(r.entitlementChange.isZero() && r.incomeChange.isZero()).toBe(true);
        expect(r.perCapitaAfter.eq(r.perCapitaBefore)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('counts as gainers and losers exactly the households whose entitlements rise or fall', () => {
    fc.assert(fc.property(population, plan, plan, (hs, base, reform) => {
      const c = compare(hs, { year: 2023, baseline: base, reform });
      const up = c.perHousehold.filter((r) => r.incomeChange.gt(0)).length;
      const down = c.perHousehold.filter((r) => r.incomeChange.lt(0)).length;
      expect([c.gainers, c.losers]).toEqual([up, down]);
      const total = c.perHousehold.reduce((a, r) => a.plus(r.entitlementChange), D(0));
      expect(total.eq(c.delta.totalEntitlement)).toBe(true);
    }), { numRuns: 300 });
  });
});
