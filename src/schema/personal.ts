/**
 * The one test for text that may be personal data. Labels the library echoes in results, traces
 * and errors (a household's id, a loan's id, a holder of dividend shares) are chosen by the caller;
 * a run of 15 or more digits could be a resident ID number (GB 11643-1999: 15 or 18 characters) or
 * a bank-card number, so such a label is refused, and never repeated in the error.
 *
 * @module
 */

/**
 * Longest run of digits an echoed label may hold: 15 or more could be an ID or a bank-card number.
 *
 * @example
 * ```ts
 * MAX_ID_DIGIT_RUN; //=> 14
 * ```
 */
export const MAX_ID_DIGIT_RUN = 14;

const DIGIT_RUN = new RegExp(`[0-9]{${MAX_ID_DIGIT_RUN + 1}}`);

/**
 * Whether `text` may be personal data: whether it holds a run of 15 or more digits.
 *
 * @param text - a label the library would echo.
 * @returns true when it must not be echoed (nor accepted as a label).
 * @example
 * ```ts
 * mayBePersonal('LX-0001');             //=> false
 * mayBePersonal('990000197804090111');  //=> true
 * mayBePersonal('12345678901234');      //=> false (14 digits)
 * ```
 */
export function mayBePersonal(text: string): boolean {
  return DIGIT_RUN.test(text);
}
