/**
 * The constants the entry point exports are deeply frozen: a caller cannot change how a word of the
 * plan is read, a clause heading an explanation prints, or a label a report shows. The walk covers
 * every non-function export, so a constant added later is held to the same rule.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as lib from '../../src/index.js';

/** Where in `v` an object is not frozen (or cannot be: a Map or a Set), or undefined when every object reachable is frozen. */
function notFrozenAt(v: unknown, where: string, seen = new Set<unknown>()): string | undefined {
  if (v === null || typeof v !== 'object' || seen.has(v)) return undefined;
  // Decimals are immutable through their API; their fields are decimal.js's own
  if (v instanceof lib.Decimal) return undefined;
  seen.add(v);
  if (v instanceof Map || v instanceof Set || v instanceof WeakMap || v instanceof WeakSet) return `${where} (a ${v.constructor.name} cannot be frozen)`;
  if (!Object.isFrozen(v)) return where;
  for (const key of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key);
    if (d === undefined || !('value' in d)) continue;
    const inner = notFrozenAt(d.value, `${where}[${JSON.stringify(String(key))}]`, seen);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The exports that are data: every export but functions (classes included) and zod schemas. */
const DATA_EXPORTS = Object.entries(lib).filter(([, v]) => typeof v !== 'function' && !(v instanceof z.ZodType));

/** Runs `change` and reports whether it threw (modules are strict: writing to a frozen object throws). */
function throwsOnWrite(change: () => void): boolean {
  try {
    change();
    return false;
  } catch (e) {
    return e instanceof TypeError;
  }
}

describe('the exported constants', () => {
  it('include the ones the contract names, so the walk below is not vacuous', () => {
    const names = DATA_EXPORTS.map(([name]) => name);
    for (const name of ['BOUNDARY_TERMS', 'CLAUSES', 'LANXI_2023', 'MILESTONE_IDS', 'STATUS_TEXT', 'MENU_PROJECT_STEPS', 'REPORT_COLUMNS', 'LANXI_TOWNSHIPS']) {
      expect(names).toContain(name);
    }
  });

  it.each(DATA_EXPORTS.map(([name, value]) => [name, value] as const))('%s is deeply frozen', (name, value) => {
    expect(notFrozenAt(value, name)).toBeUndefined();
  });

  it('cannot be changed to read 以上 as "less than": meets() keeps reading it as "at least"', () => {
    const terms = lib.BOUNDARY_TERMS as unknown as Record<string, { op: string }>;
    expect(throwsOnWrite(() => { (terms['以上'] as { op: string }).op = '<'; })).toBe(true);
    expect(lib.meets(20000, '以上', 16710)).toBe(true);
    expect(lib.BOUNDARY_TERMS['以上'].op).toBe('>=');
  });

  it('cannot be changed to rename a clause: explain() keeps printing its heading', () => {
    const clause = lib.CLAUSES['2.3.8'] as { en: string };
    expect(throwsOnWrite(() => { clause.en = 'X'; })).toBe(true);
    const r = lib.loanInterestSubsidy({ principal: 50000, annualRate: '0.0435', days: 360 });
    // the heading is named only when it differs from the rule's title: a changed heading would show
    expect(lib.explain(r, { locale: 'en' }).split('\n')[0]).toBe('[2.3.8] Micro-credit interest subsidy');
    expect(lib.CLAUSES['2.3.8'].en).toBe('2.3.8 Micro-credit interest subsidy');
  });

  it('cannot be changed to rename a report column or a step of a menu-style project', () => {
    expect(throwsOnWrite(() => { (lib.REPORT_COLUMNS[0]?.title as { en: string }).en = 'X'; })).toBe(true);
    expect(throwsOnWrite(() => { (lib.MENU_PROJECT_STEPS[5]?.name as { en: string }).en = 'X'; })).toBe(true);
    expect(lib.REPORT_COLUMNS[0]?.title.en).toBe('joint handling rate');
    expect(lib.MENU_PROJECT_STEPS[5]?.name.en).toBe('filing with the city agriculture bureau');
  });
});
