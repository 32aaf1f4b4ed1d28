/**
 * The households this library made: every household returned by `parseHousehold`,
 * `safeParseHousehold` or `parseHouseholds` (or rebuilt from a validated compact form) is deeply
 * frozen and remembered here, so a later function can trust it without validating it again. Being
 * frozen, it cannot have changed since. A cache, not state: it changes no answer, only how fast one
 * is given.
 *
 * @module
 */
import type { CompactHousehold } from './compact.js';
import type { Household } from './types.js';

/** Each household made here, with its compact form when it was read from one (the population store takes it as it is). */
const PARSED = new WeakMap<object, CompactHousehold | null>();

/**
 * Whether `value` is a household this library validated (and froze): the output of
 * `parseHousehold`, `safeParseHousehold` or `parseHouseholds`. Such a household needs no second
 * validation.
 *
 * @param value - anything.
 * @returns true for a household the schema returned; false for anything else, even an equal copy.
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 } };
 * const h = parseHousehold(record);
 * isParsedHousehold(h);                  //=> true
 * isParsedHousehold({ ...h });          //=> false (a copy is not trusted)
 * ```
 */
export function isParsedHousehold(value: unknown): value is Household {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}

/**
 * Remembers a household the schema has just validated and deeply frozen. Only this layer calls it.
 *
 * @param h - a deeply frozen output of the household schema.
 * @returns `h`.
 * @example
 * ```ts
 * import { deepFreeze } from '../core/freeze.js';
 * const h = markParsed(deepFreeze({ ...parseHousehold({ id: 'a', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 } }) }));
 * isParsedHousehold(h); //=> true (inside the schema layer only)
 * ```
 * @internal
 */
export function markParsed(h: Household, compact?: CompactHousehold): Household {
  PARSED.set(h, compact ?? null);
  return h;
}

/**
 * The compact form a parsed household was built from, when it was (the fast reader's), so that a
 * population made of parsed households is stored without reading each household again.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 } };
 * compactOfParsed(parseHousehold(record))?.wageFen; //=> 1200000 (a wage of 12000 yuan, in fen)
 * ```
 * @internal
 */
export function compactOfParsed(h: Household): CompactHousehold | undefined {
  return PARSED.get(h) ?? undefined;
}
