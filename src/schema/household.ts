/**
 * The household record: the JSON other government systems send, validated with zod (v4). This
 * module names the public parts of the schema layer in one place; each lives in a file of its own:
 * the schema (`household-schema.ts`, with its fields in `fields.ts`, loans in `loan.ts`, aid in
 * `aid.ts`), the types (`types.ts`), parsing (`parse.ts`), batches (`batch.ts`), the fast reader
 * (`fast-reader.ts`), the compact form (`compact.ts`) and the issues (`issues.ts`, `messages.ts`).
 *
 * @module
 */
export { HouseholdSchema, MAX_EDUCATION_AID, MAX_LOANS, MAX_MEMBERS } from './household-schema.js';
export { DUPLICATE_ID_ISSUE, DUPLICATE_ID_ISSUES, MAX_BATCH } from './messages.js';
export { RELATIONSHIPS } from './fields.js';
export { householdLoanSchema, householdLoansSchema, MAX_HOUSEHOLD_LOANS, MAX_SCHEDULE } from './loan.js';
export type {
  HouseholdLoanInput, HouseholdLoansInput, ParsedHouseholdLoans, ParsedLoan, RateChange, RateChangeInput, Repayment, RepaymentInput,
} from './loan.js';
export { otherAidSchema } from './aid.js';
export type { OtherAid, OtherAidInput } from './aid.js';
export type {
  EducationAid, EducationAidInput, Household, HouseholdBatchError, HouseholdCategory, HouseholdIncome, HouseholdIncomeInput, HouseholdInput,
  HouseholdLoan, HouseholdMember, HouseholdMemberInput, ParseHouseholdsResult, Relationship, RiskColor, SafeParseHouseholdResult, Schooling,
} from './types.js';
export { householdIssues, parseHousehold, readHouseholdOrIssues, safeParseHousehold, schemaIssues } from './parse.js';
export { parseHouseholds } from './batch.js';
export { isParsedHousehold } from './parsed.js';
export { mayBePersonal } from './personal.js';
export { MAX_REMEMBERED, plainKey } from './plain-key.js';
export { readHouseholdFast } from './fast-reader.js';
export { compactFromHousehold, householdFromCompact } from './compact.js';
export type { CompactAid, CompactHousehold, CompactLoan, CompactMember } from './compact.js';
export type { FieldIssueCache } from './issues.js';
export { JSON_FRAGMENTS } from './fields.js';
