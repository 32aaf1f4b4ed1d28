/**
 * Hostile input for household records, their batches and simulate (see hostile.test.ts):
 * each bad record reported by its index, the good ones kept, and arrays of a million records handled
 * without hanging.
 */
import { describe, expect, it } from 'vitest';
import { parseHouseholds, preparePopulation, safeParseHousehold } from '../../src/index.js';
import { hostileSuite, POPULATION } from '../helpers/hostile-suite.js';

hostileSuite((name) => POPULATION.has(name));

describe('parseHouseholds and preparePopulation on records that are not objects', () => {
  it('report them exactly as parseHousehold does, at once', () => {
    for (const value of [undefined, null, 0, -0, NaN, '', 'x', true, 10n, Symbol('s'), [], [1], () => 1]) {
      const one = safeParseHousehold(value);
      const batch = parseHouseholds([value]);
      expect(one.success).toBe(false);
      expect(batch.errors[0]?.issues).toEqual(one.success ? [] : one.error.issues);
      expect(preparePopulation([value]).errors[0]?.issues).toEqual(one.success ? [] : one.error.issues);
    }
    expect(parseHouseholds(new Array(1_000_000)).errors).toHaveLength(1_000_000);
    expect(preparePopulation(new Array(1_000_000)).errors).toHaveLength(1_000_000);
  });
});
