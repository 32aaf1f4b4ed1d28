import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { CLAUSES } from '../../src/plan/clauses.js';
import { LANXI_2023 } from '../../src/plan/lanxi-2023.js';
import { canonicalPlan } from '../../src/plan/plan.js';
import type { Reading, ReadingName } from '../../src/plan/readings.js';
import { issueOf } from '../helpers/issue-of.js';

const text = readFileSync(new URL('../fixtures/lanxi-2023-plan.zh.txt', import.meta.url), 'utf8');
const entries = Object.entries(LANXI_2023.readings) as [ReadingName, Reading][];
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('plan.readings', () => {
  it('holds the eight readings the text leaves open', () => {
    expect(entries.map(([n]) => n).sort()).toEqual(['capBasis', 'deadlineBeforeIssue', 'grantFor', 'grantTie', 'overdue', 'rentEmployedUnit', 'subsidyAboveActualRate', 'visitMonths']);
  });

  it('gives each reading its first option as the default, a clause, an interpretation, and notes in both languages', () => {
    for (const [name, r] of entries) {
      expect(r.options.length, name).toBeGreaterThanOrEqual(2);
      expect(r.value, name).toBe(r.options[0]);
      expect(Object.keys(CLAUSES), name).toContain(r.clause);
      expect(r.interpretation, name).toMatch(/^I-(?:[1-9]|1[0-2])$/);
      expect(r.note.length > 0 && r.noteZh.length > 0, name).toBe(true);
      expect(r.planValue, name).toBeUndefined();
      for (const o of r.options) expect(r.note, `${name}: ${String(o)}`).toContain(String(o));
    }
  });

  it('quotes every reading verbatim from the published text', () => {
    for (const [name, r] of entries) expect(text, name).toContain(r.quote);
  });

  it('has the defaults the library reads by', () => {
    expect(Object.fromEntries(entries.map(([n, r]) => [n, r.value]))).toEqual({
      capBasis: 'cumulative', overdue: 'stop-at-maturity', subsidyAboveActualRate: false, rentEmployedUnit: 'households',
      grantFor: 'any-member', grantTie: 'grant', deadlineBeforeIssue: 'before-plan', visitMonths: 'touched',
    });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(LANXI_2023.readings)).toBe(true);
    for (const [name, r] of entries) {
      expect(Object.isFrozen(r), name).toBe(true);
      expect(Object.isFrozen(r.options), name).toBe(true);
    }
  });
});

describe('plan.with({ readings })', () => {
  it('switches each reading to each of its options, and back', () => {
    for (const [name, r] of entries) {
      for (const o of r.options) {
        const p = LANXI_2023.with({ readings: { [name]: o } });
        expect(p.readings[name].value, name).toBe(o);
        if (o === r.value) {
          expect(p.readings[name].planValue, name).toBeUndefined();
          expect(p.overridden, name).toEqual([]);
        } else {
          expect(p.readings[name].planValue, name).toBe(r.value);
          expect(p.overridden, name).toEqual([`readings.${name}`]);
          expect(p.with({ readings: { [name]: r.value } }).overridden, name).toEqual([]);
        }
      }
    }
  });

  it('lists readings beside parameters in overridden and the label', () => {
    const p = LANXI_2023.with({ readings: { visitMonths: 'whole', rentEmployedUnit: 'persons' }, microcredit: { floorRate: '0.04' } });
    expect(p.overridden).toEqual(['microcredit.floorRate', 'readings.rentEmployedUnit', 'readings.visitMonths']);
    expect(p.label).toBe('lanxi-2023 (microcredit.floorRate, readings.rentEmployedUnit, readings.visitMonths changed)');
  });

  it('keeps a reading changed earlier when another is changed', () => {
    const p = LANXI_2023.with({ readings: { visitMonths: 'whole' } }).with({ readings: { deadlineBeforeIssue: 'as-written' } });
    expect([p.readings.visitMonths.value, p.readings.deadlineBeforeIssue.value]).toEqual(['whole', 'as-written']);
    expect(p.overridden).toEqual(['readings.deadlineBeforeIssue', 'readings.visitMonths']);
  });

  it('leaves the original plan untouched', () => {
    const before = JSON.stringify(LANXI_2023);
    const fingerprint = LANXI_2023.fingerprint;
    LANXI_2023.with({ readings: { rentEmployedUnit: 'persons', subsidyAboveActualRate: true } });
    expect(JSON.stringify(LANXI_2023)).toBe(before);
    expect(LANXI_2023.fingerprint).toBe(fingerprint);
    expect(LANXI_2023.readings.rentEmployedUnit.value).toBe('households');
  });

  it('refuses a value outside the options with a PolicyInputError at readings.<name>', () => {
    for (const [name, bad] of [['rentEmployedUnit', 'people'], ['visitMonths', 'partial'], ['deadlineBeforeIssue', true], ['subsidyAboveActualRate', 'true'], ['capBasis', null]] as const) {
      expect(() => LANXI_2023.with({ readings: { [name]: bad } as never })).toThrow(PolicyInputError);
      expect(issueOf(() => LANXI_2023.with({ readings: { [name]: bad } as never })), name).toMatchObject({ path: ['readings', name], code: 'invalid_reading' });
    }
  });

  it('names the options in the error in both languages, without repeating the value given', () => {
    const issue = issueOf(() => LANXI_2023.with({ readings: { visitMonths: 'secret-value' } as never }));
    expect(issue?.message).toBe('must be one of "touched", "whole"');
    expect(issue?.messageZh).toContain('"touched"、"whole"');
    expect(JSON.stringify(issue)).not.toContain('secret-value');
  });

  it('refuses an unknown reading', () => {
    expect(issueOf(() => LANXI_2023.with({ readings: { roundingMode: 'up' } as never }))).toMatchObject({ path: ['readings'] });
  });
});

describe('plan.fingerprint', () => {
  it('is the SHA-256 of the plan\'s canonical form', () => {
    for (const p of [LANXI_2023, LANXI_2023.with({ readings: { visitMonths: 'whole' } }), LANXI_2023.with({ period: { to: '2024-12-31' } })]) {
      expect(p.fingerprint).toBe(sha256(canonicalPlan(p)));
      expect(p.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('holds every reading and the period in the canonical form', () => {
    const c = JSON.parse(canonicalPlan(LANXI_2023)) as { readings: Record<string, unknown>; period: unknown };
    expect(Object.keys(c.readings).sort()).toEqual(entries.map(([n]) => n).sort());
    expect(c.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('changes with any reading changed', () => {
    const seen = new Set([LANXI_2023.fingerprint]);
    for (const [name, r] of entries) {
      const p = LANXI_2023.with({ readings: { [name]: r.options[1] } });
      expect(seen.has(p.fingerprint), name).toBe(false);
      seen.add(p.fingerprint);
    }
  });

  it('changes with any parameter, the date of force or the period changed', () => {
    const fps = [
      LANXI_2023.with({ microcredit: { floorRate: '0.04' } }),
      LANXI_2023.with({ microcredit: { dayCountBasis: 365 } }),
      LANXI_2023.with({ rentSubsidy: { cap: 30000 } }),
      LANXI_2023.with({ visits: { minPerMonth: 2 } }),
      LANXI_2023.with({ effectiveFrom: '2023-01-01' }),
      LANXI_2023.with({ period: { to: '2024-12-31' } }),
    ].map((p) => p.fingerprint);
    expect(new Set([LANXI_2023.fingerprint, ...fps]).size).toBe(fps.length + 1);
  });

  it('is equal for equal plans, however they were made', () => {
    const a = LANXI_2023.with({ readings: { visitMonths: 'whole' }, microcredit: { floorRate: '0.04' } });
    const b = LANXI_2023.with({ microcredit: { floorRate: 0.04 } }).with({ readings: { visitMonths: 'whole' } });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(LANXI_2023.with({ readings: { visitMonths: 'whole' } }).with({ readings: { visitMonths: 'touched' } }).fingerprint).toBe(LANXI_2023.fingerprint);
    expect(LANXI_2023.with({ label: 'a name' }).fingerprint).toBe(LANXI_2023.fingerprint);
  });
});
