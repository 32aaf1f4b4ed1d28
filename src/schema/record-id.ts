/**
 * Record ids that the library repeats in results, traces and errors (a loan's id, a household's id in
 * a visit roster, a project's or an application's id). They are labels chosen by the caller, never
 * personal data: a label with 15 or more digits in a row (see {@link mayBePersonal}) is rejected,
 * without being repeated in the error. Used for the loans of clause 2.3.8 and the records of clauses
 * 2.3.1, 2.3.3 and 2.3.4.
 *
 * @module
 */
import { addIssue, labelSchema, type Msg } from '../core/validate.js';
import { mayBePersonal } from './personal.js';

const ID_LOOKS_PERSONAL: Msg = {
  en: 'must not contain 15 or more digits in a row: this id is echoed in results, traces and errors, so it must not be an ID or bank-card number',
  zh: '不能含有连续 15 位及以上的数字：该编号会出现在结果、计算过程和错误信息中，不能使用身份证号或银行卡号',
};

/**
 * A zod schema for an id the library echoes: a label (1–200 characters) without a run of 15 or more
 * digits. Rejected ids give the issue code `id_looks_like_personal_data`, and the message never
 * repeats the value.
 *
 * @returns the schema (outputs the string unchanged).
 * @example
 * ```ts
 * recordIdSchema().safeParse('loan-1').success;            //=> true
 * recordIdSchema().safeParse('990000197804090111').success; //=> false (an ID number)
 * ```
 */
export function recordIdSchema() {
  return labelSchema()
    .superRefine((v, ctx) => {
      if (typeof v === 'string' && mayBePersonal(v)) addIssue(ctx, 'id_looks_like_personal_data', ID_LOOKS_PERSONAL);
    })
    .meta({ type: 'string', minLength: 1, maxLength: 200 });
}
