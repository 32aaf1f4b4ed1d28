/**
 * The JSON Schema of a household record, for systems not written in TypeScript.
 *
 * @module
 */
import { z } from 'zod';
import { HouseholdSchema } from './household-schema.js';
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
 * character and birth date, that a date exists (no 2023-02-30), that a loan's schedule fits it (it
 * does not end or mature before it starts, its repayments and rate changes fall within it, its
 * repayments add up to no more than its principal), that a member's `birthDate` agrees with their ID number, that no ID number repeats in a
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
