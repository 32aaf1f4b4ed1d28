import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dayArb } from '../helpers/arbitraries.js';
import type { z } from 'zod';
import type { Defined } from '../helpers/defined.js';
import {
  DUPLICATE_ID_ISSUE, HouseholdSchema, compactFromHousehold, householdFromCompact, householdIssues, isParsedHousehold, mayBePersonal,
  parseHousehold, parseHouseholds, readHouseholdFast, readHouseholdOrIssues, safeParseHousehold, schemaIssues, type Household,
} from '../../src/schema/household.js';
import { householdJsonSchema } from '../../src/schema/json-schema.js';
import { Decimal } from '../../src/core/decimal.js';
import { preparePopulation } from '../../src/population/simulate.js';

const base = {
  id: 'LX-1', category: 'dibao', members: [{ laborCapable: true }],
  income: { year: 2023, wage: '1000', netOperating: 0, netProperty: 0, netTransfer: '9000' },
};
const withMember = (m: Record<string, unknown>) => ({ ...base, members: [{ laborCapable: false, ...m }] });

describe('a member\'s relationship to the head of the household', () => {
  const pairs = [['户主', 'head'], ['配偶', 'spouse'], ['子女', 'child'], ['孙子女', 'grandchild'], ['父母', 'parent'], ['其他', 'other']] as const;

  it.each(pairs)('is read from the Chinese %s as the code %s', (zh, code) => {
    expect(parseHousehold(withMember({ relationship: zh })).members[0]?.relationship).toBe(code);
  });

  it.each(pairs.map(([, code]) => code))('is kept as the English code %s', (code) => {
    expect(parseHousehold(withMember({ relationship: code })).members[0]?.relationship).toBe(code);
  });

  it('is refused at its path when it is none of them, a number or null, without the value in the message', () => {
    for (const [value, code] of [['son', 'invalid_value'], ['Child', 'invalid_value'], [3, 'invalid_value'], [null, 'null_value']] as const) {
      const r = safeParseHousehold(withMember({ relationship: value }));
      expect(r.success).toBe(false);
      const issues = r.success ? [] : r.error.issues;
      expect(issues.map((i) => ({ path: i.path, code: i.code }))).toEqual([{ path: ['members', 0, 'relationship'], code }]);
      expect(issues[0]?.message).not.toContain('son');
    }
  });

  it('is left out when it is not given', () => {
    expect('relationship' in (parseHousehold(base).members[0] ?? {})).toBe(false);
  });
});

describe('the JSON Schema of the new fields', () => {
  const s = householdJsonSchema() as { properties: Record<string, any> };
  const loan = s.properties.loans.items.properties;

  it('lists creditLine as money, with a description in English and Chinese', () => {
    expect(s.properties.creditLine.anyOf[1]).toEqual({ type: 'number', minimum: 0, maximum: 1e12 });
    expect(s.properties.creditLine.description).toMatch(/credit line.*授信额度/);
  });

  it('lists the relationship codes and their Chinese names', () => {
    expect(s.properties.members.items.properties.relationship.enum).toEqual(['head', 'spouse', 'child', 'grandchild', 'parent', 'other', '户主', '配偶', '子女', '孙子女', '父母', '其他']);
  });

  it('lists the loan\'s maturity, repayments and rate changes, at most 1000 each, none required', () => {
    expect(loan.maturityDate.format).toBe('date');
    expect(loan.repayments).toMatchObject({ type: 'array', maxItems: 1000 });
    expect(loan.repayments.items.required).toEqual(['date', 'amount']);
    expect(loan.repayments.items.properties.amount.anyOf[1]).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 1e12 });
    expect(loan.rateChanges).toMatchObject({ type: 'array', maxItems: 1000 });
    expect(loan.rateChanges.items.required).toEqual(['date', 'annualRate']);
    expect(s.properties.loans.items.required).toEqual(['principal', 'annualRate', 'startDate', 'endDate']);
  });
});

describe('a household the library parsed', () => {
  it('is known as parsed, whichever way it was parsed; a copy of it is not', () => {
    const h = parseHousehold(base);
    expect(isParsedHousehold(h)).toBe(true);
    const s = safeParseHousehold({ ...base, creditLine: 1 });
    expect(s.success && isParsedHousehold(s.data)).toBe(true);
    const batch = parseHouseholds([base, { ...base, id: 'LX-2', members: [{ laborCapable: true, relationship: '户主' }] }]);
    expect(batch.households.every(isParsedHousehold)).toBe(true);
    expect(isParsedHousehold({ ...h })).toBe(false);
    expect(isParsedHousehold(null)).toBe(false);
    expect(isParsedHousehold('LX-1')).toBe(false);
  });

  it('is frozen all the way down, its Decimals included, whichever way it was read, so it cannot change after it is trusted', () => {
    const withAll = {
      ...base, previousPerCapita: 9000, creditLine: 50000, otherEducationAid: [{ name: '雨露计划', amount: 1500, stackable: false }],
      loans: [{ principal: 1000, annualRate: '0.04', startDate: '2023-01-01', endDate: '2023-12-31', creditLimit: 900, interestPaid: 30,
        repayments: [{ date: '2023-06-01', amount: 100 }], rateChanges: [{ date: '2023-07-01', annualRate: '0.05' }] }],
    };
    const unfrozen = (v: unknown, path: string): string[] => {
      if (v === null || typeof v !== 'object') return [];
      const here = Object.isFrozen(v) ? [] : [path];
      return [...here, ...Object.entries(v).flatMap(([k, x]) => unfrozen(x, `${path}.${k}`))];
    };
    const fast = parseHousehold(withAll);
    const viaSchema = parseHousehold({ ...withAll, income: { ...withAll.income, wage: new Decimal('1000.5') } });
    const prepared = preparePopulation([withAll]).households[0];
    for (const h of [fast, viaSchema, prepared]) expect(unfrozen(h, 'household')).toEqual([]);
    expect(() => Object.assign(fast.income.wage, new Decimal(999999))).toThrow(TypeError);
  });

  it('carries its mark where no code can see or copy it: no extra key, and a proxy of it or an object made from it is not trusted', () => {
    const h = parseHousehold(base);
    const zodPath = safeParseHousehold({ ...base, id: 'LX-2', members: [{ laborCapable: true, extra: undefined }] });
    expect(Reflect.ownKeys(h)).toEqual(Object.keys(h));
    expect(Object.getOwnPropertySymbols(h)).toEqual([]);
    expect(Object.isFrozen(h)).toBe(true);
    expect(isParsedHousehold(new Proxy(h, {}))).toBe(false);
    expect(isParsedHousehold(Object.create(h))).toBe(false);
    const revocable = Proxy.revocable(h, {});
    revocable.revoke();
    expect(isParsedHousehold(revocable.proxy)).toBe(false);
    if (zodPath.success) {
      expect(isParsedHousehold(zodPath.data)).toBe(true);
      expect(Object.isFrozen(zodPath.data) && Object.isFrozen(zodPath.data.members)).toBe(true);
    }
  });

  it('keeps a credit line, a relationship and a loan\'s maturity, repayments and rate changes in its compact form, exactly', () => {
    const l = { principal: '1000', annualRate: '0.04', startDate: '2023-06-01', endDate: '2023-12-01' };
    for (const r of [
      { ...base, loans: [l] },
      { ...base, creditLine: '5000' },
      withMember({ relationship: 'child' }),
      { ...base, loans: [{ ...l, maturityDate: '2023-11-01' }] },
      { ...base, loans: [{ ...l, repayments: [{ date: '2023-07-01', amount: 100 }] }] },
      { ...base, loans: [{ ...l, rateChanges: [{ date: '2023-07-01', annualRate: 0.05 }] }] },
    ]) {
      const h = parseHousehold(r);
      const c = compactFromHousehold(h);
      expect(c).toBeDefined();
      expect(JSON.stringify(householdFromCompact(c as NonNullable<typeof c>))).toBe(JSON.stringify(h));
    }
  });

  it('reads a relationship, a credit line and loan schedules on the fast path, exactly as the schema does', () => {
    const l = { principal: '1000', annualRate: '0.04', startDate: '2023-06-01', endDate: '2023-12-01' };
    const rel = withMember({ relationship: '子女' });
    expect(readHouseholdFast(rel)?.members[0]?.relationship).toBe('child');
    expect(JSON.stringify(householdFromCompact(readHouseholdFast(rel) as NonNullable<ReturnType<typeof readHouseholdFast>>))).toBe(JSON.stringify(parseHousehold(rel)));
    for (const r of [
      { ...base, creditLine: '5000' },
      { ...base, loans: [{ ...l, maturityDate: '2023-11-01' }] },
      { ...base, loans: [{ ...l, repayments: [{ date: '2023-07-01', amount: 100 }] }] },
      { ...base, loans: [{ ...l, rateChanges: [{ date: '2023-07-01', annualRate: 0.05 }] }] },
    ]) {
      const c = readHouseholdFast(r);
      expect(c).toBeDefined();
      expect(JSON.stringify(householdFromCompact(c as NonNullable<typeof c>))).toBe(JSON.stringify(parseHousehold(r)));
    }
    // a schedule the schema refuses is left to it
    expect(readHouseholdFast({ ...base, loans: [{ ...l, repayments: [{ date: '2023-05-01', amount: 100 }] }] })).toBeUndefined();
    expect(readHouseholdFast({ ...base, loans: [{ ...l, repayments: [{ date: '2023-07-01', amount: 2000 }] }] })).toBeUndefined();
    expect(readHouseholdFast({ ...base, loans: [{ ...l, maturityDate: '2023-01-01' }] })).toBeUndefined();
  });

  it('rebuilt from its compact form is known as parsed too', () => {
    const c = compactFromHousehold(parseHousehold(base));
    expect(c !== undefined && isParsedHousehold(householdFromCompact(c))).toBe(true);
  });
});

describe('one personal-data test and one duplicate-id issue', () => {
  it('calls a run of 15 digits personal, 14 not', () => {
    expect(mayBePersonal('a123456789012345b')).toBe(true);
    expect(mayBePersonal('a12345678901234b')).toBe(false);
  });

  it('gives the same duplicate-id issue in a batch', () => {
    const r = parseHouseholds([base, base]);
    expect(r.errors[0]?.issues).toEqual([DUPLICATE_ID_ISSUE]);
    expect(Object.isFrozen(DUPLICATE_ID_ISSUE)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The fast reader and the schema agree on records with the new fields (property)

const day = dayArb('2022-07-01', 800);
const amount = fc.oneof(fc.integer({ min: -2, max: 120_000 }).map(String), fc.constantFrom('0', '0.5', 'x', 30000));
const loanArb = fc.record({
  principal: fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), fc.constant('abc')),
  annualRate: fc.constantFrom('0.0435', '0.06', 0.03, '2'),
  startDate: day, endDate: day, maturityDate: day,
  creditLimit: amount,
  repayments: fc.array(fc.record({ date: day, amount }), { maxLength: 3 }),
  rateChanges: fc.array(fc.record({ date: day, annualRate: fc.constantFrom('0.05', 0.07, '-1') }), { maxLength: 2 }),
}, { requiredKeys: ['principal', 'annualRate', 'startDate', 'endDate'] });
const recordArb = fc.record({
  id: fc.constantFrom('LX-1', 'LX-2', '123456789012345'),
  category: fc.constantFrom('dibao', 'other', 'rich'),
  members: fc.array(fc.record({ laborCapable: fc.boolean(), relationship: fc.constantFrom('head', '子女', '孙子女', 'son') }, { requiredKeys: ['laborCapable'] }), { minLength: 1, maxLength: 3 }),
  income: fc.constant(base.income),
  loans: fc.array(loanArb, { maxLength: 2 }),
  creditLine: amount,
}, { requiredKeys: ['id', 'members'] });

describe('the fast reader on records with the new fields', () => {
  it('gives exactly the schema\'s verdict and output (property)', () => {
    let valid = 0;
    fc.assert(fc.property(recordArb, (r) => {
      expect(householdIssues(r)).toEqual(schemaIssues(r));
      const fast = readHouseholdOrIssues(r);
      const z = HouseholdSchema.safeParse(r);
      if (z.success) {
        valid += 1;
        const h = parseHousehold(r);
        expect(JSON.stringify(h)).toBe(JSON.stringify(z.data));
        expect(Object.keys(h)).toEqual(Object.keys(z.data));
        if (fast !== undefined && !Array.isArray(fast)) expect(JSON.stringify(householdFromCompact(fast as never))).toBe(JSON.stringify(z.data));
      } else {
        expect(fast === undefined || Array.isArray(fast)).toBe(true);
      }
    }), { numRuns: 1500 });
    expect(valid).toBeGreaterThan(50);
  });

  it('gives parseHouseholds the schema\'s verdict for each record of a batch (property)', () => {
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 6 }), (batch) => {
      const r = parseHouseholds(batch);
      for (const e of r.errors) {
        const expected = schemaIssues(batch[e.index]);
        expect(e.issues).toEqual(expected ?? [DUPLICATE_ID_ISSUE]);
      }
      expect(r.households.length + r.errors.length).toBe(batch.length);
    }), { numRuns: 300 });
  });
});

describe('the household types', () => {
  it('hold what the schema outputs, key for key', () => {
    const asHousehold = (x: Defined<z.output<typeof HouseholdSchema>>): Household => x;
    const back = (x: Household): Defined<z.output<typeof HouseholdSchema>> => x;
    expectTypeOf(back).parameter(0).toEqualTypeOf<Household>();
    expectTypeOf(asHousehold).returns.toEqualTypeOf<Household>();
  });
});
