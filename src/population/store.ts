/**
 * A population of validated households, stored by column: money in whole fen and dates as day
 * numbers in typed arrays, labels interned. About 100–200 bytes a household instead of the ≈ 1 KB
 * of a parsed {@link Household} with its `Decimal`s, and laid out for the batch engine's loop
 * (clauses 1, 2.3.4 and 2.3.8 over a whole population).
 *
 * Any household can be given back as the exact {@link Household} the schema gives for its record
 * ({@link HouseholdStore.household}). A household with no compact form (money below the fen, a
 * rate with more than 15 decimals) is kept as it is and marked external: the population functions
 * take it through the Decimal path.
 *
 * A parsed household (one the library made, which the caller holds) is kept as it is, beside its
 * columns, instead of having its labels and members stored a second time.
 *
 * @module
 * @internal
 */
import {
  householdFromCompact, type CompactAid, type CompactHousehold, type CompactLoan, type CompactMember, type Household,
  type HouseholdCategory, type Relationship, type RiskColor, type Schooling,
} from '../schema/household.js';
import { isoDay, isoOfDay } from '../core/scaled.js';

/** Flags of a household. */
const LOANS_KEY = 1;
const AID_KEY = 2;
/** The household is kept as a {@link Household} (no compact form). */
export const EXTERNAL = 4;

/** Marks a member without a birth date. */
const NO_DAY = -2147483648;

import { grown, Interned, trimmed, type Column } from './columns.js';
import { LoanSchedules } from './schedules.js';

/** The loan columns, grown and trimmed together. */
const LOAN_COLUMNS = ['loanOrder', 'loanId', 'loanPrincipal', 'loanRateNum', 'loanRateDp', 'loanStartDay', 'loanEndDay', 'loanCreditLimit', 'loanInterestPaid', 'loanScheduled'] as const;
type LoanColumn = (typeof LOAN_COLUMNS)[number];

/**
 * Validated households by column. Build with {@link HouseholdStore.append} (or
 * {@link HouseholdStore.appendExternal}), then {@link HouseholdStore.finish}; read the columns
 * directly in the engine's loop.
 * @internal
 */
export class HouseholdStore {
  /** Households stored. */
  size = 0;

  // --- one entry per household
  readonly ids: string[];
  township: Uint8Array;
  village: Int32Array;
  keyVillage: Uint8Array;
  category: Uint8Array;
  riskColor: Uint8Array;
  incomeYear: Uint16Array;
  wage: Float64Array;
  netOperating: Float64Array;
  netProperty: Float64Array;
  netTransfer: Float64Array;
  /** −1 when absent. */
  previous: Float64Array;
  /** Member count. */
  members: Uint8Array;
  /** Members at a vocational school (I-7). */
  students: Uint8Array;
  /** Of them, children or grandchildren of the household (I-7, reading grantFor 'children'). */
  childStudents: Uint8Array;
  /** Σ of other education aid that forbids stacking, in fen; −1 when there is none. */
  nonStackingAid: Float64Array;
  flags: Uint8Array;
  /** Where each household's members, loans and aid start; entry `size` is the end. */
  memberStart: Int32Array;
  loanStart: Int32Array;
  aidStart: Int32Array;

  // --- members
  memberCount = 0;
  /** bit 0: laborCapable; bits 1–7: schooling (interned, 0 when absent). */
  memberFlags = new Uint8Array(0);
  memberBirth = new Int32Array(0);
  /** The member's relationship to the head (interned, 0 when absent). */
  memberRelationship = new Uint8Array(0);
  /** ID numbers by member index, only where given. */
  readonly memberIdNumber = new Map<number, string>();

  // --- loans, sorted by drawdown date within each household (ties in input order)
  loanCount = 0;
  /** The loan's position in its household's input. */
  loanOrder = new Uint8Array(0);
  loanId = new Int32Array(0);
  loanPrincipal = new Float64Array(0);
  loanRateNum = new Float64Array(0);
  loanRateDp = new Uint8Array(0);
  loanStartDay = new Int32Array(0);
  loanEndDay = new Int32Array(0);
  /** −1 when absent. */
  loanCreditLimit = new Float64Array(0);
  /** −1 when absent. */
  loanInterestPaid = new Float64Array(0);
  /** 1 when the loan has a maturity, repayments or rate changes (in {@link HouseholdStore.schedules}). */
  loanScheduled = new Uint8Array(0);

  // --- other education aid
  aidCount = 0;
  aidName = new Int32Array(0);
  aidAmount = new Float64Array(0);
  aidStackable = new Uint8Array(0);

  /** What few households and loans carry: credit lines, maturities, repayments, rate changes. */
  readonly schedules = new LoanSchedules();

  /** Households kept whole (flag {@link EXTERNAL}). */
  readonly external = new Map<number, Household>();
  /** Parsed households kept as they were given, by index (see {@link HouseholdStore.append}). */
  private kept: (Household | undefined)[] | undefined;

  private readonly strings = new Interned();
  private readonly enums = new Interned();

  constructor(readonly capacity: number) {
    this.ids = new Array(capacity);
    this.township = new Uint8Array(capacity);
    this.village = new Int32Array(capacity);
    this.keyVillage = new Uint8Array(capacity);
    this.category = new Uint8Array(capacity);
    this.riskColor = new Uint8Array(capacity);
    this.incomeYear = new Uint16Array(capacity);
    this.wage = new Float64Array(capacity);
    this.netOperating = new Float64Array(capacity);
    this.netProperty = new Float64Array(capacity);
    this.netTransfer = new Float64Array(capacity);
    this.previous = new Float64Array(capacity);
    this.members = new Uint8Array(capacity);
    this.students = new Uint8Array(capacity);
    this.childStudents = new Uint8Array(capacity);
    this.nonStackingAid = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.memberStart = new Int32Array(capacity + 1);
    this.loanStart = new Int32Array(capacity + 1);
    this.aidStart = new Int32Array(capacity + 1);
  }

  /**
   * Adds a household in compact form. `kept`: the validated household it was read from, when the
   * caller holds it (a parsed household). It is kept as it is and given back by
   * {@link HouseholdStore.household}, so what serves only to rebuild it (labels, members) is not
   * stored a second time.
   */
  append(c: CompactHousehold, kept?: Household): void {
    const i = this.size;
    this.ids[i] = c.id;
    this.township[i] = this.enums.of(c.township);
    if (kept === undefined) this.appendLabels(i, c);
    else (this.kept ??= new Array(this.capacity))[i] = kept;
    this.wage[i] = c.wageFen;
    this.netOperating[i] = c.netOperatingFen;
    this.netProperty[i] = c.netPropertyFen;
    this.netTransfer[i] = c.netTransferFen;
    this.previous[i] = c.previousPerCapitaFen;
    this.members[i] = c.members.length;
    this.students[i] = c.students;
    this.childStudents[i] = c.childStudents;
    if (c.creditLineFen !== undefined) this.schedules.creditLine.set(i, c.creditLineFen);

    let flags = 0;
    if (c.loans !== undefined) {
      flags |= LOANS_KEY;
      this.appendLoans(c.loans);
    }
    let nonStacking = -1;
    if (c.otherEducationAid !== undefined) {
      flags |= AID_KEY;
      let a = this.aidCount;
      const aEnd = a + c.otherEducationAid.length;
      if (aEnd > this.aidName.length) {
        this.aidName = grown(this.aidName, aEnd);
        this.aidAmount = grown(this.aidAmount, aEnd);
        this.aidStackable = grown(this.aidStackable, aEnd);
      }
      for (const x of c.otherEducationAid) {
        this.aidName[a] = this.strings.of(x.name);
        this.aidAmount[a] = x.amountFen;
        this.aidStackable[a] = x.stackable ? 1 : 0;
        if (!x.stackable) nonStacking = (nonStacking < 0 ? 0 : nonStacking) + x.amountFen;
        a += 1;
      }
      this.aidCount = aEnd;
    }
    this.nonStackingAid[i] = nonStacking;
    this.flags[i] = flags;
    this.size = i + 1;
    this.memberStart[i + 1] = this.memberCount;
    this.loanStart[i + 1] = this.loanCount;
    this.aidStart[i + 1] = this.aidCount;
  }

  /** The labels and members of household `i`, which only rebuild it. */
  private appendLabels(i: number, c: CompactHousehold): void {
    this.village[i] = this.strings.of(c.village);
    this.keyVillage[i] = c.inKeyAssistanceVillage === undefined ? 0 : c.inKeyAssistanceVillage ? 2 : 1;
    this.category[i] = this.enums.of(c.category);
    this.riskColor[i] = this.enums.of(c.riskColor);
    this.incomeYear[i] = c.incomeYear;
    let m = this.memberCount;
    const mEnd = m + c.members.length;
    if (mEnd > this.memberFlags.length) {
      this.memberFlags = grown(this.memberFlags, mEnd);
      this.memberBirth = grown(this.memberBirth, mEnd);
      this.memberRelationship = grown(this.memberRelationship, mEnd);
    }
    for (const x of c.members) {
      this.memberRelationship[m] = this.enums.of(x.relationship);
      this.memberFlags[m] = (x.laborCapable ? 1 : 0) | (this.enums.of(x.schooling) << 1);
      this.memberBirth[m] = x.birthDate === undefined ? NO_DAY : isoDay(x.birthDate);
      if (x.idNumber !== undefined) this.memberIdNumber.set(m, x.idNumber);
      m += 1;
    }
    this.memberCount = mEnd;
  }

  private appendLoans(loans: readonly CompactLoan[]): void {
    const n = loans.length;
    const start = this.loanCount;
    const end = start + n;
    if (end > this.loanOrder.length) this.resizeLoans((c) => grown(c, end));
    // I-4: earliest drawdown first, ties in input order (a stable insertion sort; households have few loans)
    const order: number[] = [];
    for (let k = 0; k < n; k++) {
      const s = (loans[k] as CompactLoan).startDate;
      let j = order.length;
      while (j > 0 && (loans[order[j - 1] as number] as CompactLoan).startDate > s) j -= 1;
      order.splice(j, 0, k);
    }
    for (let j = 0; j < n; j++) {
      const k = order[j] as number;
      const l = loans[k] as CompactLoan;
      const at = start + j;
      this.loanOrder[at] = k;
      this.loanId[at] = this.strings.of(l.id);
      this.loanPrincipal[at] = l.principalFen;
      this.loanRateNum[at] = l.rateNum;
      this.loanRateDp[at] = l.rateDp;
      this.loanStartDay[at] = isoDay(l.startDate);
      this.loanEndDay[at] = isoDay(l.endDate);
      this.loanCreditLimit[at] = l.creditLimitFen;
      this.loanInterestPaid[at] = l.interestPaidFen;
      this.loanScheduled[at] = this.schedules.add(at, l) ? 1 : 0;
    }
    this.loanCount = end;
  }

  /** Replaces every loan column by `f` of it (grown or trimmed). */
  private resizeLoans(f: (c: Column) => Column): void {
    const columns = this as unknown as Record<LoanColumn, Column>;
    for (const k of LOAN_COLUMNS) columns[k] = f(columns[k]);
  }

  /** Adds a household that has no compact form; it is kept whole and takes the Decimal path. */
  appendExternal(h: Household): void {
    const i = this.size;
    this.ids[i] = h.id;
    this.township[i] = this.enums.of(h.township);
    this.members[i] = h.members.length;
    this.previous[i] = -1;
    this.nonStackingAid[i] = -1;
    this.flags[i] = EXTERNAL;
    this.external.set(i, h);
    this.size = i + 1;
    this.memberStart[i + 1] = this.memberCount;
    this.loanStart[i + 1] = this.loanCount;
    this.aidStart[i + 1] = this.aidCount;
  }

  /** Releases the spare room of the columns once every household is in. */
  finish(): this {
    const n = this.size;
    if (n < this.capacity) {
      this.ids.length = n;
      this.township = trimmed(this.township, n);
      this.village = trimmed(this.village, n);
      this.keyVillage = trimmed(this.keyVillage, n);
      this.category = trimmed(this.category, n);
      this.riskColor = trimmed(this.riskColor, n);
      this.incomeYear = trimmed(this.incomeYear, n);
      this.wage = trimmed(this.wage, n);
      this.netOperating = trimmed(this.netOperating, n);
      this.netProperty = trimmed(this.netProperty, n);
      this.netTransfer = trimmed(this.netTransfer, n);
      this.previous = trimmed(this.previous, n);
      this.members = trimmed(this.members, n);
      this.students = trimmed(this.students, n);
      this.childStudents = trimmed(this.childStudents, n);
      this.nonStackingAid = trimmed(this.nonStackingAid, n);
      this.flags = trimmed(this.flags, n);
      this.memberStart = trimmed(this.memberStart, n + 1);
      this.loanStart = trimmed(this.loanStart, n + 1);
      this.aidStart = trimmed(this.aidStart, n + 1);
    }
    const m = this.memberCount;
    this.memberFlags = trimmed(this.memberFlags, m);
    this.memberBirth = trimmed(this.memberBirth, m);
    this.memberRelationship = trimmed(this.memberRelationship, m);
    this.resizeLoans((c) => trimmed(c, this.loanCount));
    const a = this.aidCount;
    this.aidName = trimmed(this.aidName, a);
    this.aidAmount = trimmed(this.aidAmount, a);
    this.aidStackable = trimmed(this.aidStackable, a);
    return this;
  }

  /** The township code of household `i`, when it has one. */
  townshipOf(i: number): string | undefined {
    return this.enums.at(this.township[i] as number);
  }

  /** Household `i` in compact form (not for an external or a kept household: {@link HouseholdStore.household} gives those as they are). */
  compact(i: number): CompactHousehold {
    const members: CompactMember[] = [];
    for (let m = this.memberStart[i] as number, end = this.memberStart[i + 1] as number; m < end; m++) {
      const f = this.memberFlags[m] as number;
      const birth = this.memberBirth[m] as number;
      const member: CompactMember = {
        idNumber: this.memberIdNumber.get(m),
        birthDate: birth === NO_DAY ? undefined : isoOfDay(birth),
        laborCapable: (f & 1) === 1,
        schooling: this.enums.at(f >> 1) as Schooling | undefined,
      };
      const relationship = this.enums.at(this.memberRelationship[m] as number) as Relationship | undefined;
      members.push(relationship === undefined ? member : { ...member, relationship });
    }
    const flags = this.flags[i] as number;
    let loans: CompactLoan[] | undefined;
    if ((flags & LOANS_KEY) !== 0) {
      const start = this.loanStart[i] as number;
      const n = (this.loanStart[i + 1] as number) - start;
      loans = new Array(n);
      for (let at = start; at < start + n; at++) {
        loans[this.loanOrder[at] as number] = {
          ...this.schedules.compactOf(at),
          id: this.strings.at(this.loanId[at] as number),
          principalFen: this.loanPrincipal[at] as number,
          rateNum: this.loanRateNum[at] as number,
          rateDp: this.loanRateDp[at] as number,
          startDate: isoOfDay(this.loanStartDay[at] as number),
          endDate: isoOfDay(this.loanEndDay[at] as number),
          creditLimitFen: this.loanCreditLimit[at] as number,
          interestPaidFen: this.loanInterestPaid[at] as number,
        };
      }
    }
    let otherEducationAid: CompactAid[] | undefined;
    if ((flags & AID_KEY) !== 0) {
      otherEducationAid = [];
      for (let a = this.aidStart[i] as number, end = this.aidStart[i + 1] as number; a < end; a++) {
        otherEducationAid.push({ name: this.strings.at(this.aidName[a] as number) as string, amountFen: this.aidAmount[a] as number, stackable: this.aidStackable[a] === 1 });
      }
    }
    const kv = this.keyVillage[i] as number;
    return {
      id: this.ids[i] as string,
      township: this.enums.at(this.township[i] as number),
      village: this.strings.at(this.village[i] as number),
      inKeyAssistanceVillage: kv === 0 ? undefined : kv === 2,
      category: this.enums.at(this.category[i] as number) as HouseholdCategory,
      riskColor: this.enums.at(this.riskColor[i] as number) as RiskColor | undefined,
      members,
      incomeYear: this.incomeYear[i] as number,
      wageFen: this.wage[i] as number,
      netOperatingFen: this.netOperating[i] as number,
      netPropertyFen: this.netProperty[i] as number,
      netTransferFen: this.netTransfer[i] as number,
      previousPerCapitaFen: this.previous[i] as number,
      loans,
      otherEducationAid,
      students: this.students[i] as number,
      childStudents: this.childStudents[i] as number,
      ...(this.schedules.creditLine.has(i) ? { creditLineFen: this.schedules.creditLine.get(i) as number } : {}),
    };
  }

  /** Household `i` as the schema gives it: the household kept, or a new frozen object each time. */
  household(i: number): Household {
    return this.kept?.[i] ?? this.external.get(i) ?? householdFromCompact(this.compact(i));
  }
}
