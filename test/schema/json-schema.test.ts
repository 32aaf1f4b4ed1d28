import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/builders.js';
import fc from 'fast-check';
import { safeParseHousehold } from '../../src/schema/household.js';
import { HOUSEHOLD_SCHEMA_ID, householdJsonSchema } from '../../src/schema/json-schema.js';
import { LANXI_TOWNSHIPS } from '../../src/schema/townships.js';

type Node = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// A small validator for the subset of JSON Schema 2020-12 the household schema uses (no ajv).
// It throws on any keyword it does not know, so the schema cannot grow past what is tested here.
// ---------------------------------------------------------------------------------------------

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', 'type', 'enum', 'anyOf', 'properties', 'required',
  'additionalProperties', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern',
  'minimum', 'maximum', 'exclusiveMinimum', 'format',
]);

function typeOk(type: unknown, v: unknown): boolean {
  switch (type) {
    case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'boolean': return typeof v === 'boolean';
    default: throw new Error(`unknown type ${String(type)}`);
  }
}

/** Paths where `value` breaks `schema` (empty when valid). */
function validate(schema: Node, value: unknown, path = '$'): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`keyword ${k} not handled by the test validator`);
  const errors: string[] = [];
  if (schema.type !== undefined && !typeOk(schema.type, value)) return [`${path}: type`];
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: enum`);
  if (schema.anyOf !== undefined && !(schema.anyOf as Node[]).some((s) => validate(s, value, path).length === 0)) errors.push(`${path}: anyOf`);
  if (typeof value === 'string') {
    const len = Array.from(value).length;
    if (schema.minLength !== undefined && len < (schema.minLength as number)) errors.push(`${path}: minLength`);
    if (schema.maxLength !== undefined && len > (schema.maxLength as number)) errors.push(`${path}: maxLength`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value)) errors.push(`${path}: pattern`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${path}: minimum`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) errors.push(`${path}: maximum`);
    if (schema.exclusiveMinimum !== undefined && value <= (schema.exclusiveMinimum as number)) errors.push(`${path}: exclusiveMinimum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < (schema.minItems as number)) errors.push(`${path}: minItems`);
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number)) errors.push(`${path}: maxItems`);
    if (schema.items !== undefined) value.forEach((v, i) => errors.push(...validate(schema.items as Node, v, `${path}[${i}]`)));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const props = (schema.properties ?? {}) as Record<string, Node>;
    for (const r of (schema.required ?? []) as string[]) if (!Object.hasOwn(value, r)) errors.push(`${path}.${r}: required`);
    for (const [k, v] of Object.entries(value)) {
      if (Object.hasOwn(props, k)) errors.push(...validate(props[k] as Node, v, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${k}: additionalProperties`);
    }
  }
  return errors;
}

/** Every subschema, with its JSON path. */
function* walk(node: unknown, path = '$'): Generator<[string, Node]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* walk(n, `${path}[${i}]`);
    return;
  }
  const obj = node as Node;
  yield [path, obj];
  for (const [k, v] of Object.entries(obj)) if (k !== 'enum') yield* walk(v, `${path}.${k}`);
}

const schema = householdJsonSchema();
const props = (node: unknown) => (node as Node).properties as Record<string, Node>;
const top = props(schema);
const member = (top.members?.items ?? {}) as Node;
const income = top.income as Node;
const loan = (top.loans?.items ?? {}) as Node;
const aid = (top.otherEducationAid?.items ?? {}) as Node;

const samples = JSON.parse(readFileSync(new URL('../../examples/data/households.json', import.meta.url), 'utf8')) as unknown[];

describe('householdJsonSchema', () => {
  it('is a draft 2020-12 document with an id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(HOUSEHOLD_SCHEMA_ID);
    expect(schema.title).toMatch(/household/);
    expect(schema.description).toMatch(/never null/);
    expect(schema.type).toBe('object');
  });

  it('lists the required fields of every object', () => {
    expect(schema.required).toEqual(['id', 'category', 'members', 'income']);
    expect(member.required).toEqual(['laborCapable']);
    expect(income.required).toEqual(['year', 'wage', 'netOperating', 'netProperty', 'netTransfer']);
    expect(loan.required).toEqual(['principal', 'annualRate', 'startDate', 'endDate']);
    expect(aid.required).toEqual(['name', 'amount', 'stackable']);
  });

  it('forbids unknown keys on every object', () => {
    const objects = [...walk(schema)].filter(([, n]) => n.type === 'object');
    expect(objects.length).toBe(7); // household, member, income, loan, repayment, rate change, aid
    for (const [path, n] of objects) expect(n.additionalProperties, path).toBe(false);
  });

  it('lists the values of every enum', () => {
    expect(top.category?.enum).toEqual(['dibao', 'dibian', 'tekun', 'other']);
    expect(top.riskColor?.enum).toEqual(['red', 'yellow', 'green']);
    expect(props(member).schooling?.enum).toEqual(['none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other']);
    expect(top.township?.enum).toEqual([...LANXI_TOWNSHIPS.map((t) => t.code), ...LANXI_TOWNSHIPS.map((t) => t.name)]);
  });

  it('describes money as a decimal string or a number, and signs and ranges as the parser reads them', () => {
    const branches = (n: Node | undefined) => (n?.anyOf as Node[]).map((b) => b.type);
    for (const n of [props(income).wage, props(income).netTransfer, top.previousPerCapita, props(loan).principal, props(aid).amount]) {
      expect(branches(n)).toEqual(['string', 'number']);
    }
    expect((props(income).wage?.anyOf as Node[])[1]).toEqual({ type: 'number', minimum: 0, maximum: 1e12 });
    expect((props(income).netOperating?.anyOf as Node[])[1]).toEqual({ type: 'number', minimum: -1e12, maximum: 1e12 });
    expect((top.previousPerCapita?.anyOf as Node[])[1]).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 1e12 });
    expect((props(loan).annualRate?.anyOf as Node[])[1]).toEqual({ type: 'number', minimum: 0, maximum: 1 });
  });

  it('describes dates as strings in date format and ID numbers by their shape', () => {
    for (const n of [props(member).birthDate, props(loan).startDate, props(loan).endDate]) {
      expect(n).toMatchObject({ type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
    }
    expect(props(member).idNumber).toMatchObject({ type: 'string', pattern: '^[0-9]{17}[0-9Xx]$' });
    expect(props(income).year).toMatchObject({ type: 'integer', minimum: 1900, maximum: 2199 });
    expect(top.members).toMatchObject({ type: 'array', minItems: 1, maxItems: 50 });
  });

  it('describes every field, in English and Chinese', () => {
    for (const node of [schema, member, income, loan, aid]) {
      for (const [name, p] of Object.entries(props(node))) {
        expect(p.description, name).toMatch(/[A-Za-z]/);
        expect(p.description, name).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('uses only patterns that every regular-expression engine reads (no lookaround, no backreference)', () => {
    const patterns = [...walk(schema)].flatMap(([, n]) => (typeof n.pattern === 'string' ? [n.pattern] : []));
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) {
      expect(() => new RegExp(p, 'u')).not.toThrow();
      expect(p).not.toMatch(/\(\?[=!<]|\\[1-9]/);
    }
  });

  it('gives a deeply frozen document that no caller can change for the next, and a copy that can be changed', () => {
    const a = householdJsonSchema() as Node;
    expect(() => { (a.properties as Node).id = 'changed'; }).toThrow(TypeError);
    const deeplyFrozen = (v: unknown): boolean => v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(deeplyFrozen));
    expect(deeplyFrozen(a)).toBe(true);
    const copy = structuredClone(a);
    (copy.properties as Node).id = 'changed';
    expect(householdJsonSchema()).toEqual(schema);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

// ---------------------------------------------------------------------------------------------
// The schema against records
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const fakeId = (birth: string, seq: string) => fakeIdNumber(birth, seq);
const dateArb = fc
  .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const money = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((f) => `${Math.floor(f / 100)}.${pad(f % 100, 2)}`),
  fc.integer({ min: 0, max: 100_000 }),
);
const record = fc.record({
  serial: fc.nat(9999),
  township: fc.constantFrom(...LANXI_TOWNSHIPS.flatMap((t) => [t.code, t.name])),
  category: fc.constantFrom('dibao', 'dibian', 'tekun', 'other'),
  births: fc.array(dateArb, { minLength: 1, maxLength: 6 }),
  wage: money,
  transfer: money,
  start: dateArb,
}).map((r) => ({
  id: `JS-${r.serial}`,
  township: r.township,
  category: r.category,
  members: r.births.map((b, i) => ({ idNumber: fakeId(b, pad(i + 1, 3)), birthDate: b, laborCapable: i === 0, schooling: 'none' })),
  income: { year: 2023, wage: r.wage, netOperating: '-10.5', netProperty: 0, netTransfer: r.transfer },
  loans: [{ principal: r.wage, annualRate: '0.0435', startDate: r.start, endDate: r.start }],
  otherEducationAid: [{ name: '国家助学金', amount: r.transfer, stackable: true }],
}));

/** One edit to a record, some valid, most not: a value replaced somewhere, a key added or removed. */
const junkValue = fc.oneof(
  fc.constantFrom(null, '', '-0', '-0.00', '-1', '0', '1e5', '1e-5', '+3', '.5', '5.', 'NaN', '2023-02-30', '2024-02-29', 'x',
    '330781102', '游埠镇', 'dibao', 'red', 'higherVocational', true, false, 0, -0, -1, 0.5, 1.5, 2023, 1e13, [], {}),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [at, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...at, k]))];
}
function edit(v: unknown, path: (string | number)[], kind: 'set' | 'delete' | 'add', value: unknown): unknown {
  const out = structuredClone(v) as Record<string | number, unknown>;
  if (path.length === 0) return kind === 'set' ? value : out;
  let node = out;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (kind === 'set') node[last] = value;
  else if (kind === 'delete') delete node[last];
  else if (node[last] !== null && typeof node[last] === 'object' && !Array.isArray(node[last])) (node[last] as Record<string, unknown>).extra = value;
  return out;
}

describe('householdJsonSchema against records', () => {
  it('accepts all 8 synthetic sample households', () => {
    for (const h of samples) expect(validate(schema, h)).toEqual([]);
  });

  it('accepts every record the parser accepts', () => {
    fc.assert(
      fc.property(record, (h) => {
        expect(safeParseHousehold(h).success).toBe(true);
        expect(validate(schema, h)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never rejects an edited record that the parser accepts', () => {
    fc.assert(
      fc.property(
        record.chain((h) => fc.tuple(fc.constant(h), fc.constantFrom(...paths(h)), fc.constantFrom('set', 'delete', 'add'), junkValue)),
        ([h, path, kind, value]) => {
          const edited = edit(h, path, kind as 'set' | 'delete' | 'add', value);
          if (safeParseHousehold(edited).success) expect(validate(schema, edited)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects, like the parser, a missing required field, an unknown key, a value outside an enum and a wrong type', () => {
    const h = samples[0] as Record<string, unknown>;
    const cases: [unknown, string][] = [
      [{ ...h, category: undefined }, '$.category: required'],
      [{ ...h, category: 5 }, '$.category: type'],
      [Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'income')), '$.income: required'],
      [{ ...h, extra: 1 }, '$.extra: additionalProperties'],
      [{ ...h, riskColor: 'orange' }, '$.riskColor: enum'],
      [{ ...h, township: '330781999' }, '$.township: enum'],
      [{ ...h, members: [] }, '$.members: minItems'],
      [{ ...h, members: [{ laborCapable: 'yes' }] }, '$.members[0].laborCapable: type'],
      [{ ...h, income: { ...(h.income as object), wage: '-5' } }, '$.income.wage: anyOf'],
      [{ ...h, income: { ...(h.income as object), wage: '1,000' } }, '$.income.wage: anyOf'],
      [{ ...h, previousPerCapita: 0 }, '$.previousPerCapita: anyOf'],
      [{ ...h, members: [{ laborCapable: true, idNumber: '12345' }] }, '$.members[0].idNumber: pattern'],
    ];
    for (const [input, error] of cases) {
      const clean = JSON.parse(JSON.stringify(input)) as unknown;
      expect(validate(schema, clean)).toContain(error);
      expect(safeParseHousehold(clean).success).toBe(false);
    }
  });
});
