/**
 * The types of a household record: as sent (`…Input`, the input side of the schema) and as
 * validated (the output of `parseHousehold`). The schema's own fields hold values zod cannot type
 * on the input side (money as `string | number | Decimal`, townships and relationships in two
 * languages), so these are written once here, read-only and documented; a type test holds the
 * schema's output assignable to them.
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../core/decimal.js';
import type { IsoDate } from '../core/calendar.js';
import type { PolicyInputError, PolicyIssue } from '../core/errors.js';
import type { HOUSEHOLD_CATEGORIES, RISK_COLORS, SCHOOLING } from './household-schema.js';
import type { Relationship } from './fields.js';
import type { HouseholdLoanInput, ParsedLoan } from './loan.js';
import type { OtherAid, OtherAidInput } from './aid.js';

export type { Relationship } from './fields.js';

/**
 * Category of assistance (clause 2.1.1): 低保, 低保边缘, 特困, or another low-income household.
 *
 * @example
 * ```ts
 * const c: HouseholdCategory = 'dibao';
 * ```
 */
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
/**
 * 浙农码 risk colour (clause 2.2.1).
 *
 * @example
 * ```ts
 * const r: RiskColor = 'yellow';
 * ```
 */
export type RiskColor = (typeof RISK_COLORS)[number];
/**
 * A member's current schooling; the two vocational values count for clause 2.3.4.
 *
 * @example
 * ```ts
 * const s: Schooling = 'secondaryVocational';
 * ```
 */
export type Schooling = (typeof SCHOOLING)[number];

/**
 * A member as sent in JSON.
 *
 * @example
 * ```ts
 * const m: HouseholdMemberInput = { laborCapable: false, schooling: 'higherVocational', relationship: '子女' };
 * ```
 */
export interface HouseholdMemberInput {
  /** Resident ID number (GB 11643-1999). Personal data: never echoed. */
  readonly idNumber?: string;
  /** Birth date, 'YYYY-MM-DD' or a Date; must agree with `idNumber` when both are given. */
  readonly birthDate?: string | Date;
  /** Whether the member has labour capacity (clause 2.3.7). */
  readonly laborCapable: boolean;
  /** Current schooling (clause 2.3.4). */
  readonly schooling?: Schooling;
  /** Relationship to the head of the household: the English code, or 户主 / 配偶 / 子女 / 孙子女 / 父母 / 其他. */
  readonly relationship?: Relationship | '户主' | '配偶' | '子女' | '孙子女' | '父母' | '其他';
}

/**
 * A year's income as sent in JSON: amounts in yuan as decimal strings, numbers or Decimals.
 *
 * @example
 * ```ts
 * const i: HouseholdIncomeInput = { year: 2023, wage: '12000', netOperating: 0, netProperty: 0, netTransfer: '3000' };
 * ```
 */
export interface HouseholdIncomeInput {
  readonly year: number;
  /** Wage income: not negative. */
  readonly wage: DecimalInput;
  /** Net operating income: may be negative. */
  readonly netOperating: DecimalInput;
  /** Net property income: may be negative. */
  readonly netProperty: DecimalInput;
  /** Net transfer income: may be negative. */
  readonly netTransfer: DecimalInput;
}

/**
 * Other education aid as sent in JSON (the aid schema's input).
 *
 * @example
 * ```ts
 * const a: EducationAidInput = { name: '国家助学金', amount: 2000, stackable: true };
 * ```
 */
export type EducationAidInput = OtherAidInput;

/**
 * A household record as other systems send it: the input side of {@link HouseholdSchema}.
 * The same shape, as JSON Schema, is {@link householdJsonSchema}.
 *
 * @example
 * ```ts
 * const h: HouseholdInput = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true }],
 *   income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: '15000' }, creditLine: '50000' };
 * ```
 */
export interface HouseholdInput {
  /** A label for the household (not personal data). */
  readonly id: string;
  /** One of the 16 township codes, or its Chinese name. */
  readonly township?: string;
  readonly village?: string;
  readonly inKeyAssistanceVillage?: boolean;
  readonly category: HouseholdCategory;
  readonly riskColor?: RiskColor;
  /** 1 to 50 members. */
  readonly members: readonly HouseholdMemberInput[];
  readonly income: HouseholdIncomeInput;
  /** Last year's per-capita disposable income, above 0. */
  readonly previousPerCapita?: DecimalInput;
  readonly loans?: readonly HouseholdLoanInput[];
  readonly otherEducationAid?: readonly EducationAidInput[];
  /** The household's credit line (授信额度), yuan, shared by its loans (clause 2.3.8). */
  readonly creditLine?: DecimalInput;
}

/**
 * A validated member.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true, relationship: '子女' }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 },
 *   otherEducationAid: [{ name: '雨露计划', amount: 2000, stackable: true }],
 *   loans: [{ principal: 50000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] };
 * parseHousehold(record).members[0]?.relationship; //=> 'child' (sent as '子女')
 * ```
 */
export interface HouseholdMember {
  /** A valid ID number, with an uppercase X. */
  readonly idNumber?: string;
  readonly birthDate?: IsoDate;
  readonly laborCapable: boolean;
  readonly schooling?: Schooling;
  /** The relationship's English code (a Chinese name in the input is normalised to it). */
  readonly relationship?: Relationship;
}

/**
 * A validated year's income: exact Decimals in yuan.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true, relationship: '子女' }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 },
 *   otherEducationAid: [{ name: '雨露计划', amount: 2000, stackable: true }],
 *   loans: [{ principal: 50000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] };
 * parseHousehold(record).income.wage.toFixed(2); //=> '12000.00'
 * ```
 */
export interface HouseholdIncome {
  readonly year: number;
  readonly wage: Decimal;
  readonly netOperating: Decimal;
  readonly netProperty: Decimal;
  readonly netTransfer: Decimal;
}

/**
 * A validated item of other education aid.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true, relationship: '子女' }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 },
 *   otherEducationAid: [{ name: '雨露计划', amount: 2000, stackable: true }],
 *   loans: [{ principal: 50000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] };
 * parseHousehold(record).otherEducationAid?.[0]?.amount.toString(); //=> '2000'
 * ```
 */
export type EducationAid = OtherAid;

/**
 * A validated loan, as the clause 2.3.8 rules read it.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true, relationship: '子女' }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 },
 *   otherEducationAid: [{ name: '雨露计划', amount: 2000, stackable: true }],
 *   loans: [{ principal: 50000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] };
 * parseHousehold(record).loans?.[0]?.repayments?.[0]?.amount.toString(); //=> '50000'
 * ```
 */
export type HouseholdLoan = ParsedLoan;

/**
 * A validated household: the output of {@link parseHousehold}. Frozen; money as `Decimal`, dates
 * as 'YYYY-MM-DD', the township as its code. Optional fields absent from the input are absent here.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true, relationship: '子女' }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 },
 *   otherEducationAid: [{ name: '雨露计划', amount: 2000, stackable: true }],
 *   loans: [{ principal: 50000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] };
 * const h: Household = parseHousehold(record);
 * ```
 */
export interface Household {
  readonly id: string;
  /** The township's 9-digit code (a Chinese name in the input is normalised to it). */
  readonly township?: string;
  readonly village?: string;
  readonly inKeyAssistanceVillage?: boolean;
  readonly category: HouseholdCategory;
  readonly riskColor?: RiskColor;
  readonly members: readonly HouseholdMember[];
  readonly income: HouseholdIncome;
  readonly previousPerCapita?: Decimal;
  readonly loans?: readonly HouseholdLoan[];
  readonly otherEducationAid?: readonly EducationAid[];
  /** The household's credit line (授信额度), yuan. */
  readonly creditLine?: Decimal;
}

/**
 * Result of {@link safeParseHousehold}.
 *
 * @example
 * ```ts
 * const record = { id: 'LX-0001', category: 'dibao', members: [{ laborCapable: true, relationship: '子女' }], income: { year: 2023, wage: 12000, netOperating: 0, netProperty: 0, netTransfer: 0 },
 *   otherEducationAid: [{ name: '雨露计划', amount: 2000, stackable: true }],
 *   loans: [{ principal: 50000, annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', repayments: [{ date: '2023-09-01', amount: 50000 }] }] };
 * const r: SafeParseHouseholdResult = safeParseHousehold(record);
 * ```
 */
export type SafeParseHouseholdResult =
  | { readonly success: true; readonly data: Household }
  | { readonly success: false; readonly error: PolicyInputError };

/**
 * One rejected record of a batch.
 *
 * @example
 * ```ts
 * parseHouseholds([{}]).errors[0]?.index; //=> 0
 * ```
 */
export interface HouseholdBatchError {
  /** Position of the record in the batch. */
  readonly index: number;
  /** The record's id, when it is a valid label (never personal data). */
  readonly id?: string;
  /** What is wrong with it. */
  readonly issues: readonly PolicyIssue[];
}

/**
 * Result of {@link parseHouseholds}.
 *
 * @example
 * ```ts
 * const records: unknown[] = [{ id: 'a' }];
 * const { households, errors } = parseHouseholds(records);
 * ```
 */
export interface ParseHouseholdsResult {
  /** The valid households, in input order. */
  readonly households: readonly Household[];
  /** The rejected records, in input order. */
  readonly errors: readonly HouseholdBatchError[];
}
