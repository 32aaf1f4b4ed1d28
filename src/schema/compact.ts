/**
 * The compact form of a validated household: money in whole fen and rates as integers over a power
 * of ten, so that a population can be stored without a `Decimal` per amount. Only households the
 * compact form can hold exactly have one (whole fen, rates with at most 15 decimals, no key set to
 * undefined); the others are kept whole.
 *
 * @module
 */
import type { Decimal } from '../core/decimal.js';
import type { IsoDate } from '../core/calendar.js';
import { decimalOfFen, decimalOfScaled, fenOfDecimal, ratioOfDecimal } from '../core/scaled.js';
import { freezeDecimal } from '../core/freeze.js';
import { markParsed } from './parsed.js';
import type { Household, HouseholdCategory, HouseholdMember, RiskColor, Schooling } from './types.js';
import type { Relationship } from './fields.js';

/**
 * A validated member in compact form.
 *
 * @example
 * ```ts
 * const m: CompactMember = { idNumber: undefined, birthDate: undefined, laborCapable: true, schooling: undefined };
 * ```
 * @internal
 */
export interface CompactMember {
  readonly idNumber: string | undefined;
  readonly birthDate: IsoDate | undefined;
  readonly laborCapable: boolean;
  readonly schooling: Schooling | undefined;
  /** Absent (not undefined) when the record gives none. */
  readonly relationship?: Relationship;
}

/**
 * A validated loan in compact form: money in whole fen (−1 when absent), the rate as
 * `rateNum / 10^rateDp`.
 *
 * @example
 * ```ts
 * const l: CompactLoan = { id: undefined, principalFen: 10_000_000, rateNum: 435, rateDp: 4,
 *   startDate: '2023-05-13', endDate: '2024-05-13', creditLimitFen: -1, interestPaidFen: -1 };
 * ```
 * @internal
 */
export interface CompactLoan {
  readonly id: string | undefined;
  readonly principalFen: number;
  readonly rateNum: number;
  readonly rateDp: number;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly creditLimitFen: number;
  readonly interestPaidFen: number;
  /** The schedule, when the record gives one (absent otherwise): dates and whole fen; rates over a power of ten. */
  readonly maturityDate?: IsoDate;
  readonly repayments?: readonly { readonly date: IsoDate; readonly amountFen: number }[];
  readonly rateChanges?: readonly { readonly date: IsoDate; readonly rateNum: number; readonly rateDp: number }[];
}

/**
 * Validated other education aid in compact form.
 *
 * @example
 * ```ts
 * const a: CompactAid = { name: '雨露计划', amountFen: 150_000, stackable: false };
 * ```
 * @internal
 */
export interface CompactAid {
  readonly name: string;
  readonly amountFen: number;
  readonly stackable: boolean;
}

/**
 * A validated household in compact form: what {@link Household} holds, with money in whole fen and
 * rates as integers over a power of ten. {@link householdFromCompact} gives the {@link Household}
 * back, exactly.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 } };
 * const c: CompactHousehold | undefined = compactFromHousehold(parseHousehold(record));
 * ```
 * @internal
 */
export interface CompactHousehold {
  readonly id: string;
  readonly township: string | undefined;
  readonly village: string | undefined;
  readonly inKeyAssistanceVillage: boolean | undefined;
  readonly category: HouseholdCategory;
  readonly riskColor: RiskColor | undefined;
  readonly members: readonly CompactMember[];
  readonly incomeYear: number;
  readonly wageFen: number;
  readonly netOperatingFen: number;
  readonly netPropertyFen: number;
  readonly netTransferFen: number;
  /** −1 when absent. */
  readonly previousPerCapitaFen: number;
  readonly loans: readonly CompactLoan[] | undefined;
  readonly otherEducationAid: readonly CompactAid[] | undefined;
  /** The household's credit line in whole fen, when the record gives one (absent otherwise). */
  readonly creditLineFen?: number;
  /** Members at a vocational school (I-7), and how many of them are children or grandchildren: counted once, as the household is read. */
  readonly students: number;
  readonly childStudents: number;
}

/**
 * I-7: the members at a secondary or higher vocational school, and how many of them are children
 * or grandchildren of the household (the reading `grantFor` 'children', clause 2.3.4
 * 「对就读中高等职校的低收入农户子女给予每户每学年3000元补助」).
 *
 * @param members - a household's members.
 * @returns `{ students, childStudents }`.
 * @example
 * ```ts
 * vocationalStudents([{ schooling: 'higherVocational', relationship: 'child' }, { schooling: 'secondaryVocational' }, {}]);
 * //=> { students: 2, childStudents: 1 }
 * ```
 * @internal
 */
export function vocationalStudents(members: readonly { readonly schooling?: string | undefined; readonly relationship?: string | undefined }[]): { students: number; childStudents: number } {
  let students = 0;
  let childStudents = 0;
  for (const m of members) {
    if (m.schooling !== 'secondaryVocational' && m.schooling !== 'higherVocational') continue;
    students += 1;
    if (m.relationship === 'child' || m.relationship === 'grandchild') childStudents += 1;
  }
  return { students, childStudents };
}

type Rec = Record<string, unknown>;

/** An amount or a rate of a household, frozen all the way down like the household that holds it. */
const money = (fen: number): Decimal => freezeDecimal(decimalOfFen(fen));
const rate = (num: number, dp: number): Decimal => freezeDecimal(decimalOfScaled(num, dp));

/**
 * The {@link Household} a compact household stands for: exactly what the schema outputs for the
 * record it was read from (keys in the schema's order, optional keys only when present), frozen,
 * and stamped as parsed.
 *
 * @param c - a household in compact form.
 * @returns the household.
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 } };
 * const h = parseHousehold(record);
 * householdFromCompact(compactFromHousehold(h)!); // equal to h, key for key
 * ```
 * @internal
 */
export function householdFromCompact(c: CompactHousehold): Household {
  const h: Rec = { id: c.id };
  if (c.township !== undefined) h['township'] = c.township;
  if (c.village !== undefined) h['village'] = c.village;
  if (c.inKeyAssistanceVillage !== undefined) h['inKeyAssistanceVillage'] = c.inKeyAssistanceVillage;
  h['category'] = c.category;
  if (c.riskColor !== undefined) h['riskColor'] = c.riskColor;
  const members: HouseholdMember[] = new Array(c.members.length);
  for (let i = 0; i < members.length; i++) {
    const m = c.members[i] as CompactMember;
    const o: Rec = {};
    if (m.idNumber !== undefined) o['idNumber'] = m.idNumber;
    if (m.birthDate !== undefined) o['birthDate'] = m.birthDate;
    o['laborCapable'] = m.laborCapable;
    if (m.schooling !== undefined) o['schooling'] = m.schooling;
    if (m.relationship !== undefined) o['relationship'] = m.relationship;
    members[i] = Object.freeze(o) as unknown as HouseholdMember;
  }
  h['members'] = Object.freeze(members);
  h['income'] = Object.freeze({
    year: c.incomeYear,
    wage: money(c.wageFen),
    netOperating: money(c.netOperatingFen),
    netProperty: money(c.netPropertyFen),
    netTransfer: money(c.netTransferFen),
  });
  if (c.previousPerCapitaFen >= 0) h['previousPerCapita'] = money(c.previousPerCapitaFen);
  if (c.loans !== undefined) {
    h['loans'] = Object.freeze(c.loans.map((l) => {
      const o: Rec = {};
      if (l.id !== undefined) o['id'] = l.id;
      o['principal'] = money(l.principalFen);
      o['annualRate'] = rate(l.rateNum, l.rateDp);
      o['startDate'] = l.startDate;
      o['endDate'] = l.endDate;
      if (l.maturityDate !== undefined) o['maturityDate'] = l.maturityDate;
      if (l.creditLimitFen >= 0) o['creditLimit'] = money(l.creditLimitFen);
      if (l.interestPaidFen >= 0) o['interestPaid'] = money(l.interestPaidFen);
      if (l.repayments !== undefined) o['repayments'] = Object.freeze(l.repayments.map((r) => Object.freeze({ date: r.date, amount: money(r.amountFen) })));
      if (l.rateChanges !== undefined) o['rateChanges'] = Object.freeze(l.rateChanges.map((r) => Object.freeze({ date: r.date, annualRate: rate(r.rateNum, r.rateDp) })));
      return Object.freeze(o);
    }));
  }
  if (c.otherEducationAid !== undefined) {
    h['otherEducationAid'] = Object.freeze(c.otherEducationAid.map((a) => Object.freeze({ name: a.name, amount: money(a.amountFen), stackable: a.stackable })));
  }
  if (c.creditLineFen !== undefined) h['creditLine'] = money(c.creditLineFen);
  return Object.freeze(markParsed(h as unknown as Household, c));
}

/** No key holds `undefined` (the compact form cannot say "present but undefined"). */
function fits(o: object): boolean {
  for (const k in o) if ((o as Rec)[k] === undefined) return false;
  return true;
}

const fen = (d: Decimal | undefined): number => (d === undefined ? -1 : fenOfDecimal(d));

/**
 * The compact form of a validated household, or `undefined` when it has no exact compact form
 * (money below the fen, a rate with more than 15 decimals, a key holding `undefined`).
 *
 * @param h - a household from the schema.
 * @returns its compact form, or undefined.
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 } };
 * compactFromHousehold(parseHousehold({ ...record, creditLine: 50000 }))?.creditLineFen; //=> 5000000
 * ```
 * @internal
 */
export function compactFromHousehold(h: Household): CompactHousehold | undefined {
  if (!fits(h) || !fits(h.income)) return undefined;
  const members: CompactMember[] = [];
  for (const m of h.members) {
    if (!fits(m)) return undefined;
    const cm: CompactMember = { idNumber: m.idNumber, birthDate: m.birthDate, laborCapable: m.laborCapable, schooling: m.schooling };
    members.push(m.relationship === undefined ? cm : { ...cm, relationship: m.relationship });
  }
  const i = h.income;
  const wageFen = fenOfDecimal(i.wage);
  const netOperatingFen = fenOfDecimal(i.netOperating);
  const netPropertyFen = fenOfDecimal(i.netProperty);
  const netTransferFen = fenOfDecimal(i.netTransfer);
  const previousPerCapitaFen = fen(h.previousPerCapita);
  if (Number.isNaN(wageFen + netOperatingFen + netPropertyFen + netTransferFen + previousPerCapitaFen)) return undefined;
  let loans: CompactLoan[] | undefined;
  if (h.loans !== undefined) {
    loans = [];
    for (const l of h.loans) {
      if (!fits(l)) return undefined;
      const rate = ratioOfDecimal(l.annualRate);
      const principalFen = fenOfDecimal(l.principal);
      const creditLimitFen = fen(l.creditLimit);
      const interestPaidFen = fen(l.interestPaid);
      if (rate === undefined || Number.isNaN(principalFen + creditLimitFen + interestPaidFen)) return undefined;
      let loan: CompactLoan = { id: l.id, principalFen, rateNum: rate.num, rateDp: rate.dp, startDate: l.startDate, endDate: l.endDate, creditLimitFen, interestPaidFen };
      if (l.maturityDate !== undefined) loan = { ...loan, maturityDate: l.maturityDate };
      if (l.repayments !== undefined) {
        const repayments = l.repayments.map((r) => ({ date: r.date, amountFen: fenOfDecimal(r.amount) }));
        if (repayments.some((r) => Number.isNaN(r.amountFen))) return undefined;
        loan = { ...loan, repayments };
      }
      if (l.rateChanges !== undefined) {
        const rateChanges: { date: IsoDate; rateNum: number; rateDp: number }[] = [];
        for (const r of l.rateChanges) {
          const x = ratioOfDecimal(r.annualRate);
          if (x === undefined) return undefined;
          rateChanges.push({ date: r.date, rateNum: x.num, rateDp: x.dp });
        }
        loan = { ...loan, rateChanges };
      }
      loans.push(loan);
    }
  }
  let otherEducationAid: CompactAid[] | undefined;
  if (h.otherEducationAid !== undefined) {
    otherEducationAid = [];
    for (const a of h.otherEducationAid) {
      const amountFen = fenOfDecimal(a.amount);
      if (!fits(a) || Number.isNaN(amountFen)) return undefined;
      otherEducationAid.push({ name: a.name, amountFen, stackable: a.stackable });
    }
  }
  const { students, childStudents } = vocationalStudents(members);
  const c: CompactHousehold = {
    id: h.id, township: h.township, village: h.village, inKeyAssistanceVillage: h.inKeyAssistanceVillage, category: h.category,
    riskColor: h.riskColor, members, incomeYear: i.year, wageFen, netOperatingFen, netPropertyFen, netTransferFen, previousPerCapitaFen,
    loans, otherEducationAid, students, childStudents,
  };
  if (h.creditLine === undefined) return c;
  const creditLineFen = fenOfDecimal(h.creditLine);
  return Number.isNaN(creditLineFen) ? undefined : { ...c, creditLineFen };
}
