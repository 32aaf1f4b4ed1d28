/**
 * `--json` output: results as plain JSON, with every Decimal written as an exact decimal string
 * (money with its two decimals: '1500.00'; rates and shares as computed: '0.7512'), never as a
 * JavaScript number, and without traces.
 *
 * @module
 */
import { Decimal } from '../index.js';
import type { RecordError } from './records.js';

/** Keys left out of JSON output: traces (use `--explain`) and per-household arrays of population runs. */
const OMIT = new Set(['trace']);

/** A Decimal as an exact decimal string, with at least two decimals ('3000.00', '0.04', '0.7512'). */
export function decimalText(d: Decimal): string {
  return d.decimalPlaces() < 2 ? d.toFixed(2) : d.toFixed();
}

/**
 * Turns a result into plain JSON data: Decimals to exact strings, frozen objects and arrays copied,
 * `trace` left out, and the keys in `omit` left out too.
 *
 * @example
 * ```ts
 * toJsonData({ amount: new Decimal('1500'), rate: new Decimal('0.03'), trace: {} });
 * //=> { amount: '1500.00', rate: '0.03' }
 * ```
 */
export function toJsonData(value: unknown, omit: ReadonlySet<string> = OMIT): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Decimal.isDecimal(value)) return decimalText(value as Decimal);
  if (Array.isArray(value)) return value.map((v) => toJsonData(v, omit));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (omit.has(k) || typeof v === 'function') continue;
      out[k] = toJsonData(v, omit);
    }
    return out;
  }
  return value;
}

/** The JSON form of record errors: position, line, safe id, issues with path, code and messages. */
export function errorsJson(errors: readonly RecordError[]): unknown[] {
  return errors.map((e) => ({
    index: e.index,
    ...(e.line === undefined ? {} : { line: e.line }),
    ...(e.id === undefined ? {} : { id: e.id }),
    issues: e.issues.map((i) => ({ path: [...i.path], code: i.code, message: i.message, messageZh: i.messageZh })),
  }));
}
