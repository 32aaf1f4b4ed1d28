/**
 * Hostile input, for every function the entry point exports: each hand-picked hostile value and
 * thousands of random ones, at every argument and every field. A function either throws a
 * well-formed PolicyInputError or returns a well-formed result; it never throws anything else,
 * never hangs, never pollutes a prototype. Batch functions report each bad record and keep the rest
 * (their suites run in hostile-population.test.ts and hostile-what-if.test.ts, in parallel with this file).
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { CALLS, target } from '../helpers/calls.js';
import { expectPolicyInputError, expectPrototypesUntouched, outcome, snapshotPrototypes, withValueAt } from '../helpers/hostile.js';
import { hostileSuite, POPULATION, WHAT_IF } from '../helpers/hostile-suite.js';

const exported = Object.entries(lib).filter(([, v]) => typeof v === 'function').map(([k]) => k);

describe('the hostile-input table', () => {
  it('has an entry for every function the entry point exports', () => {
    const missing = exported.filter((name) => CALLS[name] === undefined);
    expect(missing).toEqual([]);
  });

  it('has no entry for a function the entry point does not export', () => {
    const extra = Object.keys(CALLS).filter((name) => name !== 'LANXI_2023.with' && !exported.includes(name));
    expect(extra).toEqual([]);
  });
});

hostileSuite((name) => !POPULATION.has(name) && !WHAT_IF.has(name));

describe('prototype keys in inputs', () => {
  it('never pollute a prototype, whatever function reads them', () => {
    const before = snapshotPrototypes();
    const hostile = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
    for (const [name, spec] of Object.entries(CALLS)) {
      for (const path of spec.paths) {
        for (const text of [hostile, `{"id":"x","__proto__":{"polluted":"yes"}}`, `[${hostile}]`]) {
          outcome(() => target(name)(...withValueAt(spec.args, path, JSON.parse(text))));
        }
      }
    }
    expectPrototypesUntouched(before, 'all functions');
  });

  it('are rejected as holders of dividend rights rather than written onto the result', () => {
    const shares = JSON.parse('{"__proto__":"1","constructor":"1","prototype":"1","HH-1":"1"}') as Record<string, string>;
    try {
      lib.allocateDividends('10', shares);
      expect.unreachable('accepted a __proto__ holder');
    } catch (e) {
      expectPolicyInputError(e, 'allocateDividends');
      expect((e as lib.PolicyInputError).issues.map((i) => i.code)).toContain('reserved_key');
    }
  });
});
