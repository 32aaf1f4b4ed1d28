/**
 * The household record: the JSON other government systems send, validated with zod (v4).
 *
 * A household is what every rule of the plan is applied to: its category of assistance
 * (clause 2.1.1: 「及时提高低保、低边、特困救助标准」), its 浙农码 risk colour (clause 2.2.1:
 * 「实行“浙农码”红黄绿三色风险预警管理」), its members (labour capacity for clause 2.3.7, schooling
 * for clause 2.3.4), its income (the targets of clause 1), its loans (clause 2.3.8) and its other
 * education aid (clause 2.3.4).
 *
 * Validation is strict: unknown keys are errors, never dropped; money comes out as exact
 * `Decimal`; dates must be real; ID numbers must pass the GB 11643-1999 check. Every issue has a
 * `path`, a stable `code` and a message in English and Chinese, and no message ever repeats an
 * input value, so an ID number or a name cannot leak through an error.
 *
 * @module
 */
import { z } from 'zod';
import { Decimal, type DecimalInput } from '../core/decimal.js';
import type { IsoDate } from '../core/calendar.js';
import { PolicyInputError, type PathSegment, type PolicyIssue } from '../core/errors.js';
import {
  MAX_AMOUNT, booleanSchema, dateSchema, decimalSchema, labelSchema, listSchema, moneySchema, plainDataIssue, toPolicyIssues, yearSchema,
} from '../core/validate.js';
import { householdLoanSchema, type HouseholdLoanInput, type ParsedLoan } from './loan.js';
import { decimalOfFen, decimalOfScaled, isoDay, pow10, ratioOf, ratioOfDecimal, scaledOf, scaledOfDecimal, toFen } from '../batch/fen.js';
import { idNumberBirthDate, idNumberProblem } from './id-number.js';
import { LANXI_TOWNSHIPS, findTownship } from './townships.js';
import { deepFreeze } from '../core/freeze.js';

// ---------------------------------------------------------------------------------------------
// Limits and messages
// ---------------------------------------------------------------------------------------------

/**
 * Most members a household may list. Far above any real household; guards against junk input.
 *
 * @example
 * ```ts
 * MAX_MEMBERS; //=> 50
 * ```
 */
export const MAX_MEMBERS = 50;
/** Most loans a household may list. */
export const MAX_LOANS = 100;
/** Most items of other education aid a household may list. */
export const MAX_EDUCATION_AID = 50;
/** Most households {@link parseHouseholds} accepts in one batch. */
export const MAX_BATCH = 1_000_000;
/** Longest run of digits allowed in a household `id`: 15 or more could be an ID or bank-card number. */
const MAX_ID_DIGIT_RUN = 14;

interface Msg {
  readonly en: string;
  readonly zh: string;
}

/** Every message this module writes. None takes an input value. */
const MESSAGES = {
  required: { en: 'is required', zh: '必须填写' },
  invalidType: { en: 'must be text', zh: '必须是文本' },
  idLooksPersonal: {
    en: 'must not contain 15 or more digits in a row: a household id is echoed in results and errors, so it must not be an ID or bank-card number',
    zh: '不能含有连续 15 位及以上的数字：户编号会出现在结果和错误信息中，不能使用身份证号或银行卡号',
  },
  unknownTownship: {
    en: "must be one of Lanxi's 16 township codes (such as '330781001') or their Chinese names (such as '兰江街道')",
    zh: '必须是兰溪市 16 个乡镇（街道）的代码（如 330781001）或中文名称（如 兰江街道）之一',
  },
  idFormat: {
    en: 'must be an 18-character resident ID number: 17 digits and a check character (0–9 or X)',
    zh: '必须是 18 位公民身份号码：17 位数字加 1 位校验码（0–9 或 X）',
  },
  idBirthDate: {
    en: 'holds a birth date (characters 7–14) that is not a real date in 1900–2199',
    zh: '第 7–14 位的出生日期不是 1900–2199 年间真实存在的日期',
  },
  idChecksum: {
    en: 'fails the GB 11643-1999 check character',
    zh: '未通过 GB 11643-1999 校验码校验',
  },
  birthDateMismatch: {
    en: 'does not match the birth date in idNumber',
    zh: '与身份证号码中的出生日期不一致',
  },
  duplicateIdNumber: {
    en: 'repeats the idNumber of an earlier member of this household',
    zh: '与本户前面成员的身份证号码重复',
  },
  endBeforeStart: { en: 'must not be before startDate', zh: '不能早于 startDate' },
  nullValue: {
    en: 'must not be null (leave an optional field out instead)',
    zh: '不能为 null（可选字段不填时请省略该字段）',
  },
  notAnArray: { en: 'must be an array of households', zh: '必须是由家庭记录组成的数组' },
  batchTooBig: { en: `must have at most ${MAX_BATCH} households`, zh: `不能超过 ${MAX_BATCH} 户` },
  duplicateId: {
    en: 'repeats the id of an earlier household in this batch',
    zh: '与本批次前面的家庭记录户编号重复',
  },
  unreadable: { en: 'could not be read', zh: '无法读取' },
} as const satisfies Record<string, Msg>;

function addIssue(ctx: z.RefinementCtx, code: string, msg: Msg, path?: PathSegment[]): void {
  ctx.addIssue({ code: 'custom', message: msg.en, params: { code, zh: msg.zh }, ...(path ? { path } : {}) });
}

function fail(ctx: z.RefinementCtx, code: string, msg: Msg): typeof z.NEVER {
  addIssue(ctx, code, msg);
  return z.NEVER;
}

// ---------------------------------------------------------------------------------------------
// Field schemas (each with the JSON Schema it shows to systems outside TypeScript)
// ---------------------------------------------------------------------------------------------

const DECIMAL_TEXT = '^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$';
/** Decimal text that is not negative (a minus sign only on a zero, which the parser reads as 0). */
const UNSIGNED_DECIMAL_TEXT =
  '^(?:\\+?(?:\\d+(?:\\.\\d*)?|\\.\\d+)|-(?:0+(?:\\.0*)?|\\.0+))(?:[eE][+-]?\\d+)?$';
/** Longest decimal string the parser reads. */
const MAX_DECIMAL_TEXT = 100;
const MAX = Number(MAX_AMOUNT.toString());
const DATE_TEXT = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * JSON Schema fragments for the input side of the primitives, stricter than their defaults so the
 * JSON Schema says what the parser accepts (sign, range, length). Shared with `json-schema.ts`.
 * @internal
 */
export const JSON_FRAGMENTS = Object.freeze({
  money: { anyOf: [
    { type: 'string', pattern: UNSIGNED_DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', minimum: 0, maximum: MAX },
  ] },
  signedMoney: { anyOf: [
    { type: 'string', pattern: DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', minimum: -MAX, maximum: MAX },
  ] },
  positiveMoney: { anyOf: [
    { type: 'string', pattern: UNSIGNED_DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', exclusiveMinimum: 0, maximum: MAX },
  ] },
  rate: { anyOf: [
    { type: 'string', pattern: UNSIGNED_DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', minimum: 0, maximum: 1 },
  ] },
  date: { type: 'string', format: 'date', pattern: DATE_TEXT },
});

/** Money that may not be negative (yuan). Outputs a Decimal. */
const money = (description: string) => moneySchema().meta({ description, ...JSON_FRAGMENTS.money });

/** Money that may be negative (a net income): yuan. Outputs a Decimal. */
const signedMoney = (description: string) =>
  decimalSchema({ what: 'amount', nonNegative: false }).meta({ description, ...JSON_FRAGMENTS.signedMoney });

/** Money above zero (yuan). Outputs a Decimal. */
const positiveMoney = (description: string) =>
  decimalSchema({ what: 'amount', positive: true }).meta({ description, ...JSON_FRAGMENTS.positiveMoney });

/** A real calendar date, 'YYYY-MM-DD' (or a Date, read in China Standard Time). */
const date = (description: string) => dateSchema().meta({ description, ...JSON_FRAGMENTS.date });

const ID_DIGIT_RUN = new RegExp(`[0-9]{${MAX_ID_DIGIT_RUN + 1}}`);

/** The household's id: a label, never personal data. */
const householdId = labelSchema()
  .superRefine((v, ctx) => {
    if (typeof v === 'string' && ID_DIGIT_RUN.test(v)) {
      addIssue(ctx, 'id_looks_like_personal_data', MESSAGES.idLooksPersonal);
    }
  })
  .meta({
    description:
      'A label for the household (户编号), echoed in results, traces and errors: 1–200 characters, never an ID number, a bank-card number or a name (no run of 15 or more digits). 户编号：1–200 个字符，不得使用身份证号、银行卡号或姓名。',
  });

const TOWNSHIP_CODES = LANXI_TOWNSHIPS.map((t) => t.code);
const TOWNSHIP_NAMES = LANXI_TOWNSHIPS.map((t) => t.name);
const MAX_TOWNSHIP_TEXT = 20;

/** One of the 16 township codes, or its Chinese name; outputs the code. */
const township = z
  .any()
  .transform((v, ctx): string => {
    if (v === undefined || v === null) return fail(ctx, 'required', MESSAGES.required);
    if (typeof v !== 'string') return fail(ctx, 'invalid_type', MESSAGES.invalidType);
    const t = v.length <= MAX_TOWNSHIP_TEXT ? findTownship(v) : undefined;
    if (t === undefined) return fail(ctx, 'unknown_township', MESSAGES.unknownTownship);
    return t.code;
  })
  .meta({
    type: 'string',
    enum: [...TOWNSHIP_CODES, ...TOWNSHIP_NAMES],
    description:
      "The township (乡镇/街道): one of Lanxi's 16 statistical codes, or its Chinese name, which is normalised to the code. 所属乡镇（街道）：16 个统计代码之一，也可填中文名称（解析后统一为代码）。",
  });

/** A resident ID number, checked (GB 11643-1999); outputs it with an uppercase X. */
const idNumber = z
  .any()
  .transform((v, ctx): string => {
    if (v === undefined || v === null) return fail(ctx, 'required', MESSAGES.required);
    if (typeof v !== 'string') return fail(ctx, 'invalid_type', MESSAGES.invalidType);
    switch (idNumberProblem(v)) {
      case 'format': return fail(ctx, 'invalid_id_number', MESSAGES.idFormat);
      case 'birth_date': return fail(ctx, 'invalid_id_birth_date', MESSAGES.idBirthDate);
      case 'checksum': return fail(ctx, 'invalid_id_checksum', MESSAGES.idChecksum);
      default: return v.toUpperCase();
    }
  })
  .meta({
    type: 'string',
    pattern: '^[0-9]{17}[0-9Xx]$',
    description:
      'Resident ID number (公民身份号码, GB 11643-1999): 17 digits and a check character; the check character and the embedded birth date are verified. Personal data: never echoed in any message. 公民身份号码：校验码与出生日期均会校验；属个人信息，任何提示中都不会出现。',
  });

const HOUSEHOLD_CATEGORIES = ['dibao', 'dibian', 'tekun', 'other'] as const;
const RISK_COLORS = ['red', 'yellow', 'green'] as const;
const SCHOOLING = ['none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other'] as const;

/** One member of a household. */
const MemberSchema = z
  .strictObject({
    idNumber: idNumber.optional(),
    birthDate: date('Birth date, YYYY-MM-DD; when idNumber is given too, the two must agree. 出生日期；同时填写身份证号码时二者须一致。').optional(),
    laborCapable: booleanSchema().meta({
      description: 'Whether the member has labour capacity (有劳动力), clause 2.3.7. 是否有劳动能力（第 2.3.7 条）。',
    }),
    schooling: z.enum(SCHOOLING).optional().meta({
      description:
        "Current schooling: 'secondaryVocational' (中职：普通中专、成人中专、职业高中、技工学校) and 'higherVocational' (高职、大专、职业本科) count for the vocational grant of clause 2.3.4. 在读情况：中职、高职计入第 2.3.4 条扶智补助。",
    }),
  })
  .superRefine((m, ctx) => {
    if (m.idNumber !== undefined && m.birthDate !== undefined && idNumberBirthDate(m.idNumber) !== m.birthDate) {
      addIssue(ctx, 'birth_date_mismatch', MESSAGES.birthDateMismatch, ['birthDate']);
    }
  });

/** The household's income for one calendar year (NBS definitions, clause 1). */
const IncomeSchema = z.strictObject({
  year: yearSchema().meta({ description: 'The calendar year of the income. 收入所属年度。' }),
  wage: money('Wage income (工资性收入), yuan, not negative. 工资性收入（元），不能为负。'),
  netOperating: signedMoney('Net operating income (经营净收入), yuan; may be negative (a loss). 经营净收入（元），可为负（亏损）。'),
  netProperty: signedMoney('Net property income (财产净收入), yuan; may be negative. 财产净收入（元），可为负。'),
  netTransfer: signedMoney(
    'Net transfer income (转移净收入 = transfers received − transfers paid out), yuan; may be negative. 转移净收入（元），可为负。',
  ),
});

/** One item of education aid other than the plan's vocational grant (clause 2.3.4). */
const EducationAidSchema = z.strictObject({
  name: labelSchema().meta({ description: 'Name of the aid (e.g. 国家助学金). 补助名称。' }),
  amount: money('Amount for the academic year, yuan. 本学年金额（元）。'),
  stackable: booleanSchema().meta({
    description:
      'false when the aid says it may not be combined with other aid (有明确要求不能重复享受): then the higher of it and the grant is paid (就高). 不能重复享受时为 false，按就高原则。',
  }),
});

/** A loan as the clause 2.3.8 rule reads it (its dates and schedule checked in schema/loan.ts). */
const LoanSchema = householdLoanSchema;

/**
 * The zod (v4) schema of a household record. Parse with {@link parseHousehold} or
 * {@link safeParseHousehold}, whose errors are the library's bilingual issues; the schema itself is
 * exported for composition (`HouseholdSchema.shape.income`, …).
 *
 * Fields and the clauses they serve: `category` (2.1.1 「低保、低边、特困」), `riskColor` (2.2.1
 * 「“浙农码”红黄绿三色风险预警管理」), `inKeyAssistanceVillage` (2.3.7 「乡村振兴重点帮促村」),
 * `members[].laborCapable` (2.3.7 「有劳动力的低收入农户」), `members[].schooling` and
 * `otherEducationAid` (2.3.4 「就读中高等职校的低收入农户子女」), `income` and `previousPerCapita`
 * (1 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上」), `loans` (2.3.8).
 *
 * Readings: `income.wage` may not be negative; `netOperating`, `netProperty` and `netTransfer` are
 * net figures (NBS) and may be (I-9). A household `id` is a label, not personal data: one with 15
 * or more digits in a row is rejected. Within a household, no two members share an ID number, and
 * a member's `birthDate` agrees with the one inside their ID number.
 *
 * @example
 * ```ts
 * HouseholdSchema.safeParse({ id: 'h1', category: 'dibao', members: [{ laborCapable: true }],
 *   income: { year: 2023, wage: '1000', netOperating: 0, netProperty: 0, netTransfer: '9000' } }).success;
 * //=> true
 * ```
 */
export const HouseholdSchema = z
  .strictObject({
    id: householdId,
    township: township.optional(),
    village: labelSchema().meta({ description: 'Administrative village (行政村). 所属行政村。' }).optional(),
    inKeyAssistanceVillage: booleanSchema()
      .meta({ description: 'Whether the village is a key assistance village (乡村振兴重点帮促村), clause 2.3.7. 是否为重点帮促村。' })
      .optional(),
    category: z.enum(HOUSEHOLD_CATEGORIES).meta({
      description:
        "Category of assistance (clause 2.1.1): 'dibao' 低保, 'dibian' 低保边缘 (低边), 'tekun' 特困, 'other' 其他低收入农户. 救助类别。",
    }),
    riskColor: z.enum(RISK_COLORS).optional().meta({
      description:
        "浙农码 risk colour (clause 2.2.1), as the monitoring system assigns it: the plan gives no criteria, so it is an input. 浙农码风险颜色：方案未给出判定标准，作为输入。",
    }),
    members: listSchema(MemberSchema, MAX_MEMBERS).min(1).meta({
      description: `The household's members (家庭成员): 1 to ${MAX_MEMBERS}. 家庭成员：1–${MAX_MEMBERS} 人。`,
    }),
    income: IncomeSchema.meta({
      description: 'Household income for one year, by NBS component (clause 1, I-9). 家庭全年收入（按国家统计局口径）。',
    }),
    previousPerCapita: positiveMoney(
      "Last year's per-capita disposable income, yuan, above 0: gives the growth rate (clause 1). 上年人均可支配收入（元），须大于 0。",
    ).optional(),
    loans: listSchema(LoanSchema, MAX_LOANS).optional().meta({
      description:
        'Micro-credit loans (小额信贷), clause 2.3.8: principal and creditLimit in yuan, annualRate as a fraction (0.0435), startDate (drawdown) and endDate (repayment, not counted). 小额贷款（第 2.3.8 条）。',
    }),
    otherEducationAid: listSchema(EducationAidSchema, MAX_EDUCATION_AID).optional().meta({
      description: 'Education aid other than the vocational grant (clause 2.3.4). 扶智补助以外的其他教育补助。',
    }),
  })
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.members.forEach((m, i) => {
      if (m.idNumber === undefined) return;
      if (seen.has(m.idNumber)) addIssue(ctx, 'duplicate_id_number', MESSAGES.duplicateIdNumber, ['members', i, 'idNumber']);
      seen.add(m.idNumber);
    });
  });

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** Category of assistance (clause 2.1.1): 低保, 低保边缘, 特困, or another low-income household. */
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
/** 浙农码 risk colour (clause 2.2.1). */
export type RiskColor = (typeof RISK_COLORS)[number];
/** A member's current schooling; the two vocational values count for clause 2.3.4. */
export type Schooling = (typeof SCHOOLING)[number];

/** A member as sent in JSON. */
export interface HouseholdMemberInput {
  /** Resident ID number (GB 11643-1999). Personal data: never echoed. */
  readonly idNumber?: string;
  /** Birth date, 'YYYY-MM-DD' or a Date; must agree with `idNumber` when both are given. */
  readonly birthDate?: string | Date;
  /** Whether the member has labour capacity (clause 2.3.7). */
  readonly laborCapable: boolean;
  /** Current schooling (clause 2.3.4). */
  readonly schooling?: Schooling;
}

/** A year's income as sent in JSON: amounts in yuan as decimal strings, numbers or Decimals. */
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

/** Other education aid as sent in JSON. */
export interface EducationAidInput {
  readonly name: string;
  readonly amount: DecimalInput;
  /** false when the aid may not be combined with other aid (就高). */
  readonly stackable: boolean;
}

/**
 * A household record as other systems send it: the input side of {@link HouseholdSchema}.
 * The same shape, as JSON Schema, is {@link householdJsonSchema}.
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
}

/** A validated member. */
export interface HouseholdMember {
  /** A valid ID number, with an uppercase X. */
  readonly idNumber?: string;
  readonly birthDate?: IsoDate;
  readonly laborCapable: boolean;
  readonly schooling?: Schooling;
}

/** A validated year's income: exact Decimals in yuan. */
export interface HouseholdIncome {
  readonly year: number;
  readonly wage: Decimal;
  readonly netOperating: Decimal;
  readonly netProperty: Decimal;
  readonly netTransfer: Decimal;
}

/** A validated item of other education aid. */
export interface EducationAid {
  readonly name: string;
  readonly amount: Decimal;
  readonly stackable: boolean;
}

/** A validated loan, as the clause 2.3.8 rules read it. */
export type HouseholdLoan = ParsedLoan;

/**
 * A validated household: the output of {@link parseHousehold}. Frozen; money as `Decimal`, dates
 * as 'YYYY-MM-DD', the township as its code. Optional fields absent from the input are absent here.
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
}

// ---------------------------------------------------------------------------------------------
// Issues without personal data
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The fast path: the common valid record, read without zod
// ---------------------------------------------------------------------------------------------
//
// `readHouseholdFast` reads a record as the schema above does, but only accepts what it is sure
// of. Anything else — a `Date`, a `Decimal`, an exponent, money below the fen, a value the schema
// rejects, a key present with the value `undefined` — gives `undefined`, and the zod schema decides,
// so errors are always the schema's. A record it accepts gives exactly the schema's output (the same
// keys in the same order, the same values): a property test holds the two equal on random records
// and on mutations of them. A change to the schema above must be made here too; a change to its
// keys switches this path off until it is (see FAST_PATH_IN_SYNC).
//
// A record that would be such a record but for some top-level fields (a million `{}` in a batch,
// or a million records with the same unknown category) gets the issues of those fields alone:
// for a required key it lacks, the schema's issues for it on `{}`, taken once, on first use (lackingIssues);
// for a bad value, the field's own schema's issues, remembered for the rest of a batch. A field's
// verdict depends on its value alone, so these are the schema's issues for the record; a property
// test holds the two equal on random and mutated records. Members that are not valid, unknown
// keys, inherited fields and long messages are left to the schema.

/**
 * A validated member in compact form.
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
 * @internal
 */
export interface CompactAid {
  readonly name: string;
  readonly amountFen: number;
  readonly stackable: boolean;
}

/**
 * A validated household in compact form: what {@link Household} holds, with money in whole fen and
 * rates as integers over a power of ten, so that a population can be stored without a `Decimal` per
 * amount. {@link householdFromCompact} gives the {@link Household} back, exactly.
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

/** The limit on amounts (MAX_AMOUNT), in fen. */
const MAX_FEN = MAX * 100;

const HOUSEHOLD_KEYS: ReadonlySet<string> = new Set([
  'id', 'township', 'village', 'inKeyAssistanceVillage', 'category', 'riskColor', 'members', 'income', 'previousPerCapita', 'loans', 'otherEducationAid',
]);
const MEMBER_KEYS: ReadonlySet<string> = new Set(['idNumber', 'birthDate', 'laborCapable', 'schooling']);
const INCOME_KEYS: ReadonlySet<string> = new Set(['year', 'wage', 'netOperating', 'netProperty', 'netTransfer']);
const LOAN_KEYS: ReadonlySet<string> = new Set(['id', 'principal', 'annualRate', 'startDate', 'endDate', 'creditLimit', 'interestPaid']);
const AID_KEYS: ReadonlySet<string> = new Set(['name', 'amount', 'stackable']);
const CATEGORY_SET: ReadonlySet<unknown> = new Set(HOUSEHOLD_CATEGORIES);
const RISK_COLOR_SET: ReadonlySet<unknown> = new Set(RISK_COLORS);
const SCHOOLING_SET: ReadonlySet<unknown> = new Set(SCHOOLING);

function sameKeys(shape: object, keys: ReadonlySet<string>): boolean {
  const k = Object.keys(shape);
  return k.length === keys.size && k.every((x) => keys.has(x));
}

/** The fast path reads exactly the schema's keys; if the schema gains or loses one, it stands aside. */
const FAST_PATH_IN_SYNC = sameKeys(HouseholdSchema.shape, HOUSEHOLD_KEYS) && sameKeys(MemberSchema.shape, MEMBER_KEYS)
  && sameKeys(IncomeSchema.shape, INCOME_KEYS) && sameKeys(LoanSchema.shape, LOAN_KEYS) && sameKeys(EducationAidSchema.shape, AID_KEYS);

type Rec = Record<string, unknown>;

/** zod's test for an object. */
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** No key (own or inherited enumerable, as zod's strict check reads them) outside `keys`. */
function keysWithin(o: Rec, keys: ReadonlySet<string>): boolean {
  // for…in would list every inherited key first: an object that is not plain data is left to the schema
  const proto: unknown = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

/**
 * A label (1–200 characters). A label with a run of 15 or more digits (which could be personal
 * data) is left to the schema, whatever it decides about it.
 */
const isLabel = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200 && !ID_DIGIT_RUN.test(v);

/** Money as whole fen, at least `min` fen; NaN when the fast path cannot take it. */
function fenOf(v: unknown, min: number): number {
  let text: string;
  if (typeof v === 'string') {
    if (v.length > MAX_DECIMAL_TEXT) return NaN;
    text = v;
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) return NaN;
    text = String(v);
  } else if (v instanceof Decimal) {
    // A Decimal of this library (a household parsed before): read exactly; negative zero is left to the schema.
    if (v.isNeg() && v.isZero()) return NaN;
    const fen = scaledOfDecimal(v, 2);
    return fen >= min && fen <= MAX_FEN ? fen : NaN;
  } else {
    return NaN;
  }
  const fen = scaledOf(text, 2, MAX_FEN);
  return fen >= min ? fen : NaN;
}

/** A rate in [0, 1] as num / 10^dp; undefined when the fast path cannot take it. */
function rateOf(v: unknown): { num: number; dp: number } | undefined {
  let text: string;
  if (typeof v === 'string') {
    if (v.length > MAX_DECIMAL_TEXT) return undefined;
    text = v;
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    text = String(v);
  } else if (v instanceof Decimal) {
    // A Decimal of this library: read exactly, when in [0, 1] (negative zero is left to the schema).
    if (v.isNeg() || v.gt(1)) return undefined;
    return ratioOfDecimal(v);
  } else {
    return undefined;
  }
  const r = ratioOf(text, 1);
  return r !== undefined && r.num >= 0 ? r : undefined;
}

const isDate = (v: unknown): v is IsoDate => typeof v === 'string' && !Number.isNaN(isoDay(v));

function readMember(m: unknown, idNumbers: Set<string>): CompactMember | undefined {
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
    if (idNumbers.has(idNumber)) return undefined;
    idNumbers.add(idNumber);
  }
  return { idNumber, birthDate, laborCapable, schooling };
}

function readLoan(l: unknown): CompactLoan | undefined {
  if (!isRecord(l) || !keysWithin(l, LOAN_KEYS)) return undefined;
  let id: string | undefined;
  if ('id' in l) {
    const v = l['id'];
    if (!isLabel(v)) return undefined;
    id = v;
  }
  const principalFen = fenOf(l['principal'], 0);
  const rate = rateOf(l['annualRate']);
  const startDate = l['startDate'];
  const endDate = l['endDate'];
  if (Number.isNaN(principalFen) || rate === undefined || !isDate(startDate) || !isDate(endDate) || endDate < startDate) return undefined;
  let creditLimitFen = -1;
  if ('creditLimit' in l) {
    creditLimitFen = fenOf(l['creditLimit'], 0);
    if (Number.isNaN(creditLimitFen)) return undefined;
  }
  let interestPaidFen = -1;
  if ('interestPaid' in l) {
    interestPaidFen = fenOf(l['interestPaid'], 0);
    if (Number.isNaN(interestPaidFen)) return undefined;
  }
  return { id, principalFen, rateNum: rate.num, rateDp: rate.dp, startDate, endDate, creditLimitFen, interestPaidFen };
}

function readAid(a: unknown): CompactAid | undefined {
  if (!isRecord(a) || !keysWithin(a, AID_KEYS)) return undefined;
  const name = a['name'];
  const amountFen = fenOf(a['amount'], 0);
  const stackable = a['stackable'];
  if (!isLabel(name) || Number.isNaN(amountFen) || typeof stackable !== 'boolean') return undefined;
  return { name, amountFen, stackable };
}

function readList<T>(v: unknown, max: number, read: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = read(v[i]);
    if (x === undefined) return undefined;
    out[i] = x;
  }
  return out;
}

/**
 * The top-level fields of a record that keep the fast reader from taking it, each with the value
 * read (`ABSENT` for a required key the record does not have, not even inherited).
 */
type Faults = Map<string, unknown>;
const ABSENT: unique symbol = Symbol('absent');

function fault(faults: Faults | undefined, key: string, value: unknown): Faults {
  const f = faults ?? new Map<string, unknown>();
  f.set(key, value);
  return f;
}

/**
 * The fast reader. With `collect`, a record that it would take but for some of its top-level
 * fields (any but `members`, which must be valid or absent) gives those fields instead of
 * `undefined`.
 */
function readFast(input: unknown, collect: boolean): CompactHousehold | Faults | undefined {
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
    const idNumbers = new Set<string>();
    const list: CompactMember[] = new Array(ms.length);
    for (let i = 0; i < ms.length; i++) {
      const m = readMember(ms[i], idNumbers);
      if (m === undefined) return undefined;
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
  if (faults !== undefined) return faults;
  return {
    id: id as string, township, village, inKeyAssistanceVillage, category: category as HouseholdCategory, riskColor, members: members as CompactMember[],
    incomeYear: year, wageFen, netOperatingFen, netPropertyFen, netTransferFen, previousPerCapitaFen, loans, otherEducationAid,
  };
}

/**
 * Reads a household record without zod when it is a plain valid record whose money is in whole fen
 * and whose rates have at most 15 decimals; `undefined` otherwise (then validate it with the
 * schema). Never throws.
 *
 * @param input - the record.
 * @returns the household in compact form, or undefined.
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

/** Whole fen → Decimal yuan, exact. */
const yuanOfFen = (fen: number): Decimal => decimalOfFen(fen);

/** num / 10^dp → Decimal, exact. */
const decimalOfRatio = (num: number, dp: number): Decimal => decimalOfScaled(num, dp);

/**
 * The {@link Household} a compact household stands for: exactly what the schema outputs for the
 * record it was read from (keys in the schema's order, optional keys only when present), frozen.
 *
 * @param c - a household in compact form.
 * @returns the household.
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
    wage: yuanOfFen(c.wageFen),
    netOperating: yuanOfFen(c.netOperatingFen),
    netProperty: yuanOfFen(c.netPropertyFen),
    netTransfer: yuanOfFen(c.netTransferFen),
  });
  if (c.previousPerCapitaFen >= 0) h['previousPerCapita'] = yuanOfFen(c.previousPerCapitaFen);
  if (c.loans !== undefined) {
    h['loans'] = Object.freeze(c.loans.map((l) => {
      const o: Rec = {};
      if (l.id !== undefined) o['id'] = l.id;
      o['principal'] = yuanOfFen(l.principalFen);
      o['annualRate'] = decimalOfRatio(l.rateNum, l.rateDp);
      o['startDate'] = l.startDate;
      o['endDate'] = l.endDate;
      if (l.creditLimitFen >= 0) o['creditLimit'] = yuanOfFen(l.creditLimitFen);
      if (l.interestPaidFen >= 0) o['interestPaid'] = yuanOfFen(l.interestPaidFen);
      return Object.freeze(o);
    }));
  }
  if (c.otherEducationAid !== undefined) {
    h['otherEducationAid'] = Object.freeze(c.otherEducationAid.map((a) => Object.freeze({ name: a.name, amount: yuanOfFen(a.amountFen), stackable: a.stackable })));
  }
  return Object.freeze(h) as unknown as Household;
}

/** No key holds `undefined` (the compact form cannot say "present but undefined"). */
function noUndefined(o: object): boolean {
  for (const k in o) if ((o as Rec)[k] === undefined) return false;
  return true;
}

/** A Decimal as whole fen, or NaN. */
function fenOfDecimal(d: Decimal): number {
  return toFen(d) ?? NaN;
}

/**
 * The compact form of a validated household, or `undefined` when it has no exact compact form
 * (money below the fen, a rate with more than 15 decimals, a key holding `undefined`).
 *
 * @param h - a household from the schema.
 * @returns its compact form, or undefined.
 * @internal
 */
export function compactFromHousehold(h: Household): CompactHousehold | undefined {
  if (!noUndefined(h) || !noUndefined(h.income)) return undefined;
  const members: CompactMember[] = [];
  for (const m of h.members) {
    if (!noUndefined(m)) return undefined;
    members.push({ idNumber: m.idNumber, birthDate: m.birthDate, laborCapable: m.laborCapable, schooling: m.schooling });
  }
  const i = h.income;
  const wageFen = fenOfDecimal(i.wage);
  const netOperatingFen = fenOfDecimal(i.netOperating);
  const netPropertyFen = fenOfDecimal(i.netProperty);
  const netTransferFen = fenOfDecimal(i.netTransfer);
  const previousPerCapitaFen = h.previousPerCapita === undefined ? -1 : fenOfDecimal(h.previousPerCapita);
  if (Number.isNaN(wageFen + netOperatingFen + netPropertyFen + netTransferFen + previousPerCapitaFen)) return undefined;
  let loans: CompactLoan[] | undefined;
  if (h.loans !== undefined) {
    loans = [];
    for (const l of h.loans) {
      if (!noUndefined(l)) return undefined;
      const dp = l.annualRate.decimalPlaces();
      const rateNum = dp <= 15 ? l.annualRate.times(pow10(dp)).toNumber() : NaN;
      const principalFen = fenOfDecimal(l.principal);
      const creditLimitFen = l.creditLimit === undefined ? -1 : fenOfDecimal(l.creditLimit);
      const interestPaidFen = l.interestPaid === undefined ? -1 : fenOfDecimal(l.interestPaid);
      if (!Number.isSafeInteger(rateNum) || Number.isNaN(principalFen + creditLimitFen + interestPaidFen)) return undefined;
      loans.push({ id: l.id, principalFen, rateNum, rateDp: dp, startDate: l.startDate, endDate: l.endDate, creditLimitFen, interestPaidFen });
    }
  }
  let otherEducationAid: CompactAid[] | undefined;
  if (h.otherEducationAid !== undefined) {
    otherEducationAid = [];
    for (const a of h.otherEducationAid) {
      const amountFen = fenOfDecimal(a.amount);
      if (!noUndefined(a) || Number.isNaN(amountFen)) return undefined;
      otherEducationAid.push({ name: a.name, amountFen, stackable: a.stackable });
    }
  }
  return {
    id: h.id, township: h.township, village: h.village, inKeyAssistanceVillage: h.inKeyAssistanceVillage, category: h.category,
    riskColor: h.riskColor, members, incomeYear: i.year, wageFen, netOperatingFen, netPropertyFen, netTransferFen, previousPerCapitaFen,
    loans, otherEducationAid,
  };
}

/** Result of {@link safeParseHousehold}. */
export type SafeParseHouseholdResult =
  | { readonly success: true; readonly data: Household }
  | { readonly success: false; readonly error: PolicyInputError };

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

/** A frozen list of frozen issues. */
const frozenIssues = (issues: readonly PolicyIssue[]): readonly PolicyIssue[] =>
  Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));

/** The schema's verdict on a record (the slow path: every record the fast readers do not decide). */
function checkWithSchema(input: unknown): Verdict {
  // an object that inherits enumerable keys, or has very many, is reported at its path at once (zod would list every key)
  const notPlain = plainDataIssue(input);
  if (notPlain !== undefined) return { ok: false, issues: frozenIssues([notPlain]) };
  let result: ReturnType<typeof HouseholdSchema.safeParse>;
  try {
    result = HouseholdSchema.safeParse(input);
  } catch {
    return { ok: false, issues: [{ path: [], code: 'unreadable', message: MESSAGES.unreadable.en, messageZh: MESSAGES.unreadable.zh }] };
  }
  if (result.success) {
    // zod leaves out optional keys absent from the input, so the output matches Household exactly.
    return { ok: true, data: deepFreeze(result.data) as unknown as Household };
  }
  return { ok: false, issues: capped(toIssues(result.error.issues, input)) };
}

/** The required keys of a household. */
const REQUIRED_KEYS: readonly string[] = ['id', 'category', 'members', 'income'];
/** The keys of a household in the schema's order: zod lists the issues of the fields in it. */
const SHAPE_KEYS: readonly string[] = Object.keys(HouseholdSchema.shape);
/** Longest message a {@link PolicyInputError} keeps whole. */
const MAX_MESSAGE = 200;

/** `make()`, computed on the first call and kept: work a module would otherwise do when it is imported. */
function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * The schema's issues for each required key a record lacks, taken from the schema itself (its
 * verdict on `{}`); undefined, which switches the fast verdict off, if they are not one list per
 * required key.
 */
const lackingIssues = once((): ReadonlyMap<string, readonly PolicyIssue[]> | undefined => {
  const r = checkWithSchema({});
  if (r.ok || !FAST_PATH_IN_SYNC) return undefined;
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
  if (schema === undefined || plainDataIssue(value) !== undefined) return undefined;
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
 */
function faultIssues(input: object, faults: Faults, lacking: ReadonlyMap<string, readonly PolicyIssue[]>, cache: FieldIssueCache | undefined): readonly PolicyIssue[] | undefined {
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

/**
 * A record's verdict: the fast reader's for a plain valid record; for a record it would take but
 * for some top-level fields, those fields' issues as the schema gives them (a property test holds
 * the two equal); the schema's for everything else.
 */
function check(input: unknown, cache?: FieldIssueCache): Verdict {
  return checkFast(input, cache) ?? checkWithSchema(input);
}

type Verdict = { ok: true; data: Household } | { ok: false; issues: readonly PolicyIssue[] };

/** The fast verdict (its issues frozen), or undefined when the record is left to the schema. */
function checkFast(input: unknown, cache: FieldIssueCache | undefined): Verdict | undefined {
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
  const lacking = FAST_PATH_IN_SYNC ? lackingIssues() : undefined;
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

/**
 * How many distinct invalid records a batch validation remembers (by {@link plainKey}).
 * @internal
 */
export const MAX_REMEMBERED = 10_000;
/** Longest key {@link plainKey} makes. */
const MAX_KEY = 400;

/**
 * A text that fixes a plain value exactly — primitives with their type, arrays (holes marked) and
 * plain objects with their own data properties in order — or `undefined` for anything else
 * (accessors, class instances, inherited keys, symbols) or anything long. The schema's verdict on
 * a value depends on nothing else, so two values with the same key get the same issues: a batch
 * checks a repeated invalid record once.
 *
 * @param value - a record.
 * @returns its key, or undefined.
 * @example
 * ```ts
 * plainKey({ id: 'a', members: [] }); //=> '{"id":S"a","members":[],}'
 * plainKey(new Date());               //=> undefined
 * ```
 * @internal
 */
export function plainKey(value: unknown): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const put = (part: string): boolean => {
    parts.push(part);
    length += part.length;
    return length <= MAX_KEY;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 8) return false;
    if (v === null) return put('n');
    if (v === undefined) return put('u');
    if (typeof v === 'boolean') return put(v ? 't' : 'f');
    if (typeof v === 'number') return put(Object.is(v, -0) ? 'N-0' : `N${v}`);
    if (typeof v === 'string') return put(`S${JSON.stringify(v)}`);
    if (typeof v !== 'object') return false;
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype || !put('[')) return false;
      for (let i = 0; i < v.length; i++) {
        const d = Object.getOwnPropertyDescriptor(v, i);
        if (d === undefined) {
          if (!put('h')) return false;
        } else if (!('value' in d) || !walk(d.value, depth + 1)) {
          return false;
        }
        if (!put(',')) return false;
      }
      return put(']');
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if ((proto !== Object.prototype && proto !== null) || !put(proto === null ? '{0' : '{')) return false;
    for (const k in v) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d === undefined || !('value' in d) || !put(`${JSON.stringify(k)}:`) || !walk(d.value, depth + 1) || !put(',')) return false;
    }
    return put('}');
  };
  try {
    return walk(value, 0) ? parts.join('') : undefined;
  } catch {
    return undefined;
  }
}

/** The issues of a record that is not an object, as the schema gives them (a test holds the two equal). */
const NOT_AN_OBJECT: readonly PolicyIssue[] = Object.freeze([Object.freeze({
  path: Object.freeze([]) as readonly PathSegment[], code: 'invalid_type', message: 'must be an object', messageZh: '必须是对象',
})]);

/** The issue of a record whose id repeats an earlier valid record's. */
const DUPLICATE_ID: readonly PolicyIssue[] = frozenIssues([
  { path: ['id'], code: 'duplicate_id', message: MESSAGES.duplicateId.en, messageZh: MESSAGES.duplicateId.zh },
]);

/** One rejected record of a batch. */
export interface HouseholdBatchError {
  /** Position of the record in the batch. */
  readonly index: number;
  /** The record's id, when it is a valid label (never personal data). */
  readonly id?: string;
  /** What is wrong with it. */
  readonly issues: readonly PolicyIssue[];
}

/** Result of {@link parseHouseholds}. */
export interface ParseHouseholdsResult {
  /** The valid households, in input order. */
  readonly households: readonly Household[];
  /** The rejected records, in input order. */
  readonly errors: readonly HouseholdBatchError[];
}

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
      errors.push(Object.freeze({ index, issues: NOT_AN_OBJECT }));
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
    issues ??= DUPLICATE_ID;
    const id = safeId(record);
    errors.push(Object.freeze(id !== undefined ? { index, id, issues } : { index, issues }));
  }
  return Object.freeze({ households: Object.freeze(households), errors: Object.freeze(errors) });
}
