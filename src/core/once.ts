/**
 * Work a module would otherwise do when it is imported (a schema, a table), done on its first use
 * and kept, so that importing the library builds nothing it is not asked for.
 *
 * @module
 * @internal
 */

/**
 * `make()`, computed on the first call and kept for every later one.
 *
 * @param make - builds the value; called at most once (again only if it threw).
 * @returns a function giving the value.
 * @example
 * ```ts
 * let built = 0;
 * const table = once(() => { built += 1; return [1, 2, 3]; });
 * table() === table(); //=> true
 * built; //=> 1
 * ```
 */
export function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}
