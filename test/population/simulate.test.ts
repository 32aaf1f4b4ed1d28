import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { assessHousehold } from '../../src/population/assess.js';
import { preparePopulation, simulate } from '../../src/population/simulate.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';
import { prepare } from '../../src/population/prepare.js';
import { parseHousehold } from '../../src/schema/household.js';

type Json = Record<string, unknown>;

/** A household with given members and income (yuan as text), and optional extras. */
const hh = (id: string, members: number, income: [string, string, string, string], over: Json = {}): Json => ({
  id,
  category: 'dibao',
  members: Array.from({ length: members }, () => ({ laborCapable: true })),
  income: { year: 2023, wage: income[0], netOperating: income[1], netProperty: income[2], netTransfer: income[3] },
  ...over,
});

/** Σ of assessHousehold over a population, the reference for the batch path. */
function referenceTotals(population: readonly unknown[], year: number, plan = LANXI_2023) {
  let total = new Decimal(0);
  let loan = new Decimal(0);
  let grant = new Decimal(0);
  const perCapita: string[] = [];
  const met: unknown[] = [];
  for (const h of population) {
    const a = assessHousehold(h, { year, plan });
    total = total.plus(a.totalEntitlement);
    loan = loan.plus(a.loanSubsidy.total);
    grant = grant.plus(a.vocationalGrant.amount);
    perCapita.push(a.income.perCapita.toFixed(2));
    met.push(a.income.met);
  }
  return { total, loan, grant, perCapita, met };
}

describe('simulate (1, 2.3.4, 2.3.8; I-9)', () => {
  it.each([1, 2, 3, 2023])('adds up to exactly the sum of assessHousehold over a synthetic population (seed %i)', (seed) => {
    const population = syntheticPopulation({ size: 400, seed });
    const s = simulate(population, { year: 2023 });
    const ref = referenceTotals(population, 2023);
    expect(s.households).toBe(400);
    expect(s.totalEntitlement.toFixed(2)).toBe(ref.total.toFixed(2));
    expect(s.byBenefit.loanSubsidy.toFixed(2)).toBe(ref.loan.toFixed(2));
    expect(s.byBenefit.vocationalGrant.toFixed(2)).toBe(ref.grant.toFixed(2));
    expect(s.perHousehold.map((r) => r.perCapita.toFixed(2))).toEqual(ref.perCapita);
    expect(s.perHousehold.map((r) => r.met)).toEqual(ref.met);
  });

  it('adds up to the sum of assessHousehold under what-if plans and other years too (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.constantFrom('0.02', '0.03', '0.035', '0.05'),
      fc.constantFrom(0, 2500, 3000, 3300.5, 5000),
      fc.constantFrom(2023, 2024),
      (seed, floorRate, amount, year) => {
        // the plan's period extended to 2024, so that the other year is a what-if the plan covers
        const plan = LANXI_2023.with({ microcredit: { floorRate }, vocationalGrant: { amount }, period: { to: '2024-12-31' } });
        const population = syntheticPopulation({ size: 40, seed });
        const s = simulate(population, { year, plan });
        const ref = referenceTotals(population, year, plan);
        expect(s.totalEntitlement.toFixed(2)).toBe(ref.total.toFixed(2));
        expect(s.perHousehold.map((r) => r.perCapita.toFixed(2))).toEqual(ref.perCapita);
      },
    ), { numRuns: 40 });
  });

  it('gives the exact answer for households the whole-fen engine cannot take (sub-fen amounts)', () => {
    const population = [
      hh('a', 3, ['10000.005', '0', '0', '40000.001'], { previousPerCapita: '14000.003', loans: [{ principal: '50000.005', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }] }),
      hh('b', 1, ['0', '0', '0', '16710'], { previousPerCapita: '14530.43' }),
    ];
    const s = simulate(population, { year: 2023 });
    const ref = referenceTotals(population, 2023);
    expect(s.totalEntitlement.toFixed(2)).toBe(ref.total.toFixed(2));
    expect(s.perHousehold.map((r) => r.perCapita.toFixed(2))).toEqual(ref.perCapita);
    expect(s.targets.disposableIncome.toString()).toBe('66710.006');
  });

  it('computes the population per capita as Σ income / Σ members, not as a mean of household figures (I-9)', () => {
    // 30000 for one person, 24000 for three: the mean of 30000 and 8000 is 19000 (above 16710), but Σ/Σ = 54000 / 4 = 13500
    const s = simulate([hh('one', 1, ['30000', '0', '0', '0']), hh('three', 3, ['18000', '0', '0', '6000'])], { year: 2023 });
    expect(s.members).toBe(4);
    expect(s.targets.perCapita?.toFixed(2)).toBe('13500.00');
    expect(s.targets.met.perCapita).toBe(false);
    // the transfer share too: Σ 6000 / Σ 54000, not the mean of 0 and 25%
    expect(s.targets.transferShare?.toString()).toBe('0.1111');
    expect(s.targets.otherShare?.toString()).toBe('0.8889');
  });

  it('meets the per-capita target when Σ income / Σ members is exactly 16710 (以上 includes the number, I-1)', () => {
    const s = simulate([hh('a', 1, ['16709.99', '0', '0', '0']), hh('b', 1, ['16710.01', '0', '0', '0'])], { year: 2023 });
    expect(s.targets.perCapita?.toFixed(2)).toBe('16710.00');
    expect(s.targets.met.perCapita).toBe(true);
    expect(s.targets.householdsMeeting.perCapita).toBe(1);
    const below = simulate([hh('a', 1, ['16709.99', '0', '0', '0']), hh('b', 1, ['16710.00', '0', '0', '0'])], { year: 2023 });
    expect(below.targets.met.perCapita).toBe(false);
  });

  it('computes growth over the households that report a previous figure only (a matched panel)', () => {
    const s = simulate([
      hh('a', 2, ['20000', '0', '0', '14500'], { previousPerCapita: '15000' }), // 34500 against 30000: +15%
      hh('b', 1, ['0', '0', '0', '5000']), // no previous figure: counts in per capita, not in growth
    ], { year: 2023 });
    expect(s.targets.growth?.toString()).toBe('0.15');
    expect(s.targets.met.growth).toBe(true);
    expect(s.targets.growthBase).toMatchObject({ households: 1, members: 2 });
    expect(s.targets.growthBase.previousIncome.toString()).toBe('30000');
    expect(s.targets.perCapita?.toFixed(2)).toBe('13166.67');
  });

  it('weighs last year by members too: growth is Σ income / Σ (previous per capita × members) − 1', () => {
    const s = simulate([
      hh('a', 1, ['11500', '0', '0', '0'], { previousPerCapita: '10000' }),
      hh('b', 4, ['40000', '0', '0', '0'], { previousPerCapita: '10000' }),
    ], { year: 2023 });
    // 51500 / 50000 − 1 = 3%, while the mean of +15% and 0% would be 7.5%
    expect(s.targets.growth?.toString()).toBe('0.03');
    expect(s.targets.met.growth).toBe(false);
  });

  it('leaves growth undefined when no household reports a previous figure, and shares undefined when Σ income ≤ 0', () => {
    const s = simulate([hh('a', 1, ['0', '-100', '0', '0'])], { year: 2023 });
    expect(s.targets.growth).toBeNull();
    expect(s.targets.met.growth).toBeNull();
    expect(s.targets.transferShare).toBeNull();
    expect(s.targets.met.transferShare).toBe(false);
  });

  it('reports bad records with their index, id and paths, and assesses the good ones', () => {
    const s = simulate([
      hh('good-1', 1, ['20000', '0', '0', '0']),
      hh('bad-1', 1, ['-5', '0', '0', '0']),
      'not a household',
      hh('good-2', 2, ['20000', '0', '0', '0']),
      hh('good-1', 1, ['1', '0', '0', '0']),
    ], { year: 2023 });
    expect(s.households).toBe(2);
    expect(s.perHousehold.map((r) => r.id)).toEqual(['good-1', 'good-2']);
    expect(s.errors.map((e) => [e.index, e.id])).toEqual([[1, 'bad-1'], [2, undefined], [4, 'good-1']]);
    expect(s.errors[0]?.issues[0]).toMatchObject({ path: ['income', 'wage'], code: 'negative' });
    expect(s.errors[2]?.issues[0]).toMatchObject({ path: ['id'], code: 'duplicate_id' });
  });

  it('never echoes an id that could be an ID number in an error', () => {
    const s = simulate([{ id: '110105194912310021', category: 'x' }], { year: 2023 });
    expect(s.errors[0]?.id).toBeUndefined();
    expect(JSON.stringify(s.errors)).not.toContain('110105194912310021');
  });

  it('returns an empty summary for an empty population', () => {
    const s = simulate([], { year: 2023 });
    expect(s.households).toBe(0);
    expect(s.totalEntitlement.toString()).toBe('0');
    expect(s.targets.perCapita).toBeNull();
    expect(s.targets.met.perCapita).toBe(false);
  });

  it('uses households from preparePopulation as they are, with the same answer', () => {
    const population = syntheticPopulation({ size: 200, seed: 9 });
    const prepared = preparePopulation(population);
    expect(prepared.errors).toEqual([]);
    expect(Object.isFrozen(prepared.households[0])).toBe(true);
    const a = simulate(population, { year: 2023 });
    const b = simulate(prepared.households, { year: 2023 });
    expect(b.totalEntitlement.eq(a.totalEntitlement)).toBe(true);
    expect(b.targets.perCapita?.eq(a.targets.perCapita as Decimal)).toBe(true);
  });

  it('stores an array of parsed households once, and stores it again when one of its households is changed, added or removed', () => {
    const population = syntheticPopulation({ size: 50, seed: 4 });
    const parsed = population.map((r) => parseHousehold(r));
    const first = prepare('simulate', parsed);
    expect(prepare('simulate', parsed)).toBe(first);
    expect(simulate(parsed, { year: 2023 }).totalEntitlement.eq(simulate(population, { year: 2023 }).totalEntitlement)).toBe(true);
    // a household replaced: the array is read again, and the answer follows it
    const other = parseHousehold({ ...population[0], id: 'replaced', loans: [{ principal: 100000, annualRate: '0.06', startDate: '2023-01-01', endDate: '2024-01-01' }] });
    parsed[0] = other;
    const second = prepare('simulate', parsed);
    expect(second).not.toBe(first);
    expect(simulate(parsed, { year: 2023 }).totalEntitlement.eq(simulate(parsed.map((h) => JSON.parse(JSON.stringify(h))), { year: 2023 }).totalEntitlement)).toBe(true);
    parsed.push(parseHousehold({ ...population[1], id: 'added' }));
    expect(prepare('simulate', parsed).store.size).toBe(51);
    parsed.length = 10;
    expect(prepare('simulate', parsed).store.size).toBe(10);
    // an array holding a record that is not parsed is never remembered
    const mixed = [...parsed.slice(0, 3), population[20]];
    expect(prepare('simulate', mixed)).not.toBe(prepare('simulate', mixed));
  });

  it('remembers an array with the households it was stored from, even when reading it again gives others', () => {
    const [a, b] = ['A', 'B'].map((id, k) => parseHousehold({ ...syntheticPopulation({ size: 2, seed: 6 })[k], id }));
    let reads = 0;
    // a Proxy that gives household A on its first read of item 0, and B on every read after it
    const shifting = new Proxy([a], { get: (t, k, r) => (k === '0' ? (reads++ === 0 ? a : b) : Reflect.get(t, k, r)) });
    expect(simulate(shifting, { year: 2023 }).perHousehold.map((row) => row.id)).toEqual(['A']);
    // now it holds B: the population stored from A is not given back for it
    expect(simulate(shifting, { year: 2023 }).perHousehold.map((row) => row.id)).toEqual(['B']);
    expect(simulate(shifting, { year: 2023 }).perHousehold.map((row) => row.id)).toEqual(['B']);
  });

  it('keeps parsed households as they were given: the population gives the same objects back, and the same figures as their records', () => {
    const population = syntheticPopulation({ size: 40, seed: 5 });
    const parsed = population.map((r) => parseHousehold(r));
    const prepared = preparePopulation(parsed);
    expect(prepared.households.every((h, i) => h === parsed[i])).toBe(true);
    // mixed with records: the records' households are rebuilt from the store, equal to what the schema gives
    const mixed = preparePopulation([...parsed.slice(0, 20), ...population.slice(20)]);
    expect(mixed.households.slice(0, 20).every((h, i) => h === parsed[i])).toBe(true);
    expect(mixed.households.slice(20)).toEqual(parsed.slice(20));
    const fromRecords = simulate(population, { year: 2023 });
    const fromMixed = simulate(mixed, { year: 2023 });
    expect(fromMixed.totalEntitlement.eq(fromRecords.totalEntitlement)).toBe(true);
    expect(fromMixed.perHousehold.map((r) => r.totalEntitlement.toString())).toEqual(fromRecords.perHousehold.map((r) => r.totalEntitlement.toString()));
  });

  it('counts the recipients of each benefit', () => {
    const s = simulate([
      hh('a', 2, ['1', '0', '0', '0'], { members: [{ laborCapable: true }, { laborCapable: false, schooling: 'higherVocational' }] }),
      hh('b', 1, ['1', '0', '0', '0'], { loans: [{ principal: '10000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }] }),
      hh('c', 1, ['1', '0', '0', '0']),
    ], { year: 2023 });
    expect(s.recipients).toEqual({ loanSubsidy: 1, vocationalGrant: 1 });
    expect(s.byBenefit.vocationalGrant.toFixed(2)).toBe('3000.00');
  });

  it('returns frozen results', () => {
    const s = simulate([hh('a', 1, ['1', '0', '0', '0'])], { year: 2023 });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.perHousehold)).toBe(true);
    expect(Object.isFrozen(s.perHousehold[0])).toBe(true);
    expect(Object.isFrozen(s.targets)).toBe(true);
  });

  it('freezes its errors too, a repeated id, an invalid and an unreadable record alike', () => {
    const unreadable = new Proxy({}, { ownKeys: () => { throw new Error('no'); }, get: () => { throw new Error('no'); } });
    const s = simulate([hh('a', 1, ['1', '0', '0', '0']), hh('a', 1, ['1', '0', '0', '0']), { id: 'b' }, unreadable], { year: 2023 });
    expect(s.errors.length).toBeGreaterThanOrEqual(2);
    for (const e of s.errors) {
      expect(Object.isFrozen(e)).toBe(true);
      expect(Object.isFrozen(e.issues)).toBe(true);
      for (const i of e.issues) expect(Object.isFrozen(i) && Object.isFrozen(i.path)).toBe(true);
    }
  });

  it.each([
    [{ year: 2023 }, 'not-an-array', ['households'], 'invalid_type'],
    [{ year: 1800 }, [], ['year'], 'too_small'],
    [{ year: 2023, plan: 'lanxi' }, [], ['plan'], 'invalid_plan'],
  ])('rejects %o / %o at its path', (options, households, path, code) => {
    try {
      simulate(households as never, options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues[0]).toMatchObject({ path, code });
    }
  });
});
