/**
 * The fast-check generators the property tests share: days, loans (with and without schedules),
 * household records, and plans with parameter and reading overrides. Where two tests need different
 * ranges or value kinds, the difference is an option of the generator, never a second copy of it.
 */
import fc from 'fast-check';
import type { Decimal } from '../../src/core/decimal.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import type { Plan, PlanOverrides } from '../../src/plan/types.js';
import { LANXI_TOWNSHIPS } from '../../src/schema/townships.js';
import { fakeIdNumber } from './builders.js';

type Json = Record<string, unknown>;
/** A value a record may carry as money or a rate: text, or a Decimal written out as text. */
type Amount = string | number | Decimal;

const DAY_MS = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const text = (v: Amount) => (typeof v === 'string' ? v : v.toString());

/** The day `n` days after `origin` ('YYYY-MM-DD'), as 'YYYY-MM-DD'. */
export function dayAfter(origin: string, n: number): string {
  return new Date(Date.parse(`${origin}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** A day from `origin` to `days` days after it. */
export function dayArb(origin: string, days: number): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: days }).map((n) => dayAfter(origin, n));
}

// ---------------------------------------------------------------------------------------------
// Loans
// ---------------------------------------------------------------------------------------------

/** What a loan without schedules is made of; the dates run from `origin`. */
export interface LoanArbOptions {
  readonly principal: fc.Arbitrary<Amount>;
  readonly annualRate: fc.Arbitrary<Amount>;
  /** Its credit limit, when it has one (an optional field). */
  readonly creditLimit: fc.Arbitrary<Amount>;
  /** The interest it paid, when given (an optional field). */
  readonly interestPaid: fc.Arbitrary<Amount>;
  /** The earliest start date. */
  readonly origin: string;
  /** The latest start, in days after `origin`. */
  readonly startWithin: number;
  /** The longest loan, in days. */
  readonly lengthUpTo: number;
}

/** A loan record without schedules, as JSON. */
export interface LoanJson {
  readonly principal: string;
  readonly annualRate: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly creditLimit?: string;
  readonly interestPaid?: string;
}

/** A loan record without repayments or rate changes, its amounts as text. */
export function loanArb(o: LoanArbOptions): fc.Arbitrary<LoanJson> {
  return fc.record({
    principal: o.principal,
    annualRate: o.annualRate,
    start: fc.integer({ min: 0, max: o.startWithin }),
    length: fc.integer({ min: 0, max: o.lengthUpTo }),
    creditLimit: fc.option(o.creditLimit, { nil: undefined }),
    interestPaid: fc.option(o.interestPaid, { nil: undefined }),
  }).map((l) => ({
    principal: text(l.principal), annualRate: text(l.annualRate), startDate: dayAfter(o.origin, l.start), endDate: dayAfter(o.origin, l.start + l.length),
    ...(l.creditLimit === undefined ? {} : { creditLimit: text(l.creditLimit) }),
    ...(l.interestPaid === undefined ? {} : { interestPaid: text(l.interestPaid) }),
  }));
}

/** What a loan with schedules is made of: its days, its amounts (whole fen, as text) and its rates. */
export interface ScheduledLoanArbOptions {
  readonly day: fc.Arbitrary<string>;
  readonly money: fc.Arbitrary<string>;
  readonly rate: fc.Arbitrary<string>;
}

/**
 * A valid loan with up to three repayments and three rate changes, all within its term; a maturity
 * date and a credit limit now and then. Repayments are shares of the principal that can add up to
 * more than it (the schema refuses those).
 */
export function scheduledLoanArb({ day, money, rate }: ScheduledLoanArbOptions): fc.Arbitrary<Json> {
  return fc.record({
    a: day, b: day, principal: money, annualRate: rate, mat: fc.option(day, { nil: undefined }), limit: fc.option(money, { nil: undefined }),
    reps: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 40 })), { maxLength: 3 }),
    rates: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), rate), { maxLength: 3 }),
  }).map((x) => {
    const [startDate, endDate] = x.a <= x.b ? [x.a, x.b] : [x.b, x.a];
    const span = (Date.parse(endDate) - Date.parse(startDate)) / DAY_MS;
    const at = (k: number) => new Date(Date.parse(startDate) + (span === 0 ? 0 : k % (span + 1)) * DAY_MS).toISOString().slice(0, 10);
    const p = Number(x.principal);
    return {
      principal: x.principal, annualRate: x.annualRate, startDate, endDate,
      ...(x.mat !== undefined && x.mat >= startDate ? { maturityDate: x.mat } : {}),
      ...(x.limit !== undefined ? { creditLimit: x.limit } : {}),
      repayments: x.reps.map(([k, pct]) => ({ date: at(k), amount: ((Math.floor(p * 100 * pct / 200) || 1) / 100).toFixed(2) })),
      rateChanges: x.rates.map(([k, r]) => ({ date: at(k), annualRate: r })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Household records
// ---------------------------------------------------------------------------------------------

/** A birth date (or a loan's start) from 1920 to 2023. */
const birthArb = fc
  .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const fenToYuan = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${pad(Math.abs(fen) % 100, 2)}`;
/** Money from `min` fen up: text with two decimals, or whole yuan as a number. */
const recordMoney = (min: number) =>
  fc.oneof(fc.integer({ min, max: 50_000_000 }).map(fenToYuan), fc.integer({ min: Math.ceil(min / 100), max: 500_000 }));

const memberArb = (index: number) =>
  fc
    .record({
      birth: birthArb,
      withId: fc.boolean(),
      withBirth: fc.boolean(),
      laborCapable: fc.boolean(),
      schooling: fc.option(fc.constantFrom('none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other'), { nil: undefined }),
    })
    .map(({ birth, withId, withBirth, laborCapable, schooling }) => ({
      ...(withId ? { idNumber: fakeIdNumber(birth, pad(index, 3)) } : {}),
      ...(withBirth || !withId ? { birthDate: birth } : {}),
      laborCapable,
      ...(schooling ? { schooling } : {}),
    }));

const recordLoanArb = fc
  .record({ principal: recordMoney(0), rate: fc.integer({ min: 0, max: 1500 }), start: birthArb, days: fc.integer({ min: 0, max: 1100 }) })
  .map(({ principal, rate, start, days }) => ({ principal, annualRate: `0.${pad(rate, 4)}`, startDate: start, endDate: dayAfter(start, days) }));

/**
 * A valid household record: one to eight members (an ID number, a birth date or both), any
 * category, income of any year from 2020 to 2030 with losses, and now and then every optional field
 * (township by code or name, village, loans, other education aid).
 */
export const householdArb: fc.Arbitrary<Json> = fc
  .record({
    n: fc.integer({ min: 1, max: 8 }),
    serial: fc.integer({ min: 1, max: 99_999 }),
    township: fc.option(fc.constantFrom(...LANXI_TOWNSHIPS.flatMap((t) => [t.code, t.name])), { nil: undefined }),
    village: fc.option(fc.constantFrom('示例一村', '示例二村', 'Sample Village'), { nil: undefined }),
    key: fc.option(fc.boolean(), { nil: undefined }),
    category: fc.constantFrom('dibao', 'dibian', 'tekun', 'other'),
    riskColor: fc.option(fc.constantFrom('red', 'yellow', 'green'), { nil: undefined }),
    income: fc.record({ year: fc.integer({ min: 2020, max: 2030 }), wage: recordMoney(0), netOperating: recordMoney(-500_000), netProperty: recordMoney(-100_000), netTransfer: recordMoney(-10_000) }),
    previousPerCapita: fc.option(recordMoney(1), { nil: undefined }),
    loans: fc.option(fc.array(recordLoanArb, { maxLength: 3 }), { nil: undefined }),
    aid: fc.option(fc.array(fc.record({ name: fc.constantFrom('国家助学金', '雨露计划补助', '专项助学金'), amount: recordMoney(0), stackable: fc.boolean() }), { maxLength: 3 }), { nil: undefined }),
  })
  .chain((h) =>
    fc.tuple(...Array.from({ length: h.n }, (_, i) => memberArb(i + 1))).map((members) => {
      const out: Json = { id: `HH-${pad(h.serial, 5)}`, category: h.category, members, income: h.income };
      if (h.township !== undefined) out.township = h.township;
      if (h.village !== undefined) out.village = h.village;
      if (h.key !== undefined) out.inKeyAssistanceVillage = h.key;
      if (h.riskColor !== undefined) out.riskColor = h.riskColor;
      if (h.previousPerCapita !== undefined) out.previousPerCapita = h.previousPerCapita;
      if (h.loans !== undefined) out.loans = h.loans;
      if (h.aid !== undefined) out.otherEducationAid = h.aid;
      return out;
    }),
  );

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

/** The value kinds plan overrides are drawn from. */
export interface PlanOverridesArbOptions {
  readonly money: fc.Arbitrary<Amount>;
  readonly rate: fc.Arbitrary<Amount>;
  readonly date: fc.Arbitrary<string>;
}

/** Overrides of any of the plan's parameters (each group and each parameter now and then), with values plan.with() accepts. */
export function planOverridesArb({ money, rate, date }: PlanOverridesArbOptions): fc.Arbitrary<PlanOverrides> {
  return fc.record({
    targets: fc.record({ perCapitaIncome: money, growthRate: rate, maxTransferShare: rate, minOtherShare: rate }, { requiredKeys: [] }),
    microcredit: fc.record({ rateShare: rate, floorRate: rate, principalCapPerYear: money, dayCountBasis: fc.constantFrom(360 as const, 365 as const) }, { requiredKeys: [] }),
    rentSubsidy: fc.record({ rate, cap: money, minEmployedShare: rate }, { requiredKeys: [] }),
    vocationalGrant: fc.record({ amount: money }, { requiredKeys: [] }),
    projectIncome: fc.record({ minLowIncomeShare: rate }, { requiredKeys: [] }),
    training: fc.record({ minTrainees: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: [] }),
    effectiveFrom: date,
  }, { requiredKeys: [] }) as fc.Arbitrary<PlanOverrides>;
}

/** The 2023 plan under every combination of the micro-credit readings (cap basis, overdue loans, the cap at the actual rate). */
export const readingsPlanArb: fc.Arbitrary<Plan> = fc
  .record({ cap: fc.constantFrom('cumulative', 'balance'), overdue: fc.constantFrom('stop-at-maturity', 'forfeit'), above: fc.boolean() })
  .map((r) => LANXI_2023.with({ readings: { capBasis: r.cap as 'cumulative', overdue: r.overdue as 'forfeit', subsidyAboveActualRate: r.above } }));

/**
 * What-if plans near the parameters' edges: other micro-credit, grant and target values, a date of
 * force in 2023 or 2024 (2024-02-29 refuses 2023), the period extended to 2025.
 */
export const whatIfPlanArb: fc.Arbitrary<Plan> = fc.record({
  floorRate: fc.constantFrom('0.03', '0.035', '0.04', '0.02', '0', '0.0333333'),
  rateShare: fc.constantFrom('0.5', '0.6', '1', '0.45'),
  amount: fc.constantFrom(3000, 4000, 2500.5, 0),
  principalCapPerYear: fc.constantFrom(100000, 150000, '50000.01'),
  effectiveFrom: fc.constantFrom('2023-05-13', '2023-01-01', '2024-02-29'),
  perCapitaIncome: fc.constantFrom('16710', '16710', '16710', '15000', '16710.005'),
}).map((o) => LANXI_2023.with({
  microcredit: { floorRate: o.floorRate, rateShare: o.rateShare, principalCapPerYear: o.principalCapPerYear },
  vocationalGrant: { amount: o.amount },
  targets: { perCapitaIncome: o.perCapitaIncome },
  effectiveFrom: o.effectiveFrom,
  period: { to: '2025-12-31' },
}));
