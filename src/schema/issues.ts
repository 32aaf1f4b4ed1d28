/**
 * The schema's verdict on a household record, as the library's issues: zod issues turned into
 * bilingual issues without personal data, capped per record, and the issues of single top-level
 * fields, taken from the schema and remembered, so the fast reader can give them for records it
 * would take but for those fields.
 *
 * @module
 */
import type { z } from 'zod';
import { deepFreeze } from '../core/freeze.js';
import type { PolicyIssue } from '../core/errors.js';
import { once } from '../core/once.js';
import { plainDataIssue, toPolicyIssues } from '../core/validate.js';
import { HouseholdSchema, LONGEST_RECORD_LIST } from './household-schema.js';
import { MESSAGES, UNREADABLE_ISSUE, frozenIssues } from './messages.js';
import { markParsed } from './parsed.js';
import { MAX_REMEMBERED, plainKey } from './plain-key.js';
import { ABSENT, fastPathInSync, type Faults } from './fast-reader.js';
import type { Household } from './types.js';

/**
 * What is at `path` in `input`, reading own properties only: `'absent'` (the key is missing),
 * `'null'`, or `'other'` (a value, or something that cannot be read).
 */
function presenceAt(input: unknown, path: readonly PropertyKey[]): 'absent' | 'null' | 'other' {
  let v: unknown = input;
  try {
    for (const seg of path) {
      if (v === null || typeof v !== 'object') return 'other';
      if (!Object.prototype.hasOwnProperty.call(v, seg)) return 'absent';
      v = (v as Record<PropertyKey, unknown>)[seg];
    }
  } catch {
    return 'other';
  }
  return v === null ? 'null' : 'other';
}

/**
 * zod issues → library issues, without personal data: unknown keys are named only when they look
 * like field names; a missing key is `required` whatever its type; a null is called a null.
 */
function toIssues(issues: readonly z.core.$ZodIssue[], input: unknown): PolicyIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const converted = toPolicyIssues([issue])[0] as PolicyIssue;
    if (path.length > 0 && ['required', 'invalid_type', 'invalid_value'].includes(converted.code)) {
      const presence = presenceAt(input, issue.path);
      if (presence === 'absent') return { path, code: 'required', message: MESSAGES.required.en, messageZh: MESSAGES.required.zh };
      if (presence === 'null') return { path, code: 'null_value', message: MESSAGES.nullValue.en, messageZh: MESSAGES.nullValue.zh };
    }
    return converted;
  });
}


/**
 * A record's verdict: the household, or its issues.
 *
 * @example
 * ```ts
 * const v: Verdict = { ok: false, issues: [] };
 * ```
 * @internal
 */
export type Verdict = { ok: true; data: Household } | { ok: false; issues: readonly PolicyIssue[] };

/** Most issues listed for one record; the rest are summed up in one `too_many_issues` issue. */
const MAX_RECORD_ISSUES = 100;

/** The first {@link MAX_RECORD_ISSUES} issues, and a `too_many_issues` issue when there are more. */
function capped(issues: PolicyIssue[]): PolicyIssue[] {
  if (issues.length <= MAX_RECORD_ISSUES) return issues;
  const out = issues.slice(0, MAX_RECORD_ISSUES);
  out.push({
    path: [], code: 'too_many_issues',
    message: `has more problems than the first ${MAX_RECORD_ISSUES} listed`, messageZh: `问题过多，仅列出前 ${MAX_RECORD_ISSUES} 个`,
  });
  return out;
}

/**
 * The schema's verdict on a record (the slow path: every record the fast readers do not decide);
 * a valid record's household is deeply frozen and stamped as parsed.
 *
 * @example
 * ```ts
 * checkWithSchema({}).ok; //=> false
 * ```
 * @internal
 */
export function checkWithSchema(input: unknown): Verdict {
  // an object that inherits enumerable keys, or has very many, is reported at its path at once (zod would list every key)
  const notPlain = plainDataIssue(input, LONGEST_RECORD_LIST);
  if (notPlain !== undefined) return { ok: false, issues: frozenIssues([notPlain]) };
  let result: ReturnType<typeof HouseholdSchema.safeParse>;
  try {
    result = HouseholdSchema.safeParse(input);
  } catch {
    return { ok: false, issues: Object.freeze([UNREADABLE_ISSUE]) };
  }
  if (result.success) {
    // zod leaves out optional keys absent from the input, so the output matches Household exactly.
    return { ok: true, data: deepFreeze(markParsed(result.data as unknown as Household)) };
  }
  return { ok: false, issues: capped(toIssues(result.error.issues, input)) };
}

/** The required keys of a household. */
const REQUIRED_KEYS: readonly string[] = ['id', 'category', 'members', 'income'];
/** The keys of a household in the schema's order: zod lists the issues of the fields in it. */
const SHAPE_KEYS: readonly string[] = Object.keys(HouseholdSchema.shape);
/** Longest message a {@link PolicyInputError} keeps whole. */
const MAX_MESSAGE = 200;

/**
 * The schema's issues for each required key a record lacks, taken from the schema itself (its
 * verdict on `{}`); undefined, which switches the fast verdict off, if they are not one list per
 * required key.
 *
 * @example
 * ```ts
 * lackingIssues()?.get('id'); //=> [{ path: ['id'], code: 'required', … }]
 * ```
 * @internal
 */
export const lackingIssues = once((): ReadonlyMap<string, readonly PolicyIssue[]> | undefined => {
  const r = checkWithSchema({});
  if (r.ok || !fastPathInSync()) return undefined;
  const byKey = new Map<string, PolicyIssue[]>();
  for (const issue of r.issues) {
    const key = issue.path[0];
    if (issue.path.length !== 1 || typeof key !== 'string' || !REQUIRED_KEYS.includes(key)) return undefined;
    byKey.set(key, [...(byKey.get(key) ?? []), issue]);
  }
  if (byKey.size !== REQUIRED_KEYS.length) return undefined;
  return new Map([...byKey].map(([k, v]) => [k, frozenIssues(v)]));
});

/** The frozen issues of a record valid but for required keys it lacks, by the mask of those keys. */
const lackingOnlyCache: (readonly PolicyIssue[] | undefined)[] = [];

/**
 * Issues of top-level fields remembered during one batch, by field and {@link plainKey} of the
 * value: a batch whose records share a bad value (the same unknown category, say) checks it once.
 *
 * @example
 * ```ts
 * const cache: FieldIssueCache = new Map();
 * ```
 * @internal
 */
export type FieldIssueCache = Map<string, readonly PolicyIssue[]>;

/**
 * The schema's issues for one top-level field of a record (as zod gives them inside the record:
 * a field's verdict depends on its value alone); undefined when the field is valid after all (in a
 * form the fast reader leaves to the schema), unreadable, or has a message too long to be kept
 * whole.
 */
function fieldIssues(key: string, value: unknown, cache: FieldIssueCache | undefined): readonly PolicyIssue[] | undefined {
  const plain = cache === undefined ? undefined : plainKey(value);
  const memo = plain === undefined ? undefined : `${key}:${plain}`;
  const known = memo === undefined ? undefined : cache?.get(memo);
  if (known !== undefined) return known;
  const schema = (HouseholdSchema.shape as Readonly<Record<string, z.ZodType>>)[key];
  if (schema === undefined || plainDataIssue(value, LONGEST_RECORD_LIST) !== undefined) return undefined;
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = schema.safeParse(value);
  } catch {
    return undefined;
  }
  if (result.success) return undefined;
  const within = result.error.issues.map((i) => ({ ...i, path: [key, ...i.path] }) as z.core.$ZodIssue);
  const issues = toIssues(within, { [key]: value });
  if (issues.length === 0 || issues.some((i) => i.message.length > MAX_MESSAGE || i.messageZh.length > MAX_MESSAGE)) return undefined;
  const list = frozenIssues(issues);
  if (memo !== undefined && cache !== undefined && cache.size < MAX_REMEMBERED) cache.set(memo, list);
  return list;
}

/**
 * The issues of a record the fast reader would take but for the fields in `faults`: the issues of
 * each field, in the schema's order, as the schema gives them; undefined when the schema must
 * decide (a field inherited rather than own, or one {@link fieldIssues} leaves to it).
 *
 * @example
 * ```ts
 * import { readFast, type Faults } from './fast-reader.js';
 * faultIssues({ id: 'a' }, readFast({ id: 'a' }, true) as Faults, lackingIssues()!, undefined)?.map((i) => i.path[0]);
 * //=> ['category', 'members', 'income'] (the three absent keys)
 * ```
 * @internal
 */
export function faultIssues(input: object, faults: Faults, lacking: ReadonlyMap<string, readonly PolicyIssue[]>, cache: FieldIssueCache | undefined): readonly PolicyIssue[] | undefined {
  let mask = 0;
  for (const [key, value] of faults) {
    if (value !== ABSENT) {
      mask = -1;
      break;
    }
    mask |= 1 << REQUIRED_KEYS.indexOf(key);
  }
  if (mask >= 0 && lackingOnlyCache[mask] !== undefined) return lackingOnlyCache[mask];
  const out: PolicyIssue[] = [];
  for (const key of SHAPE_KEYS) {
    if (!faults.has(key)) continue;
    const value = faults.get(key);
    let issues: readonly PolicyIssue[] | undefined;
    if (value === ABSENT) issues = lacking.get(key);
    else if (Object.prototype.hasOwnProperty.call(input, key)) issues = fieldIssues(key, value, cache);
    if (issues === undefined) return undefined;
    for (const i of issues) out.push(i);
  }
  const list = out.length > MAX_RECORD_ISSUES ? frozenIssues(capped(out)) : Object.freeze(out);
  if (mask >= 0) lackingOnlyCache[mask] = list;
  return list;
}
