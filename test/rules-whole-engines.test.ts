import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, formatPercent, min } from '../src/core/decimal.js';
import { fenFixed, fenText, percentText, quotientDecimal, quotientText, scaledText } from '../src/batch/format.js';
import { LANXI_2023 } from '../src/plan/lanxi-2023.js';
import type { Plan } from '../src/plan/types.js';
import { incomeFiguresDecimal, incomeFiguresWhole, type IncomeFigures } from '../src/rules/income-targets.js';
import { grantSumsDecimal, grantSumsWhole } from '../src/rules/vocational-grant.js';
import {
  householdLoanSubsidyCore, loanFiguresDecimal, loanFiguresWhole, subsidisedPeriod, subsidyRateDecimal, subsidyRateFor, type ParsedLoan,
} from '../src/rules/loan-interest-subsidy.js';

/** A value's full form: Decimals with their inner digits, so equal forms are equal to every reader. */
function form(v: unknown): unknown {
  if (Decimal.isDecimal(v)) {
    const d = v as unknown as { d: number[]; e: number; s: number };
    return { decimal: (v as Decimal).toString(), d: d.d, e: d.e, s: d.s };
  }
  return v;
}

const fenAmount = (min: number, max: number) => fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: min * 100, max: max * 100 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, max * 100, min * 100, 1, -1, 99, 100).filter((f) => f >= min * 100 && f <= max * 100) },
).map((f) => new Decimal(f).div(100));
const anyAmount = (min: number, max: number) => fc.oneof(
  { weight: 6, arbitrary: fenAmount(min, max) },
  { weight: 1, arbitrary: fc.integer({ min: min * 1000, max: max * 1000 }).map((f) => new Decimal(f).div(1000)) },
  { weight: 1, arbitrary: fc.constantFrom(new Decimal('1e12'), new Decimal('-1e12'), new Decimal('999999999999.99')).filter((d) => d.gte(min)) },
);
const rate = fc.oneof(
  fc.constantFrom('0.0435', '0.0385', '0.06', '0.0285', '0', '1', '0.03', '0.05', '0.0612345678', '0.123456789012345', '0.0000001'),
  fc.integer({ min: 0, max: 200_000 }).map((n) => String(n / 1_000_000)),
).map((s) => new Decimal(s));

const planArb = fc.record({
  floorRate: fc.constantFrom('0.03', '0.035', '0.04', '0.02', '0', '0.0333333', '0.0217500001'),
  rateShare: fc.constantFrom('0.5', '0.6', '1', '0.45', '0.333'),
  amount: fc.constantFrom(3000, 4000, 2500.5, 0, '2999.999'),
  cap: fc.constantFrom(100000, 150000, '50000.01', 0, '100000.005'),
  basis: fc.constantFrom(360, 365),
  effectiveFrom: fc.constantFrom('2023-05-13', '2023-01-01', '2024-02-29'),
  target: fc.constantFrom('16710', '15000', '16710.005'),
  growth: fc.constantFrom('0.15', '0.1', '0.123456', '0.1234567891'),
  maxT: fc.constantFrom('0.8', '0.75'),
  minO: fc.constantFrom('0.2', '0.25'),
}).map((o): Plan => LANXI_2023.with({
  microcredit: { floorRate: o.floorRate, rateShare: o.rateShare, principalCapPerYear: o.cap, dayCountBasis: o.basis },
  vocationalGrant: { amount: o.amount },
  effectiveFrom: o.effectiveFrom,
  targets: { perCapitaIncome: o.target, growthRate: o.growth, maxTransferShare: o.maxT, minOtherShare: o.minO },
}));

function expectSameFigures(a: IncomeFigures, b: IncomeFigures): void {
  for (const k of ['disposable', 'perCapita', 'growth', 'transferShare', 'otherShare', 'metPerCapita', 'metGrowth', 'metTransfer', 'metOther'] as const) {
    expect(form(a[k]), k).toEqual(form(b[k]));
  }
  const { exactPerCapita: ea, ...ta } = a.shown ?? {};
  const { exactPerCapita: eb, ...tb } = b.shown ?? {};
  expect(form(ea)).toEqual(form(eb));
  expect(ta).toEqual(tb);
}

describe('the rules\' whole-number engines give what their Decimal engines give', () => {
  it('income targets (1): the same figures, flags, exact per capita and texts (property)', () => {
    let whole = 0;
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 60 }), anyAmount(0, 200_000), anyAmount(-50_000, 100_000), anyAmount(-20_000, 20_000), anyAmount(-10_000, 200_000),
      fc.option(anyAmount(0, 60_000).filter((d) => d.gt(0)), { nil: undefined }), planArb,
      (members, wage, netOperating, netProperty, netTransfer, previous, plan) => {
        const income = { wage, netOperating, netProperty, netTransfer };
        const w = incomeFiguresWhole(members, income, previous, plan, true);
        if (w === undefined) return;
        whole += 1;
        expectSameFigures(w, incomeFiguresDecimal(members, income, previous, plan, true));
      },
    ), { numRuns: 3000 });
    expect(whole).toBeGreaterThan(300);
  });

  it('vocational grant (2.3.4): the same sums, comparisons and amounts under every outcome of 就高 (property)', () => {
    const aid = fc.record({ name: fc.constant('aid'), amount: anyAmount(0, 8000), stackable: fc.boolean() });
    fc.assert(fc.property(fc.integer({ min: 0, max: 3 }), fc.array(aid, { maxLength: 4 }), planArb, (students, otherAid, plan) => {
      const w = grantSumsWhole(students, otherAid, plan);
      if (w === undefined) return;
      const d = grantSumsDecimal(students, otherAid, plan);
      for (const k of ['eligible', 'anyExclusive', 'grantNotLess', 'tie', 'stackingSum', 'exclusiveSum', 'grantText', 'stackingText', 'exclusiveText'] as const) {
        expect(form(w[k]), k).toEqual(form(d[k]));
      }
      for (const [gp, ep] of [[true, true], [true, false], [false, true], [false, false]] as const) {
        const a = w.amounts(gp, ep);
        const b = d.amounts(gp, ep);
        for (const k of ['amount', 'forgoneAid', 'totalAid', 'exactText', 'amountText', 'forgoneText', 'totalText'] as const) expect(form(a[k]), k).toEqual(form(b[k]));
      }
    }), { numRuns: 2000 });
  });

  it('loan subsidy (2.3.8): the same rate, branch, amount, cap, exact quotient and texts (property)', () => {
    let whole = 0;
    fc.assert(fc.property(
      fenAmount(0, 300_000), rate, fc.integer({ min: 0, max: 800 }), fc.option(anyAmount(0, 6000), { nil: undefined }), planArb,
      (principal, annualRate, days, interestPaid, plan) => {
        const w = loanFiguresWhole(principal, annualRate, days, interestPaid, plan);
        if (w === undefined) return;
        whole += 1;
        const d = loanFiguresDecimal(principal, annualRate, days, interestPaid, plan);
        expect(form(w.rate)).toEqual(form(d.rate));
        const reference = subsidyRateDecimal(annualRate, plan);
        expect(form(w.rate)).toEqual(form(reference.rate));
        expect(form(subsidyRateFor(annualRate, plan).share)).toEqual(form(reference.share));
        expect(w.basis).toBe(d.basis);
        expect(String(w.share)).toBe(String(d.share));
        expect(form(w.amount)).toEqual(form(d.amount));
        expect(w.capped).toBe(d.capped);
        expect(form(w.exact())).toEqual(form(d.exact()));
        for (const k of ['shareText', 'annualRateText', 'rateText', 'principalText', 'interestPaidText'] as const) expect(w[k], k).toBe(d[k]);
      },
    ), { numRuns: 4000 });
    expect(whole).toBeGreaterThan(1500);
  });

  it('a household\'s loans (2.3.8, I-4, I-5): each line, the total and the cap left equal a plain Decimal reference (property)', () => {
    const day = (n: number) => new Date(Date.UTC(2021, 6, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const loan = fc.record({
      principal: anyAmount(0, 300_000), annualRate: rate, start: fc.integer({ min: 0, max: 1500 }), length: fc.integer({ min: 0, max: 1000 }),
      creditLimit: fc.option(anyAmount(0, 300_000), { nil: undefined }), interestPaid: fc.option(anyAmount(0, 6000), { nil: undefined }),
    }).map(({ start, length, creditLimit, interestPaid, ...l }): ParsedLoan => ({
      ...l, startDate: day(start), endDate: day(start + length),
      ...(creditLimit === undefined ? {} : { creditLimit }), ...(interestPaid === undefined ? {} : { interestPaid }),
    }));
    fc.assert(fc.property(fc.array(loan, { maxLength: 4 }), fc.constantFrom(2022, 2023, 2024, 2025), planArb, (loans, year, plan) => {
      const r = householdLoanSubsidyCore(year, loans, plan, true);
      // the reference: earliest drawdown first (ties in input order), the cap shared in Decimals (I-4)
      const order = loans.map((_, i) => i).sort((a, b) => ((loans[a] as ParsedLoan).startDate < (loans[b] as ParsedLoan).startDate ? -1 : (loans[a] as ParsedLoan).startDate > (loans[b] as ParsedLoan).startDate ? 1 : a - b));
      let remaining = plan.params.microcredit.principalCapPerYear.value;
      let total = new Decimal(0);
      for (const i of order) {
        const l = loans[i] as ParsedLoan;
        const line = r.loans[i];
        const period = subsidisedPeriod(l.startDate, l.endDate, year, plan);
        expect(line?.days).toBe(period.days);
        if (period.days <= 0) {
          expect(line?.amount.isZero()).toBe(true);
          continue;
        }
        const eligible = l.creditLimit !== undefined && l.creditLimit.lt(l.principal) ? l.creditLimit : l.principal;
        const principal = min(eligible, remaining);
        remaining = remaining.minus(principal);
        const f = loanFiguresDecimal(principal, l.annualRate, period.days, l.interestPaid, plan);
        expect(form(line?.subsidizedPrincipal)).toEqual(form(principal));
        expect(form(line?.amount)).toEqual(form(f.amount));
        expect(form(line?.subsidyRate)).toEqual(form(f.rate));
        total = total.plus(f.amount);
      }
      expect(form(r.total)).toEqual(form(total));
      expect(form(r.principalCapRemaining)).toEqual(form(remaining));
    }), { numRuns: 1500 });
  });
});

describe('text from whole numbers', () => {
  const safe = fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 });
  it('writes scaled integers, fen and percentages exactly as Decimal and formatPercent do (property)', () => {
    fc.assert(fc.property(safe, fc.integer({ min: 0, max: 15 }), (n, k) => {
      const d = new Decimal(`${n}e-${k}`);
      expect(scaledText(n, k)).toBe(d.toString());
      expect(percentText(n, k)).toBe(formatPercent(d));
      expect(fenText(n)).toBe(new Decimal(`${n}e-2`).toString());
      expect(fenFixed(n)).toBe(new Decimal(`${n}e-2`).toFixed(2));
    }), { numRuns: 5000 });
  });

  it('divides to 50 significant digits, half up, exactly as Decimal#div does (property)', () => {
    fc.assert(fc.property(safe, fc.integer({ min: 1, max: 10 ** 14 }), fc.integer({ min: 0, max: 15 }), (n, d, k) => {
      expect(form(quotientDecimal(n, d, k))).toEqual(form(new Decimal(`${n}e-${k}`).div(d)));
    }), { numRuns: 5000 });
    // repeating nines that round up through the whole part
    expect(form(quotientDecimal(2, 3, 0))).toEqual(form(new Decimal(2).div(3)));
    expect(form(quotientDecimal(999_999_999_999_999, 1_000_000_000_000, 2))).toEqual(form(new Decimal('999999999999999e-2').div(1e12)));
  });

  it('writes that quotient exactly as Decimal#toString writes it, without building the Decimal (property)', () => {
    fc.assert(fc.property(safe, fc.integer({ min: 1, max: 10 ** 14 }), fc.integer({ min: 0, max: 15 }), (n, d, k) => {
      expect(quotientText(n, d, k)).toBe(new Decimal(`${n}e-${k}`).div(d).toString());
    }), { numRuns: 5000 });
    for (const [n, d, k] of [[2, 3, 0], [-2, 3, 2], [1, 7, 15], [999_999_999_999_999, 1_000_000_000_000, 2], [1, 10 ** 14, 15], [Number.MAX_SAFE_INTEGER, 1, 0], [-Number.MAX_SAFE_INTEGER, 3, 15], [100, 4, 2], [1750001, 3, 2]] as const) {
      expect(quotientText(n, d, k), `${n} / ${d} / 10^${k}`).toBe(new Decimal(`${n}e-${k}`).div(d).toString());
    }
  });
});
