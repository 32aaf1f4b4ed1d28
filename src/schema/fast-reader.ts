/**
 * The fast reader: the common valid household record, read without zod.
 *
 * @module
 */
import type { IsoDate } from '../core/calendar.js';
import { idNumberBirthDate, idNumberProblem } from './id-number.js';
import { findTownship } from './townships.js';
import { MAX_TOWNSHIP_TEXT, relationshipOf } from './fields.js';
import { householdLoanSchema } from './loan.js';
import { LOAN_KEYS, RATE_CHANGE_KEYS, RATE_CHANGE_SHAPE, readLoan, REPAYMENT_KEYS, REPAYMENT_SHAPE } from './fast-loan.js';
import { fenOf, isDate, isLabel, isRecord, keysWithin, MAX_FEN, readList } from './fast-values.js';

export { isLabel } from './fast-values.js';
import { otherAidSchema } from './aid.js';
import {
  HOUSEHOLD_CATEGORIES, HouseholdSchema, IncomeSchema, MAX_EDUCATION_AID, MAX_LOANS, MAX_MEMBERS, MemberSchema, RISK_COLORS, SCHOOLING,
} from './household-schema.js';
import { vocationalStudents, type CompactAid, type CompactHousehold, type CompactLoan, type CompactMember } from './compact.js';
import type { HouseholdCategory, RiskColor, Schooling } from './types.js';

//
// `readHouseholdFast` reads a record as the schema does, but only accepts what it is sure
// of. Anything else — a `Date`, a `Decimal`, an exponent, money below the fen, a value the schema
// rejects, a key present with the value `undefined` — gives `undefined`, and the zod schema decides,
// so errors are always the schema's. A record it accepts gives exactly the schema's output (the same
// keys in the same order, the same values): a property test holds the two equal on random records
// and on mutations of them. A change to the schema must be made here too; a change to its keys
// switches this path off until it is (see FAST_PATH_IN_SYNC).
//
// A record that would be such a record but for some top-level fields (a million `{}` in a batch,
// or a million records with the same unknown category) gets the issues of those fields alone:
// for a required key it lacks, the schema's issues for it on `{}`, taken once, on first use (lackingIssues);
// for a bad value, the field's own schema's issues, remembered for the rest of a batch. A field's
// verdict depends on its value alone, so these are the schema's issues for the record; a property
// test holds the two equal on random and mutated records. Members that are not valid, unknown
// keys, inherited fields and long messages are left to the schema.


const HOUSEHOLD_KEYS: ReadonlySet<string> = new Set([
  'id', 'township', 'village', 'inKeyAssistanceVillage', 'category', 'riskColor', 'members', 'income', 'previousPerCapita', 'loans', 'otherEducationAid', 'creditLine',
]);
const MEMBER_KEYS: ReadonlySet<string> = new Set(['idNumber', 'birthDate', 'laborCapable', 'schooling', 'relationship']);
const INCOME_KEYS: ReadonlySet<string> = new Set(['year', 'wage', 'netOperating', 'netProperty', 'netTransfer']);
const AID_KEYS: ReadonlySet<string> = new Set(['name', 'amount', 'stackable']);
const CATEGORY_SET: ReadonlySet<unknown> = new Set(HOUSEHOLD_CATEGORIES);
const RISK_COLOR_SET: ReadonlySet<unknown> = new Set(RISK_COLORS);
const SCHOOLING_SET: ReadonlySet<unknown> = new Set(SCHOOLING);

/** The schema's keys are exactly `keys`. */
function sameKeys(shape: object, keys: ReadonlySet<string>): boolean {
  const k = Object.keys(shape);
  return k.length === keys.size && k.every((x) => keys.has(x));
}

/** The fast path reads exactly the schema's keys; if the schema gains or loses one, it stands aside. */
const FAST_PATH_IN_SYNC = sameKeys(HouseholdSchema.shape, HOUSEHOLD_KEYS)
  && sameKeys(MemberSchema.shape, MEMBER_KEYS) && sameKeys(IncomeSchema.shape, INCOME_KEYS)
  && sameKeys(householdLoanSchema.shape, LOAN_KEYS) && sameKeys(REPAYMENT_SHAPE, REPAYMENT_KEYS)
  && sameKeys(RATE_CHANGE_SHAPE, RATE_CHANGE_KEYS) && sameKeys(otherAidSchema.shape, AID_KEYS);

/**
 * Whether the fast reader reads the schema's keys (else the schema decides every record).
 * @example
 * ```ts
 * fastPathInSync(); //=> true
 * ```
 * @internal
 */
export const fastPathInSync = (): boolean => FAST_PATH_IN_SYNC;

function readMember(m: unknown): CompactMember | undefined {
  if (!isRecord(m) || !keysWithin(m, MEMBER_KEYS)) return undefined;
  const laborCapable = m['laborCapable'];
  if (typeof laborCapable !== 'boolean') return undefined;
  let schooling: Schooling | undefined;
  if ('schooling' in m) {
    const v = m['schooling'];
    if (!SCHOOLING_SET.has(v)) return undefined;
    schooling = v as Schooling;
  }
  let birthDate: IsoDate | undefined;
  if ('birthDate' in m) {
    const v = m['birthDate'];
    if (!isDate(v)) return undefined;
    birthDate = v;
  }
  let idNumber: string | undefined;
  if ('idNumber' in m) {
    const v = m['idNumber'];
    if (typeof v !== 'string' || idNumberProblem(v) !== undefined) return undefined;
    idNumber = v.toUpperCase();
    if (birthDate !== undefined && idNumberBirthDate(idNumber) !== birthDate) return undefined;
  }
  const relationship = 'relationship' in m ? relationshipOf(m['relationship']) ?? null : undefined;
  if (relationship === null) return undefined;
  return relationship === undefined ? { idNumber, birthDate, laborCapable, schooling } : { idNumber, birthDate, laborCapable, schooling, relationship };
}

function readAid(a: unknown): CompactAid | undefined {
  if (!isRecord(a) || !keysWithin(a, AID_KEYS)) return undefined;
  const name = a['name'];
  const amountFen = fenOf(a['amount'], 0);
  const stackable = a['stackable'];
  if (!isLabel(name) || Number.isNaN(amountFen) || typeof stackable !== 'boolean') return undefined;
  return { name, amountFen, stackable };
}

/**
 * The top-level fields of a record that keep the fast reader from taking it, each with the value
 * read (`ABSENT` for a required key the record does not have, not even inherited).
 *
 * @example
 * ```ts
 * const f: Faults = new Map([['category', 'rich']]);
 * ```
 * @internal
 */
export type Faults = Map<string, unknown>;
/**
 * The value of a required key a record does not have.
 *
 * @example
 * ```ts
 * (readFast({ category: 'dibao' }, true) as Faults).get('id') === ABSENT; //=> true (the record has no id)
 * ```
 * @internal
 */
export const ABSENT: unique symbol = Symbol('absent');

function fault(faults: Faults | undefined, key: string, value: unknown): Faults {
  const f = faults ?? new Map<string, unknown>();
  f.set(key, value);
  return f;
}

/**
 * The fast reader. With `collect`, a record that it would take but for some of its top-level
 * fields (any but `members`, which must be valid or absent) gives those fields instead of
 * `undefined`.
 *
 * @example
 * ```ts
 * [...(readFast({ id: 'a' }, true) as Faults).keys()]; //=> ['category', 'members', 'income'] (each ABSENT)
 * ```
 * @internal
 */
export function readFast(input: unknown, collect: boolean): CompactHousehold | Faults | undefined {
  if (!isRecord(input) || !keysWithin(input, HOUSEHOLD_KEYS)) return undefined;
  let faults: Faults | undefined;
  const id = input['id'];
  if (!isLabel(id)) {
    if (!collect) return undefined;
    faults = fault(faults, 'id', 'id' in input ? id : ABSENT);
  }
  const category = input['category'];
  if (!CATEGORY_SET.has(category)) {
    if (!collect) return undefined;
    faults = fault(faults, 'category', 'category' in input ? category : ABSENT);
  }
  let township: string | undefined;
  if ('township' in input) {
    const v = input['township'];
    township = typeof v === 'string' && v.length <= MAX_TOWNSHIP_TEXT ? findTownship(v)?.code : undefined;
    if (township === undefined) {
      if (!collect) return undefined;
      faults = fault(faults, 'township', v);
    }
  }
  let village: string | undefined;
  if ('village' in input) {
    const v = input['village'];
    if (isLabel(v)) village = v;
    else if (collect) faults = fault(faults, 'village', v);
    else return undefined;
  }
  let inKeyAssistanceVillage: boolean | undefined;
  if ('inKeyAssistanceVillage' in input) {
    const v = input['inKeyAssistanceVillage'];
    if (typeof v === 'boolean') inKeyAssistanceVillage = v;
    else if (collect) faults = fault(faults, 'inKeyAssistanceVillage', v);
    else return undefined;
  }
  let riskColor: RiskColor | undefined;
  if ('riskColor' in input) {
    const v = input['riskColor'];
    if (RISK_COLOR_SET.has(v)) riskColor = v as RiskColor;
    else if (collect) faults = fault(faults, 'riskColor', v);
    else return undefined;
  }
  const ms = input['members'];
  let members: CompactMember[] | undefined;
  if (collect && ms === undefined && !('members' in input)) {
    faults = fault(faults, 'members', ABSENT);
  } else {
    // members that are not valid are left to the schema: its check of repeated ID numbers reads them
    if (!Array.isArray(ms) || ms.length < 1 || ms.length > MAX_MEMBERS) return undefined;
    const list: CompactMember[] = new Array(ms.length);
    for (let i = 0; i < ms.length; i++) {
      const m = readMember(ms[i]);
      if (m === undefined) return undefined;
      // an ID number given twice in the household is left to the schema (a handful of members: no set needed)
      if (m.idNumber !== undefined) for (let j = 0; j < i; j++) if ((list[j] as CompactMember).idNumber === m.idNumber) return undefined;
      list[i] = m;
    }
    members = list;
  }
  const income = input['income'];
  let year = NaN;
  let wageFen = NaN;
  let netOperatingFen = NaN;
  let netPropertyFen = NaN;
  let netTransferFen = NaN;
  if (isRecord(income) && keysWithin(income, INCOME_KEYS)) {
    const y = income['year'];
    if (typeof y === 'number' && Number.isInteger(y) && y >= 1900 && y <= 2199) {
      year = y;
      wageFen = fenOf(income['wage'], 0);
      netOperatingFen = fenOf(income['netOperating'], -MAX_FEN);
      netPropertyFen = fenOf(income['netProperty'], -MAX_FEN);
      netTransferFen = fenOf(income['netTransfer'], -MAX_FEN);
    }
  }
  if (Number.isNaN(year + wageFen + netOperatingFen + netPropertyFen + netTransferFen)) {
    if (!collect) return undefined;
    faults = fault(faults, 'income', income === undefined && !('income' in input) ? ABSENT : income);
  }
  let previousPerCapitaFen = -1;
  if ('previousPerCapita' in input) {
    const v = input['previousPerCapita'];
    previousPerCapitaFen = fenOf(v, 1);
    if (Number.isNaN(previousPerCapitaFen)) {
      if (!collect) return undefined;
      faults = fault(faults, 'previousPerCapita', v);
    }
  }
  let loans: CompactLoan[] | undefined;
  if ('loans' in input) {
    const v = input['loans'];
    loans = readList(v, MAX_LOANS, readLoan);
    if (loans === undefined) {
      if (!collect) return undefined;
      faults = fault(faults, 'loans', v);
    }
  }
  let otherEducationAid: CompactAid[] | undefined;
  if ('otherEducationAid' in input) {
    const v = input['otherEducationAid'];
    otherEducationAid = readList(v, MAX_EDUCATION_AID, readAid);
    if (otherEducationAid === undefined) {
      if (!collect) return undefined;
      faults = fault(faults, 'otherEducationAid', v);
    }
  }
  let creditLineFen: number | undefined;
  if ('creditLine' in input) {
    const v = input['creditLine'];
    creditLineFen = fenOf(v, 0);
    if (Number.isNaN(creditLineFen)) {
      if (!collect) return undefined;
      faults = fault(faults, 'creditLine', v);
    }
  }
  if (faults !== undefined) return faults;
  const { students, childStudents } = vocationalStudents(members as CompactMember[]);
  const c: CompactHousehold = {
    id: id as string, township, village, inKeyAssistanceVillage, category: category as HouseholdCategory, riskColor, members: members as CompactMember[],
    incomeYear: year, wageFen, netOperatingFen, netPropertyFen, netTransferFen, previousPerCapitaFen, loans, otherEducationAid, students, childStudents,
  };
  return creditLineFen === undefined ? c : { ...c, creditLineFen };
}

/**
 * Reads a household record without zod when it is a plain valid record whose money is in whole fen
 * and whose rates have at most 15 decimals; `undefined` otherwise (then validate it with the
 * schema). Never throws.
 *
 * @param input - the record.
 * @returns the household in compact form, or undefined.
 * @example
 * ```ts
 * readHouseholdFast({ id: 'a', creditLine: 1 }); //=> undefined
 * ```
 * @internal
 */
export function readHouseholdFast(input: unknown): CompactHousehold | undefined {
  if (!FAST_PATH_IN_SYNC) return undefined;
  try {
    const r = readFast(input, false);
    return r instanceof Map ? undefined : r;
  } catch {
    return undefined;
  }
}

