/**
 * Runs the shared golden cases (golden/cases.json, shipped as `lanxi-policy/golden-cases.json`):
 * each case is one test named by its sentence. Outputs are compared exactly: money as a string with
 * two decimals that the result must equal to the fen with nothing below it, other decimals by their
 * canonical string (Decimal.toString()); errors by the set of { path, code } issues.
 *
 * The expected values in the file were worked out by hand; this runner only reads them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { isPolicyInputError, type PathSegment } from '../../src/core/errors.js';
import { CLAUSES } from '../../src/plan/clauses.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import type { MilestoneId, Plan, PlanOverrides } from '../../src/plan/types.js';
import { householdLoanSubsidy, loanInterestSubsidy } from '../../src/rules/loan-interest-subsidy.js';
import { rentSubsidy } from '../../src/rules/rent-subsidy.js';
import { vocationalGrant } from '../../src/rules/vocational-grant.js';
import { projectIncomeRule } from '../../src/rules/project-income.js';
import { incomeTargets, populationIncomeTargets } from '../../src/rules/income-targets.js';
import { allocateDividends } from '../../src/rules/allocate-dividends.js';
import { trainingQuota } from '../../src/rules/training-quota.js';
import { monthlyVisits } from '../../src/rules/monthly-visits.js';
import { milestoneStatus } from '../../src/rules/milestone-status.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type FieldKind = 'money' | 'decimal';

interface ExpectedIssue {
  readonly path: readonly PathSegment[];
  readonly code: string;
}

interface GoldenCase {
  readonly name: string;
  readonly clause: string;
  readonly interpretations: string[];
  readonly function: string;
  readonly input: JsonObject;
  readonly planOverrides?: JsonObject;
  readonly output?: JsonObject;
  readonly error?: { readonly issues: ExpectedIssue[] };
}

interface GoldenFile {
  readonly format: string;
  readonly plan: string;
  readonly description: string;
  readonly conventions: JsonObject;
  readonly decimalFields: Record<string, Record<string, FieldKind>>;
  readonly cases: GoldenCase[];
}

const golden = JSON.parse(readFileSync(new URL('../../golden/cases.json', import.meta.url), 'utf8')) as GoldenFile;

/* The inputs are JSON read from the file: each rule validates them itself, so they are passed as they are. */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Runner = (input: any, plan: Plan) => unknown;

/** How each function named in the file is called. */
const RUNNERS: Record<string, Runner> = {
  loanInterestSubsidy: (i, plan) => loanInterestSubsidy(i, plan),
  householdLoanSubsidy: (i, plan) => householdLoanSubsidy(i, plan),
  rentSubsidy: (i, plan) => rentSubsidy(i, plan),
  vocationalGrant: (i, plan) => vocationalGrant(i, plan),
  projectIncomeRule: (i, plan) => projectIncomeRule(i, plan),
  incomeTargets: (i, plan) => incomeTargets(i, plan),
  populationIncomeTargets: (i, plan) => populationIncomeTargets(i, plan),
  // allocateDividends(pool, shares) takes no plan; its result is compared as { parts }.
  allocateDividends: (i: { pool: unknown; shares: unknown }) => ({ parts: allocateDividends(i.pool as any, i.shares as any) }),
  trainingQuota: (i, plan) => trainingQuota(i, plan),
  monthlyVisits: (i, plan) => monthlyVisits(i, plan),
  // milestoneStatus(id, { completedOn?, asOf }): the id travels in the input object.
  milestoneStatus: (i: JsonObject, plan) => {
    const { id, ...rest } = i;
    return milestoneStatus(id as MilestoneId, rest as any, plan);
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The field pattern of a path: array indices become `[]` on the previous key ('loans[].amount'). */
function pattern(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += '[]';
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

function kindOf(fn: string, path: readonly PathSegment[]): FieldKind {
  const kinds = golden.decimalFields[fn] ?? {};
  const exact = pattern(path);
  const wildcard = pattern([...path.slice(0, -1), '*']);
  const kind = kinds[exact] ?? kinds[wildcard];
  if (kind === undefined) throw new Error(`golden/cases.json: ${fn} returns a decimal at ${exact} that decimalFields does not declare`);
  return kind;
}

/** Money: two decimals when the value is whole to the fen; otherwise every digit, so that it cannot match. */
function formatDecimal(value: Decimal, kind: FieldKind): string {
  if (kind === 'decimal') return value.toString();
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toString();
}

/**
 * The part of `actual` that `expected` speaks about, in the form of the file: the keys of expected
 * objects, whole arrays, decimals as strings. Comparing this projection with `expected` by deep
 * equality is the subset comparison the format describes, with readable diffs.
 */
function project(fn: string, expected: Json | undefined, actual: unknown, path: PathSegment[]): unknown {
  if (Decimal.isDecimal(actual)) return formatDecimal(actual as Decimal, kindOf(fn, path));
  if (Array.isArray(actual)) {
    const items = Array.isArray(expected) ? expected : [];
    return actual.map((item: unknown, i) => project(fn, items[i], item, [...path, i]));
  }
  if (actual !== null && typeof actual === 'object' && expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(expected)) {
      out[key] = Object.prototype.hasOwnProperty.call(actual, key)
        ? project(fn, expected[key], (actual as Record<string, unknown>)[key], [...path, key])
        : '<missing from the result>';
    }
    return out;
  }
  return actual;
}

const issueKey = (i: ExpectedIssue) => JSON.stringify([i.path, i.code]);
const sortIssues = (issues: readonly ExpectedIssue[]) => [...issues].map((i) => ({ path: [...i.path], code: i.code })).sort((a, b) => (issueKey(a) < issueKey(b) ? -1 : 1));

function run(c: GoldenCase): unknown {
  const runner = RUNNERS[c.function];
  if (runner === undefined) throw new Error(`golden/cases.json: unknown function ${c.function}`);
  const plan = c.planOverrides === undefined ? LANXI_2023 : LANXI_2023.with(c.planOverrides as PlanOverrides);
  return runner(c.input, plan);
}

describe('golden cases (golden/cases.json)', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      if (c.error !== undefined) {
        let thrown: unknown;
        try {
          run(c);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, 'the call should fail with a PolicyInputError').toBeDefined();
        if (!isPolicyInputError(thrown)) throw thrown;
        expect(sortIssues(thrown.issues)).toEqual(sortIssues(c.error.issues));
      } else {
        const result = run(c);
        expect(project(c.function, c.output ?? {}, result, [])).toEqual(c.output);
      }
    });
  }
});

/** Whether every object reachable from `v` is frozen (Decimals aside: their API never changes them). */
function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || v instanceof Decimal || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
}

describe('every result of the golden cases', () => {
  it('is deeply frozen, its trace and every label in it too, so no caller can change what a later result shows', () => {
    for (const c of golden.cases.filter((x) => x.error === undefined)) {
      const result = run(c);
      // the runner wraps allocateDividends' parts in an object of its own
      expect(deeplyFrozen(c.function === 'allocateDividends' ? (result as { parts: unknown }).parts : result), c.name).toBe(true);
    }
  });
});

describe('the golden file itself', () => {
  const MONEY = /^-?\d+\.\d{2}$/;

  it('declares its format and plan', () => {
    expect(golden.format).toBe('lanxi-policy-golden/1');
    expect(golden.plan).toBe('lanxi-2023');
    expect(golden.cases.length).toBeGreaterThanOrEqual(80);
  });

  it('names every case with a unique sentence', () => {
    const names = golden.cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Z0-9].{20,}[^.]$/s);
  });

  it('gives every case a known function, a clause of the plan, interpretations I-1 to I-12, and exactly one of output or error', () => {
    for (const c of golden.cases) {
      expect(Object.keys(RUNNERS), c.name).toContain(c.function);
      expect(Object.keys(CLAUSES), c.name).toContain(c.clause);
      for (const i of c.interpretations) expect(i, c.name).toMatch(/^I-(?:[1-9]|1[0-2])$/);
      expect((c.output === undefined) !== (c.error === undefined), c.name).toBe(true);
    }
  });

  it('uses only the keys golden/schema.json allows', () => {
    const top = ['$schema', 'format', 'plan', 'description', 'conventions', 'decimalFields', 'cases'];
    const keys = ['name', 'clause', 'interpretations', 'function', 'input', 'planOverrides', 'output', 'error'];
    for (const k of Object.keys(golden)) expect(top).toContain(k);
    for (const c of golden.cases) for (const k of Object.keys(c)) expect(keys, c.name).toContain(k);
    for (const c of golden.cases.filter((x) => x.error !== undefined)) {
      for (const i of c.error?.issues ?? []) expect(Object.keys(i).sort(), c.name).toEqual(['code', 'path']);
    }
  });

  it('covers every rule with results and with rejected inputs', () => {
    for (const fn of Object.keys(RUNNERS)) {
      expect(golden.cases.some((c) => c.function === fn && c.output !== undefined), fn).toBe(true);
      expect(golden.cases.some((c) => c.function === fn && c.error !== undefined), fn).toBe(true);
    }
  });

  it('covers every interpretation I-1 to I-12, and what-if plans', () => {
    const seen = new Set(golden.cases.flatMap((c) => c.interpretations));
    for (let n = 1; n <= 12; n += 1) expect(seen, `I-${n}`).toContain(`I-${n}`);
    expect(golden.cases.filter((c) => c.planOverrides !== undefined).length).toBeGreaterThanOrEqual(10);
  });

  it('writes money with exactly two decimals and other decimals in canonical form', () => {
    const check = (fn: string, v: Json | undefined, path: PathSegment[]): void => {
      if (Array.isArray(v)) v.forEach((x, i) => check(fn, x, [...path, i]));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) check(fn, x, [...path, k]);
      else if (typeof v === 'string') {
        const kinds = golden.decimalFields[fn] ?? {};
        const kind = kinds[pattern(path)] ?? kinds[pattern([...path.slice(0, -1), '*'])];
        if (kind === 'money') expect(v, `${fn} ${pattern(path)}`).toMatch(MONEY);
        if (kind === 'decimal') expect(new Decimal(v).toString(), `${fn} ${pattern(path)}`).toBe(v);
      }
    };
    for (const c of golden.cases) check(c.function, c.output, []);
  });
});
