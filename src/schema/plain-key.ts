/**
 * A text that fixes a plain value exactly, so that a batch checks a repeated invalid record once.
 *
 * @module
 */

/**
 * How many distinct invalid records a batch validation remembers (by {@link plainKey}).
 *
 * @example
 * ```ts
 * MAX_REMEMBERED; //=> 10000
 * ```
 * @internal
 */
export const MAX_REMEMBERED = 10_000;
/** Longest key {@link plainKey} makes. */
const MAX_KEY = 400;

/**
 * A text that fixes a plain value exactly — primitives with their type, arrays (holes marked) and
 * plain objects with their own data properties in order — or `undefined` for anything else
 * (accessors, class instances, inherited keys, symbols) or anything long. The schema's verdict on
 * a value depends on nothing else, so two values with the same key get the same issues: a batch
 * checks a repeated invalid record once.
 *
 * @param value - a record.
 * @returns its key, or undefined.
 * @example
 * ```ts
 * plainKey({ id: 'a', members: [] }); //=> '{"id":S"a","members":[],}'
 * plainKey(new Date());               //=> undefined
 * ```
 * @internal
 */
export function plainKey(value: unknown): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const put = (part: string): boolean => {
    parts.push(part);
    length += part.length;
    return length <= MAX_KEY;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 8) return false;
    if (v === null) return put('n');
    if (v === undefined) return put('u');
    if (typeof v === 'boolean') return put(v ? 't' : 'f');
    if (typeof v === 'number') return put(Object.is(v, -0) ? 'N-0' : `N${v}`);
    // a string too long for a key is not written out (a hostile field may hold megabytes)
    if (typeof v === 'string') return v.length <= MAX_KEY && put(`S${JSON.stringify(v)}`);
    if (typeof v !== 'object') return false;
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype || !put('[')) return false;
      for (let i = 0; i < v.length; i++) {
        const d = Object.getOwnPropertyDescriptor(v, i);
        if (d === undefined) {
          if (!put('h')) return false;
        } else if (!('value' in d) || !walk(d.value, depth + 1)) {
          return false;
        }
        if (!put(',')) return false;
      }
      return put(']');
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if ((proto !== Object.prototype && proto !== null) || !put(proto === null ? '{0' : '{')) return false;
    for (const k in v) {
      // nor is a key longer than the whole key may be
      if (k.length > MAX_KEY) return false;
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d === undefined || !('value' in d) || !put(`${JSON.stringify(k)}:`) || !walk(d.value, depth + 1) || !put(',')) return false;
    }
    return put('}');
  };
  try {
    return walk(value, 0) ? parts.join('') : undefined;
  } catch {
    return undefined;
  }
}
