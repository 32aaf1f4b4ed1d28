import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSES, Decimal, LANXI_2023, PlanNotInForceError, PolicyInputError, planAt, type Param } from '../../src/index.js';

const text = readFileSync(new URL('../fixtures/lanxi-2023-plan.zh.txt', import.meta.url), 'utf8');

function allParams(): [string, Param<unknown>][] {
  return Object.entries(LANXI_2023.params).flatMap(([g, ps]) =>
    Object.entries(ps as Record<string, Param<unknown>>).map(([n, p]) => [`${g}.${n}`, p] as [string, Param<unknown>]),
  );
}

describe('LANXI_2023 (the plan)', () => {
  it('quotes every parameter verbatim from the published text', () => {
    for (const [name, p] of allParams()) {
      expect(text, name).toContain(p.quote);
      expect(CLAUSES[p.clause], name).toBeDefined();
    }
  });

  it('quotes every milestone verbatim from the published text', () => {
    for (const m of LANXI_2023.milestones) expect(text, m.id).toContain(m.quote);
  });

  it('has the numbers of the text', () => {
    const p = LANXI_2023.params;
    expect(p.targets.perCapitaIncome.value.toString()).toBe('16710');
    expect(p.targets.growthRate.value.toString()).toBe('0.15');
    expect(p.targets.maxTransferShare.value.toString()).toBe('0.8');
    expect(p.targets.minOtherShare.value.toString()).toBe('0.2');
    expect(p.microcredit.rateShare.value.toString()).toBe('0.5');
    expect(p.microcredit.floorRate.value.toString()).toBe('0.03');
    expect(p.microcredit.principalCapPerYear.value.toString()).toBe('100000');
    expect(p.microcredit.dayCountBasis.value).toBe(360);
    expect(p.rentSubsidy.rate.value.toString()).toBe('0.2');
    expect(p.rentSubsidy.cap.value.toString()).toBe('20000');
    expect(p.rentSubsidy.minEmployedShare.value.toString()).toBe('0.5');
    expect(p.vocationalGrant.amount.value.toString()).toBe('3000');
    expect(p.projectIncome.minLowIncomeShare.value.toString()).toBe('0.3');
    expect(p.training.minTrainees.value).toBe(15);
    expect(p.relocation.persons.value).toBe(1740);
  });

  it('takes effect on 2023-05-13 (clause 4)', () => {
    expect(LANXI_2023.effectiveFrom).toBe('2023-05-13');
    expect(text).toContain('本《行动方案》自2023年5月13日起实施');
  });

  it('dates every deadline of the text by I-10 (月底 = last day, 中旬 = the 20th)', () => {
    expect(LANXI_2023.milestones.map((m) => [m.id, m.clause, m.due])).toEqual([
      ['menu-project-filing', '2.3.3', '2023-03-31'],
      ['relocation-site-preparation', '2.3.2', '2023-06-30'],
      ['menu-project-acceptance', '2.3.3', '2023-09-30'],
      ['vocational-grant-review', '2.3.4', '2023-10-20'],
      ['relocation-construction-start', '2.3.2', '2023-10-31'],
      ['skills-training', '2.3.5', '2023-10-31'],
    ]);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(LANXI_2023)).toBe(true);
    expect(Object.isFrozen(LANXI_2023.params.microcredit)).toBe(true);
    expect(Object.isFrozen(LANXI_2023.params.microcredit.floorRate)).toBe(true);
    expect(Object.isFrozen(LANXI_2023.milestones)).toBe(true);
    expect(() => {
      (LANXI_2023.params.microcredit as { floorRate: unknown }).floorRate = 1;
    }).toThrow(TypeError);
  });
});

describe('plan.with()', () => {
  it('returns a new plan and leaves the original untouched', () => {
    const reform = LANXI_2023.with({ microcredit: { floorRate: '0.04' }, vocationalGrant: { amount: 4000 } });
    expect(reform).not.toBe(LANXI_2023);
    expect(reform.params.microcredit.floorRate.value.toString()).toBe('0.04');
    expect(reform.params.vocationalGrant.amount.value.toString()).toBe('4000');
    expect(LANXI_2023.params.microcredit.floorRate.value.toString()).toBe('0.03');
    expect(LANXI_2023.params.vocationalGrant.amount.value.toString()).toBe('3000');
    expect(Object.isFrozen(reform.params.microcredit)).toBe(true);
  });

  it('keeps the clause and quote and records the plan value of a changed parameter', () => {
    const reform = LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
    expect(reform.params.microcredit.floorRate).toMatchObject({ clause: '2.3.8', planValue: '0.03' });
    expect(reform.overridden).toEqual(['microcredit.floorRate']);
    expect(reform.label).toContain('microcredit.floorRate');
  });

  it('chains, and setting a value back to the plan value clears the override', () => {
    const a = LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
    const b = a.with({ microcredit: { floorRate: '0.03' } });
    expect(b.overridden).toEqual([]);
    expect(b.params.microcredit.floorRate.planValue).toBeUndefined();
  });

  it('moves the date of force', () => {
    const allYear = LANXI_2023.with({ effectiveFrom: '2023-01-01' });
    expect(allYear.effectiveFrom).toBe('2023-01-01');
    expect(allYear.overridden).toEqual(['effectiveFrom']);
  });

  it.each([
    [{ microcredit: { floorRate: 3 } }, ['microcredit', 'floorRate']],
    [{ microcredit: { floorRate: 'abc' } }, ['microcredit', 'floorRate']],
    [{ vocationalGrant: { amount: -1 } }, ['vocationalGrant', 'amount']],
    [{ microcredit: { floorrate: '0.04' } }, ['microcredit']],
    [{ nonsense: 1 }, []],
    [{ effectiveFrom: '2023-02-30' }, ['effectiveFrom']],
    [{ training: { minTrainees: 1.5 } }, ['training', 'minTrainees']],
  ])('rejects %o with an issue at its path', (overrides, path) => {
    try {
      LANXI_2023.with(overrides as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues[0]?.path).toEqual(path);
    }
  });

  it('never mutates the plan it is called on (property)', () => {
    const before = JSON.stringify(LANXI_2023);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 100000 }), (bp, grant) => {
        const p = LANXI_2023.with({ microcredit: { floorRate: new Decimal(bp).div(10000) }, vocationalGrant: { amount: grant } });
        expect(p.params.vocationalGrant.amount.value.toNumber()).toBe(grant);
      }),
    );
    expect(JSON.stringify(LANXI_2023)).toBe(before);
  });
});

describe('planAt()', () => {
  it('returns the 2023 plan from 2023-05-13 on', () => {
    expect(planAt('2023-05-13')).toBe(LANXI_2023);
    expect(planAt('2023-12-31')).toBe(LANXI_2023);
    expect(() => planAt('2024-01-01')).toThrow(PlanNotInForceError); // after the plan's period
    expect(planAt(new Date('2023-05-13T00:00:00+08:00'))).toBe(LANXI_2023);
  });

  it('throws PlanNotInForceError the day before', () => {
    expect(() => planAt('2023-05-12')).toThrow(PlanNotInForceError);
  });

  it('rejects a date that does not exist', () => {
    expect(() => planAt('2023-02-29')).toThrow(PolicyInputError);
  });
});
