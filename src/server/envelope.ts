/**
 * What every answer of the service carries, in its body and in its headers: the package version,
 * the plan (id and label) and the plan's fingerprint, so a caller can store which rules produced an
 * answer. Errors are bodies of the same shape with an `error` in place of the `result`.
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { isPlanNotInForceError, isPolicyInputError, LANXI_2023, type Plan, type PolicyIssue } from '../index.js';

/** The package version every answer names. */
export const VERSION: string = (pkg as { version: string }).version;

/** Header names of the version, the plan and its fingerprint (and a reform's, on compare and sweep). */
export const HEADERS = Object.freeze({
  version: 'X-Lanxi-Policy-Version',
  plan: 'X-Lanxi-Plan',
  fingerprint: 'X-Lanxi-Plan-Fingerprint',
  reformFingerprint: 'X-Lanxi-Reform-Fingerprint',
});

/** The version, plan and fingerprint fields of a body. */
export interface Meta {
  readonly version: string;
  readonly plan: { readonly id: string; readonly label: string };
  readonly fingerprint: string;
}

/** The meta fields for a plan. */
export function metaOf(plan: Plan = LANXI_2023): Meta {
  return { version: VERSION, plan: { id: plan.id, label: plan.label }, fingerprint: plan.fingerprint };
}

/** The headers for a plan (and a reform's fingerprint when there is one). */
export function metaHeaders(plan: Plan = LANXI_2023, reform?: Plan): Record<string, string> {
  const h: Record<string, string> = {
    [HEADERS.version]: VERSION,
    [HEADERS.plan]: plan.id,
    [HEADERS.fingerprint]: plan.fingerprint,
  };
  if (reform !== undefined) h[HEADERS.reformFingerprint] = reform.fingerprint;
  return h;
}

/** The error object of an error body. */
export interface ErrorBody {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
  readonly issues?: readonly PolicyIssue[];
}

/**
 * An error the service answers with its status: thrown by handlers, turned into a JSON body by the
 * app's error handler. Its texts are the service's own, never a value from the request.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError' as const;
  readonly body: ErrorBody;
  readonly headers: Readonly<Record<string, string>>;
  constructor(body: ErrorBody, headers: Readonly<Record<string, string>> = {}) {
    super(body.message);
    this.body = body;
    this.headers = headers;
  }
}

/** A 400 whose issues are the given ones (paths, codes and messages; never a value). */
export function invalidInput(issues: readonly PolicyIssue[], code = 'invalid_input'): ServiceError {
  return new ServiceError({
    status: 400, code,
    message: 'the request body is not a valid input; see issues',
    messageZh: '请求内容不是有效的输入，详见 issues',
    issues: issues.map((i) => ({ path: [...i.path], code: i.code, message: i.message, messageZh: i.messageZh })),
  });
}

/**
 * The error body for anything a handler threw: the library's PolicyInputError → 400 with its
 * issues, PlanNotInForceError → 422 with both messages, a ServiceError → its own; anything else →
 * 500 with a fixed text (no message, no stack).
 */
export function errorBodyOf(e: unknown): { body: ErrorBody; headers: Readonly<Record<string, string>> } {
  if (e instanceof ServiceError) return { body: e.body, headers: e.headers };
  if (isPolicyInputError(e)) return { body: invalidInput(e.issues).body, headers: {} };
  if (isPlanNotInForceError(e)) {
    return {
      body: {
        status: 422, code: 'plan_not_in_force',
        message: e.message.replace(/^lanxi-policy: /, ''), messageZh: e.messageZh,
      },
      headers: {},
    };
  }
  return {
    body: { status: 500, code: 'internal', message: 'the service failed to answer this request', messageZh: '服务未能处理该请求' },
    headers: {},
  };
}
