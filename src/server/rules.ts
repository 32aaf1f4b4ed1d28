/**
 * The rules of `POST /v1/rules/{rule}` and the plan a request names: each rule is the library's
 * function called with the request body as its input (and the plan the body's `plan` overrides
 * give, if any).
 *
 * @module
 */
import {
  allocateDividends, allocateDividendsWithTrace, householdLoanSubsidy, incomeTargets, isPolicyInputError, LANXI_2023,
  loanInterestSubsidy, milestoneStatus, monthlyVisits, PolicyInputError, projectIncomeRule, rentSubsidy, trainingQuota,
  vocationalGrant, type MilestoneId, type Plan, type PlanOverrides,
} from '../index.js';
import type { RuleName } from './schemas.js';

type Body = Record<string, unknown>;
type Rule = (input: Body, plan: Plan, withTrace: boolean) => unknown;

const notObject = (fn: string, path: readonly (string | number)[]): PolicyInputError =>
  new PolicyInputError(fn, [{ path: [...path], code: 'invalid_type', message: 'must be an object', messageZh: '必须是对象' }]);

/** The function of each rule; the input is the body without its `plan` key. */
const RULES: Readonly<Record<RuleName, Rule>> = {
  loanInterestSubsidy: (i, p) => loanInterestSubsidy(i as never, p),
  householdLoanSubsidy: (i, p) => householdLoanSubsidy(i as never, p),
  rentSubsidy: (i, p) => rentSubsidy(i as never, p),
  vocationalGrant: (i, p) => vocationalGrant(i as never, p),
  projectIncomeRule: (i, p) => projectIncomeRule(i as never, p),
  incomeTargets: (i, p) => incomeTargets(i as never, p),
  allocateDividends: (i, _p, withTrace) => {
    const { pool, shares, ...rest } = i;
    const extra = Object.keys(rest);
    if (extra.length > 0) {
      throw new PolicyInputError('allocateDividends', [{
        path: [], code: 'unrecognized_keys', message: 'has keys other than pool and shares', messageZh: '含有 pool 与 shares 以外的字段',
      }]);
    }
    if (withTrace) return allocateDividendsWithTrace(pool as never, shares as never);
    // the parts are the result itself: a record holder → amount
    return { parts: allocateDividends(pool as never, shares as never) };
  },
  trainingQuota: (i, p) => trainingQuota(i as never, p),
  monthlyVisits: (i, p) => monthlyVisits(i as never, p),
  milestoneStatus: (i, p) => {
    const { id, ...input } = i;
    return milestoneStatus(id as MilestoneId, input as never, p);
  },
};

/** Whether `name` is one of the rules (own keys only: `__proto__` or `toString` are none). */
export function isRuleName(name: string): name is RuleName {
  return Object.prototype.hasOwnProperty.call(RULES, name);
}

/**
 * The plan a request names: {@link LANXI_2023}, or `LANXI_2023.with(overrides)` (or
 * `baseline.with(overrides)`); the library's issues come back with the path `[at, …]`.
 */
export function planFrom(overrides: unknown, at: readonly (string | number)[], baseline: Plan = LANXI_2023): Plan {
  if (overrides === undefined) return baseline;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) throw notObject('plan.with', at);
  try {
    return baseline.with(overrides as PlanOverrides);
  } catch (e) {
    if (isPolicyInputError(e)) throw new PolicyInputError('plan.with', e.issues.map((x) => ({ ...x, path: [...at, ...x.path] })));
    throw e;
  }
}

/** Runs one rule on a request body: the body's `plan` (overrides) picks the plan, the rest is the input. */
export function runRule(name: RuleName, body: unknown, withTrace: boolean): { plan: Plan; result: unknown } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw notObject(name, []);
  const { plan: overrides, ...input } = body as Body;
  const plan = planFrom(overrides, ['plan']);
  return { plan, result: RULES[name](input, plan, withTrace) };
}
