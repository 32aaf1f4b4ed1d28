import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayArb } from '../helpers/arbitraries.js';
import { withCheckDigit } from '../helpers/builders.js';
import DecimalJs from 'decimal.js';
import { Decimal } from '../../src/core/decimal.js';
import { HouseholdStore } from '../../src/population/store.js';
import { plainDataIssue } from '../../src/core/validate.js';
import {
  HouseholdSchema, compactFromHousehold, householdFromCompact, householdIssues, parseHousehold, parseHouseholds, readHouseholdFast,
  readHouseholdOrIssues, safeParseHousehold, schemaIssues,
} from '../../src/schema/household.js';
import { LANXI_TOWNSHIPS } from '../../src/schema/townships.js';
import { MAX_YUAN } from '../../src/schema/fields.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';
import { preparePopulation } from '../../src/index.js';

// ---------------------------------------------------------------------------------------------
// A canonical text of a parsed value: keys in their order, Decimals with their inner digits, so
// two values give the same text only when they are the same to the last key and digit.
// ---------------------------------------------------------------------------------------------

function canon(v: unknown): string {
  if (Decimal.isDecimal(v)) {
    const d = v as Decimal & { d: number[]; e: number; s: number };
    return `Decimal(${d.toString()}|${JSON.stringify(d.d)}|${d.e}|${d.s}|${d instanceof Decimal})`;
  }
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

/** Deeply frozen. */
function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Decimal.isDecimal(v)) return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}

// ---------------------------------------------------------------------------------------------
// Records: valid ones of every shape the schema accepts, and mutations of them
// ---------------------------------------------------------------------------------------------


const dateArb = fc.integer({ min: Date.UTC(1899, 11, 31), max: Date.UTC(2200, 0, 1) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const nearDate = dayArb('2022-01-01', 3 * 366);

/** A member's ID number (region 990000, no real place) for a birth date, sometimes with a lowercase x. */
const idNumberFor = (birth: string) => fc.tuple(fc.integer({ min: 0, max: 999 }), fc.boolean()).map(([seq, lower]) => {
  const id = withCheckDigit(`990000${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`);
  return lower ? id.toLowerCase() : id;
});

/** Money as people write it: text with 0–4 decimals, signs, leading zeros; numbers; now and then a Decimal. */
const moneyArb = (min: number, max: number) => fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((f) => (f / 100).toFixed(2)) },
  { weight: 2, arbitrary: fc.integer({ min, max }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((f) => f / 100) },
  { weight: 1, arbitrary: fc.integer({ min: min * 10000, max: max * 10000 }).map((f) => (f / 10000).toFixed(4)) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-0', '+12.5', '.5', '5.', '007.10', '0.00', '-0.00', '1000000000000', '999999999999.99', '1e3', '12.345', '0.001') },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.1, 1e-7, 1e21, 123456.789, 2 ** 53) },
  { weight: 1, arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((f) => new Decimal(f).div(100)) },
);

const rateArb = fc.oneof(
  fc.constantFrom('0.0435', '0.0385', '0.0475', '0.06', '0.0525'),
  fc.constantFrom('0.0435', '0.0385', '0.06', '0', '1', '0.5', '0.0435000', '.03', '0.012345678901234', '0.0123456789012345', '1.0', '1.0001', '-0.01'),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => (n / 10 ** 9).toFixed(9)),
  fc.constantFrom(0.0435, 1e-7, 0.1 + 0.2),
);

const labelArb = fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) }, { weight: 1, arbitrary: fc.constantFrom('loan-1', '雨露计划', 'a'.repeat(200), 'a'.repeat(201), '', '11010519491231002X', 'x123456789012345', '12345678901234') });

const memberArb = dateArb.chain((birth) => fc.record({
  idNumber: idNumberFor(birth),
  birthDate: fc.constantFrom(birth, birth, birth, birth, birth, '2000-01-01'),
  laborCapable: fc.boolean(),
  schooling: fc.constantFrom('none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other'),
}, { requiredKeys: ['laborCapable'] }));

const loanArb = fc.tuple(nearDate, fc.integer({ min: -3, max: 900 })).chain(([start, len]) => fc.record({
  id: labelArb,
  principal: moneyArb(0, 300_000),
  annualRate: rateArb,
  startDate: fc.constant(start),
  endDate: fc.constant(new Date(Date.parse(`${start}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10)),
  creditLimit: moneyArb(0, 300_000),
  interestPaid: moneyArb(0, 20_000),
}, { requiredKeys: ['principal', 'annualRate', 'startDate', 'endDate'] }));

const aidArb = fc.record({ name: labelArb, amount: moneyArb(0, 10_000), stackable: fc.boolean() });

const householdArb = fc.record({
  id: fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) }, { weight: 1, arbitrary: fc.constantFrom('HH-1', 'x'.repeat(200), '12345678901234', '123456789012345', '') }),
  township: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LANXI_TOWNSHIPS.map((t) => t.code)) }, { weight: 4, arbitrary: fc.constantFrom(...LANXI_TOWNSHIPS.map((t) => t.name)) }, { weight: 1, arbitrary: fc.constantFrom('330781999', '') }),
  village: labelArb,
  inKeyAssistanceVillage: fc.boolean(),
  category: fc.constantFrom('dibao', 'dibian', 'tekun', 'other', 'dibao', 'dibian', 'tekun', 'other', 'poor'),
  riskColor: fc.constantFrom('red', 'yellow', 'green', 'red', 'yellow', 'green', 'blue'),
  members: fc.array(memberArb, { minLength: 1, maxLength: 4 }),
  income: fc.record({
    year: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 1899, max: 2200 }) }, { weight: 4, arbitrary: fc.constantFrom(2023, 2023, 2023.5) }),
    wage: moneyArb(0, 80_000),
    netOperating: moneyArb(-20_000, 50_000),
    netProperty: moneyArb(-5_000, 10_000),
    netTransfer: moneyArb(-1_000, 80_000),
  }),
  previousPerCapita: moneyArb(0, 40_000),
  loans: fc.array(loanArb, { maxLength: 3 }),
  otherEducationAid: fc.array(aidArb, { maxLength: 3 }),
}, { requiredKeys: ['id', 'category', 'members', 'income'] });

type Json = Record<string, unknown>;

/** Paths to every object and array inside a record (the root is []). */
function containers(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v !== null && typeof v === 'object' && !Decimal.isDecimal(v)) {
    out.push(at);
    for (const [k, x] of Object.entries(v)) containers(x, [...at, Array.isArray(v) ? Number(k) : k], out);
  }
  return out;
}

function copy(v: unknown): unknown {
  if (Decimal.isDecimal(v)) return v;
  if (Array.isArray(v)) return v.map(copy);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  return v;
}

const replacement = fc.constantFrom<unknown>(undefined, null, true, 0, -1, '', 'x', [], {}, NaN, Infinity, new Date(Date.UTC(2023, 5, 1)), '2023-02-30', 'yes');

/** A record with one change: a key removed, set to an odd value, or added; or the record itself replaced. */
const mutated = fc.tuple(householdArb, fc.nat(), fc.nat(), replacement, fc.constantFrom('delete', 'set', 'add', 'proto')).map(([h, pick, keyPick, value, how]) => {
  const rec = copy(h) as Json;
  const spots = containers(rec);
  const path = spots[pick % spots.length] as (string | number)[];
  let target: unknown = rec;
  for (const p of path) target = (target as Json)[p as string];
  const t = target as Json;
  const keys = Object.keys(t);
  const key = keys.length === 0 ? 'extra' : (keys[keyPick % keys.length] as string);
  if (how === 'delete') delete t[key];
  else if (how === 'set') t[key] = value;
  else if (how === 'add') t[`extra${keyPick % 3}`] = value;
  else if (path.length === 0) return Object.assign(Object.create({ riskColor: 'red' }), rec) as unknown;
  return rec;
});

// ---------------------------------------------------------------------------------------------

/** The fast path agrees with the schema on `input`: when it accepts, the schema accepts and gives the same value. */
function expectAgreement(input: unknown): boolean {
  const fast = readHouseholdFast(input);
  const z = HouseholdSchema.safeParse(input);
  if (fast === undefined) {
    // data that is not plain (it inherits enumerable keys) is refused before the schema runs
    if (plainDataIssue(input) !== undefined) {
      expect(householdIssues(input)?.map((i) => i.code)).toEqual(['not_plain_object']);
      return false;
    }
    // the schema decides, through parseHousehold: same verdict either way
    if (z.success) expect(canon(parseHousehold(input))).toBe(canon(z.data));
    else expect(safeParseHousehold(input).success).toBe(false);
    return false;
  }
  expect(z.success).toBe(true);
  const h = householdFromCompact(fast);
  expect(canon(h)).toBe(canon(z.data));
  expect(isDeepFrozen(h)).toBe(true);
  expect(canon(parseHousehold(input))).toBe(canon(z.data));
  return true;
}

describe('the household fast path', () => {
  it('accepts only what the schema accepts, and gives exactly its output, on random valid records (property)', () => {
    let accepted = 0;
    let valid = 0;
    fc.assert(fc.property(householdArb, (h) => {
      if (HouseholdSchema.safeParse(h).success) valid += 1;
      if (expectAgreement(h)) accepted += 1;
    }), { numRuns: 3000 });
    // the comparison must not be empty: many records are valid and many of those take the fast path
    // (the others hold a Decimal, an exponent or money below the fen somewhere, which it leaves to zod)
    expect(valid).toBeGreaterThan(600);
    expect(accepted).toBeGreaterThan(50);
  });

  it('accepts only what the schema accepts, and gives exactly its output, on mutated records (property)', () => {
    fc.assert(fc.property(mutated, (h) => {
      expectAgreement(h);
    }), { numRuns: 4000 });
  });

  it('takes every synthetic household and gives the schema output for each', () => {
    for (const h of syntheticPopulation({ size: 300, seed: 5 })) expect(expectAgreement(JSON.parse(JSON.stringify(h)))).toBe(true);
  });

  it('stands aside for what it cannot read exactly: sub-fen money, exponents, Dates, negative zero as a Decimal, keys set to undefined', () => {
    const ok = { id: 'a', category: 'other', members: [{ laborCapable: true }], income: { year: 2023, wage: '1', netOperating: 0, netProperty: 0, netTransfer: 0 } };
    expect(readHouseholdFast(ok)).toBeDefined();
    for (const wage of ['0.001', '1e3', new Decimal('0.001'), new Decimal('-0'), 1e-7]) {
      const r = { ...ok, income: { ...ok.income, wage } };
      expect(readHouseholdFast(r)).toBeUndefined();
      expectAgreement(r);
    }
    // a Decimal of the decimal.js package is read by its value, as the schema reads it
    expect(readHouseholdFast({ ...ok, income: { ...ok.income, wage: new DecimalJs('12.5') } })).toBeDefined();
    expectAgreement({ ...ok, income: { ...ok.income, wage: new DecimalJs('12.5') } });
    expect(readHouseholdFast({ ...ok, township: undefined })).toBeUndefined();
    expect(readHouseholdFast({ ...ok, members: [{ laborCapable: true, birthDate: new Date() }] })).toBeUndefined();
    expect(readHouseholdFast(null)).toBeUndefined();
    expect(readHouseholdFast([ok])).toBeUndefined();
  });

  it('reads whole yuan given as numbers as the schema does, up to the limit, negative zero as 0, and one above the limit not at all', () => {
    const ok = { id: 'a', category: 'other', members: [{ laborCapable: true }], income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 } };
    // taken (true) or left to the schema (false), the same verdict and output as the schema's either way
    const taken = [12000, -12000, -0, 0, MAX_YUAN, -MAX_YUAN, MAX_YUAN + 1, -MAX_YUAN - 1, 12000.5]
      .map((netOperating) => expectAgreement({ ...ok, income: { ...ok.income, netOperating } }));
    expect(taken).toEqual([true, true, true, true, true, true, false, false, true]);
    expect(readHouseholdFast({ ...ok, income: { ...ok.income, wage: -0 } })?.wageFen).toBe(0);
    expect(Object.is(readHouseholdFast({ ...ok, income: { ...ok.income, wage: -0 } })?.wageFen, -0)).toBe(false);
    expect(readHouseholdFast({ ...ok, income: { ...ok.income, wage: -1 } })).toBeUndefined();
    expect(readHouseholdFast({ ...ok, income: { ...ok.income, wage: MAX_YUAN + 1 } })).toBeUndefined();
  });

  it('leaves a household that gives one ID number twice to the schema, which refuses it', () => {
    const id = withCheckDigit('99000019800101001');
    const r = { id: 'a', category: 'other', members: [{ laborCapable: true, idNumber: id }, { laborCapable: false }, { laborCapable: true, idNumber: id.toLowerCase() }], income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 } };
    expect(readHouseholdFast(r)).toBeUndefined();
    expectAgreement(r);
    expect(readHouseholdFast({ ...r, members: r.members.slice(0, 2) })).toBeDefined();
  });

  it('takes a household it parsed before, Decimals and all, and gives it back exactly as the schema does', () => {
    for (const r of syntheticPopulation({ size: 300, seed: 9 })) {
      const h = parseHousehold(JSON.parse(JSON.stringify(r)));
      expect(readHouseholdFast(h), r.id).toBeDefined();
      expect(expectAgreement(h), r.id).toBe(true);
      expect(canon(parseHousehold(h)), r.id).toBe(canon(h));
    }
  });

  it('never throws, even on a record whose getters throw', () => {
    const hostile = { id: 'a', category: 'other', members: [], income: {} };
    Object.defineProperty(hostile, 'members', { enumerable: true, get() { throw new Error('no'); } });
    expect(readHouseholdFast(hostile)).toBeUndefined();
    expect(safeParseHousehold(hostile).success).toBe(false);
  });
});

const REQUIRED = ['id', 'category', 'members', 'income'] as const;

/** A record without the required keys whose bits are set in `mask`. */
function lacking(h: Json, mask: number): Json {
  const r = copy(h) as Json;
  REQUIRED.forEach((k, bit) => {
    if ((mask & (1 << bit)) !== 0) delete r[k];
  });
  return r;
}

describe('the fast verdict on a record that lacks required keys or has bad fields', () => {
  it('gives exactly the schema\'s issues, in its order, for random records without some required keys (property)', () => {
    let decided = 0;
    fc.assert(fc.property(householdArb, fc.integer({ min: 0, max: 15 }), (h, mask) => {
      const r = lacking(h as Json, mask);
      if (Array.isArray(readHouseholdOrIssues(r))) decided += 1;
      expect(householdIssues(r)).toEqual(schemaIssues(r));
    }), { numRuns: 2000 });
    // the comparison must not be empty: many such records are decided without the schema
    expect(decided).toBeGreaterThan(200);
  });

  it('gives exactly the schema\'s verdict on mutated records, with or without their required keys (property)', () => {
    let decided = 0;
    fc.assert(fc.property(mutated, fc.integer({ min: 0, max: 15 }), (h, mask) => {
      const r = h !== null && typeof h === 'object' && !Array.isArray(h) ? lacking(h as Json, mask) : h;
      expect(householdIssues(r)).toEqual(schemaIssues(r));
      expect(householdIssues(h)).toEqual(schemaIssues(h));
      const fast = readHouseholdOrIssues(h);
      if (Array.isArray(fast) && fast.some((i) => i.code !== 'required')) decided += 1;
    }), { numRuns: 2000 });
    // many mutated records have a bad top-level field that the fast verdict reports
    expect(decided).toBeGreaterThan(100);
  });

  it('gives the schema\'s issues for keys present but undefined, inherited, unknown, or valid in a form it leaves to the schema', () => {
    const ok = { id: 'a', category: 'other', members: [{ laborCapable: true }], income: { year: 2023, wage: '1', netOperating: 0, netProperty: 0, netTransfer: 0 } };
    const cases: unknown[] = [
      { ...ok, id: undefined }, { ...ok, members: undefined, category: undefined }, { ...ok, township: undefined, category: 'rich' },
      Object.assign(Object.create({ id: 'inherited' }), { category: 'other' }),
      Object.assign(Object.create({ category: 'rich' }), { id: 'a' }),
      Object.assign(Object.create(null), { id: 'a' }),
      { id: 'a', extra: 1 }, { id: 'a', category: 'rich' }, { id: 'a', members: [] },
      { ...ok, category: 'rich', income: { ...ok.income, wage: new Decimal('1.505') } },
      { ...ok, category: 'rich', previousPerCapita: '1e3' }, { ...ok, category: 'rich', loans: [{ principal: 1, annualRate: '0.1', startDate: new Date(), endDate: '2024-01-01' }] },
      { ...ok, id: '123456789012345', township: 7, village: '', riskColor: null, income: { extra: 1 } },
      { ...ok, income: { ...ok.income, [`k${'x'.repeat(39)}`]: 1, [`a${'x'.repeat(39)}`]: 1, [`b${'x'.repeat(39)}`]: 1, [`c${'x'.repeat(39)}`]: 1, [`d${'x'.repeat(39)}`]: 1 } },
      { category: 'other', members: [{ laborCapable: true }, { laborCapable: true, idNumber: 'x' }] },
    ];
    for (const r of cases) expect(householdIssues(r)).toEqual(schemaIssues(r));
    expect(readHouseholdOrIssues({ id: 'a', extra: 1 })).toBeUndefined();
    expect(readHouseholdOrIssues({ ...ok, category: 'rich', members: [] })).toBeUndefined();
    expect(readHouseholdOrIssues({ ...ok, category: 'rich', income: { ...ok.income, wage: new Decimal('1.505') } })).toBeUndefined();
    expect(readHouseholdOrIssues({ id: 'a' })).toEqual(schemaIssues({ id: 'a' }));
    expect(readHouseholdOrIssues({ ...ok, category: 'rich', riskColor: 'blue' })).toEqual(schemaIssues({ ...ok, category: 'rich', riskColor: 'blue' }));
  });

  it('is what parseHouseholds and preparePopulation report for each record of a batch, repeated records included (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(mutated, fc.integer({ min: 0, max: 15 })), { maxLength: 8 }), (rows) => {
      const records = rows.map(([h, mask]) => (h !== null && typeof h === 'object' && !Array.isArray(h) ? lacking(h as Json, mask) : h));
      const batch = [...records, ...records.map(copy)];
      for (const e of parseHouseholds(batch).errors) {
        const expected = schemaIssues(batch[e.index]);
        if (expected === undefined) expect(e.issues.map((i) => i.code)).toEqual(['duplicate_id']);
        else expect(e.issues).toEqual(expected);
      }
      // preparePopulation reports what safeParseHousehold does
      for (const e of preparePopulation(batch).errors) {
        const alone = safeParseHousehold(batch[e.index]);
        if (alone.success) expect(e.issues.map((i) => i.code)).toEqual(['duplicate_id']);
        else expect(e.issues).toEqual(alone.error.issues);
      }
    }), { numRuns: 300 });
  });
});

describe('the compact form of a household', () => {
  it('gives back exactly the household it was made from, directly and through a store (property)', () => {
    fc.assert(fc.property(fc.array(householdArb, { minLength: 1, maxLength: 8 }), (records) => {
      const valid = records.map((r) => HouseholdSchema.safeParse(r)).filter((r) => r.success).map((r) => r.data as never);
      const store = new HouseholdStore(valid.length);
      const kept: unknown[] = [];
      for (const h of valid) {
        const c = compactFromHousehold(h);
        if (c === undefined) {
          store.appendExternal(h);
        } else {
          expect(canon(householdFromCompact(c))).toBe(canon(h));
          store.append(c);
        }
        kept.push(h);
      }
      store.finish();
      expect(store.size).toBe(kept.length);
      kept.forEach((h, i) => expect(canon(store.household(i))).toBe(canon(h)));
    }), { numRuns: 400 });
  });
});
