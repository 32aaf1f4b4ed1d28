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
 * const thrown = (() => { try { loanInterestSubsidy({ principal: -1, annualRate: '0.0435', days: 360 }); return undefined; } catch (e) { return e; } })();
 * isPolicyInputError(thrown) && thrown.issues[0];
 * //=> { path: ['principal'], code: 'negative', message: 'must not be negative', messageZh: '不能为负数' }
 * ```
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError' as const;
  /** Every problem found in the input. */
  readonly issues: readonly PolicyIssue[];
  /** The function whose input was rejected. */
  readonly fn: string;

  constructor(fn: string, issues: readonly PolicyIssue[]) {
    const name = safeText(fn, 'input');
    const list = normaliseIssues(issues);
    const first = list[0];
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    super(
      first
        ? `lanxi-policy: invalid input to ${name}: ${formatPath(first.path)}: ${first.message}${more}`
        : `lanxi-policy: invalid input to ${name}`,
    );
    this.fn = name;
    this.issues = list;
  }
}

/** A short text from what should be a string; anything else (a symbol, a hostile object) gives `fallback`. */
function safeText(value: unknown, fallback: string): string {
  return typeof value === 'string' ? (value.length > 200 ? `${value.slice(0, 200)}…` : value) : fallback;
}

const MAX_ISSUES = 1000;

/** Frozen copies of the issues; anything malformed in them becomes a plain 'invalid' issue at the root. */
function normaliseIssues(issues: unknown): readonly PolicyIssue[] {
  const out: PolicyIssue[] = [];
  try {
    if (!Array.isArray(issues)) throw new Error('not a list');
    for (const raw of issues.slice(0, MAX_ISSUES) as unknown[]) {
      const i = raw as Partial<PolicyIssue>;
      const path = Array.isArray(i.path)
        ? (i.path as unknown[]).slice(0, 1000).map((seg) => (typeof seg === 'number' && Number.isInteger(seg) && seg >= 0 ? seg : safeText(seg, '?')))
        : [];
      out.push(Object.freeze({
        path: Object.freeze(path),
        code: safeText(i.code, 'invalid'),
        message: safeText(i.message, 'is invalid'),
        messageZh: safeText(i.messageZh, '无效'),
      }));
    }
  } catch {
    return Object.freeze([Object.freeze({ path: Object.freeze([]), code: 'invalid', message: 'is invalid', messageZh: '无效' })]);
  }
  return Object.freeze(out);
}

/**
 * True when `error` is a {@link PolicyInputError}, across realms and bundles (ESM and CommonJS copies).
 *
 * @example
 * ```ts
 * const thrown = (() => { try { rentSubsidy({} as never); return undefined; } catch (e) { return e; } })();
 * isPolicyInputError(thrown); //=> true
 * ```
 */
export function isPolicyInputError(error: unknown): error is PolicyInputError {
  try {
    return error instanceof PolicyInputError || (error instanceof Error && error.name === 'PolicyInputError');
  } catch {
    return false;
  }
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
  /** The date (or the first day of the year) asked for, 'YYYY-MM-DD'. */
  readonly date: string;
  /** The date the plan takes effect, 'YYYY-MM-DD'. */
  readonly effectiveFrom: string;
  /** The last day of the plan's period, 'YYYY-MM-DD', when the date asked for is after it. */
  readonly periodTo: string | undefined;
  /** The message in Chinese. */
  readonly messageZh: string;

  constructor(date: string, effectiveFrom: string, periodTo?: string) {
    const d = safeText(date, '?');
    const from = safeText(effectiveFrom, '?');
    const to = periodTo === undefined ? undefined : safeText(periodTo, '?');
    super(to === undefined
      ? `lanxi-policy: the plan is in force from ${from} (clause 4); ${d} is before that`
      : `lanxi-policy: the plan covers ${from} to ${to}; ${d} is after that (extend it with plan.with({ period: { to } }) for a what-if)`);
    this.date = d;
    this.effectiveFrom = from;
    this.periodTo = to;
    this.messageZh = to === undefined
      ? `本方案自 ${from} 起施行（第四条），${d} 在此之前`
      : `本方案适用期间为 ${from} 至 ${to}，${d} 在此之后（假设分析可用 plan.with({ period: { to } }) 延长）`;
  }
}

/**
 * True when `error` is a {@link PlanNotInForceError}.
 *
 * @example
 * ```ts
 * const thrown = (() => { try { planAt('2023-01-01'); return undefined; } catch (e) { return e; } })();
 * isPlanNotInForceError(thrown); //=> true
 * ```
 */
export function isPlanNotInForceError(error: unknown): error is PlanNotInForceError {
  try {
    return error instanceof PlanNotInForceError || (error instanceof Error && error.name === 'PlanNotInForceError');
  } catch {
    return false;
  }
}
