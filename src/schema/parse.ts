/**
 * Parsing one household record: the fast reader's verdict when it decides, the schema's otherwise.
 * Every household returned is deeply frozen and stamped as parsed ({@link isParsedHousehold}), so the
 * population functions trust it without validating it again.
 *
 * @module
 */
import { PolicyInputError, type PolicyIssue } from '../core/errors.js';
import { householdFromCompact, type CompactHousehold } from './compact.js';
import { readFast, readHouseholdFast } from './fast-reader.js';
import { checkWithSchema, faultIssues, lackingIssues, type FieldIssueCache, type Verdict } from './issues.js';
import type { Household, SafeParseHouseholdResult } from './types.js';

/**
 * A record's verdict: the fast reader's for a plain valid record; for a record it would take but
 * for some top-level fields, those fields' issues as the schema gives them (a property test holds
 * the two equal); the schema's for everything else.
 *
 * @example
 * ```ts
 * check({}).ok; //=> false
 * ```
 * @internal
 */
export function check(input: unknown, cache?: FieldIssueCache): Verdict {
  return checkFast(input, cache) ?? checkWithSchema(input);
}


/**
 * The fast verdict (its issues frozen), or undefined when the record is left to the schema.
 *
 * @example
 * ```ts
 * checkFast({ id: 'a', colour: 'red' }, undefined); //=> undefined (an unknown key: left to the schema)
 * ```
 * @internal
 */
export function checkFast(input: unknown, cache: FieldIssueCache | undefined): Verdict | undefined {
  const fast = readHouseholdOrIssues(input, cache);
  if (fast === undefined) return undefined;
  return Array.isArray(fast) ? { ok: false, issues: fast } : { ok: true, data: householdFromCompact(fast as CompactHousehold) };
}

/**
 * The fast verdict on a record: its compact form when it is a plain valid record the fast reader
 * takes; its issues (frozen, exactly the schema's) when it is such a record but for some top-level
 * fields — required keys it lacks, fields with bad values —; undefined when it is left to the
 * schema. Never throws.
 *
 * @param input - a record.
 * @param cache - issues of fields seen earlier in the same batch.
 * @returns the compact household, the issues, or undefined.
 * @example
 * ```ts
 * readHouseholdOrIssues({ id: 'a' }); //=> [{ path: ['category'], code: 'required', … }, …]
 * ```
 * @internal
 */
export function readHouseholdOrIssues(input: unknown, cache?: FieldIssueCache): CompactHousehold | readonly PolicyIssue[] | undefined {
  const lacking = lackingIssues();
  if (lacking === undefined) return readHouseholdFast(input);
  try {
    const fast = readFast(input, true);
    return fast instanceof Map ? faultIssues(input as object, fast, lacking, cache) : fast;
  } catch {
    return undefined;
  }
}

/**
 * The issues the schema gives for `input`, without the fast readers (what they must agree with).
 *
 * @param input - a record.
 * @returns its issues, or undefined when it is valid.
 * @example
 * ```ts
 * schemaIssues({})?.length; //=> 4
 * ```
 * @internal
 */
export function schemaIssues(input: unknown): readonly PolicyIssue[] | undefined {
  const r = checkWithSchema(input);
  return r.ok ? undefined : r.issues;
}

/**
 * The issues {@link parseHousehold} gives for `input` (through the fast readers when they decide).
 *
 * @param input - a record.
 * @returns its issues, or undefined when it is valid.
 * @example
 * ```ts
 * householdIssues({})?.length === schemaIssues({})?.length; //=> true (the same issues as the schema's)
 * ```
 * @internal
 */
export function householdIssues(input: unknown): readonly PolicyIssue[] | undefined {
  const r = check(input);
  return r.ok ? undefined : r.issues;
}

/**
 * Validates one household record and returns it typed, exact and frozen.
 *
 * The record feeds every rule of the plan; see {@link HouseholdSchema} for each field and its
 * clause (category: clause 2.1.1 「及时提高低保、低边、特困救助标准」; income: clause 1
 * 「低收入农户人均可支配收入达到16710元以上」; loans: clause 2.3.8; schooling and other aid: clause
 * 2.3.4 「对就读中高等职校的低收入农户子女给予每户每学年3000元补助」).
 *
 * @param input - the record, typically from `JSON.parse`.
 * @returns the {@link Household}: money as `Decimal`, dates 'YYYY-MM-DD', the township as its code.
 * @throws {@link PolicyInputError} listing every problem, each with `path`, `code`, `message` and
 *   `messageZh`; no message contains an input value (so no ID number or name).
 * @example
 * ```ts
 * const h = parseHousehold({
 *   id: 'LX-0001', township: '游埠镇', category: 'dibao',
 *   members: [{ laborCapable: false }],
 *   income: { year: 2023, wage: 0, netOperating: '-300.50', netProperty: 0, netTransfer: '15000' },
 * });
 * h.township;                        //=> '330781102'
 * h.income.netOperating.toString();  //=> '-300.5'
 *
 * parseHousehold({ id: 'LX-0002', category: 'dibao', members: [], income: {} });
 * // throws PolicyInputError: members: must have at least 1 items (and 5 more)
 * ```
 */
export function parseHousehold(input: unknown): Household {
  const r = check(input);
  if (r.ok) return r.data;
  throw new PolicyInputError('parseHousehold', r.issues);
}

/**
 * Like {@link parseHousehold}, but returns the outcome instead of throwing.
 *
 * @param input - the record.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PolicyInputError}.
 * @example
 * ```ts
 * const r = safeParseHousehold({ id: 'LX-0003', category: 'poor', members: [{ laborCapable: true }],
 *   income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 } });
 * r.success;                                    //=> false
 * r.success || r.error.issues[0];
 * //=> { path: ['category'], code: 'invalid_value', message: 'must be one of "dibao" | "dibian" | "tekun" | "other"', messageZh: … }
 * ```
 */
export function safeParseHousehold(input: unknown): SafeParseHouseholdResult {
  const r = check(input);
  return r.ok
    ? Object.freeze({ success: true as const, data: r.data })
    : Object.freeze({ success: false as const, error: new PolicyInputError('safeParseHousehold', r.issues) });
}
