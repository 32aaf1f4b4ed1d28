/**
 * Field schemas of the household and loan records, each with the JSON Schema it shows to systems
 * outside TypeScript: money, dates, the household's id, the township, the ID number and the
 * member's relationship to the head of the household.
 *
 * @module
 */
import { z } from 'zod';
import { MAX_AMOUNT, addIssue, dateSchema, decimalSchema, fail, labelSchema, moneySchema, rateSchema } from '../core/validate.js';
import { idNumberProblem } from './id-number.js';
import { LANXI_TOWNSHIPS, findTownship } from './townships.js';
import { MESSAGES } from './messages.js';
import { mayBePersonal } from './personal.js';

const DECIMAL_TEXT = '^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$';
/** Decimal text that is not negative (a minus sign only on a zero, which the parser reads as 0). */
const UNSIGNED_DECIMAL_TEXT =
  '^(?:\\+?(?:\\d+(?:\\.\\d*)?|\\.\\d+)|-(?:0+(?:\\.0*)?|\\.0+))(?:[eE][+-]?\\d+)?$';
/**
 * Longest decimal string the parser reads.
 *
 * @example
 * ```ts
 * MAX_DECIMAL_TEXT; //=> 100
 * ```
 * @internal
 */
export const MAX_DECIMAL_TEXT = 100;
/**
 * The limit on amounts (MAX_AMOUNT) as a number of yuan.
 *
 * @example
 * ```ts
 * MAX_YUAN; //=> 1000000000000
 * ```
 * @internal
 */
export const MAX_YUAN = Number(MAX_AMOUNT.toString());
const DATE_TEXT = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * JSON Schema fragments for the input side of the primitives, stricter than their defaults so the
 * JSON Schema says what the parser accepts (sign, range, length).
 *
 * @example
 * ```ts
 * JSON_FRAGMENTS.date; //=> { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }
 * ```
 * @internal
 */
export const JSON_FRAGMENTS = Object.freeze({
  money: { anyOf: [
    { type: 'string', pattern: UNSIGNED_DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', minimum: 0, maximum: MAX_YUAN },
  ] },
  signedMoney: { anyOf: [
    { type: 'string', pattern: DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', minimum: -MAX_YUAN, maximum: MAX_YUAN },
  ] },
  positiveMoney: { anyOf: [
    { type: 'string', pattern: UNSIGNED_DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', exclusiveMinimum: 0, maximum: MAX_YUAN },
  ] },
  rate: { anyOf: [
    { type: 'string', pattern: UNSIGNED_DECIMAL_TEXT, maxLength: MAX_DECIMAL_TEXT },
    { type: 'number', minimum: 0, maximum: 1 },
  ] },
  date: { type: 'string', format: 'date', pattern: DATE_TEXT },
});

/**
 * Money that may not be negative (yuan), described. Outputs a Decimal.
 *
 * @example
 * ```ts
 * money('Wage income, yuan. 工资性收入（元）。').parse('12.50').toString(); //=> '12.5'
 * ```
 * @internal
 */
export const money = (description: string) => moneySchema().meta({ description, ...JSON_FRAGMENTS.money });

/**
 * Money that may be negative (a net income), yuan, described. Outputs a Decimal.
 *
 * @example
 * ```ts
 * signedMoney('Net operating income. 经营净收入。').parse('-3').toString(); //=> '-3'
 * ```
 * @internal
 */
export const signedMoney = (description: string) =>
  decimalSchema({ what: 'amount', nonNegative: false }).meta({ description, ...JSON_FRAGMENTS.signedMoney });

/**
 * Money above zero (yuan), described. Outputs a Decimal; zero or less is refused (code `not_positive`).
 *
 * @example
 * ```ts
 * positiveMoney('Amount repaid. 还款金额。').safeParse('0').success; //=> false
 * ```
 * @internal
 */
export const positiveMoney = (description: string) =>
  decimalSchema({ what: 'amount', positive: true }).meta({ description, ...JSON_FRAGMENTS.positiveMoney });

/**
 * A rate as a fraction in [0, 1], described. Outputs a Decimal.
 *
 * @example
 * ```ts
 * rate('Annual rate. 年利率。').parse('0.0435').toString(); //=> '0.0435'
 * ```
 * @internal
 */
export const rate = (description: string) => rateSchema().meta({ description, ...JSON_FRAGMENTS.rate });

/**
 * A real calendar date, 'YYYY-MM-DD' (or a Date, read in China Standard Time), described.
 *
 * @example
 * ```ts
 * date('Drawdown date. 放款日。').parse('2023-05-13'); //=> '2023-05-13'
 * ```
 * @internal
 */
export const date = (description: string) => dateSchema().meta({ description, ...JSON_FRAGMENTS.date });

/**
 * The household's id: a label (1–200 characters), never personal data (no run of 15 or more digits).
 *
 * @example
 * ```ts
 * householdIdSchema().safeParse('LX-0001').success; //=> true
 * ```
 * @internal
 */
export const householdIdSchema = () => labelSchema()
  .superRefine((v, ctx) => {
    if (typeof v === 'string' && mayBePersonal(v)) addIssue(ctx, 'id_looks_like_personal_data', MESSAGES.idLooksPersonal);
  })
  .meta({
    description:
      'A label for the household (户编号), echoed in results, traces and errors: 1–200 characters, never an ID number, a bank-card number or a name (no run of 15 or more digits). 户编号：1–200 个字符，不得使用身份证号、银行卡号或姓名。',
  });

/**
 * Longest township text looked up.
 *
 * @example
 * ```ts
 * MAX_TOWNSHIP_TEXT; //=> 20
 * ```
 * @internal
 */
export const MAX_TOWNSHIP_TEXT = 20;

/**
 * One of the 16 township codes, or its Chinese name; outputs the code.
 *
 * @example
 * ```ts
 * townshipSchema().parse('游埠镇'); //=> '330781102'
 * ```
 * @internal
 */
export const townshipSchema = () => z
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
    enum: [...LANXI_TOWNSHIPS.map((t) => t.code), ...LANXI_TOWNSHIPS.map((t) => t.name)],
    description:
      "The township (乡镇/街道): one of Lanxi's 16 statistical codes, or its Chinese name, which is normalised to the code. 所属乡镇（街道）：16 个统计代码之一，也可填中文名称（解析后统一为代码）。",
  });

/**
 * A resident ID number, checked (GB 11643-1999); outputs it with an uppercase X.
 *
 * @example
 * ```ts
 * idNumberSchema().safeParse('990000197804090110').success; //=> false (the check character)
 * ```
 * @internal
 */
export const idNumberSchema = () => z
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

/**
 * A member's relationship to the head of the household, as a code, with its Chinese name.
 *
 * @example
 * ```ts
 * RELATIONSHIPS.child; //=> '子女'
 * ```
 */
export const RELATIONSHIPS = Object.freeze({
  head: '户主', spouse: '配偶', child: '子女', grandchild: '孙子女', parent: '父母', other: '其他',
} as const);

/**
 * A member's relationship to the head of the household (clause 2.3.4 「低收入农户子女」): `head`
 * 户主, `spouse` 配偶, `child` 子女, `grandchild` 孙子女, `parent` 父母, `other` 其他.
 *
 * @example
 * ```ts
 * const r: Relationship = 'child';
 * ```
 */
export type Relationship = keyof typeof RELATIONSHIPS;

const RELATIONSHIP_OF: ReadonlyMap<unknown, Relationship> = new Map(
  (Object.keys(RELATIONSHIPS) as Relationship[]).flatMap((code) => [[code, code], [RELATIONSHIPS[code], code]] as const),
);

/**
 * The relationship code of `value` (an English code or its Chinese name), or undefined.
 *
 * @example
 * ```ts
 * relationshipOf('孙子女'); //=> 'grandchild'
 * relationshipOf('son');   //=> undefined
 * ```
 * @internal
 */
export const relationshipOf = (value: unknown): Relationship | undefined => RELATIONSHIP_OF.get(value);

/**
 * A member's relationship: an English code, or its Chinese name, normalised to the code.
 *
 * @example
 * ```ts
 * relationshipSchema().parse('子女'); //=> 'child'
 * ```
 * @internal
 */
export const relationshipSchema = () => z
  .any()
  .transform((v, ctx): Relationship => {
    if (v === undefined || v === null) return fail(ctx, 'required', MESSAGES.required);
    return relationshipOf(v) ?? fail(ctx, 'invalid_value', MESSAGES.unknownRelationship);
  })
  .meta({
    type: 'string',
    enum: [...Object.keys(RELATIONSHIPS), ...Object.values(RELATIONSHIPS)],
    description:
      "Relationship to the head of the household: 'head' 户主, 'spouse' 配偶, 'child' 子女, 'grandchild' 孙子女, 'parent' 父母, 'other' 其他; the Chinese name is accepted and normalised to the code. With the reading grantFor 'children' only a child or grandchild counts for the vocational grant of clause 2.3.4. 与户主关系：可填英文代码或中文名称（解析后统一为代码）。",
  });
