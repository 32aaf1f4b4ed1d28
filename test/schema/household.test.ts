import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { householdArb } from '../helpers/arbitraries.js';
import { fakeIdNumber } from '../helpers/builders.js';
import fc from 'fast-check';
import type { z } from 'zod';
import { Decimal } from '../../src/core/decimal.js';
import { PolicyInputError, type PolicyIssue } from '../../src/core/errors.js';
import {
  HouseholdSchema, MAX_MEMBERS, parseHousehold, parseHouseholds, safeParseHousehold,
  type Household, type HouseholdInput, type HouseholdMember,
} from '../../src/schema/household.js';
import { LANXI_TOWNSHIPS } from '../../src/schema/townships.js';

// ---------------------------------------------------------------------------------------------
// Helpers: synthetic ID numbers (region 990000 belongs to no place) with a check digit computed here
// ---------------------------------------------------------------------------------------------

const fakeId = (birth: string, seq = '123') => fakeIdNumber(birth, seq);
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

const base = (): Json => ({
  id: 'HH-TEST-1',
  township: '330781102',
  village: '示例村',
  inKeyAssistanceVillage: true,
  category: 'dibao',
  riskColor: 'yellow',
  members: [
    { idNumber: fakeId('1978-04-09', '011'), birthDate: '1978-04-09', laborCapable: true, schooling: 'none' },
    { idNumber: fakeId('2006-09-02', '035'), laborCapable: false, schooling: 'secondaryVocational' },
  ],
  income: { year: 2023, wage: '21000.00', netOperating: '-130.50', netProperty: 0, netTransfer: '14000' },
  previousPerCapita: '14530.00',
  loans: [{ id: 'loan-1', principal: '60000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }],
  otherEducationAid: [{ name: '国家助学金', amount: '2000', stackable: true }],
});

const minimal = (): Json => ({
  id: 'HH-MIN',
  category: 'other',
  members: [{ laborCapable: true }],
  income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 },
});

function issuesOf(input: unknown): readonly PolicyIssue[] {
  const r = safeParseHousehold(input);
  if (r.success) throw new Error('expected the record to be rejected');
  return r.error.issues;
}

function findIssue(input: unknown, path: (string | number)[]): PolicyIssue | undefined {
  return issuesOf(input).find((i) => JSON.stringify(i.path) === JSON.stringify(path));
}

/** Every string of an error a caller could show: the thrown message and each issue's two messages. */
function texts(error: PolicyInputError): string[] {
  return [error.message, ...error.issues.flatMap((i) => [i.message, i.messageZh])];
}

/** No message holds a run of 15+ digits (an ID or card number) or any of the given personal values. */
function expectNoPersonalData(error: PolicyInputError, secrets: readonly string[]): void {
  for (const t of texts(error)) {
    expect(t).not.toMatch(/[0-9]{15}/);
    for (const s of secrets) expect(t).not.toContain(s);
  }
}

const samples = JSON.parse(readFileSync(new URL('../../examples/data/households.json', import.meta.url), 'utf8')) as Json[];

// ---------------------------------------------------------------------------------------------
// Valid records
// ---------------------------------------------------------------------------------------------

describe('parseHousehold: valid records', () => {
  it('parses a full record into exact, typed, frozen values', () => {
    const h = parseHousehold(base());
    expect(h.id).toBe('HH-TEST-1');
    expect(h.income.wage).toBeInstanceOf(Decimal);
    expect(h.income.netOperating.toString()).toBe('-130.5');
    expect(h.income.netProperty.toString()).toBe('0');
    expect(h.previousPerCapita?.toFixed(2)).toBe('14530.00');
    expect(h.loans?.[0]?.principal.toString()).toBe('60000');
    expect(h.loans?.[0]?.startDate).toBe('2023-06-01');
    expect(h.otherEducationAid?.[0]?.amount.toString()).toBe('2000');
    expect(Object.isFrozen(h)).toBe(true);
    expect(Object.isFrozen(h.members)).toBe(true);
    expect(Object.isFrozen(h.members[0])).toBe(true);
    expect(Object.isFrozen(h.income)).toBe(true);
    expect(Object.isFrozen(h.loans?.[0])).toBe(true);
  });

  it('parses a minimal record and leaves absent optional fields absent', () => {
    const h = parseHousehold(minimal());
    for (const key of ['township', 'village', 'inKeyAssistanceVillage', 'riskColor', 'previousPerCapita', 'loans', 'otherEducationAid']) {
      expect(key in h).toBe(false);
    }
    expect(Object.keys(h.members[0] as object)).toEqual(['laborCapable']);
  });

  it('does not change the input', () => {
    const input = base();
    const before = JSON.stringify(input);
    parseHousehold(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('parses all 8 synthetic sample households', () => {
    const r = parseHouseholds(samples);
    expect(r.errors).toEqual([]);
    expect(r.households.map((h) => h.id)).toEqual(samples.map((s) => s.id));
  });

  it('normalises a township given by its Chinese name to its code', () => {
    for (const t of LANXI_TOWNSHIPS) {
      expect(parseHousehold({ ...minimal(), township: t.name }).township).toBe(t.code);
      expect(parseHousehold({ ...minimal(), township: t.code }).township).toBe(t.code);
    }
    expect(parseHouseholds(samples).households.find((h) => h.id === 'LX-SAMPLE-02')?.township).toBe('330781104');
  });

  it('accepts money as decimal strings, numbers or Decimals and keeps them exact', () => {
    const h = parseHousehold({ ...minimal(), income: { year: 2023, wage: '0.1', netOperating: 0.2, netProperty: new Decimal('0.3'), netTransfer: '1e3' } });
    const d = h.income;
    expect(d.wage.plus(d.netOperating).plus(d.netProperty).toString()).toBe('0.6');
    expect(d.netTransfer.toString()).toBe('1000');
  });

  it('lets net operating, property and transfer income be negative but not wages', () => {
    const h = parseHousehold({ ...minimal(), income: { year: 2023, wage: 0, netOperating: '-1', netProperty: '-2', netTransfer: '-3' } });
    expect([h.income.netOperating, h.income.netProperty, h.income.netTransfer].map(String)).toEqual(['-1', '-2', '-3']);
    expect(findIssue({ ...minimal(), income: { year: 2023, wage: '-0.01', netOperating: 0, netProperty: 0, netTransfer: 0 } }, ['income', 'wage'])?.code).toBe('negative');
  });

  it('writes the check character of an ID number in upper case', () => {
    const id = Array.from({ length: 1000 }, (_, seq) => fakeId('1990-01-01', pad(seq, 3))).find((x) => x.endsWith('X')) as string;
    const h = parseHousehold({ ...minimal(), members: [{ idNumber: `${id.slice(0, 17)}x`, laborCapable: true }] });
    expect(h.members[0]?.idNumber).toBe(id);
  });

  it('accepts a birth date that agrees with the ID number, and a Date for a birth date', () => {
    const h = parseHousehold({ ...minimal(), members: [
      { idNumber: fakeId('1990-01-01', '012'), birthDate: '1990-01-01', laborCapable: true },
      { birthDate: new Date('2010-06-30T16:30:00Z'), laborCapable: false },
    ] });
    expect(h.members.map((m) => m.birthDate)).toEqual(['1990-01-01', '2010-07-01']);
  });

  it(`accepts 1 to ${MAX_MEMBERS} members`, () => {
    expect(parseHousehold({ ...minimal(), members: Array.from({ length: MAX_MEMBERS }, () => ({ laborCapable: false })) }).members).toHaveLength(MAX_MEMBERS);
  });

  it('gives the types Household (output) and HouseholdInput (input) the same fields as the schema', () => {
    expectTypeOf<keyof Household>().toEqualTypeOf<keyof z.output<typeof HouseholdSchema>>();
    expectTypeOf<keyof HouseholdMember>().toEqualTypeOf<keyof z.output<typeof HouseholdSchema>['members'][number]>();
    expectTypeOf<keyof HouseholdInput>().toEqualTypeOf<keyof Household>();
    const input: HouseholdInput = { id: 'x', category: 'tekun', members: [{ laborCapable: false }], income: { year: 2023, wage: '1', netOperating: 2, netProperty: new Decimal(3), netTransfer: '4' } };
    expect(parseHousehold(input).category).toBe('tekun');
  });
});

// ---------------------------------------------------------------------------------------------
// Rejected records, one problem at a time
// ---------------------------------------------------------------------------------------------

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const deep = (n: number): unknown => JSON.parse('{"a":'.repeat(n) + '1' + '}'.repeat(n));

type Case = [name: string, mutate: (h: Json) => unknown, path: (string | number)[], code: string];
const m0 = (h: Json) => (h.members as Json[])[0] as Json;
const CASES: Case[] = [
  ['a bad ID checksum', (h) => { m0(h).idNumber = wrongCheck(fakeId('1978-04-09', '011')); }, ['members', 0, 'idNumber'], 'invalid_id_checksum'],
  ['an ID number born on 2023-02-30', (h) => { m0(h).idNumber = fakeId('2023-02-30'); delete m0(h).birthDate; }, ['members', 0, 'idNumber'], 'invalid_id_birth_date'],
  ['a 15-digit ID number', (h) => { m0(h).idNumber = '110105491231002'; }, ['members', 0, 'idNumber'], 'invalid_id_number'],
  ['an ID number as a number', (h) => { m0(h).idNumber = 110105194912310020; }, ['members', 0, 'idNumber'], 'invalid_type'],
  ['a birth date of 2023-02-30', (h) => { m0(h).birthDate = '2023-02-30'; delete m0(h).idNumber; }, ['members', 0, 'birthDate'], 'invalid_date'],
  ['a birth date written 2023/01/01', (h) => { m0(h).birthDate = '2023/01/01'; delete m0(h).idNumber; }, ['members', 0, 'birthDate'], 'invalid_format'],
  ['a birth date that disagrees with the ID number', (h) => { m0(h).birthDate = '1978-04-10'; }, ['members', 0, 'birthDate'], 'birth_date_mismatch'],
  ['the same ID number twice', (h) => { (h.members as Json[])[1] = { ...m0(h), birthDate: undefined }; delete (h.members as Json[])[1]?.birthDate; }, ['members', 1, 'idNumber'], 'duplicate_id_number'],
  ['an unknown township code', (h) => { h.township = '330781999'; }, ['township'], 'unknown_township'],
  ['a township name with a space', (h) => { h.township = ' 游埠镇'; }, ['township'], 'unknown_township'],
  ['a township as a number', (h) => { h.township = 330781102; }, ['township'], 'invalid_type'],
  ['no members', (h) => { h.members = []; }, ['members'], 'too_small'],
  ['too many members', (h) => { h.members = Array.from({ length: MAX_MEMBERS + 1 }, () => ({ laborCapable: true })); }, ['members'], 'too_big'],
  ['a member given as an array', (h) => { h.members = [[true]]; }, ['members', 0], 'invalid_type'],
  ['members given as an object', (h) => { h.members = { 0: { laborCapable: true } }; }, ['members'], 'invalid_type'],
  ['income given as an array', (h) => { h.income = [2023, 1, 2, 3, 4]; }, ['income'], 'invalid_type'],
  ['laborCapable written "yes"', (h) => { m0(h).laborCapable = 'yes'; }, ['members', 0, 'laborCapable'], 'invalid_type'],
  ['laborCapable missing', (h) => { delete m0(h).laborCapable; }, ['members', 0, 'laborCapable'], 'required'],
  ['an unknown schooling', (h) => { m0(h).schooling = 'university'; }, ['members', 0, 'schooling'], 'invalid_value'],
  ['an unknown category', (h) => { h.category = 'poor'; }, ['category'], 'invalid_value'],
  ['a category as a number', (h) => { h.category = 1; }, ['category'], 'invalid_value'],
  ['no category', (h) => { delete h.category; }, ['category'], 'required'],
  ['no income', (h) => { delete h.income; }, ['income'], 'required'],
  ['no members key', (h) => { delete h.members; }, ['members'], 'required'],
  ['an unknown risk colour', (h) => { h.riskColor = 'orange'; }, ['riskColor'], 'invalid_value'],
  ['NaN wages', (h) => { (h.income as Json).wage = NaN; }, ['income', 'wage'], 'not_a_number'],
  ['infinite transfer income', (h) => { (h.income as Json).netTransfer = -Infinity; }, ['income', 'netTransfer'], 'not_finite'],
  ['wages written "1,000"', (h) => { (h.income as Json).wage = '1,000'; }, ['income', 'wage'], 'thousands_separator'],
  ['wages of 1e999', (h) => { (h.income as Json).wage = '1e999'; }, ['income', 'wage'], 'out_of_range'],
  ['negative wages', (h) => { (h.income as Json).wage = -1; }, ['income', 'wage'], 'negative'],
  ['an income year of 1899', (h) => { (h.income as Json).year = 1899; }, ['income', 'year'], 'too_small'],
  ['a fractional income year', (h) => { (h.income as Json).year = 2023.5; }, ['income', 'year'], 'not_integer'],
  ['a previous per-capita income of 0', (h) => { h.previousPerCapita = 0; }, ['previousPerCapita'], 'not_positive'],
  ['a loan that ends before it starts', (h) => { (h.loans as Json[])[0] = { principal: 1000, annualRate: '0.04', startDate: '2023-06-01', endDate: '2023-05-31' }; }, ['loans', 0, 'endDate'], 'end_before_start'],
  ['a loan rate written as a percentage', (h) => { ((h.loans as Json[])[0] as Json).annualRate = 4.35; }, ['loans', 0, 'annualRate'], 'rate_above_one'],
  ['a loan starting on 2023-02-30', (h) => { ((h.loans as Json[])[0] as Json).startDate = '2023-02-30'; }, ['loans', 0, 'startDate'], 'invalid_date'],
  ['aid with stackable written "no"', (h) => { ((h.otherEducationAid as Json[])[0] as Json).stackable = 'no'; }, ['otherEducationAid', 0, 'stackable'], 'invalid_type'],
  ['aid with no name', (h) => { delete ((h.otherEducationAid as Json[])[0] as Json).name; }, ['otherEducationAid', 0, 'name'], 'required'],
  ['an extra key at the top', (h) => { h.name = '张三'; }, [], 'unrecognized_keys'],
  ['an extra key in a member', (h) => { m0(h).name = '张三'; }, ['members', 0], 'unrecognized_keys'],
  ['an extra key in the income', (h) => { (h.income as Json).total = 1; }, ['income'], 'unrecognized_keys'],
  ['an extra key in a loan', (h) => { ((h.loans as Json[])[0] as Json).bank = 'x'; }, ['loans', 0], 'unrecognized_keys'],
  ['a __proto__ key', (h) => JSON.parse(JSON.stringify(h).replace('{', '{"__proto__":{"polluted":true},')), [], 'unrecognized_keys'],
  ['a constructor key', (h) => JSON.parse(JSON.stringify(h).replace('{', '{"constructor":{"prototype":{"polluted":true}},')), [], 'unrecognized_keys'],
  ['a __proto__ key in a member', (h) => JSON.parse(JSON.stringify(h).replace('"members":[{', '"members":[{"__proto__":{"polluted":true},')), ['members', 0], 'unrecognized_keys'],
  ['a null for an optional field', (h) => { h.village = null; }, ['village'], 'null_value'],
  ['a null for a required field', (h) => { h.income = null; }, ['income'], 'null_value'],
  ['deeply nested junk for the village', (h) => { h.village = deep(5000); }, ['village'], 'invalid_type'],
  ['a 10 MB id', (h) => { h.id = TEN_MB; }, ['id'], 'too_big'],
  ['a 10 MB village', (h) => { h.village = TEN_MB; }, ['village'], 'too_big'],
  ['a 10 MB ID number', (h) => { m0(h).idNumber = TEN_MB; }, ['members', 0, 'idNumber'], 'invalid_id_number'],
  ['a 10 MB amount', (h) => { (h.income as Json).wage = TEN_MB; }, ['income', 'wage'], 'invalid_decimal'],
  ['a 10 MB township', (h) => { h.township = TEN_MB; }, ['township'], 'unknown_township'],
  ['a 10 MB unknown key', (h) => { h[TEN_MB] = 1; }, [], 'unrecognized_keys'],
  ['an empty id', (h) => { h.id = ''; }, ['id'], 'too_small'],
  ['an ID number as the household id', (h) => { h.id = fakeId('1978-04-09', '011'); }, ['id'], 'id_looks_like_personal_data'],
];

describe('parseHousehold: rejected records', () => {
  it.each(CASES)('rejects %s at its path', (_, mutate, path, code) => {
    const h = clone(base());
    const input = mutate(h) ?? h;
    const issue = findIssue(input, path);
    expect(issue, JSON.stringify(issuesOf(input))).toBeDefined();
    expect(issue?.code).toBe(code);
    expect(issue?.message.length).toBeGreaterThan(0);
    expect(issue?.messageZh.length).toBeGreaterThan(0);
    expect(issue?.message.length).toBeLessThan(300);
  });

  it('throws a PolicyInputError naming the function, the first path and the count', () => {
    expect(() => parseHousehold({ id: 'LX-0002', category: 'dibao', members: [], income: {} })).toThrow(
      'lanxi-policy: invalid input to parseHousehold: members: must have at least 1 items (and 5 more)',
    );
    try {
      parseHousehold({ ...minimal(), category: 'poor' });
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues).toEqual([
        { path: ['category'], code: 'invalid_value', message: 'must be one of "dibao" | "dibian" | "tekun" | "other"', messageZh: '必须是以下之一："dibao" | "dibian" | "tekun" | "other"' },
      ]);
    }
  });

  it.each([null, undefined, 42, 'household', [], [minimal()], true])('rejects %o as a whole record at the root', (input) => {
    const issues = issuesOf(input);
    expect(issues[0]?.path).toEqual([]);
    expect(['invalid_type', 'required']).toContain(issues[0]?.code);
  });

  it('lists every problem, not just the first', () => {
    const issues = issuesOf({ ...base(), category: 'x', township: 'nowhere', income: { year: 2023, wage: -1, netOperating: 'a', netProperty: 0, netTransfer: 0 } });
    expect(issues.map((i) => i.code).sort()).toEqual(['invalid_decimal', 'invalid_value', 'negative', 'unknown_township']);
  });

  it('names unknown keys that look like field names, and only those', () => {
    const issue = findIssue({ ...minimal(), wages: 1, [fakeId('1980-01-01')]: 'x', 张三: 1 }, []);
    expect(issue?.message).toBe('has unknown key(s): wages (and 2 more not shown)');
    expect(issue?.messageZh).toBe('含有未知字段：wages（另有 2 个未显示）');
  });

  it('rejects __proto__ and constructor keys without polluting any prototype', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"p","category":"other","members":[{"laborCapable":true,"__proto__":{"polluted":true}}],"income":{"year":2023,"wage":0,"netOperating":0,"netProperty":0,"netTransfer":0}}');
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['members', 0], 'unrecognized_keys'], [[], 'unrecognized_keys']]);
    expect(issues[1]?.message).toBe('has unknown key(s): __proto__, constructor');
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
  });

  it('turns a value that throws when read into an issue, not a crash', () => {
    const hostile = { ...minimal(), get category(): string { throw new Error('boom'); } };
    const r = safeParseHousehold(hostile);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe('unreadable');
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    expect(() => parseHousehold(proxy)).toThrow(PolicyInputError);
  });
});

// ---------------------------------------------------------------------------------------------
// No personal data in any message
// ---------------------------------------------------------------------------------------------

describe('parseHousehold: no personal data in errors', () => {
  it('never repeats an ID number, a name or the bad value in any message', () => {
    const id1 = fakeId('1978-04-09', '011');
    const bad = wrongCheck(fakeId('1981-07-07', '044'));
    const input = {
      ...base(),
      id: fakeId('1960-01-01', '999'),
      name: '张三',
      [id1]: '李四',
      members: [
        { idNumber: bad, birthDate: '1981-07-07', laborCapable: 'yes', name: '王五' },
        { idNumber: fakeId('2023-02-30'), laborCapable: true },
        { idNumber: id1, birthDate: '1999-09-09', laborCapable: true, phone: '13800000000' },
        { idNumber: id1, laborCapable: true },
        { idNumber: 330781199001010011, laborCapable: true },
      ],
      township: '330781198001010012X',
      village: { name: '赵六', idNumber: id1 },
      income: { year: 2023, wage: `${id1}.00`, netOperating: id1, netProperty: '-', netTransfer: { idNumber: id1 } },
    };
    const r = safeParseHousehold(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.length).toBeGreaterThan(8);
      expectNoPersonalData(r.error, [id1, bad, fakeId('1960-01-01', '999'), '张三', '李四', '王五', '赵六', '13800000000', '1981-07-07', '1999-09-09', '330781198001010012X']);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated records
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Personal values of a record: its ID numbers and birth dates. */
function secretsOf(h: Json): string[] {
  return ((h.members as Json[] | undefined) ?? []).flatMap((m) => [m.idNumber, m.birthDate].filter((v): v is string => typeof v === 'string'));
}

describe('parseHousehold: properties', () => {
  it('parses every well-formed record, keeping each amount exact and each township as its code', () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        const h = parseHousehold(input);
        const inc = input.income as Json;
        for (const k of ['wage', 'netOperating', 'netProperty', 'netTransfer'] as const) {
          expect(h.income[k].eq(new Decimal(inc[k] as string | number))).toBe(true);
        }
        if (input.township !== undefined) expect(LANXI_TOWNSHIPS.map((t) => t.code)).toContain(h.township);
        expect(h.members).toHaveLength((input.members as unknown[]).length);
        expect(Object.isFrozen(h)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const faultArb = fc.constantFrom(...CASES.filter(([name]) => !name.includes('10 MB') && !name.includes('deeply')));

  it('rejects every record with one fault, at the fault, with no personal data in any message', () => {
    fc.assert(
      fc.property(householdArb, faultArb, (valid, [, mutate, path, code]) => {
        // Give the fault the fields it needs, then apply it.
        const h = clone({ ...base(), ...valid, members: [...(base().members as Json[]), ...(valid.members as Json[]).slice(2)], loans: base().loans, otherEducationAid: base().otherEducationAid });
        const secrets = [...secretsOf(valid), ...secretsOf(h)];
        const input = mutate(h) ?? h;
        const r = safeParseHousehold(input);
        expect(r.success).toBe(false);
        if (r.success) return;
        const issue = r.error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
        expect(issue?.code, JSON.stringify(r.error.issues)).toBe(code);
        expectNoPersonalData(r.error, secrets);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but PolicyInputError, and never echoes an ID number, whatever the input', () => {
    const secret = fakeId('1985-05-05', '555');
    const junk = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(secret), fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.string(), fc.constant(secret), fc.constantFrom('id', 'members', 'income', 'wage', '__proto__')), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const inputs = fc.oneof(junk, householdArb.chain((h) => fc.record({ k: fc.constantFrom(...Object.keys(h)), v: junk }).map(({ k, v }) => ({ ...h, [k]: v }))));
    fc.assert(
      fc.property(inputs, (input) => {
        try {
          parseHousehold(input);
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyInputError);
          expectNoPersonalData(e as PolicyInputError, [secret]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Batches
// ---------------------------------------------------------------------------------------------

describe('parseHouseholds', () => {
  it('keeps the good records when some are bad, and says where the bad ones are', () => {
    const r = parseHouseholds([minimal(), { ...minimal(), id: 'B', category: 'rich' }, { ...minimal(), id: 'C' }, 42]);
    expect(r.households.map((h) => h.id)).toEqual(['HH-MIN', 'C']);
    expect(r.errors.map((e) => [e.index, e.id, e.issues[0]?.path, e.issues[0]?.code])).toEqual([
      [1, 'B', ['category'], 'invalid_value'],
      [3, undefined, [], 'invalid_type'],
    ]);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.errors[0]?.issues)).toBe(true);
  });

  it('reports a bad record by id only when the id is a valid label, never personal data', () => {
    const personal = fakeId('1970-03-03', '333');
    const r = parseHouseholds([{ ...minimal(), id: personal, category: 'x' }, { ...minimal(), id: '', category: 'x' }, { ...minimal(), id: 7 }, { ...minimal(), id: TEN_MB }]);
    expect(r.errors).toHaveLength(4);
    for (const e of r.errors) expect('id' in e).toBe(false);
    expect(JSON.stringify(r.errors)).not.toContain(personal);
  });

  it('rejects a record that repeats an earlier id, so no household is counted twice', () => {
    const r = parseHouseholds([minimal(), { ...minimal(), category: 'tekun' }]);
    expect(r.households).toHaveLength(1);
    expect(r.errors).toEqual([{ index: 1, id: 'HH-MIN', issues: [{ path: ['id'], code: 'duplicate_id', message: 'repeats the id of an earlier household in this batch', messageZh: '与本批次前面的家庭记录户编号重复' }] }]);
  });

  it('reports each of two thousand distinct records that lack required keys or share a bad value with the issues the record gets alone', () => {
    const records: Json[] = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? { id: `L-${i}` } : { id: `L-${i}`, category: 'other', members: [{ laborCapable: true }] }));
    records.push(...Array.from({ length: 1000 }, (_, i) => ({ ...minimal(), id: `C-${i}`, category: '低保', riskColor: i % 2 === 0 ? 'red' : '红' })));
    const r = parseHouseholds(records);
    expect(r.errors).toHaveLength(2000);
    for (const e of r.errors) {
      const alone = safeParseHousehold(records[e.index]);
      expect(e.id).toBe(e.index < 1000 ? `L-${e.index}` : `C-${e.index - 1000}`);
      expect(e.issues).toEqual(alone.success ? [] : alone.error.issues);
    }
    expect(r.errors[1001]?.issues.map((i) => [i.path, i.code])).toEqual([[['category'], 'invalid_value'], [['riskColor'], 'invalid_value']]);
    expect(r.errors[0]?.issues.map((i) => [i.path, i.code])).toEqual([[['category'], 'required'], [['members'], 'required'], [['income'], 'required']]);
  });

  it('reports a repeated invalid record at each place it appears, with the same issues', () => {
    const bad = { ...minimal(), id: 'R', category: 'rich', members: [{ laborCapable: 'yes' }] };
    const r = parseHouseholds([bad, minimal(), structuredClone(bad), structuredClone(bad)]);
    expect(r.errors.map((e) => e.index)).toEqual([0, 2, 3]);
    const alone = safeParseHousehold(bad);
    for (const e of r.errors) expect(e.issues).toEqual(alone.success ? [] : alone.error.issues);
    expect(r.errors[0]?.issues.map((i) => i.code)).toEqual(['invalid_value', 'invalid_type']);
  });

  it('lists at most 100 issues of one record, then says there are more', () => {
    const member = { idNumber: 5, birthDate: 5, laborCapable: 5, schooling: 5 };
    const record = { ...minimal(), members: Array.from({ length: MAX_MEMBERS }, () => ({ ...member })) };
    const [e] = parseHouseholds([record]).errors;
    expect(e?.issues).toHaveLength(101);
    expect(e?.issues[0]?.path).toEqual(['members', 0, 'idNumber']);
    expect(e?.issues[100]).toEqual({ path: [], code: 'too_many_issues', message: 'has more problems than the first 100 listed', messageZh: '问题过多，仅列出前 100 个' });
    const alone = safeParseHousehold(record);
    expect(alone.success ? [] : alone.error.issues).toEqual(e?.issues);
  });

  it('throws a PolicyInputError when the batch is not an array', () => {
    for (const input of [null, {}, 'x', minimal()]) expect(() => parseHouseholds(input)).toThrow(PolicyInputError);
  });

  it('accepts an empty batch', () => {
    expect(parseHouseholds([])).toEqual({ households: [], errors: [] });
  });

  it('splits any mix of good and bad records without losing one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(householdArb, fc.boolean()), { maxLength: 12 }), (rows) => {
        const input = rows.map(([h, good], i) => ({ ...h, id: `R-${i}`, ...(good ? {} : { category: 'bad' }) }));
        const r = parseHouseholds(input);
        expect(r.households.map((h) => h.id)).toEqual(input.filter((_, i) => rows[i]?.[1]).map((h) => h.id));
        expect(r.errors.map((e) => e.index)).toEqual(rows.flatMap(([, good], i) => (good ? [] : [i])));
      }),
      { numRuns: 100 },
    );
  });
});

describe('safeParseHousehold', () => {
  it('returns the household on success and the error on failure, without throwing', () => {
    const ok = safeParseHousehold(minimal());
    expect(ok.success && ok.data.id).toBe('HH-MIN');
    const bad = safeParseHousehold({ ...minimal(), members: [] });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(PolicyInputError);
      expect(bad.error.fn).toBe('safeParseHousehold');
      expect(bad.error.issues[0]).toEqual({ path: ['members'], code: 'too_small', message: 'must have at least 1 items', messageZh: '不能少于 1 项' });
    }
  });
});
