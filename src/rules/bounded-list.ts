/**
 * Long lists (a city's visit records, a population's households) validated item by item, stopping
 * after {@link MAX_BAD_ITEMS} bad items: the input is rejected either way, and listing a million
 * problems would take longer than any caller waits. Valid lists come out exactly as `z.array` gives
 * them; issues have the same paths, codes and messages. Used by the rules with long inputs: the
 * income targets of a population (clause 1) and the visit, project and application records of
 * clauses 2.3.1, 2.3.3 and 2.3.4.
 *
 * @module
 */
import { z } from 'zod';
import { toPolicyIssues } from '../core/validate.js';

/** Bad items reported before the check stops. */
export const MAX_BAD_ITEMS = 100;

function add(ctx: z.RefinementCtx, path: readonly (string | number)[], code: string, en: string, zh: string): void {
  ctx.addIssue({ code: 'custom', path: [...path], message: en, params: { code, zh } });
}

/**
 * A zod schema for a list of `item` of `min` to `max` items, which stops at the
 * {@link MAX_BAD_ITEMS}-th bad item and adds a `too_many_issues` issue at the list's path.
 *
 * @param item - the schema of one item.
 * @param bounds - `{ max, min? }` numbers of items (min defaults to 0).
 * @returns the schema; its output is the array of the items' outputs.
 * @example
 * ```ts
 * import { z } from 'zod';
 * const s = boundedListSchema(z.string(), { max: 3 });
 * s.safeParse(['a', 'b']).success;  //=> true
 * s.safeParse(new Array(1e6).fill(0)).success; //=> false (at once: too_big)
 * ```
 */
export function boundedListSchema<T extends z.ZodType>(item: T, bounds: { readonly max: number; readonly min?: number }) {
  const min = bounds.min ?? 0;
  return z.any().transform((v, ctx): z.output<T>[] => {
    if (!Array.isArray(v)) {
      add(ctx, [], 'invalid_type', 'must be an array', '必须是数组');
      return z.NEVER;
    }
    if (v.length > bounds.max) {
      add(ctx, [], 'too_big', `must be at most ${bounds.max} items`, `不能超过 ${bounds.max} 项`);
      return z.NEVER;
    }
    if (v.length < min) {
      add(ctx, [], 'too_small', `must have at least ${min} items`, `不能少于 ${min} 项`);
      return z.NEVER;
    }
    const out: z.output<T>[] = new Array(v.length);
    let bad = 0;
    for (let i = 0; i < v.length; i++) {
      const r = item.safeParse(v[i]);
      if (r.success) {
        out[i] = r.data;
        continue;
      }
      for (const issue of toPolicyIssues(r.error.issues)) add(ctx, [i, ...issue.path], issue.code, issue.message, issue.messageZh);
      if (++bad >= MAX_BAD_ITEMS && i < v.length - 1) {
        add(ctx, [], 'too_many_issues', `has more bad items than the first ${MAX_BAD_ITEMS} listed`, `问题项过多，仅列出前 ${MAX_BAD_ITEMS} 项`);
        break;
      }
    }
    return bad > 0 ? z.NEVER : out;
  }).meta({ type: 'array', minItems: min, maxItems: bounds.max });
}
