/**
 * The library's errors. Each has a literal `name`, typed fields and a type guard. Messages are
 * written by the library from issue codes: they name a path and a constraint and never repeat the
 * offending value, so no ID number, name or other personal data can leak through an error.
 *
 * @module
 */

/** One path segment: an object key or an array index. */
export type PathSegment = string | number;

/** One problem with an input: where it is, a stable machine code, and a message in English and Chinese. */
export interface PolicyIssue {
  /** Where the problem is, from the root of the input (`['loans', 0, 'principal']`). */
  readonly path: readonly PathSegment[];
  /** A stable code (`'negative'`, `'invalid_date'`, `'unrecognized_keys'`, …). */
  readonly code: string;
  /** The message in English. */
  readonly message: string;
  /** The message in Chinese (zh-CN). */
  readonly messageZh: string;
}

/**
 * Renders a path the way people write it.
 *
 * @example
 * ```ts
 * formatPath(['loans', 0, 'principal']); //=> 'loans[0].principal'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(input)';
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

/**
 * Thrown when an input to a public function is invalid. `issues` lists every problem found, each
 * with `path`, `code` and `message` (English) / `messageZh` (Chinese).
 *
 * @example
 * ```ts
 * try {
 *   loanInterestSubsidy({ principal: -1, annualRate: '0.0435', days: 360 });
 * } catch (e) {
 *   if (isPolicyInputError(e)) e.issues[0];
 *   //=> { path: ['principal'], code: 'negative', message: 'must not be negative', messageZh: '不能为负数' }
 * }
 * ```
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError' as const;
  /** Every problem found in the input. */
  readonly issues: readonly PolicyIssue[];
  /** The function whose input was rejected. */
  readonly fn: string;

  constructor(fn: string, issues: readonly PolicyIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(
      first
        ? `lanxi-policy: invalid input to ${fn}: ${formatPath(first.path)}: ${first.message}${more}`
        : `lanxi-policy: invalid input to ${fn}`,
    );
    this.fn = fn;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
  }
}

/**
 * True when `error` is a {@link PolicyInputError}, across realms and bundles (ESM and CommonJS copies).
 *
 * @example
 * ```ts
 * try { rentSubsidy({} as never); } catch (e) { isPolicyInputError(e); } //=> true
 * ```
 */
export function isPolicyInputError(error: unknown): error is PolicyInputError {
  return error instanceof PolicyInputError || (error instanceof Error && error.name === 'PolicyInputError');
}

/**
 * Thrown by {@link planAt} for a date on which the plan was not in force (before 2023-05-13, clause 4).
 *
 * @example
 * ```ts
 * planAt('2023-05-12'); // throws PlanNotInForceError
 * ```
 */
export class PlanNotInForceError extends Error {
  override readonly name = 'PlanNotInForceError' as const;
  /** The date asked for, 'YYYY-MM-DD'. */
  readonly date: string;
  /** The date the plan takes effect, 'YYYY-MM-DD'. */
  readonly effectiveFrom: string;

  constructor(date: string, effectiveFrom: string) {
    super(`lanxi-policy: the plan is in force from ${effectiveFrom} (clause 4); ${date} is before that`);
    this.date = date;
    this.effectiveFrom = effectiveFrom;
  }
}

/**
 * True when `error` is a {@link PlanNotInForceError}.
 *
 * @example
 * ```ts
 * try { planAt('2023-01-01'); } catch (e) { isPlanNotInForceError(e); } //=> true
 * ```
 */
export function isPlanNotInForceError(error: unknown): error is PlanNotInForceError {
  return error instanceof PlanNotInForceError || (error instanceof Error && error.name === 'PlanNotInForceError');
}
