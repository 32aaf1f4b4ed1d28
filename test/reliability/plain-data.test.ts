/**
 * Inputs that are not plain data: an object whose prototype has enumerable keys (zod's strict
 * objects walk inherited keys with for…in and would list each one as unknown: ten million of them
 * took a minute), and an object with a great many keys of its own. Every public function rejects
 * them at once, at their path, without listing their keys; Decimals, Dates and class instances stay
 * accepted.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { MAX_OWN_KEYS, parseInput, plainDataIssue } from '../../src/core/validate.js';
import { z } from 'zod';
import { CALLS, target } from '../helpers/calls.js';
import { expectPolicyInputError, outcome, withValueAt, type ArgPath } from '../helpers/hostile.js';
import { issueOf } from '../helpers/issue-of.js';
import { householdJson, loanJson } from '../helpers/builders.js';

/**
 * An object whose prototype is an array of `n` zeros, behind a Proxy that counts how often the
 * array's keys are listed: a function that walks inherited keys lists them, one that rejects the
 * object first never does.
 */
function inheritingObject(n: number): { value: object; listed: () => number } {
  let listed = 0;
  const proto = new Proxy(new Array<number>(n).fill(0), {
    ownKeys(t) {
      listed += 1;
      return Reflect.ownKeys(t);
    },
  });
  return { value: Object.setPrototypeOf({}, proto) as object, listed: () => listed };
}

describe('an object that inherits enumerable keys', () => {
  it('is rejected at once with code not_plain_object, in both languages, when its prototype is an array of ten million items', () => {
    const o = Object.setPrototypeOf({}, new Array<number>(10_000_000).fill(0)) as object;
    const run = outcome(() => lib.loanInterestSubsidy(o as never));
    expect(run.ok).toBe(false);
    if (run.ok) return;
    expect(run.error).toBeInstanceOf(lib.PolicyInputError);
    const issues = (run.error as lib.PolicyInputError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: [], code: 'not_plain_object' });
    expect(issues[0]?.message).toContain('plain data');
    expect(issues[0]?.messageZh).toContain('普通数据');
  });

  it('is rejected at its own path when it sits inside an input', () => {
    const { value } = inheritingObject(1000);
    expect(issueOf(() => lib.householdLoanSubsidy({ year: 2023, loans: [value] } as never))).toMatchObject({ path: ['loans', 0], code: 'not_plain_object' });
    expect(issueOf(() => lib.incomeTargets({ members: 1, income: value } as never))).toMatchObject({ path: ['income'], code: 'not_plain_object' });
  });

  it('is rejected whatever the prototype is: an object with enumerable keys, a typed array, a boxed string, or a chain of them', () => {
    const schema = z.strictObject({ a: z.number().optional() });
    const protos: object[] = [
      { a: 1 },
      new Uint8Array(10),
      Object('abc') as object,
      Object.create({ inherited: true }) as object,
    ];
    for (const proto of protos) {
      expect(issueOf(() => parseInput('test', schema, Object.setPrototypeOf({}, proto)))).toMatchObject({ path: [], code: 'not_plain_object' });
    }
  });

  for (const [name, spec] of Object.entries(CALLS)) {
    if (spec.thirdParty !== undefined) continue;
    const run = (path: ArgPath) => {
      const { value, listed } = inheritingObject(10_000);
      const o = outcome(() => target(name)(...withValueAt(spec.args, path, value)));
      if (!o.ok) expectPolicyInputError(o.error, `${name} at ${path.join('.')}`, spec.errors);
      expect(listed(), `${name} at ${path.join('.')} listed the inherited keys`).toBe(0);
    };
    it(`is rejected by ${name} at every argument and field without its keys being listed`, () => {
      for (const path of spec.paths) run(path);
    });
  }
});

describe('legitimate objects that are not plain', () => {
  it('accepts a Decimal and a Date where an amount and a date are expected, as it accepts their text', () => {
    const loan = (principal: unknown, rate: unknown, start: unknown, end: unknown) =>
      lib.householdLoanSubsidy({ year: 2023, loans: [{ id: 'L', principal, annualRate: rate, startDate: start, endDate: end }] } as never);
    const typed = loan(new lib.Decimal(50000), new lib.Decimal('0.0435'), new Date(2023, 5, 1), new Date(2024, 5, 1));
    const text = loan('50000', '0.0435', '2023-06-01', '2024-06-01');
    expect(typed.total.toFixed(2)).toBe(text.total.toFixed(2));
    expect(typed.total.gt(0)).toBe(true);
  });

  it('accepts an instance of a class whose methods are not enumerable, reading its own fields', () => {
    class Loan {
      constructor(readonly principal: string, readonly annualRate: string, readonly days: number) {}
      describe(): string {
        return `${this.principal} at ${this.annualRate}`;
      }
    }
    expect(lib.loanInterestSubsidy(new Loan('50000', '0.0435', 360) as never).amount.toFixed(2)).toBe('1500.00');
  });

  it('accepts a null-prototype object', () => {
    const input = Object.assign(Object.create(null) as object, { principal: '50000', annualRate: '0.0435', days: 360 });
    expect(lib.loanInterestSubsidy(input as never).amount.toFixed(2)).toBe('1500.00');
  });

  it('finds nothing wrong in an input that refers to one object from many places, or to itself', () => {
    const shared = { wage: '1', netOperating: '0', netProperty: '0', netTransfer: '0' };
    expect(plainDataIssue({ households: Array.from({ length: 100 }, () => ({ members: 1, income: shared })) })).toBeUndefined();
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    cyclic['both'] = { x: cyclic, y: cyclic };
    expect(plainDataIssue(cyclic)).toBeUndefined();
  });

  it('walks an input nested ten thousand deep without overflowing the stack', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) {
      const next: Record<string, unknown> = {};
      deep['a'] = next;
      deep = next;
    }
    deep['b'] = Object.setPrototypeOf({}, [1]);
    const issue = plainDataIssue(root);
    expect(issue?.code).toBe('not_plain_object');
    expect(issue?.path).toHaveLength(10_001);
  });

  it('leaves a throwing getter or Proxy to the schema, which reports it', () => {
    const getter = Object.defineProperty({}, 'principal', { enumerable: true, get() { throw new Error('hostile'); } });
    expect(plainDataIssue(getter)).toBeUndefined();
    expect(issueOf(() => lib.loanInterestSubsidy(getter as never))).toMatchObject({ code: 'unreadable' });
  });
});

describe('a list longer than any its schema accepts', () => {
  /** An array of `n` items whose item 0 counts how often it is read. */
  const counted = (n: number) => {
    let reads = 0;
    const list: unknown[] = new Array<unknown>(n).fill({});
    Object.defineProperty(list, 0, { enumerable: true, get() { reads += 1; return {}; } });
    return { list, reads: () => reads };
  };

  it('is walked item by item up to the longest list given, and left unread past it', () => {
    const short = counted(1000);
    expect(plainDataIssue({ loans: short.list }, 1000)).toBeUndefined();
    expect(short.reads()).toBe(1);
    const long = counted(1001);
    expect(plainDataIssue({ loans: long.list }, 1000)).toBeUndefined();
    expect(long.reads()).toBe(0);
  });

  it('in a household record, is refused by its length alone, its million items never read', () => {
    for (const field of ['members', 'loans', 'otherEducationAid']) {
      const huge = counted(1_000_000);
      const r = lib.safeParseHousehold(householdJson('HH-1', { [field]: huge.list }));
      expect(r.success ? [] : r.error.issues).toEqual([expect.objectContaining({ path: [field], code: 'too_big' })]);
      expect(huge.reads(), field).toBe(0);
    }
    const huge = counted(1_000_000);
    const r = lib.safeParseHousehold(householdJson('HH-1', { loans: [loanJson({ repayments: huge.list })] }));
    expect(r.success ? [] : r.error.issues).toEqual([expect.objectContaining({ path: ['loans', 0, 'repayments'], code: 'too_big' })]);
    expect(huge.reads()).toBe(0);
  });
});

describe('a list longer than any its function takes', () => {
  /** Each function whose lists are all bounded, with the path of one list and the longest it takes. */
  const BOUNDED: readonly [string, ArgPath][] = [
    ['formatPath', [0]], ['planAt', [1]], ['householdLoanSubsidy', [0, 'loans']], ['vocationalGrant', [0, 'otherAid']],
    ['trainingQuota', [0, 'trainees']], ['monthlyVisits', [0, 'visits']], ['checkMenuProjects', [0, 'projects']],
    ['checkRelocation', [0, 'townships']], ['checkTraining', [0, 'records']], ['checkVocationalGrantReviews', [0, 'applications']],
    ['sweep', [1, 'values']],
  ];

  it.each(BOUNDED)('is refused by %s by its length alone, its million items never read (at %j)', (name, path) => {
    let reads = 0;
    const list: unknown[] = new Array<unknown>(1_000_000).fill({});
    Object.defineProperty(list, 0, { enumerable: true, get() { reads += 1; return {}; } });
    const spec = CALLS[name];
    if (spec === undefined) throw new Error(`no call ${name}`);
    const run = outcome(() => target(name)(...withValueAt(spec.args, path, list)));
    expect(run.ok).toBe(false);
    const issues = run.ok ? [] : (run.error as { issues?: readonly { path: unknown; code: string }[] }).issues;
    expect(issues).toContainEqual(expect.objectContaining({ path: path.slice(1), code: 'too_big' }));
    expect(reads).toBe(0);
  });

  it.each(BOUNDED)('is still walked by %s item by item at the longest its schema takes (at %j)', (name, path) => {
    const spec = CALLS[name];
    if (spec === undefined) throw new Error(`no call ${name}`);
    const call = (list: unknown[]) => {
      const run = outcome(() => target(name)(...withValueAt(spec.args, path, list)));
      return run.ok ? [] : ((run.error as { issues?: readonly { path: unknown; code: string; message: string }[] }).issues ?? []);
    };
    // the longest list, as the schema itself states it
    const tooBig = call(new Array<unknown>(1_000_000).fill(0)).find((i) => i.code === 'too_big');
    const longest = Number(/at most (\d+)/.exec(tooBig?.message ?? '')?.[1]);
    expect(longest).toBeGreaterThan(0);
    const list: unknown[] = new Array<unknown>(longest).fill(0);
    list[longest - 1] = Object.create({ inherited: 1 }) as object;
    expect(call(list)).toContainEqual(expect.objectContaining({ path: [...path.slice(1), longest - 1], code: 'not_plain_object' }));
  });
});

describe('an object with a great many keys of its own', () => {
  const many = (n: number, prefix = 'k') => {
    const o: Record<string, number> = {};
    for (let i = 0; i < n; i++) o[`${prefix}${i}`] = i;
    return o;
  };

  it(`is rejected with code too_many_keys, at its path, when it has more than ${MAX_OWN_KEYS} keys`, () => {
    const issue = issueOf(() => lib.householdLoanSubsidy({ year: 2023, loans: [many(MAX_OWN_KEYS + 1)] } as never));
    expect(issue).toMatchObject({ path: ['loans', 0], code: 'too_many_keys' });
    expect(issue?.message).toContain(String(MAX_OWN_KEYS));
  });

  it('with a million keys, is rejected without listing them', () => {
    const input = many(1_000_000);
    const run = outcome(() => lib.loanInterestSubsidy(input as never));
    expect(run.ok).toBe(false);
    if (!run.ok) expect((run.error as lib.PolicyInputError).issues).toEqual([expect.objectContaining({ code: 'too_many_keys' })]);
  });

  it('with fewer keys, has them counted as unknown, ten named at most', () => {
    const issue = issueOf(() => lib.loanInterestSubsidy({ principal: 1, annualRate: '0.01', days: 1, ...many(5000, 'extra') } as never));
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.message).toBe('has unknown key(s): extra0, extra1, extra2, extra3, extra4, extra5, extra6, extra7, extra8, extra9 (and 4990 more not shown)');
    expect(issue?.messageZh).toContain('另有 4990 个未显示');
  });

  it('with thousands of keys that do not look like field names, has them counted, none named', () => {
    const issue = issueOf(() => lib.loanInterestSubsidy({ principal: 1, annualRate: '0.01', days: 1, ...many(5000, '王') } as never));
    expect(issue?.message).toBe('has 5000 unknown key(s) (not shown: they do not look like field names)');
  });
});
