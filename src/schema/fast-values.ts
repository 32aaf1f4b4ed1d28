/**
 * The values the fast household reader takes, read exactly as the schema reads them or not at all:
 * money as whole fen, rates as whole numbers over a power of ten, dates, labels, plain records and
 * bounded lists. Anything it is not sure of reads as `NaN` or `undefined`, and the schema decides.
 *
 * @module
 * @internal
 */
import { Decimal } from '../core/decimal.js';
import type { IsoDate } from '../core/calendar.js';
import { isoDay, ratioOf, ratioOfDecimal, scaledOf, scaledOfDecimal } from '../core/scaled.js';
import { MAX_DECIMAL_TEXT, MAX_YUAN } from './fields.js';
import { mayBePersonal } from './personal.js';

/** The limit on amounts (MAX_AMOUNT), in fen. */
export const MAX_FEN = MAX_YUAN * 100;

export type Rec = Record<string, unknown>;

/** zod's test for an object. */
export const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** No key (own or inherited enumerable, as zod's strict check reads them) outside `keys`. */
export function keysWithin(o: Rec, keys: ReadonlySet<string>): boolean {
  // for…in would list every inherited key first: an object that is not plain data is left to the schema
  const proto: unknown = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

/**
 * A label (1–200 characters). A label with a run of 15 or more digits (which could be personal
 * data) is left to the schema, whatever it decides about it.
 *
 * @example
 * ```ts
 * isLabel('LX-0001'); //=> true
 * ```
 * @internal
 */
export const isLabel = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200 && !mayBePersonal(v);

/** Money as whole fen, at least `min` fen; NaN when the fast path cannot take it. */
export function fenOf(v: unknown, min: number): number {
  let text: string;
  if (typeof v === 'string') {
    if (v.length > MAX_DECIMAL_TEXT) return NaN;
    text = v;
  } else if (typeof v === 'number') {
    // whole yuan need no text (and −0 reads as 0, as its text '0' does)
    if (Number.isInteger(v) && v <= MAX_YUAN && v >= -MAX_YUAN) {
      const fen = v * 100 + 0;
      return fen >= min ? fen : NaN;
    }
    if (!Number.isFinite(v)) return NaN;
    text = String(v);
  } else if (v instanceof Decimal) {
    // A Decimal of this library (a household parsed before): read exactly; negative zero is left to the schema.
    if (v.isNeg() && v.isZero()) return NaN;
    const fen = scaledOfDecimal(v, 2);
    return fen >= min && fen <= MAX_FEN ? fen : NaN;
  } else {
    return NaN;
  }
  const fen = scaledOf(text, 2, MAX_FEN);
  return fen >= min ? fen : NaN;
}

/** A rate in [0, 1] as num / 10^dp; undefined when the fast path cannot take it. */
export function rateOf(v: unknown): { num: number; dp: number } | undefined {
  let text: string;
  if (typeof v === 'string') {
    if (v.length > MAX_DECIMAL_TEXT) return undefined;
    text = v;
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    text = String(v);
  } else if (v instanceof Decimal) {
    // A Decimal of this library: read exactly, when in [0, 1] (negative zero is left to the schema).
    if (v.isNeg() || v.gt(1)) return undefined;
    return ratioOfDecimal(v);
  } else {
    return undefined;
  }
  const r = ratioOf(text, 1);
  return r !== undefined && r.num >= 0 ? r : undefined;
}

export const isDate = (v: unknown): v is IsoDate => typeof v === 'string' && !Number.isNaN(isoDay(v));

/** A list of at most `max` items, each read by `read`; undefined when any is not. */
export function readList<T>(v: unknown, max: number, read: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = read(v[i]);
    if (x === undefined) return undefined;
    out[i] = x;
  }
  return out;
}

