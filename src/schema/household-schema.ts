/**
 * The zod (v4) schema of the household record: the JSON other government systems send.
 *
 * A household is what every rule of the plan is applied to: its category of assistance
 * (clause 2.1.1: 「及时提高低保、低边、特困救助标准」), its 浙农码 risk colour (clause 2.2.1:
 * 「实行“浙农码”红黄绿三色风险预警管理」), its members (labour capacity for clause 2.3.7, schooling
 * and relationship for clause 2.3.4), its income (the targets of clause 1), its loans and credit
 * line (clause 2.3.8) and its other education aid (clause 2.3.4).
 *
 * Validation is strict: unknown keys are errors, never dropped; money comes out as exact
 * `Decimal`; dates must be real; ID numbers must pass the GB 11643-1999 check. Every issue has a
 * `path`, a stable `code` and a message in English and Chinese, and no message ever repeats an
 * input value, so an ID number or a name cannot leak through an error.
 *
 * @module
 */
import { z } from 'zod';
import { addIssue, booleanSchema, labelSchema, listSchema, yearSchema } from '../core/validate.js';
import { idNumberBirthDate } from './id-number.js';
import { MESSAGES } from './messages.js';
import { date, householdIdSchema, idNumberSchema, money, positiveMoney, relationshipSchema, signedMoney, townshipSchema } from './fields.js';
import { MAX_SCHEDULE, householdLoanSchema } from './loan.js';
import { otherAidSchema } from './aid.js';

/**
 * Most members a household may list. Far above any real household; guards against junk input.
 *
 * @example
 * ```ts
 * MAX_MEMBERS; //=> 50
 * ```
 */
export const MAX_MEMBERS = 50;
/**
 * Most loans a household may list.
 *
 * @example
 * ```ts
 * MAX_LOANS; //=> 100
 * ```
 */
export const MAX_LOANS = 100;
/**
 * Most items of other education aid a household may list.
 *
 * @example
 * ```ts
 * MAX_EDUCATION_AID; //=> 50
 * ```
 */
export const MAX_EDUCATION_AID = 50;
/**
 * The longest list anywhere in a household record (members, loans, aid, a loan's repayments and
 * rate changes): the schema rejects a longer array by its length alone, without reading its items.
 *
 * @example
 * ```ts
 * LONGEST_RECORD_LIST; //=> 1000
 * ```
 * @internal
 */
export const LONGEST_RECORD_LIST = Math.max(MAX_MEMBERS, MAX_LOANS, MAX_EDUCATION_AID, MAX_SCHEDULE);

/**
 * The categories of assistance (clause 2.1.1), in the schema's order.
 *
 * @example
 * ```ts
 * HOUSEHOLD_CATEGORIES; //=> ['dibao', 'dibian', 'tekun', 'other']
 * ```
 * @internal
 */
export const HOUSEHOLD_CATEGORIES = ['dibao', 'dibian', 'tekun', 'other'] as const;
/**
 * The 浙农码 risk colours (clause 2.2.1).
 *
 * @example
 * ```ts
 * RISK_COLORS; //=> ['red', 'yellow', 'green']
 * ```
 * @internal
 */
export const RISK_COLORS = ['red', 'yellow', 'green'] as const;
/**
 * The values of a member's schooling.
 *
 * @example
 * ```ts
 * SCHOOLING.includes('secondaryVocational'); //=> true
 * ```
 * @internal
 */
export const SCHOOLING = ['none', 'compulsory', 'secondaryVocational', 'higherVocational', 'other'] as const;

/**
 * The schema of one member of a household.
 *
 * @example
 * ```ts
 * MemberSchema.parse({ laborCapable: true, relationship: '子女' }).relationship; //=> 'child'
 * ```
 * @internal
 */
export const MemberSchema = z
  .strictObject({
    idNumber: idNumberSchema().optional(),
    birthDate: date('Birth date, YYYY-MM-DD; when idNumber is given too, the two must agree. 出生日期；同时填写身份证号码时二者须一致。').optional(),
    laborCapable: booleanSchema().meta({
      description: 'Whether the member has labour capacity (有劳动力), clause 2.3.7. 是否有劳动能力（第 2.3.7 条）。',
    }),
    schooling: z.enum(SCHOOLING).optional().meta({
      description:
        "Current schooling: 'secondaryVocational' (中职：普通中专、成人中专、职业高中、技工学校) and 'higherVocational' (高职、大专、职业本科) count for the vocational grant of clause 2.3.4. 在读情况：中职、高职计入第 2.3.4 条扶智补助。",
    }),
    relationship: relationshipSchema().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.idNumber !== undefined && m.birthDate !== undefined && idNumberBirthDate(m.idNumber) !== m.birthDate) {
      addIssue(ctx, 'birth_date_mismatch', MESSAGES.birthDateMismatch, ['birthDate']);
    }
  });

/**
 * The schema of the household's income for one calendar year (NBS definitions, clause 1).
 *
 * @example
 * ```ts
 * IncomeSchema.parse({ year: 2023, wage: 0, netOperating: '-1', netProperty: 0, netTransfer: 0 }).netOperating.toString(); //=> '-1'
 * ```
 * @internal
 */
export const IncomeSchema = z.strictObject({
  year: yearSchema().meta({ description: 'The calendar year of the income. 收入所属年度。' }),
  wage: money('Wage income (工资性收入), yuan, not negative. 工资性收入（元），不能为负。'),
  netOperating: signedMoney('Net operating income (经营净收入), yuan; may be negative (a loss). 经营净收入（元），可为负（亏损）。'),
  netProperty: signedMoney('Net property income (财产净收入), yuan; may be negative. 财产净收入（元），可为负。'),
  netTransfer: signedMoney(
    'Net transfer income (转移净收入 = transfers received − transfers paid out), yuan; may be negative. 转移净收入（元），可为负。',
  ),
});

/**
 * The zod (v4) schema of a household record. Parse with {@link parseHousehold} or
 * {@link safeParseHousehold}, whose errors are the library's bilingual issues; the schema itself is
 * exported for composition (`HouseholdSchema.shape.income`, …).
 *
 * Fields and the clauses they serve: `category` (2.1.1 「低保、低边、特困」), `riskColor` (2.2.1
 * 「“浙农码”红黄绿三色风险预警管理」), `inKeyAssistanceVillage` (2.3.7 「乡村振兴重点帮促村」),
 * `members[].laborCapable` (2.3.7 「有劳动力的低收入农户」), `members[].schooling`,
 * `members[].relationship` and `otherEducationAid` (2.3.4 「就读中高等职校的低收入农户子女」),
 * `income` and `previousPerCapita` (1 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上」),
 * `loans` and `creditLine` (2.3.8 「贷款期限和授信额度内的小额贷款」).
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
    id: householdIdSchema(),
    township: townshipSchema().optional(),
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
    loans: listSchema(householdLoanSchema, MAX_LOANS).optional().meta({
      description:
        'Micro-credit loans (小额信贷), clause 2.3.8: principal and creditLimit in yuan, annualRate as a fraction (0.0435), startDate (drawdown), endDate (repayment, not counted), maturityDate, repayments and rateChanges as the bank records them. 小额贷款（第 2.3.8 条）。',
    }),
    otherEducationAid: listSchema(otherAidSchema, MAX_EDUCATION_AID).optional().meta({
      description: 'Education aid other than the vocational grant (clause 2.3.4). 扶智补助以外的其他教育补助。',
    }),
    creditLine: money(
      "The household's credit line (授信额度), yuan, shared by its loans (clause 2.3.8): on each day their subsidised balances together stay within it. 户授信额度（元），各笔贷款共用。",
    ).optional(),
  })
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.members.forEach((m, i) => {
      if (m.idNumber === undefined) return;
      if (seen.has(m.idNumber)) addIssue(ctx, 'duplicate_id_number', MESSAGES.duplicateIdNumber, ['members', i, 'idNumber']);
      seen.add(m.idNumber);
    });
  });
