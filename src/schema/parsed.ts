/**
 * The households this library made: every household returned by `parseHousehold`,
 * `safeParseHousehold` or `parseHouseholds` (or rebuilt from a validated compact form) is deeply
 * frozen and stamped here, so a later function can trust it without validating it again. Being
 * frozen, it cannot have changed since. A cache, not state: it changes no answer, only how fast one
 * is given.
 *
 * @module
 */
import type { CompactHousehold } from './compact.js';
import type { Household } from './types.js';

/** A base whose constructor returns the object it is given, so that a subclass's fields are added to that object. */
class Given {
  constructor(o: object) {
    return o;
  }
}

/**
 * The library's stamp on each household it made, with its compact form when it was read from one
 * (the population store takes it as it is). A private field: no code outside this class can read,
 * write or copy it, and a copy or a proxy of a household does not carry it. Cheaper to set and to
 * read than a WeakMap entry, and nothing for the garbage collector to trace apart.
 */
class Parsed extends Given {
  readonly #compact: CompactHousehold | null;
  private constructor(h: object, compact: CompactHousehold | null) {
    super(h);
    this.#compact = compact;
  }
  /** Stamps `h` (before it is frozen). */
  static stamp(h: object, compact: CompactHousehold | null): void {
    new Parsed(h, compact);
  }
  static has(value: object): boolean {
    return #compact in value;
  }
  static compactOf(value: object): CompactHousehold | null {
    return #compact in value ? (value as Parsed).#compact : null;
  }
}

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
  return typeof value === 'object' && value !== null && Parsed.has(value);
}

/**
 * Stamps a household the schema has just validated, before the caller freezes it (a stamp is
 * added to an object that can still take one). Only this layer calls it, on an object it has just
 * built and freezes at once.
 *
 * @param h - an output of the household schema, not yet frozen.
 * @param compact - its compact form, when it was read from one.
 * @returns `h`.
 * @example
 * ```ts
 * import { deepFreeze } from '../core/freeze.js';
 * const h = deepFreeze(markParsed({ ...parseHousehold({ id: 'a', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 } }) }));
 * isParsedHousehold(h); //=> true (inside the schema layer only)
 * ```
 * @internal
 */
export function markParsed(h: Household, compact?: CompactHousehold): Household {
  Parsed.stamp(h, compact ?? null);
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
  return Parsed.compactOf(h) ?? undefined;
}
