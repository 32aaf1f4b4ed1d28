/**
 * The population endpoints: assess one household, simulate, compare and sweep a population, each
 * the library's function over the request body, with the plan its `plan` overrides give and, for
 * compare, the reform its `reform` overrides give (applied to that plan).
 *
 * @module
 */
import {
  assessHousehold, compare, LANXI_2023, parameterPaths, PolicyInputError, simulate, sweep, type Plan, type PlanOverrides,
} from '../index.js';
import { planFrom } from './rules.js';

type Body = Record<string, unknown>;

/** What a population handler gives: the plan, the reform (compare), the result and any extra body fields. */
export interface Answer {
  readonly plan: Plan;
  readonly reform?: Plan;
  readonly result: unknown;
  readonly extra?: Readonly<Record<string, unknown>>;
}

const issue = (fn: string, path: readonly (string | number)[], code: string, message: string, messageZh: string) =>
  new PolicyInputError(fn, [{ path: [...path], code, message, messageZh }]);

function asObject(fn: string, body: unknown): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw issue(fn, [], 'invalid_type', 'must be an object', '必须是对象');
  return body as Body;
}

function only(fn: string, body: Body, keys: readonly string[]): void {
  const extra = Object.keys(body).filter((k) => !keys.includes(k));
  if (extra.length > 0) {
    // the key itself is not named: it could be anything the caller sent
    throw issue(fn, [], 'unrecognized_keys', `has keys other than ${keys.join(', ')}`, `含有 ${keys.join('、')} 以外的字段`);
  }
}

function householdsOf(fn: string, body: Body): unknown[] {
  const h = body['households'];
  if (!Array.isArray(h)) throw issue(fn, ['households'], 'invalid_type', 'must be an array of households', '必须是农户家庭记录数组');
  return h;
}

/** The year of a request: the body's, else the query's, else the plan's own year. */
export function yearOf(bodyYear: unknown, queryYear: string | undefined, plan: Plan): number {
  if (bodyYear !== undefined) return bodyYear as number;
  if (queryYear !== undefined) return /^\d{1,4}$/.test(queryYear) ? Number(queryYear) : (queryYear as unknown as number);
  return plan.year;
}

/**
 * `POST /v1/assess`: a household record, or `{ household, year?, plan? }`.
 */
export function assessOne(body: unknown, queryYear: string | undefined): Answer {
  const b = asObject('assessHousehold', body);
  if (!Object.prototype.hasOwnProperty.call(b, 'household')) {
    return { plan: LANXI_2023, result: assessHousehold(b, { year: yearOf(undefined, queryYear, LANXI_2023) }) };
  }
  only('assessHousehold', b, ['household', 'year', 'plan']);
  const plan = planFrom(b['plan'], ['plan']);
  return { plan, result: assessHousehold(b['household'], { year: yearOf(b['year'], queryYear, plan), plan }) };
}

/** `POST /v1/simulate`: `{ households, year?, plan? }`. */
export function simulateBody(body: unknown, queryYear: string | undefined): Answer {
  const b = asObject('simulate', body);
  only('simulate', b, ['households', 'year', 'plan']);
  const plan = planFrom(b['plan'], ['plan']);
  return { plan, result: simulate(householdsOf('simulate', b), { year: yearOf(b['year'], queryYear, plan), plan }) };
}

/** `POST /v1/compare`: `{ households, year?, plan?, reform }`; the reform is applied to the plan. */
export function compareBody(body: unknown, queryYear: string | undefined): Answer {
  const b = asObject('compare', body);
  only('compare', b, ['households', 'year', 'plan', 'reform']);
  if (b['reform'] === undefined) throw issue('compare', ['reform'], 'required', 'is required', '必须填写');
  const plan = planFrom(b['plan'], ['plan']);
  const reform = planFrom(b['reform'], ['reform'], plan);
  const result = compare(householdsOf('compare', b), { year: yearOf(b['year'], queryYear, plan), baseline: plan, reform });
  return { plan, reform, result };
}

function overridesFor(path: string, value: unknown): PlanOverrides {
  if (path === 'effectiveFrom') return { effectiveFrom: value as string };
  const [group, name] = path.split('.') as [string, string];
  return { [group]: { [name]: value } } as PlanOverrides;
}

/** `POST /v1/sweep`: `{ households, year?, plan?, path, values }`; each row names its plan's fingerprint. */
export function sweepBody(body: unknown, queryYear: string | undefined): Answer {
  const b = asObject('sweep', body);
  only('sweep', b, ['households', 'year', 'plan', 'path', 'values']);
  const plan = planFrom(b['plan'], ['plan']);
  const result = sweep(householdsOf('sweep', b), {
    year: yearOf(b['year'], queryYear, plan), baseline: plan, path: b['path'] as string, values: b['values'] as string[],
  });
  // sweep accepted path and values, so each value makes a plan: its fingerprint identifies the row
  const path = b['path'] as string;
  const fingerprints = parameterPaths(plan).includes(path)
    ? (b['values'] as unknown[]).map((v) => plan.with(overridesFor(path, v)).fingerprint)
    : [];
  return { plan, result, extra: { fingerprints } };
}
