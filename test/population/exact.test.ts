import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanArb, whatIfPlanArb } from '../helpers/arbitraries.js';
import { Decimal, roundQuotient } from '../../src/core/decimal.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import type { Plan } from '../../src/plan/types.js';
import { incomeTargetsCore, populationIncomeTargetsCore, type IncomeTargetsResult } from '../../src/rules/income-targets.js';
import { parseHousehold, type Household } from '../../src/schema/household.js';
import { assessHousehold, type HouseholdAssessment } from '../../src/population/assess.js';
import { compare } from '../../src/population/compare.js';
import { prepare } from '../../src/population/prepare.js';
import { preparePopulation, simulate } from '../../src/population/simulate.js';
import { sweep } from '../../src/population/sweep.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';
import type { PopulationSummary } from '../../src/population/types.js';

// ---------------------------------------------------------------------------------------------
// Populations: synthetic households and edge cases the whole-fen engine must hand to the Decimal path
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const money = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6_000_000 }).map((f) => (f / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 6_000_000 }).map((f) => (f / 1000).toFixed(3)) }, // below the fen
  { weight: 1, arbitrary: fc.constantFrom('1000000000000', '999999999999.99', '0', '0.005', '3000', '3300.00', '2500.5') },
);
const signedMoney = fc.oneof(money, money.map((m) => `-${m}`));
const rate = fc.oneof(
  fc.constantFrom('0.0435', '0.0385', '0.06', '0.0285', '0', '1', '0.02', '0.0725'),
  fc.integer({ min: 0, max: 200_000 }).map((n) => (n / 1_000_000).toString()),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => (n / 10 ** 11).toFixed(11)), // many decimals
);
const loan = loanArb({
  principal: money, annualRate: rate, creditLimit: money, interestPaid: fc.oneof(money, fc.constantFrom('0', '10.00', '500')),
  origin: '2021-07-01', startWithin: 4 * 365, lengthUpTo: 3 * 365,
});

const edgeHousehold = (id: string) => fc.record({
  members: fc.array(fc.record({
    laborCapable: fc.boolean(),
    schooling: fc.constantFrom('none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other'),
  }), { minLength: 1, maxLength: 6 }),
  income: fc.record({ year: fc.constant(2023), wage: money, netOperating: signedMoney, netProperty: signedMoney, netTransfer: signedMoney }),
  previousPerCapita: fc.option(fc.oneof(money.filter((m) => Number(m) > 0), fc.constantFrom('14530.43', '0.01', '999999999999.99')), { nil: undefined }),
  loans: fc.array(loan, { maxLength: 4 }),
  otherEducationAid: fc.array(fc.record({ name: fc.constantFrom('雨露计划', '国家助学金'), amount: fc.oneof(money, fc.constantFrom('3000', '2999.99', '3000.01', '4000')), stackable: fc.boolean() }), { maxLength: 3 }),
}).map(({ previousPerCapita, ...h }) => ({
  id,
  category: 'dibao',
  ...h,
  ...(previousPerCapita === undefined ? {} : { previousPerCapita }),
}) as Json);

const populationArb = fc.tuple(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
  .chain(([seed, synthetic, edges]) => fc.tuple(
    fc.constant(syntheticPopulation({ size: synthetic, seed }) as unknown as Json[]),
    fc.tuple(...Array.from({ length: edges }, (_, i) => edgeHousehold(`edge-${i}`))),
  ))
  .map(([synthetic, edges]) => [...synthetic, ...edges]);

/** What-if plans near the parameters' edges, their period extended to 2025, so that the years of yearArb are covered. */
const planArb = whatIfPlanArb;

/** Years the plans of planArb cover: 2023 to 2025 (a plan in force from 2024-02-29 does not cover 2023: see {@link covers}). */
const yearArb = fc.constantFrom(2023, 2024, 2025);

/** Whether a plan covers the year: one in force from 2024-02-29 refuses 2023 (PlanNotInForceError). */
const covers = (plan: { readonly effectiveFrom: string }, year: number) => plan.effectiveFrom <= `${year}-12-31`;

// ---------------------------------------------------------------------------------------------
// The reference: assessHousehold (the Decimal cores) household by household, added up in Decimals
// ---------------------------------------------------------------------------------------------

const ZERO = new Decimal(0);
const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), ZERO);

/** What a household receives through the rules: the loan subsidy, and the grant or else the higher non-stacking aid (就高, I-7). */
function receivedOf(a: HouseholdAssessment): Decimal {
  const g = a.vocationalGrant;
  if (!g.eligible) return a.loanSubsidy.total;
  const edu = g.basis === 'other-aid-higher' ? sum(g.otherAid.filter((x) => !x.stackable).map((x) => x.amount)) : g.amount;
  return a.loanSubsidy.total.plus(edu);
}

interface Reference {
  readonly h: Household;
  readonly a: HouseholdAssessment;
  /** Income figures with the change in what the household receives added to net transfers (I-9). */
  readonly figures: IncomeTargetsResult;
  readonly netTransfer: Decimal;
  readonly change: Decimal;
}

function references(population: readonly Json[], year: number, plan: Plan, baseline?: readonly Reference[]): Reference[] {
  return population.map((json, i) => {
    const h = parseHousehold(json);
    const a = assessHousehold(json, { year, plan });
    const change = baseline === undefined ? ZERO : receivedOf(a).minus(receivedOf((baseline[i] as Reference).a));
    const netTransfer = h.income.netTransfer.plus(change);
    const figures = incomeTargetsCore(h.members.length, { ...h.income, netTransfer }, h.previousPerCapita, plan, false);
    return { h, a, figures, netTransfer, change };
  });
}

/** A summary equals the sums of the reference, household by household and in total (I-9). */
function expectSummary(s: PopulationSummary, refs: readonly Reference[], plan: Plan): void {
  expect(s.households).toBe(refs.length);
  expect(s.members).toBe(refs.reduce((n, r) => n + r.h.members.length, 0));
  s.perHousehold.forEach((row, i) => {
    const r = refs[i] as Reference;
    expect(row.id).toBe(r.h.id);
    expect(row.loanSubsidy.eq(r.a.loanSubsidy.total)).toBe(true);
    expect(row.vocationalGrant.eq(r.a.vocationalGrant.amount)).toBe(true);
    expect(row.totalEntitlement.eq(r.a.totalEntitlement)).toBe(true);
    expect(row.incomeChange.eq(r.change)).toBe(true);
    expect(row.disposableIncome.eq(r.figures.disposableIncome)).toBe(true);
    expect(row.perCapita.eq(r.figures.perCapita)).toBe(true);
    expect(row.met).toEqual(r.figures.met);
  });
  expect(s.totalEntitlement.eq(sum(refs.map((r) => r.a.totalEntitlement)))).toBe(true);
  expect(s.byBenefit.loanSubsidy.eq(sum(refs.map((r) => r.a.loanSubsidy.total)))).toBe(true);
  expect(s.byBenefit.vocationalGrant.eq(sum(refs.map((r) => r.a.vocationalGrant.amount)))).toBe(true);
  expect(s.recipients.loanSubsidy).toBe(refs.filter((r) => !r.a.loanSubsidy.total.isZero()).length);
  expect(s.recipients.vocationalGrant).toBe(refs.filter((r) => !r.a.vocationalGrant.amount.isZero()).length);
  const t = s.targets;
  expect(t.householdsMeeting.perCapita).toBe(refs.filter((r) => r.figures.met.perCapita).length);
  expect(t.householdsMeeting.growth).toBe(refs.filter((r) => r.figures.met.growth === true).length);
  expect(t.householdsMeeting.transferShare).toBe(refs.filter((r) => r.figures.met.transferShare).length);
  expect(t.householdsMeeting.otherShare).toBe(refs.filter((r) => r.figures.met.otherShare).length);
  if (refs.length === 0) return;
  const pop = populationIncomeTargetsCore(
    refs.map((r) => ({ members: r.h.members.length, income: { ...r.h.income, netTransfer: r.netTransfer } })),
    undefined, plan, false,
  );
  expect(t.income.netTransfer.eq(sum(refs.map((r) => r.netTransfer)))).toBe(true);
  expect(t.disposableIncome.eq(pop.disposableIncome)).toBe(true);
  expect(t.perCapita?.eq(pop.perCapita)).toBe(true);
  expect(t.transferShare === null ? null : t.transferShare.toString()).toBe(pop.transferShare === null ? null : pop.transferShare.toString());
  expect(t.otherShare === null ? null : t.otherShare.toString()).toBe(pop.otherShare === null ? null : pop.otherShare.toString());
  expect(t.met.perCapita).toBe(pop.met.perCapita);
  expect(t.met.transferShare).toBe(pop.met.transferShare);
  // growth over the households with a previous figure (a matched panel)
  const panel = refs.filter((r) => r.h.previousPerCapita !== undefined);
  const income = sum(panel.map((r) => r.figures.disposableIncome));
  const previous = sum(panel.map((r) => (r.h.previousPerCapita as Decimal).times(r.h.members.length)));
  expect(t.growthBase.disposableIncome.eq(income)).toBe(true);
  expect(t.growthBase.previousIncome.eq(previous)).toBe(true);
  if (panel.length === 0) {
    expect(t.growth).toBeNull();
  } else {
    expect(t.growth?.toString()).toBe(roundQuotient(income.minus(previous), previous, 4).toString());
    expect(t.met.growth).toBe(income.gte(previous.times(new Decimal(1).plus(plan.params.targets.growthRate.value))));
  }
}

// ---------------------------------------------------------------------------------------------

describe('simulate and compare are exact (1, 2.3.4, 2.3.8; I-9, I-12)', () => {
  it('give every household exactly what assessHousehold gives it, and the exact sums, on random populations and plans (property)', () => {
    fc.assert(fc.property(populationArb, planArb, yearArb, (population, plan, year) => {
      fc.pre(covers(plan, year));
      const refs = references(population, year, plan);
      expectSummary(simulate(population, { year, plan }), refs, plan);
    }), { numRuns: 60 });
  });

  it('give each household of a reform exactly the change in what it receives, added to its net transfers, and count gainers, losers and crossings exactly (property)', () => {
    fc.assert(fc.property(populationArb, planArb, planArb, yearArb, (population, baselinePlan, reformPlan, year) => {
      fc.pre(covers(baselinePlan, year) && covers(reformPlan, year));
      const base = references(population, year, baselinePlan);
      const reform = references(population, year, reformPlan, base);
      const c = compare(population, { year, baseline: baselinePlan, reform: reformPlan });
      expectSummary(c.baseline, base, baselinePlan);
      expectSummary(c.reform, reform, reformPlan);
      const line = baselinePlan.params.targets.perCapitaIncome.value;
      let gainers = 0;
      let losers = 0;
      let up = 0;
      let down = 0;
      c.perHousehold.forEach((row, i) => {
        const b = base[i] as Reference;
        const r = reform[i] as Reference;
        const m = b.h.members.length;
        expect(row.entitlementBefore.eq(b.a.totalEntitlement)).toBe(true);
        expect(row.entitlementAfter.eq(r.a.totalEntitlement)).toBe(true);
        expect(row.entitlementChange.eq(r.a.totalEntitlement.minus(b.a.totalEntitlement))).toBe(true);
        expect(row.incomeChange.eq(r.change)).toBe(true);
        expect(row.perCapitaBefore.eq(b.figures.perCapita)).toBe(true);
        expect(row.perCapitaAfter.eq(r.figures.perCapita)).toBe(true);
        let crossed = null;
        if (!r.change.isZero()) {
          if (r.change.isPositive()) gainers += 1;
          else losers += 1;
          const before = b.figures.disposableIncome.gte(line.times(m));
          const after = r.figures.disposableIncome.gte(line.times(m));
          crossed = !before && after ? 'up' : before && !after ? 'down' : null;
          if (crossed === 'up') up += 1;
          if (crossed === 'down') down += 1;
        }
        expect(row.crossed).toBe(crossed);
      });
      expect([c.gainers, c.losers, c.crossedUp, c.crossedDown]).toEqual([gainers, losers, up, down]);
      expect(c.delta.totalEntitlement.eq(c.reform.totalEntitlement.minus(c.baseline.totalEntitlement))).toBe(true);
    }), { numRuns: 40 });
  });

  it('hands households it cannot take in whole fen to the Decimal path, and still adds them up exactly', () => {
    const population: Json[] = [
      { id: 'sub-fen', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: '10000.005', netOperating: '0', netProperty: '0', netTransfer: '40000.001' }, previousPerCapita: '14000.003' },
      { id: 'many-decimals', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: '1', netOperating: '0', netProperty: '0', netTransfer: '1' },
        loans: [{ principal: '99999.99', annualRate: '0.04351234567', startDate: '2022-12-01', endDate: '2025-01-01' }] },
      { id: 'huge', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: '1000000000000', netOperating: '-1000000000000', netProperty: '1000000000000', netTransfer: '1000000000000' }, previousPerCapita: '999999999999.99' },
      ...(syntheticPopulation({ size: 5, seed: 3 }) as unknown as Json[]),
    ];
    const p = prepare('test', population);
    expect(p.store.external.size).toBe(1);
    for (const plan of [LANXI_2023, LANXI_2023.with({ targets: { perCapitaIncome: '16710.005' } })]) {
      expectSummary(simulate(population, { year: 2023, plan }), references(population, 2023, plan), plan);
    }
  });

  it('keeps totals past 2^53 fen exact', () => {
    const population = Array.from({ length: 100 }, (_, i): Json => ({
      id: `rich-${i}`, category: 'other', members: [{ laborCapable: true }],
      income: { year: 2023, wage: '999999999999.99', netOperating: '0', netProperty: '0', netTransfer: '0.01' },
    }));
    const s = simulate(population, { year: 2023 });
    expect(s.targets.income.wage.toFixed(2)).toBe('99999999999999.00');
    expect(s.targets.disposableIncome.toFixed(2)).toBe('100000000000000.00');
    expectSummary(s, references(population, 2023, LANXI_2023), LANXI_2023);
  });

  it('gives the same answer for JSON, a prepared population and its households', () => {
    const population = syntheticPopulation({ size: 300, seed: 21 });
    const prepared = preparePopulation(population);
    expect(prepared.size).toBe(300);
    const a = simulate(population, { year: 2023 });
    const b = simulate(prepared, { year: 2023 });
    const c = simulate(prepared.households, { year: 2023 });
    const d = simulate(prepared.households.slice(0, 300), { year: 2023 });
    for (const s of [b, c, d]) {
      expect(s.totalEntitlement.eq(a.totalEntitlement)).toBe(true);
      expect(s.targets).toEqual(a.targets);
      expect(s.perHousehold).toEqual(a.perHousehold);
    }
    const reform = { microcredit: { floorRate: '0.04' } };
    expect(compare(prepared, { year: 2023, reform }).perHousehold).toEqual(compare(population, { year: 2023, reform }).perHousehold);
    const values = ['0.03', '0.04'];
    expect(sweep(prepared, { year: 2023, path: 'microcredit.floorRate', values }).rows).toEqual(sweep(population, { year: 2023, path: 'microcredit.floorRate', values }).rows);
  });

  it('builds the per-household rows once, when first read, frozen', () => {
    const s = simulate(syntheticPopulation({ size: 50, seed: 4 }), { year: 2023 });
    const rows = s.perHousehold;
    expect(s.perHousehold).toBe(rows);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
    expect(Object.keys(s)).toEqual(['year', 'plan', 'households', 'members', 'totalEntitlement', 'byBenefit', 'recipients', 'targets', 'perHousehold', 'errors']);
    expect(JSON.parse(JSON.stringify(s)).perHousehold).toHaveLength(50);
  });

  it('builds the households of a prepared population once, frozen, and assessHousehold takes them as they are', () => {
    const json = syntheticPopulation({ size: 20, seed: 8 });
    const prepared = preparePopulation(json);
    const hs = prepared.households;
    expect(prepared.households).toBe(hs);
    expect(Object.isFrozen(hs)).toBe(true);
    hs.forEach((h, i) => {
      expect(h).toEqual(parseHousehold(json[i]));
      expect(assessHousehold(h, { year: 2023 }).totalEntitlement.eq(assessHousehold(json[i], { year: 2023 }).totalEntitlement)).toBe(true);
    });
  });
});
