/**
 * Whether a result is well formed: no NaN, no infinite number, no non-finite Decimal anywhere in it,
 * and it serialises to JSON. Used by the hostile suites after every call that returns.
 */
import { expect } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';

/**
 * The first value in `result` that is a NaN, an infinite number or a non-finite Decimal, as the
 * index of its entry in the walk (walking iteratively, so deep values cannot overflow the stack,
 * each object once, at most `maxNodes` values); -1 when there is none. Records each entry's parent
 * and key in `where`, so the path to the bad value can be told.
 */
function findNotFinite(result: unknown, maxNodes: number, where: { parents: number[]; keys: (string | number)[] }): { bad: number; nodes: number; value?: unknown } {
  const seen = new Set<unknown>();
  const values: unknown[] = [result];
  let nodes = 0;
  for (let i = 0; i < values.length && nodes < maxNodes; i++, nodes++) {
    const v = values[i];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { bad: i, nodes, value: v };
      continue;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Decimal.isDecimal(v)) {
      if (!(v as Decimal).isFinite()) return { bad: i, nodes, value: v };
      continue;
    }
    if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) {
        values.push(v[k]);
        where.parents.push(i);
        where.keys.push(k);
      }
    } else {
      for (const k of Object.keys(v)) {
        values.push((v as Record<string, unknown>)[k]);
        where.parents.push(i);
        where.keys.push(k);
      }
    }
  }
  return { bad: -1, nodes };
}

/** Whether `v`, a value that is not an object, is a NaN or an infinite number. */
const notFinitePrimitive = (v: unknown): boolean => typeof v === 'number' && !Number.isFinite(v);

/**
 * Whether `result` holds a NaN, an infinite number or a non-finite Decimal, and how many values the
 * walk read: the same walk as {@link findNotFinite} (breadth first, each object once), but only the
 * objects are queued, the other values are looked at where they are read, and nothing else is kept.
 * At most `maxNodes` objects are opened.
 */
function holdsNotFinite(result: unknown, maxNodes: number): { bad: boolean; nodes: number } {
  if (result === null || typeof result !== 'object') return { bad: notFinitePrimitive(result), nodes: 1 };
  const seen = new Set<object>([result]);
  const queue: object[] = [result];
  let nodes = 1;
  const read = (v: unknown): boolean => {
    nodes++;
    if (v === null || typeof v !== 'object') return notFinitePrimitive(v);
    if (!seen.has(v)) {
      seen.add(v);
      queue.push(v);
    }
    return false;
  };
  for (let i = 0; i < queue.length && i < maxNodes; i++) {
    const v = queue[i] as object;
    if (Decimal.isDecimal(v)) {
      if (!(v as Decimal).isFinite()) return { bad: true, nodes };
      continue;
    }
    if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) if (read(v[k])) return { bad: true, nodes };
    } else {
      for (const k of Object.keys(v)) if (read((v as Record<string, unknown>)[k])) return { bad: true, nodes };
    }
  }
  return { bad: false, nodes };
}

/**
 * Walks a result and asserts it holds no NaN, no infinite number and no non-finite Decimal, and that
 * it serialises to JSON. The walk looks first; only when it finds a bad value does it walk again,
 * keeping each value's path, to say where.
 */
export function expectWellFormed(result: unknown, context: string, maxNodes = 2_000_000): void {
  const { bad: holds, nodes } = holdsNotFinite(result, maxNodes);
  if (holds) {
    const where = { parents: [-1], keys: ['$'] as (string | number)[] };
    const { bad, value } = findNotFinite(result, Infinity, where);
    const parts: string[] = [];
    for (let j = bad; j >= 0; j = where.parents[j] as number) parts.unshift(String(where.keys[j]));
    expect.fail(`${context}: ${parts.join('.')} is ${typeof value === 'number' ? value : 'a non-finite Decimal'}`);
  }
  // a result of a million error reports is well formed but too long for one JSON string
  if (nodes < 200_000) {
    try {
      JSON.stringify(result);
    } catch (e) {
      expect.fail(`${context}: JSON.stringify threw ${String(e)}`);
    }
  }
}

