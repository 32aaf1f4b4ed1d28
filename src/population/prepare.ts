/**
 * A population validated once: each household checked (or trusted, when the library made it) and
 * kept in a column store, in input order, with the errors of the others; and the run options of the
 * population functions (`{ year, plan? }`).
 *
 * @module
 * @internal
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { HouseholdStore } from './store.js';
import { PolicyInputError, type PolicyIssue } from '../core/errors.js';
import { parseInput, yearSchema } from '../core/validate.js';
import type { Plan } from '../plan/types.js';
import { isWellFormedPlan } from '../rules/plan-argument.js';
import {
  MAX_REMEMBERED, compactFromHousehold, plainKey, readHouseholdOrIssues, safeParseHousehold, type CompactHousehold, type FieldIssueCache, type Household,
} from '../schema/household.js';
import type { HouseholdError } from './types.js';
import { DUPLICATE_ID_ISSUES, NOT_AN_OBJECT_ISSUES } from '../schema/messages.js';
import { PLAN_ARGUMENT_TEXT } from '../rules/messages/plan-argument.js';
import { PREPARE_TEXT as TEXT } from './messages/prepare.js';
import { compactOfParsed, isParsedHousehold } from '../schema/parsed.js';
import { mayBePersonal } from '../schema/personal.js';

// ---------------------------------------------------------------------------------------------
// Validation, once per household

/** Whether a household was made by the library's parser (frozen, so it cannot have changed since): it skips validation. */
export function isValidated(value: unknown): value is Household {
  return isParsedHousehold(value);
}

/** Validates one household, or returns it as is when the library made it (a parsed household). */
export function validateOne(value: unknown): { ok: true; household: Household } | { ok: false; issues: readonly PolicyIssue[] } {
  if (isValidated(value)) return { ok: true, household: value };
  const r = safeParseHousehold(value);
  if (!r.success) return { ok: false, issues: r.error.issues };
  // safeParseHousehold's households are deeply frozen and stamped as parsed already
  return { ok: true, household: r.data };
}

// ---------------------------------------------------------------------------------------------
// A validated population

/** Where a prepared population (or the array of its households) keeps its store. */
const PREPARED = Symbol('lanxi-policy.prepared');

/** A validated population: its households in a column store, in input order, and the errors of the others. */
export class Prepared {
  private materialised: readonly Household[] | undefined;
  constructor(readonly store: HouseholdStore, readonly errors: readonly HouseholdError[]) {}

  /**
   * The households as {@link Household} objects (built on first use, then kept), frozen and
   * stamped as parsed. The array carries the store, so passing it back is as fast as passing
   * the prepared population.
   */
  households(): readonly Household[] {
    if (this.materialised === undefined) {
      const s = this.store;
      const out: Household[] = new Array(s.size);
      for (let i = 0; i < s.size; i++) {
        const h = s.household(i);
        out[i] = h;
      }
      Object.defineProperty(out, PREPARED, { value: this });
      this.materialised = Object.freeze(out);
    }
    return this.materialised;
  }
}

/** The {@link Prepared} population behind a prepared population or its households array, if any. */
export function preparedOf(value: unknown): Prepared | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const p = (value as { [PREPARED]?: unknown })[PREPARED];
    return p instanceof Prepared ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Marks `target` (a frozen result object, before freezing) as standing for `p`. */
export function attachPrepared(target: object, p: Prepared): void {
  Object.defineProperty(target, PREPARED, { value: p });
}

const MAX_HOUSEHOLDS = 10_000_000;

/**
 * Arrays of parsed households already stored, each with the households it held then: the same
 * array passed again with the same households (frozen, so unchanged) is not stored again.
 */
const STORED = new WeakMap<object, { readonly items: readonly unknown[]; readonly prepared: Prepared }>();

/** Whether `list` holds exactly `items`, the same objects in the same order. */
function holdsSame(list: readonly unknown[], length: number, items: readonly unknown[]): boolean {
  if (items.length !== length) return false;
  for (let i = 0; i < length; i++) if (list[i] !== items[i]) return false;
  return true;
}

/** A household id may be echoed in errors only when it passes as one: a label that cannot be personal data. */

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (!Object.prototype.hasOwnProperty.call(value, 'id')) return undefined;
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 && id.length <= 200 && !mayBePersonal(id) ? id : undefined;
  } catch {
    return undefined;
  }
}


const UNREADABLE: PolicyIssue = Object.freeze({ path: Object.freeze([]), code: 'unreadable', message: TEXT.unreadable.en, messageZh: TEXT.unreadable.zh });

/** The issue list of an unreadable record, frozen like every other issue list. */
const UNREADABLE_ISSUES: readonly PolicyIssue[] = Object.freeze([UNREADABLE]);
const UNREADABLE_LIST: PolicyIssue = Object.freeze({ path: Object.freeze(['households']), code: 'unreadable', message: TEXT.unreadable.en, messageZh: TEXT.unreadable.zh });

/**
 * Validates a population into a column store: each bad household is reported with its index, its
 * id (when it has a readable one that cannot be personal data) and the issues with their paths;
 * the good ones are kept in order. A household whose id repeats an earlier valid household's is
 * rejected (`duplicate_id`), so no household is counted twice, as `parseHouseholds` does.
 * A prepared population (or its households array) is used as it is.
 *
 * @throws {@link PolicyInputError} naming `fn` when `households` is not an array.
 */
export function prepare(fn: string, households: unknown): Prepared {
  const known = preparedOf(households);
  if (known !== undefined) return known;
  let isArray: boolean;
  try {
    isArray = Array.isArray(households);
  } catch {
    throw new PolicyInputError(fn, [UNREADABLE_LIST]);
  }
  if (!isArray) {
    throw new PolicyInputError(fn, [{ path: ['households'], code: 'invalid_type', message: TEXT.notAnArray.en, messageZh: TEXT.notAnArray.zh }]);
  }
  const list = households as readonly unknown[];
  let length: number;
  try {
    length = list.length;
  } catch {
    throw new PolicyInputError(fn, [UNREADABLE_LIST]);
  }
  if (length > MAX_HOUSEHOLDS) {
    throw new PolicyInputError(fn, [{ path: ['households'], code: 'too_big', message: TEXT.tooMany(MAX_HOUSEHOLDS).en, messageZh: TEXT.tooMany(MAX_HOUSEHOLDS).zh }]);
  }
  try {
    const stored = STORED.get(list);
    if (stored !== undefined && holdsSame(list, length, stored.items)) return stored.prepared;
  } catch {
    // an array whose items cannot be read again is read as new, below
  }
  const store = new HouseholdStore(length);
  const errors: HouseholdError[] = [];
  /**
   * The items as they were read, while every one is a parsed household: the array is then
   * remembered with them (the very objects the store was made of, even from an array that would
   * give others when read again).
   */
  let items: unknown[] | undefined = [];
  const ids = new Set<string>();
  /** The issues of invalid records, by {@link plainKey}: a record repeated is checked once. */
  const rejected = new Map<unknown, readonly PolicyIssue[]>();
  const fields: FieldIssueCache = new Map();
  for (let i = 0; i < length; i++) {
    let value: unknown;
    let notAnObject: boolean;
    try {
      value = list[i];
      notAnObject = value === null || typeof value !== 'object' || Array.isArray(value);
    } catch {
      errors.push(Object.freeze({ index: i, issues: UNREADABLE_ISSUES }));
      items = undefined;
      continue;
    }
    // what is not an object gets the schema's one issue at once (holes, numbers and strings in a long list)
    if (notAnObject) {
      errors.push(Object.freeze({ index: i, issues: NOT_AN_OBJECT_ISSUES }));
      items = undefined;
      continue;
    }
    // a validated household, a plain record the fast reader takes, or the schema's verdict
    const validated = isValidated(value) ? value : undefined;
    if (validated === undefined) items = undefined;
    else items?.push(validated);
    const fast = validated === undefined ? readHouseholdOrIssues(value, fields) : compactOfParsed(validated) ?? compactFromHousehold(validated);
    // a record that would be read but for some fields has the schema's issues for them at once
    let issues: readonly PolicyIssue[] | undefined = Array.isArray(fast) ? fast : undefined;
    const compact = Array.isArray(fast) ? undefined : fast as CompactHousehold | undefined;
    let household: Household | undefined = validated;
    if (compact === undefined && household === undefined && issues === undefined) {
      const key = plainKey(value);
      issues = key === undefined ? undefined : rejected.get(key);
      if (issues === undefined) {
        const r = validateOne(value);
        if (r.ok) household = r.household;
        else issues = r.issues;
        if (key !== undefined && issues !== undefined && rejected.size < MAX_REMEMBERED) rejected.set(key, issues);
      }
    }
    const id = compact?.id ?? household?.id;
    const known = ids.size;
    // one lookup: the id is new when adding it grows the set
    if (id !== undefined && ids.add(id).size > known) {
      const c = compact ?? compactFromHousehold(household as Household);
      // a parsed household the caller holds is kept as it is: the store need not rebuild it
      if (c !== undefined) store.append(c, validated);
      else store.appendExternal(household as Household);
    } else {
      const errorId = id ?? idOf(value);
      const list = issues ?? DUPLICATE_ID_ISSUES;
      errors.push(Object.freeze(errorId === undefined ? { index: i, issues: list } : { index: i, id: errorId, issues: list }));
    }
  }
  const prepared = new Prepared(store.finish(), Object.freeze(errors));
  if (items !== undefined && length > 0) STORED.set(list, { items, prepared });
  return prepared;
}

/** Whether a value looks like a {@link Plan} (LANXI_2023 or the result of `plan.with()`). */
export function isPlan(value: unknown): value is Plan {
  // every parameter is read, not just the groups: an object shaped like a plan without its
  // parameters would otherwise pass and fail later with a TypeError inside a rule
  return isWellFormedPlan(value);
}

/** A zod schema accepting a {@link Plan}. */
export function planSchema() {
  return z.any().transform((v, ctx): Plan => {
    if (!isPlan(v)) {
      ctx.addIssue({
        code: 'custom',
        message: PLAN_ARGUMENT_TEXT.notAPlan.en,
        params: { code: 'invalid_plan', zh: PLAN_ARGUMENT_TEXT.notAPlan.zh },
      });
      return z.NEVER;
    }
    return v;
  });
}

const RunOptionsSchema = once(() => z.strictObject({ year: yearSchema(), plan: planSchema().optional() }));

/** Validates `{ year, plan? }`: a plain valid object is read directly, anything else by the schema (and its errors). */
export function parseRunOptions(fn: string, options: unknown): { year: number; plan: Plan | undefined } {
  try {
    const proto: unknown = typeof options === 'object' && options !== null ? Object.getPrototypeOf(options) : undefined;
    if (proto === Object.prototype || proto === null) {
      const o = options as { year?: unknown; plan?: unknown };
      let plain = true;
      for (const k in o) if (k !== 'year' && k !== 'plan') plain = false;
      const year = o.year;
      const plan = o.plan;
      if (plain && typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2199 && (plan === undefined || isPlan(plan))) {
        return { year, plan };
      }
    }
  } catch {
    // unreadable: the schema reports it
  }
  const o = parseInput(fn, RunOptionsSchema(), options);
  return { year: o.year, plan: o.plan };
}

