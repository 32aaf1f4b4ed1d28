/**
 * Batch parsing: many household records at once, one bad record never losing the others, a
 * repeated id rejected, a repeated invalid record checked once.
 *
 * @module
 */
import { PolicyInputError, type PolicyIssue } from '../core/errors.js';
import { DUPLICATE_ID_ISSUES, MAX_BATCH, MESSAGES, NOT_AN_OBJECT_ISSUES, frozenIssues } from './messages.js';
import { isLabel } from './fast-reader.js';
import { checkWithSchema, type FieldIssueCache } from './issues.js';
import { checkFast } from './parse.js';
import { MAX_REMEMBERED, plainKey } from './plain-key.js';
import type { Household, HouseholdBatchError, ParseHouseholdsResult } from './types.js';


/** The raw record's id when it would pass as a household id (a label without a long run of digits); otherwise undefined. */
function safeId(record: unknown): string | undefined {
  try {
    if (record === null || typeof record !== 'object' || !Object.prototype.hasOwnProperty.call(record, 'id')) return undefined;
    const id: unknown = (record as { id?: unknown }).id;
    return isLabel(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a batch of household records; one bad record never loses the others.
 *
 * A record whose `id` repeats an earlier valid record's id is rejected (code `duplicate_id`), so
 * no household is counted twice in the per-capita figures of clause 1
 * (「低收入农户人均可支配收入达到16710元以上」).
 *
 * @param input - an array of records (at most 1000000).
 * @returns `{ households, errors }`: the valid households in input order, and for each rejected
 *   record its `index`, its `id` when that is a valid label, and its `issues`. Frozen.
 * @throws {@link PolicyInputError} only when `input` itself is not an array, or is too long.
 * @example
 * ```ts
 * const ok = { id: 'a', category: 'other', members: [{ laborCapable: true }],
 *   income: { year: 2023, wage: 100, netOperating: 0, netProperty: 0, netTransfer: 0 } };
 * const r = parseHouseholds([ok, { ...ok, id: 'b', category: 'rich' }]);
 * r.households.length; //=> 1
 * r.errors[0];         //=> { index: 1, id: 'b', issues: [{ path: ['category'], code: 'invalid_value', … }] }
 * ```
 */
export function parseHouseholds(input: unknown): ParseHouseholdsResult {
  const unreadable = { path: [], code: 'unreadable', message: MESSAGES.unreadable.en, messageZh: MESSAGES.unreadable.zh };
  let length: number;
  try {
    // a Proxy of an array passes Array.isArray and may still throw when read
    if (!Array.isArray(input)) {
      throw new PolicyInputError('parseHouseholds', [{ path: [], code: 'invalid_type', message: MESSAGES.notAnArray.en, messageZh: MESSAGES.notAnArray.zh }]);
    }
    length = input.length;
  } catch (e) {
    throw e instanceof PolicyInputError ? e : new PolicyInputError('parseHouseholds', [unreadable]);
  }
  if (length > MAX_BATCH) {
    throw new PolicyInputError('parseHouseholds', [{ path: [], code: 'too_big', message: MESSAGES.batchTooBig.en, messageZh: MESSAGES.batchTooBig.zh }]);
  }
  const households: Household[] = [];
  const errors: HouseholdBatchError[] = [];
  const ids = new Set<string>();
  /** The frozen issues of invalid records, by {@link plainKey}: a record repeated is checked once. */
  const rejected = new Map<string, readonly PolicyIssue[]>();
  const fields: FieldIssueCache = new Map();
  for (let index = 0; index < length; index++) {
    let record: unknown;
    let notAnObject: boolean;
    try {
      record = (input as readonly unknown[])[index];
      notAnObject = record === null || typeof record !== 'object' || Array.isArray(record);
    } catch {
      errors.push(Object.freeze({ index, issues: Object.freeze([Object.freeze({ ...unreadable, path: Object.freeze([]) })]) }));
      continue;
    }
    // what is not an object gets the schema's one issue at once (holes, numbers and strings in a long list)
    if (notAnObject) {
      errors.push(Object.freeze({ index, issues: NOT_AN_OBJECT_ISSUES }));
      continue;
    }
    // the fast readers' verdict; else the issues of the same record seen before; else the schema's
    let r = checkFast(record, fields);
    let issues: readonly PolicyIssue[] | undefined;
    if (r === undefined) {
      const key = plainKey(record);
      issues = key === undefined ? undefined : rejected.get(key);
      if (issues === undefined) {
        r = checkWithSchema(record);
        if (!r.ok) {
          issues = frozenIssues(r.issues);
          if (key !== undefined && rejected.size < MAX_REMEMBERED) rejected.set(key, issues);
        }
      }
    } else if (!r.ok) {
      issues = r.issues;
    }
    if (r?.ok === true && !ids.has(r.data.id)) {
      ids.add(r.data.id);
      households.push(r.data);
      continue;
    }
    issues ??= DUPLICATE_ID_ISSUES;
    const id = safeId(record);
    errors.push(Object.freeze(id !== undefined ? { index, id, issues } : { index, issues }));
  }
  return Object.freeze({ households: Object.freeze(households), errors: Object.freeze(errors) });
}
