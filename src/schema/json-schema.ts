/**
 * The JSON Schema of a household record, for systems not written in TypeScript.
 *
 * @module
 */
import { z } from 'zod';
import { HouseholdSchema, JSON_FRAGMENTS } from './household.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * The `$id` of the household JSON Schema.
 *
 * @example
 * ```ts
 * householdJsonSchema().$id === HOUSEHOLD_SCHEMA_ID; //=> true
 * ```
 */
export const HOUSEHOLD_SCHEMA_ID = 'urn:lanxi-policy:household';

/** A JSON Schema document (draft 2020-12), as plain JSON data. */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of the *input* side of {@link HouseholdSchema}: what another
 * system may send. Money is a decimal string or a number (strings are recommended: they are exact),
 * dates are `'YYYY-MM-DD'` strings, enums are listed, required fields are listed and no object
 * allows unknown keys (`additionalProperties: false`). Each field carries an English and Chinese
 * `description` naming the clause it serves (clause 1 「低收入农户人均可支配收入达到16710元以上」,
 * 2.3.4, 2.3.7, 2.3.8, …).
 *
 * JSON Schema checks the shape. Some checks only the library makes: the ID number's check
 * character and birth date, that a date exists (no 2023-02-30), that a loan does not end before it
 * starts, that a member's `birthDate` agrees with their ID number, that no ID number repeats in a
 * household, that an `id` holds no run of 15 digits, and the ±1e12 bound on decimal strings. A
 * record valid under this schema may still be rejected by {@link parseHousehold}; never the other
 * way round.
 *
 * The package also ships it as `lanxi-policy/household.schema.json`.
 *
 * @returns the JSON Schema, deeply frozen like every result of the library (to change a copy:
 *   `structuredClone(householdJsonSchema())`).
 * @example
 * ```ts
 * const s = householdJsonSchema();
 * s.$schema;  //=> 'https://json-schema.org/draft/2020-12/schema'
 * s.required; //=> ['id', 'category', 'members', 'income']
 * (s.properties as any).category.enum; //=> ['dibao', 'dibian', 'tekun', 'other']
 * ```
 */
export function householdJsonSchema(): JsonSchema {
  SCHEMA ??= deepFreeze(buildSchema());
  return SCHEMA;
}

/** The document, built on first use: the same for every call, since the schema never changes. */
let SCHEMA: JsonSchema | undefined;

function buildSchema(): JsonSchema {
  const generated = structuredClone(z.toJSONSchema(HouseholdSchema, { io: 'input', target: 'draft-2020-12' })) as Record<string, unknown>;
  describeLoans(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: HOUSEHOLD_SCHEMA_ID,
    title: 'Low-income rural household (兰溪市低收入农户家庭记录)',
    description:
      'One household record as accepted by lanxi-policy (兰溪市2023年低收入农户增收行动方案). Money in yuan as a decimal string (recommended, exact) or a number; rates as fractions (0.0435 for 4.35%); dates as YYYY-MM-DD. Unknown keys are rejected. Optional fields are left out, never null. 兰溪市低收入农户家庭记录：金额以元为单位，建议用十进制字符串；利率为小数；日期为 YYYY-MM-DD；不接受未知字段；可选字段不填时省略，不要写 null。',
    ...rest,
  };
}

type JsonObject = Record<string, unknown>;

function child(node: unknown, key: string): JsonObject | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const v = (node as JsonObject)[key];
  return v !== null && typeof v === 'object' ? (v as JsonObject) : undefined;
}

/**
 * The loan fields come from the clause 2.3.8 rule's own schema; here they get the same precise
 * fragments (sign, range) and descriptions as the household's other fields.
 */
function describeLoans(root: JsonObject): void {
  const props = child(child(child(child(root, 'properties'), 'loans'), 'items'), 'properties');
  if (props === undefined) return;
  const fields: Record<string, JsonObject> = {
    id: { description: 'A label for the loan (not personal data). 贷款标识（非个人信息）。' },
    principal: { ...JSON_FRAGMENTS.money, description: 'Principal drawn, yuan. 贷款本金（元）。' },
    annualRate: { ...JSON_FRAGMENTS.rate, description: 'Actual annual rate as a fraction, 0 to 1 (0.0435 for 4.35%). 实际年利率（小数，4.35% 写作 0.0435）。' },
    startDate: { ...JSON_FRAGMENTS.date, description: 'Drawdown date: the first day of interest. 放款日（计息首日）。' },
    endDate: { ...JSON_FRAGMENTS.date, description: 'Repayment date, not counted (算头不算尾); not before startDate. 还款日（不计息），不得早于放款日。' },
    creditLimit: { ...JSON_FRAGMENTS.money, description: 'Credit line granted (授信额度), yuan: principal above it earns no subsidy. 授信额度（元）。' },
    interestPaid: { ...JSON_FRAGMENTS.money, description: 'Interest actually paid for the year, yuan: the subsidy never exceeds it. 实付利息（元）。' },
  };
  for (const [name, fragment] of Object.entries(fields)) {
    const existing = props[name];
    if (existing !== null && typeof existing === 'object') props[name] = structuredClone({ ...(existing as JsonObject), ...fragment });
  }
}
