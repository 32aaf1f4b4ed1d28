import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { parseHouseholds, safeParseHousehold } from '../../src/schema/household.js';
import { LANXI_TOWNSHIPS } from '../../src/schema/townships.js';
import { mulberry32, syntheticPopulation } from '../../src/population/synthetic.js';

const population = syntheticPopulation({ size: 10000, seed: 2023 });
const vocational = (s?: string) => s === 'secondaryVocational' || s === 'higherVocational';
const share = (n: number) => n / population.length;

describe('syntheticPopulation (synthetic data, shaped by clause 1)', () => {
  it('gives the same households for the same seed, and other households for another seed', () => {
    expect(syntheticPopulation({ size: 300, seed: 7 })).toEqual(syntheticPopulation({ size: 300, seed: 7 }));
    expect(syntheticPopulation({ size: 300, seed: 8 })).not.toEqual(syntheticPopulation({ size: 300, seed: 7 }));
    // a smaller population is the start of a larger one with the same seed
    expect(syntheticPopulation({ size: 50, seed: 7 })).toEqual(syntheticPopulation({ size: 300, seed: 7 }).slice(0, 50));
  });

  it('generates only valid household records (every one parses)', () => {
    const r = parseHouseholds(population);
    expect(r.errors).toEqual([]);
    expect(r.households).toHaveLength(10000);
  });

  it('generates valid households for any seed and size (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 0, max: 60 }), (seed, size) => {
      const p = syntheticPopulation({ size, seed });
      expect(p).toHaveLength(size);
      for (const h of p) expect(safeParseHousehold(h).success).toBe(true);
    }), { numRuns: 60 });
  });

  it('writes money as decimal strings with two decimals and never an ID number', () => {
    const text = JSON.stringify(population);
    expect(text).not.toContain('idNumber');
    expect(text).not.toMatch(/[0-9]{15}/);
    for (const h of population.slice(0, 500)) {
      for (const v of [h.income.wage, h.income.netOperating, h.income.netProperty, h.income.netTransfer, h.previousPerCapita]) {
        expect(v).toMatch(/^\d+\.\d{2}$/);
      }
    }
  });

  it('skews household sizes small, from 1 to 6, with many elderly people living alone', () => {
    const sizes = population.map((h) => h.members.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(6);
    expect(share(sizes.filter((n) => n === 1).length)).toBeGreaterThan(0.3);
    expect(share(sizes.filter((n) => n >= 5).length)).toBeLessThan(0.15);
    const elderlySingles = population.filter((h) => h.members.length === 1 && (h.members[0]?.birthDate ?? '9999') <= '1963-12-31');
    expect(share(elderlySingles.length)).toBeGreaterThan(0.2);
  });

  it('uses every category and all 16 townships', () => {
    expect(new Set(population.map((h) => h.category))).toEqual(new Set(['dibao', 'dibian', 'tekun', 'other']));
    expect(new Set(population.map((h) => h.township))).toEqual(new Set(LANXI_TOWNSHIPS.map((t) => t.code)));
  });

  it('puts last year\'s per-capita income near 16710 / 1.15 ≈ 14530 and transfers at a high share', () => {
    let members = 0;
    let previous = 0;
    let income = 0;
    let transfer = 0;
    for (const h of population) {
      const i = h.income;
      members += h.members.length;
      previous += Number(h.previousPerCapita) * h.members.length;
      income += Number(i.wage) + Number(i.netOperating) + Number(i.netProperty) + Number(i.netTransfer);
      transfer += Number(i.netTransfer);
    }
    expect(previous / members).toBeGreaterThan(14530 * 0.9);
    expect(previous / members).toBeLessThan(14530 * 1.1);
    expect(transfer / income).toBeGreaterThan(0.6);
    expect(transfer / income).toBeLessThan(0.85);
  });

  it('gives about 15% of households loans, some above 100000 in all and some drawn before 2023-05-13', () => {
    const withLoans = population.filter((h) => h.loans !== undefined);
    expect(share(withLoans.length)).toBeGreaterThan(0.1);
    expect(share(withLoans.length)).toBeLessThan(0.2);
    expect(withLoans.some((h) => (h.loans ?? []).reduce((a, l) => a + Number(l.principal), 0) > 100000)).toBe(true);
    expect(withLoans.some((h) => (h.loans ?? []).some((l) => l.startDate < '2023-05-13'))).toBe(true);
    expect(withLoans.some((h) => (h.loans ?? []).some((l) => l.startDate >= '2023-05-13'))).toBe(true);
  });

  it('gives about 5% of households a vocational student, some with aid that does not stack', () => {
    const students = population.filter((h) => h.members.some((m) => vocational(m.schooling)));
    expect(share(students.length)).toBeGreaterThan(0.03);
    expect(share(students.length)).toBeLessThan(0.08);
    expect(students.some((h) => h.otherEducationAid?.some((a) => !a.stackable && Number(a.amount) > 3000))).toBe(true);
    expect(students.some((h) => h.otherEducationAid?.some((a) => !a.stackable && Number(a.amount) < 3000))).toBe(true);
  });

  it('returns frozen records', () => {
    expect(Object.isFrozen(population)).toBe(true);
    expect(Object.isFrozen(population[0]?.income)).toBe(true);
  });

  it('draws from mulberry32, a deterministic PRNG in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each([
    [{ size: -1, seed: 1 }, ['size']],
    [{ size: 1.5, seed: 1 }, ['size']],
    [{ size: 2_000_000, seed: 1 }, ['size']],
    [{ size: 1, seed: 0.5 }, ['seed']],
    [{ size: 1, seed: '1' }, ['seed']],
    [{ size: 1, seed: 1, year: 1800 }, ['year']],
  ])('rejects %o at its path', (options, path) => {
    try {
      syntheticPopulation(options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues[0]?.path).toEqual(path);
    }
  });
});
