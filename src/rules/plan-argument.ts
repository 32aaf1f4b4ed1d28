/**
 * The `plan` argument of the rules and the programme checks. Every rule reads its numbers from the
 * plan it is given (clause 4: 「本《行动方案》自2023年5月13日起实施」 — the plan in force, or a
 * what-if made with `plan.with()`), so the plan is checked like any other input: a value that is not
 * a plan is a {@link PolicyInputError} at the path `plan`, never a TypeError deep inside a rule.
 *
 * @module
 */
import { Decimal } from '../core/decimal.js';
import { isoDateFromParts } from '../core/calendar.js';
import { PlanNotInForceError, PolicyInputError, type PathSegment } from '../core/errors.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan } from '../plan/types.js';
import { PLAN_ARGUMENT_TEXT } from './messages/plan-argument.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  return m !== null && isoDateFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is { zh: string; en: string } => isObject(v) && typeof v['zh'] === 'string' && typeof v['en'] === 'string';

/** The parameters every plan has, with the kind of value each holds (as in the 2023 plan). */
const PARAM_KINDS: readonly (readonly [string, string, 'decimal' | 'count'])[] = Object.entries(LANXI_2023.params).flatMap(
  ([group, params]) => Object.entries(params as Record<string, { value: unknown }>).map(
    ([name, p]) => [group, name, Decimal.isDecimal(p.value) ? 'decimal' : 'count'] as const,
  ),
);

const READING_NAMES: readonly string[] = Object.keys(LANXI_2023.readings);

/** Plans found well formed, so that a plan used for many calls is read once. Only frozen plans are kept. */
const CHECKED = new WeakSet<object>();

/** Whether a plan can be read by every rule; `'frozen'` when, in addition, nothing in it can change. */
function wellFormed(p: Record<string, unknown>): false | 'mutable' | 'frozen' {
  if (typeof p['with'] !== 'function' || typeof p['id'] !== 'string' || typeof p['label'] !== 'string') return false;
  if (!isIsoDate(p['effectiveFrom']) || !Number.isSafeInteger(p['year'])) return false;
  const params = p['params'];
  if (!isObject(params)) return false;
  let frozen = Object.isFrozen(p) && Object.isFrozen(params);
  for (const [group, name, kind] of PARAM_KINDS) {
    const g = params[group];
    if (!isObject(g)) return false;
    const param = g[name];
    if (!isObject(param) || typeof param['unit'] !== 'string' || typeof param['clause'] !== 'string' || typeof param['quote'] !== 'string') return false;
    const v = param['value'];
    if (kind === 'decimal' ? !(Decimal.isDecimal(v) && (v as Decimal).isFinite()) : !Number.isSafeInteger(v)) return false;
    frozen &&= Object.isFrozen(g) && Object.isFrozen(param);
  }
  const period = p['period'];
  if (!isObject(period) || !isIsoDate(period['from']) || !isIsoDate(period['to'])) return false;
  const readings = p['readings'];
  if (!isObject(readings)) return false;
  for (const name of READING_NAMES) {
    const r = readings[name];
    if (!isObject(r) || !Array.isArray(r['options']) || !(r['options'] as unknown[]).includes(r['value'])) return false;
    frozen &&= Object.isFrozen(r);
  }
  if (typeof p['fingerprint'] !== 'string') return false;
  const milestones = p['milestones'];
  if (!Array.isArray(milestones)) return false;
  frozen &&= Object.isFrozen(milestones);
  for (const m of milestones as unknown[]) {
    if (!isObject(m) || typeof m['id'] !== 'string' || typeof m['clause'] !== 'string' || !isIsoDate(m['due'])
      || typeof m['quote'] !== 'string' || !isText(m['title'])) return false;
    frozen &&= Object.isFrozen(m);
  }
  return frozen ? 'frozen' : 'mutable';
}

/**
 * Whether a value is a plan the rules can read: {@link LANXI_2023}, the result of `plan.with()`, or an
 * object of the same shape (every parameter present with a finite value). Never throws: a value that
 * cannot be read (a throwing getter, a revoked Proxy) is not a plan.
 *
 * @param value - anything.
 * @returns true when every rule can read its parameters from `value`.
 * @example
 * ```ts
 * isWellFormedPlan(LANXI_2023);                                        //=> true
 * isWellFormedPlan(LANXI_2023.with({ microcredit: { floorRate: 0.04 } })); //=> true
 * isWellFormedPlan({ params: {} });                                    //=> false
 * ```
 */
export function isWellFormedPlan(value: unknown): value is Plan {
  if (!isObject(value)) return false;
  try {
    if (CHECKED.has(value)) return true;
    const found = wellFormed(value);
    if (found === 'frozen') CHECKED.add(value);
    return found !== false;
  } catch {
    return false;
  }
}

/**
 * Checks the `plan` argument of a public function and returns it typed.
 *
 * @param fn - the public function, named in the error.
 * @param plan - the argument.
 * @param path - where the plan sits in the input (default `['plan']`).
 * @returns the plan.
 * @throws {@link PolicyInputError} with code `invalid_plan` when `plan` is not a plan.
 * @example
 * ```ts
 * checkPlan('rentSubsidy', LANXI_2023) === LANXI_2023; //=> true
 * checkPlan('rentSubsidy', null); // throws PolicyInputError: plan: must be a plan (LANXI_2023 or the result of plan.with())
 * ```
 */
export function checkPlan(fn: string, plan: unknown, path: readonly PathSegment[] = ['plan']): Plan {
  if (isWellFormedPlan(plan)) return plan;
  throw new PolicyInputError(fn, [{
    path: [...path],
    code: 'invalid_plan',
    message: PLAN_ARGUMENT_TEXT.notAPlan.en,
    messageZh: PLAN_ARGUMENT_TEXT.notAPlan.zh,
  }]);
}

/**
 * Checks that a calendar year lies within the plan's period (a money rule or an assessment for a
 * year the plan was not written for is refused, unless the caller extended the period).
 *
 * @param year - the calendar year asked for.
 * @param plan - a checked plan.
 * @throws {@link PlanNotInForceError} when the year ends before the plan takes effect or starts after its period.
 * @example
 * ```ts
 * checkYear(2023, LANXI_2023); // passes
 * checkYear(2024, LANXI_2023); // throws PlanNotInForceError (the 2023 plan covers 2023-01-01 to 2023-12-31)
 * ```
 */
export function checkYear(year: number, plan: Plan): void {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const from = plan.effectiveFrom > plan.period.from ? plan.effectiveFrom : plan.period.from;
  if (last < from) throw new PlanNotInForceError(first, from);
  if (first > plan.period.to) throw new PlanNotInForceError(first, from, plan.period.to);
}
