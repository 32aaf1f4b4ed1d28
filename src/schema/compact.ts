/**
 * The compact form of a validated household: money in whole fen and rates as integers over a power
 * of ten, so that a population can be stored without a `Decimal` per amount. Only households the
 * compact form can hold exactly have one: a household with a credit line, a member with a
 * relationship, or a loan with a maturity, repayments or rate changes has none (it is kept whole).
 *
 * @module
 */
import type { Decimal } from '../core/decimal.js';
import type { IsoDate } from '../core/calendar.js';
import { decimalOfFen, decimalOfScaled, fenOfDecimal, ratioOfDecimal } from '../core/scaled.js';
import { markParsed } from './parsed.js';
import type { Household, HouseholdCategory, HouseholdMember, RiskColor, Schooling } from './types.js';

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
}

type Rec = Record<string, unknown>;

/**
 * The {@link Household} a compact household stands for: exactly what the schema outputs for the
 * record it was read from (keys in the schema's order, optional keys only when present), frozen,
 * and remembered as parsed.
 *
 * @param c - a household in compact form.
 * @returns the household.
 * @example
 * ```ts
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
    members[i] = Object.freeze(o) as unknown as HouseholdMember;
  }
  h['members'] = Object.freeze(members);
  h['income'] = Object.freeze({
    year: c.incomeYear,
    wage: decimalOfFen(c.wageFen),
    netOperating: decimalOfFen(c.netOperatingFen),
    netProperty: decimalOfFen(c.netPropertyFen),
    netTransfer: decimalOfFen(c.netTransferFen),
  });
  if (c.previousPerCapitaFen >= 0) h['previousPerCapita'] = decimalOfFen(c.previousPerCapitaFen);
  if (c.loans !== undefined) {
    h['loans'] = Object.freeze(c.loans.map((l) => {
      const o: Rec = {};
      if (l.id !== undefined) o['id'] = l.id;
      o['principal'] = decimalOfFen(l.principalFen);
      o['annualRate'] = decimalOfScaled(l.rateNum, l.rateDp);
      o['startDate'] = l.startDate;
      o['endDate'] = l.endDate;
      if (l.creditLimitFen >= 0) o['creditLimit'] = decimalOfFen(l.creditLimitFen);
      if (l.interestPaidFen >= 0) o['interestPaid'] = decimalOfFen(l.interestPaidFen);
      return Object.freeze(o);
    }));
  }
  if (c.otherEducationAid !== undefined) {
    h['otherEducationAid'] = Object.freeze(c.otherEducationAid.map((a) => Object.freeze({ name: a.name, amount: decimalOfFen(a.amountFen), stackable: a.stackable })));
  }
  return markParsed(Object.freeze(h) as unknown as Household, c);
}

/** No key holds `undefined` (the compact form cannot say "present but undefined"), and none of `beyond` is present. */
function fits(o: object, beyond: readonly string[]): boolean {
  for (const k in o) if ((o as Rec)[k] === undefined) return false;
  return beyond.every((k) => !Object.prototype.hasOwnProperty.call(o, k));
}

/** Fields the compact form does not hold: a household with one of them has no compact form. */
const NOT_COMPACT = Object.freeze({
  household: ['creditLine'],
  member: ['relationship'],
  loan: ['maturityDate', 'repayments', 'rateChanges'],
  none: [] as string[],
});

const fen = (d: Decimal | undefined): number => (d === undefined ? -1 : fenOfDecimal(d));

/**
 * The compact form of a validated household, or `undefined` when it has no exact compact form
 * (money below the fen, a rate with more than 15 decimals, a key holding `undefined`, or a field
 * the compact form does not hold: `creditLine`, a member's `relationship`, a loan's `maturityDate`,
 * `repayments` or `rateChanges`).
 *
 * @param h - a household from the schema.
 * @returns its compact form, or undefined.
 * @example
 * ```ts
 * compactFromHousehold(parseHousehold({ ...record, creditLine: 50000 })); //=> undefined
 * ```
 * @internal
 */
export function compactFromHousehold(h: Household): CompactHousehold | undefined {
  if (!fits(h, NOT_COMPACT.household) || !fits(h.income, NOT_COMPACT.none)) return undefined;
  const members: CompactMember[] = [];
  for (const m of h.members) {
    if (!fits(m, NOT_COMPACT.member)) return undefined;
    members.push({ idNumber: m.idNumber, birthDate: m.birthDate, laborCapable: m.laborCapable, schooling: m.schooling });
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
      if (!fits(l, NOT_COMPACT.loan)) return undefined;
      const rate = ratioOfDecimal(l.annualRate);
      const principalFen = fenOfDecimal(l.principal);
      const creditLimitFen = fen(l.creditLimit);
      const interestPaidFen = fen(l.interestPaid);
      if (rate === undefined || Number.isNaN(principalFen + creditLimitFen + interestPaidFen)) return undefined;
      loans.push({ id: l.id, principalFen, rateNum: rate.num, rateDp: rate.dp, startDate: l.startDate, endDate: l.endDate, creditLimitFen, interestPaidFen });
    }
  }
  let otherEducationAid: CompactAid[] | undefined;
  if (h.otherEducationAid !== undefined) {
    otherEducationAid = [];
    for (const a of h.otherEducationAid) {
      const amountFen = fenOfDecimal(a.amount);
      if (!fits(a, NOT_COMPACT.none) || Number.isNaN(amountFen)) return undefined;
      otherEducationAid.push({ name: a.name, amountFen, stackable: a.stackable });
    }
  }
  return {
    id: h.id, township: h.township, village: h.village, inKeyAssistanceVillage: h.inKeyAssistanceVillage, category: h.category,
    riskColor: h.riskColor, members, incomeYear: i.year, wageFen, netOperatingFen, netPropertyFen, netTransferFen, previousPerCapitaFen,
    loans, otherEducationAid,
  };
}
