import type { Decimal } from '../../src/core/decimal.js';

/**
 * A zod output type as the library's public types read it: read-only, and an optional key absent
 * rather than present with `undefined` (exactOptionalPropertyTypes).
 */
export type Defined<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly Defined<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Defined<Exclude<T[K], undefined>> }
      : T;
