/**
 * `GET /v1/plan`: the plan as data — every parameter and reading with its value, unit, clause and
 * quote, the date of force, the period, the milestones, the parameter paths a sweep takes, and the
 * fingerprint.
 *
 * @module
 */
import { parameterPaths, type Plan } from '../index.js';
import { toJson } from './json.js';

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The plan as plain JSON data (Decimal values as exact strings).
 *
 * @example
 * ```ts
 * (planView(LANXI_2023).params as any).microcredit.floorRate.value; //=> '0.03'
 * ```
 */
export function planView(plan: Plan): Record<string, unknown> {
  return {
    id: plan.id,
    label: plan.label,
    title: plan.title,
    year: plan.year,
    issuedOn: plan.issuedOn,
    effectiveFrom: plan.effectiveFrom,
    period: plan.period,
    fingerprint: plan.fingerprint,
    params: toJson(plan.params, NOTHING),
    readings: toJson(plan.readings, NOTHING),
    milestones: toJson(plan.milestones, NOTHING),
    parameterPaths: [...parameterPaths(plan)],
  };
}
