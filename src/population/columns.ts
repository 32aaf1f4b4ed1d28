/**
 * Typed-array columns that grow as a population is read and are trimmed when it is complete, and
 * strings kept once: the building blocks of the population store.
 *
 * @module
 * @internal
 */

/** A column of the store. */
export type Column = Float64Array | Int32Array | Uint8Array | Uint16Array;

export function grown<T extends Column>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2, 16));
  b.set(a);
  return b;
}

export function trimmed<T extends Column>(a: T, size: number): T {
  return size === a.length ? a : (a.slice(0, size) as T);
}

/** Strings that repeat (villages, loan ids, aid names, enum values), each kept once; index 0 is "absent". */
export class Interned {
  readonly values: (string | undefined)[] = [undefined];
  private readonly index = new Map<string, number>();
  of(v: string | undefined): number {
    if (v === undefined) return 0;
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.index.set(v, i);
    }
    return i;
  }
  at(i: number): string | undefined {
    return this.values[i];
  }
}

