import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/core/decimal.js';
import { LANXI_2023 } from '../src/plan/lanxi-2023.js';
import type { Plan } from '../src/plan/types.js';
import { householdLoanSubsidyCore, type ParsedLoan } from '../src/rules/loan-interest-subsidy.js';
import { vocationalGrantCore } from '../src/rules/vocational-grant.js';
import { incomeTargetsCore } from '../src/rules/income-targets.js';
import { isVocationalSchooling, newFastResult, prepareHousehold, preparePlan, runFast, type BatchHouseholdSource } from '../src/batch/engine.js';
import { divCeil, divHalfUp } from '../src/batch/fen.js';

const fenString = (min: number, max: number) => fc.integer({ min, max }).map((f) => new Decimal(f).div(100));
const date = fc.integer({ min: 0, max: 4 * 366 }).map((n) => {
  const d = new Date(Date.UTC(2022, 0, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
});
const rate = fc.oneof(
  fc.constantFrom('0', '0.01', '0.025', '0.03', '0.0435', '0.06', '0.0612', '0.08', '0.15', '1'),
  fc.integer({ min: 0, max: 200_000 }).map((n) => new Decimal(n).div(1_000_000).toString()),
).map((s) => new Decimal(s));

const loanArb = fc.record({
  principal: fenString(0, 20_000_000),
  annualRate: rate,
  startDate: date,
  len: fc.integer({ min: 0, max: 800 }),
  creditLimit: fc.option(fenString(0, 20_000_000), { nil: undefined }),
  interestPaid: fc.option(fenString(0, 1_000_000), { nil: undefined }),
}).map(({ len, ...l }) => {
  const end = new Date(Date.parse(`${l.startDate}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10);
  return { ...l, endDate: end };
});

const householdArb = fc.record({
  members: fc.array(fc.constantFrom<string | undefined>(undefined, 'none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other'), { minLength: 1, maxLength: 8 })
    .map((xs) => xs.map((schooling) => (schooling === undefined ? {} : { schooling }))),
  income: fc.record({
    wage: fenString(0, 10_000_000),
    netOperating: fenString(-2_000_000, 5_000_000),
    netProperty: fenString(-500_000, 1_000_000),
    netTransfer: fenString(-100_000, 8_000_000),
  }),
  previousPerCapita: fc.option(fenString(1, 5_000_000), { nil: undefined }),
  loans: fc.array(loanArb, { maxLength: 4 }),
  otherEducationAid: fc.array(fc.record({ amount: fenString(0, 800_000), stackable: fc.boolean() }), { maxLength: 3 }),
});

const planArb = fc.record({
  floorRate: fc.constantFrom('0.03', '0.035', '0.04', '0.02', '0'),
  rateShare: fc.constantFrom('0.5', '0.6', '1', '0.45'),
  grant: fc.constantFrom(3000, 4000, 2500.5, 0),
  cap: fc.constantFrom(100000, 150000, 50000.01),
  effectiveFrom: fc.constantFrom('2023-05-13', '2023-01-01', '2024-02-29'),
}).map((o) => LANXI_2023.with({
  microcredit: { floorRate: o.floorRate, rateShare: o.rateShare, principalCapPerYear: o.cap },
  vocationalGrant: { amount: o.grant },
  effectiveFrom: o.effectiveFrom,
}));

function reference(h: BatchHouseholdSource, plan: Plan, year: number, extraTransfer: Decimal) {
  const loans = householdLoanSubsidyCore(year, (h.loans ?? []) as ParsedLoan[], plan, false);
  const students = h.members.filter((m) => isVocationalSchooling(m.schooling)).length;
  const grant = vocationalGrantCore(students, (h.otherEducationAid ?? []).map((a, i) => ({ name: `aid ${i}`, ...a })), plan, false);
  const income = { ...h.income, netTransfer: h.income.netTransfer.plus(extraTransfer) };
  const t = incomeTargetsCore(h.members.length, income, h.previousPerCapita, plan, false);
  // what the household receives: the loan subsidy, and the grant or else the higher non-stacking aid (就高, I-7)
  let edu = grant.amount;
  if (grant.basis === 'other-aid-higher') edu = grant.otherAid.filter((a) => !a.stackable).reduce((s, a) => s.plus(a.amount), new Decimal(0));
  return {
    loanFen: loans.total.times(100).toNumber(),
    grantFen: grant.amount.times(100).toNumber(),
    receivedFen: loans.total.plus(edu).times(100).toNumber(),
    transferFen: income.netTransfer.times(100).toNumber(),
    disposableFen: t.disposableIncome.times(100).toNumber(),
    perCapitaFen: t.perCapita.times(100).toNumber(),
    metPerCapita: t.met.perCapita,
    metGrowth: t.met.growth,
    metTransferShare: t.met.transferShare,
    metOtherShare: t.met.otherShare,
  };
}

describe('the batch engine', () => {
  let compared = 0;
  it('equals the Decimal path to the fen on random households, plans and years', () => {
    fc.assert(
      fc.property(householdArb, planArb, fc.constantFrom(2023, 2024, 2025), fc.integer({ min: -500_000, max: 500_000 }), (h, plan, year, extra) => {
        const fast = prepareHousehold(h);
        const fp = preparePlan(plan, year);
        expect(fast).not.toBeNull();
        expect(fp).not.toBeNull();
        const out = newFastResult();
        if (!runFast(fast!, fp!, extra, out)) return; // the Decimal path is used: nothing to compare
        expect(out).toEqual(reference(h, plan, year, new Decimal(extra).div(100)));
        compared += 1;
      }),
      { numRuns: 3000 },
    );
    // the batch engine must take the great majority of these households itself
    expect(compared).toBeGreaterThan(2700);
  });

  it('hands a household with sub-fen amounts to the Decimal path', () => {
    const h = { members: [{}], income: { wage: new Decimal('0.001'), netOperating: new Decimal(0), netProperty: new Decimal(0), netTransfer: new Decimal(0) } };
    expect(prepareHousehold(h)).toBeNull();
  });

  it('rounds integer quotients half away from zero and ceilings exactly (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 1, max: 2 ** 30 }), (n, d) => {
      const exact = new Decimal(n).div(d);
      expect(divHalfUp(n, d)).toBe(exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() + 0);
      expect(divCeil(n, d)).toBe(exact.toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber() + 0);
    }));
  });
});
