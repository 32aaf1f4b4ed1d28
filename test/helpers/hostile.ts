/**
 * Hostile inputs and the checks every public function must pass with them: it either throws a
 * PolicyInputError (well formed, bounded, bilingual) or returns a well-formed result; it never throws
 * anything else, never hangs and never touches a shared prototype.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';

/** A path into an argument list: the argument's index, then keys and indexes inside it. */
export type ArgPath = readonly [number, ...(string | number)[]];

/** An object nested `depth` levels deep: { a: { a: { … } } }. */
export function deepObject(depth: number, key = 'a'): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < depth; i++) {
    const next: Record<string, unknown> = {};
    node[key] = next;
    node = next;
  }
  return root;
}

/** An array nested `depth` levels deep: [[[…]]]. */
export function deepArray(depth: number): unknown[] {
  const root: unknown[] = [];
  let node = root;
  for (let i = 0; i < depth; i++) {
    const next: unknown[] = [];
    node.push(next);
    node = next;
  }
  return root;
}

/** An object whose every property getter throws. */
export function throwingGetters(keys: readonly string[]): object {
  const o = {};
  for (const k of keys) {
    Object.defineProperty(o, k, { enumerable: true, get() { throw new Error('hostile getter'); } });
  }
  return o;
}

/** A Proxy whose every trap throws. */
export function throwingProxy(): object {
  const boom = () => { throw new Error('hostile proxy'); };
  return new Proxy({}, {
    get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom,
    set: boom, defineProperty: boom, deleteProperty: boom, isExtensible: boom, preventExtensions: boom,
  });
}

/** A Proxy over an array whose traps throw (Array.isArray is still true). */
export function throwingArrayProxy(): unknown[] {
  const boom = () => { throw new Error('hostile proxy'); };
  return new Proxy([], { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }) as unknown[];
}

/** A revoked Proxy: any operation on it throws a TypeError. */
export function revokedProxy(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

/** An object whose `__proto__`, `constructor` and `prototype` keys are own properties (as JSON.parse makes them). */
export function protoKeys(): Record<string, unknown> {
  return JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}') as Record<string, unknown>;
}

/** A 10 MB string. */
export const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

let hugeCache: Record<string, unknown[]> | undefined;
/** Arrays of a million items: holes, zeros, empty objects, and strings. Built once. */
export function hugeArrays(): Record<string, unknown[]> {
  hugeCache ??= {
    'a sparse array of 1e6 holes': new Array(1_000_000),
    '1e6 zeros': new Array<number>(1_000_000).fill(0),
    '1e6 empty objects': Array.from({ length: 1_000_000 }, () => ({})),
    '1e6 strings': new Array<string>(1_000_000).fill('x'),
  };
  return hugeCache;
}

/** The hand-picked hostile values, by name. Built fresh on each call (some are mutable). */
export function hostileValues(): [string, unknown][] {
  const sparse: unknown[] = [];
  sparse[2] = 1;
  sparse.length = 5;
  return [
    ['undefined', undefined],
    ['null', null],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ["'1e999'", '1e999'],
    ["'-1e999'", '-1e999'],
    ['2^53 + 2', 2 ** 53 + 2],
    ['-(2^53 + 2)', -(2 ** 53 + 2)],
    ['Number.MAX_VALUE', Number.MAX_VALUE],
    ['5e-324', 5e-324],
    ['-0', -0],
    ['1.5', 1.5],
    ['-1', -1],
    ["''", ''],
    ["'abc'", 'abc'],
    ["' 1 '", ' 1 '],
    ["'0x10'", '0x10'],
    ["'Infinity'", 'Infinity'],
    ["'NaN'", 'NaN'],
    ['true', true],
    ['false', false],
    ['a bigint', 10n],
    ['a symbol', Symbol('hostile')],
    ['a function', () => 1],
    ['{}', {}],
    ['[]', []],
    ['[1, 2]', [1, 2]],
    ["{ length: 2, 0: 'a', 1: 'b' }", { length: 2, 0: 'a', 1: 'b' }],
    ["'2023-02-30'", '2023-02-30'],
    ["'2023-13-01'", '2023-13-01'],
    ["'2023-00-10'", '2023-00-10'],
    ["'yesterday'", 'yesterday'],
    ["'2023-5-13'", '2023-5-13'],
    ["'2023-05-13T00:00:00Z'", '2023-05-13T00:00:00Z'],
    ["'0000-01-01'", '0000-01-01'],
    ["'9999-12-31'", '9999-12-31'],
    ['an invalid Date', new Date(NaN)],
    ['a Date in year 275759', new Date(8.64e15)],
    ['a 10 MB string', TEN_MB],
    ['an object nested 10000 deep', deepObject(10_000)],
    ['an array nested 10000 deep', deepArray(10_000)],
    ['__proto__/constructor/prototype keys', protoKeys()],
    ['an object with throwing getters', throwingGetters(['id', 'year', 'principal', 'value', 'trace', 'length', 'households', 'pool'])],
    ['a throwing Proxy', throwingProxy()],
    ['a throwing array Proxy', throwingArrayProxy()],
    ['a revoked Proxy', revokedProxy()],
    ['a frozen object', Object.freeze({ a: 1 })],
    ['a null-prototype object', Object.create(null) as object],
    ['a sparse array', sparse],
    ['a Map', new Map([['a', 1]])],
    ['a Set', new Set([1])],
    ['a Decimal NaN', new Decimal(NaN)],
    ['a Decimal Infinity', new Decimal(Infinity)],
    ['a boxed string', Object('2023-05-13') as object],
    ['a boxed number', Object(1) as object],
    ['a Uint8Array', new Uint8Array(4)],
    ['a RegExp', /x/],
    ['an Error', new Error('hostile')],
    ['an object shaped like a plan, without parameters', { with: () => ({}), effectiveFrom: '2023-05-13', params: { microcredit: {}, targets: {}, vocationalGrant: {} } }],
  ];
}

/** Keys worth generating in random objects: the library's field names, and prototype keys. */
export const FIELD_KEYS: readonly string[] = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length',
  'id', 'year', 'plan', 'principal', 'annualRate', 'days', 'interestPaid', 'loans', 'startDate', 'endDate', 'creditLimit',
  'members', 'income', 'wage', 'netOperating', 'netProperty', 'netTransfer', 'previousPerCapita', 'category', 'township',
  'village', 'laborCapable', 'schooling', 'idNumber', 'birthDate', 'otherEducationAid', 'otherAid', 'name', 'amount',
  'stackable', 'rentPaid', 'inKeyAssistanceVillage', 'laborCapableLowIncomeHouseholds', 'employedLowIncomeHouseholds',
  'vocationalStudents', 'allocatedToLowIncome', 'trainees', 'completedOn', 'asOf', 'from', 'to', 'visits', 'records',
  'households', 'reform', 'baseline', 'path', 'values', 'size', 'seed', 'locale', 'trace', 'kind', 'children', 'rule',
  'clause', 'title', 'label', 'effectiveFrom', 'microcredit', 'floorRate', 'targets', 'params', 'with',
];

const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...FIELD_KEYS));

/** Random values of every kind fast-check makes, with prototype keys and field names as keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key,
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.object({ key, maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  fc.constantFrom<unknown>('2023-05-13', '2023-02-29', '2024-02-29', '0.0435', '-0', '1e12', '1e13', 0, -0, 1, 2023, 1e12, 1e300),
  fc.double(),
  fc.integer(),
  fc.date(),
);

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Error.prototype', Error.prototype],
  ['Map.prototype', Map.prototype],
  ['Decimal.prototype', Decimal.prototype as object],
];

/** A snapshot of the shared prototypes: each one's own keys and what they hold, in order. */
export type PrototypeSnapshot = readonly (readonly unknown[])[];

export function snapshotPrototypes(): PrototypeSnapshot {
  return PROTOTYPES.map(([, proto]) => {
    const keys = Reflect.ownKeys(proto);
    const out: unknown[] = new Array(keys.length * 2);
    keys.forEach((k, i) => {
      const d = Object.getOwnPropertyDescriptor(proto, k);
      out[2 * i] = k;
      out[2 * i + 1] = d && 'value' in d ? d.value : d?.get;
    });
    return out;
  });
}

/** Whether prototype `p` still holds, key by key and in order, what `old` recorded (read without building a new snapshot). */
function holdsAsBefore(p: number, old: readonly unknown[]): boolean {
  const proto = (PROTOTYPES[p] as [string, object])[1];
  const keys = Reflect.ownKeys(proto);
  if (keys.length * 2 !== old.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string | symbol;
    if (k !== old[2 * i]) return false;
    const d = Object.getOwnPropertyDescriptor(proto, k);
    if ((d && 'value' in d ? d.value : d?.get) !== old[2 * i + 1]) return false;
  }
  return true;
}

/** Asserts no shared prototype changed since `before`, and nothing reads as polluted. */
export function expectPrototypesUntouched(before: PrototypeSnapshot, context: string): void {
  for (let p = 0; p < PROTOTYPES.length; p++) {
    const old = before[p] as readonly unknown[];
    if (holdsAsBefore(p, old)) continue;
    const list = snapshotPrototypes()[p] as readonly unknown[];
    const name = (PROTOTYPES[p] as [string, object])[0];
    const keys = (l: readonly unknown[]) => l.filter((_, i) => i % 2 === 0).map(String);
    expect.fail(`${context}: ${name} changed: ${JSON.stringify(keys(old).filter((k) => !keys(list).includes(k)))} removed, ${JSON.stringify(keys(list).filter((k) => !keys(old).includes(k)))} added, or a value replaced`);
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) expect.fail(`${context}: ({}).polluted is set`);
  if (([] as unknown as Record<string, unknown>)['polluted'] !== undefined) expect.fail(`${context}: [].polluted is set`);
  if (Object.getPrototypeOf({}) !== Object.prototype) expect.fail(`${context}: the prototype of {} changed`);
}

/** Asserts `e` is a well-formed PolicyInputError: bilingual issues with paths, no echo of a long input. */
export function expectPolicyInputError(e: unknown, context: string, names: readonly string[] = ['PolicyInputError']): void {
  const fail = (what: string): never => expect.fail(`${context}: ${what}`);
  if (!(e instanceof Error) || !names.includes(e.name)) {
    fail(`threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : typeof e}`);
  }
  const err = e as Error & { issues?: unknown };
  if (err.message.length >= 2000) fail(`message of ${err.message.length} characters`);
  if (err.name !== 'PolicyInputError') return;
  if (!Array.isArray(err.issues) || err.issues.length === 0) fail('no issues');
  for (const i of (err.issues as { path: unknown; code: unknown; message: unknown; messageZh: unknown }[]).slice(0, 50)) {
    if (!Array.isArray(i.path)) fail('an issue path is not an array');
    for (const seg of i.path as unknown[]) {
      if (!(typeof seg === 'number' || (typeof seg === 'string' && seg.length <= 200))) fail(`a path segment is ${typeof seg === 'string' ? `${seg.length} characters long` : typeof seg}`);
    }
    if (typeof i.code !== 'string') fail('an issue code is not text');
    if (typeof i.message !== 'string' || i.message === '') fail('an issue message is missing');
    if (typeof i.messageZh !== 'string' || i.messageZh === '') fail('an issue messageZh is missing');
    if ((i.message as string).length + (i.messageZh as string).length >= 2000) fail('an issue message is too long');
  }
}

/** A copy of `args` with `value` put at `path` (built from `make`, so nothing is shared between calls). */
export function withValueAt(make: () => unknown[], path: ArgPath, value: unknown): unknown[] {
  const args = make();
  if (path.length === 1) {
    args[path[0]] = value;
    return args;
  }
  let node: unknown = args;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string | number;
    const next = (node as Record<string | number, unknown>)[seg];
    if (next === null || typeof next !== 'object') throw new Error(`test table: no container at ${path.slice(0, i + 1).join('.')}`);
    node = next;
  }
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  return args;
}

/** Runs `f`, returning what it returned or threw and how long it took. */
export function outcome(f: () => unknown): { ok: true; value: unknown; ms: number } | { ok: false; error: unknown; ms: number } {
  const t0 = performance.now();
  try {
    const value = f();
    return { ok: true, value, ms: performance.now() - t0 };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - t0 };
  }
}
