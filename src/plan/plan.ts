/**
 * Plans as immutable values: `makePlan` deep-freezes a plan; `plan.with()` validates overrides with
 * zod and returns a new plan.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import { Decimal } from '../core/decimal.js';
import { PolicyInputError } from '../core/errors.js';
import { countSchema, dateSchema, labelSchema, moneySchema, parseInput, rateSchema } from '../core/validate.js';
import type { Param, Plan, PlanOverrides, PlanParams } from './types.js';
import type { PlanReadings, Reading } from './readings.js';
import { LANXI_2023_READINGS } from './readings.js';
import { deepFreeze } from '../core/freeze.js';
import { sha256Hex } from '../core/sha256.js';

type PlanData = Omit<Plan, 'with' | 'fingerprint'>;

/** One reading's override: one of its options, refused at `readings.<name>` otherwise. */
const readingSchema = (r: Reading) => {
  const options = r.options;
  return z.custom<string | boolean>((v) => options.includes(v as never), {
    error: `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}`,
    params: { code: 'invalid_reading', zh: `必须是 ${options.map((o) => JSON.stringify(o)).join('、')} 之一` },
  }).optional();
};

const group = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).partial().optional();

const OverridesSchema = once(() => z.strictObject({
  effectiveFrom: dateSchema().optional(),
  label: labelSchema().optional(),
  targets: group({ perCapitaIncome: moneySchema(), growthRate: rateSchema(), maxTransferShare: rateSchema(), minOtherShare: rateSchema() }),
  microcredit: group({ rateShare: rateSchema(), floorRate: rateSchema(), principalCapPerYear: moneySchema(), dayCountBasis: countSchema(1) }),
  rentSubsidy: group({ rate: rateSchema(), cap: moneySchema(), minEmployedShare: rateSchema() }),
  vocationalGrant: group({ amount: moneySchema() }),
  projectIncome: group({ minLowIncomeShare: rateSchema() }),
  training: group({ minTrainees: countSchema(0) }),
  relocation: group({ persons: countSchema(0) }),
  visits: group({ minPerMonth: countSchema(0) }),
  indicators: group({ jointHandlingRate: rateSchema(), compulsoryEnrolmentRate: rateSchema(), waterSafetyIndicators: countSchema(0) }),
  period: z.strictObject({ from: dateSchema().optional(), to: dateSchema().optional() }).optional(),
  readings: z.strictObject(
    Object.fromEntries(Object.entries(LANXI_2023_READINGS).map(([k, r]) => [k, readingSchema(r as Reading)])) as Record<keyof PlanReadings, ReturnType<typeof readingSchema>>,
  ).optional(),
}).superRefine((o, ctx) => {
  const from = o.period?.from;
  const to = o.period?.to;
  if (from !== undefined && to !== undefined && to < from) {
    ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'must not be before period.from', params: { code: 'end_before_start', zh: '不能早于 period.from' } });
  }
}));

/**
 * The plan's canonical form, as its fingerprint hashes it: the id, the date of force, the period,
 * every parameter's value (as a decimal string) and every reading's value, in a fixed key order.
 */
export function canonicalPlan(data: Pick<PlanData, 'id' | 'effectiveFrom' | 'period' | 'params' | 'readings'>): string {
  const params: Record<string, Record<string, string>> = {};
  for (const g of Object.keys(data.params).sort()) {
    const group = (data.params as unknown as Record<string, Record<string, Param<unknown>>>)[g] as Record<string, Param<unknown>>;
    const out: Record<string, string> = {};
    for (const n of Object.keys(group).sort()) out[n] = String((group[n] as Param<unknown>).value);
    params[g] = out;
  }
  const readings: Record<string, string | boolean> = {};
  for (const n of Object.keys(data.readings).sort()) readings[n] = (data.readings as unknown as Record<string, Reading>)[n]?.value as string | boolean;
  return JSON.stringify({ id: data.id, effectiveFrom: data.effectiveFrom, period: { from: data.period.from, to: data.period.to }, params, readings });
}

function withReading(r: Reading, value: string | boolean): Reading {
  const planValue = r.planValue ?? r.value;
  const { planValue: _previous, ...base } = r;
  return value === planValue ? { ...base, value } : { ...base, value, planValue };
}

function withValue<T>(p: Param<T>, value: T): Param<T> {
  const planValue = p.planValue ?? String(p.value);
  const isPlanValue = value instanceof Decimal ? value.eq(planValue) : String(value) === planValue;
  const { planValue: _previous, ...base } = p;
  return isPlanValue ? { ...base, value: base.value instanceof Decimal ? (new Decimal(planValue) as T) : value } : { ...base, value, planValue };
}

/** Builds a frozen plan with a validating `with()`. Internal: use {@link LANXI_2023} and `with()`. */
export function makePlan(data: PlanData, planEffectiveFrom: string = data.effectiveFrom, planPeriod: PlanData['period'] = data.period): Plan {
  const plan: Omit<Plan, "fingerprint"> = {
    ...data,
    with(overrides: PlanOverrides): Plan {
      const o = parseInput('plan.with', OverridesSchema(), overrides);
      const params: Record<string, Record<string, Param<unknown>>> = {};
      const overridden = new Set(data.overridden);
      for (const [groupName, groupParams] of Object.entries(data.params) as [string, Record<string, Param<unknown>>][]) {
        const changes = (o as Record<string, Record<string, unknown> | undefined>)[groupName] ?? {};
        const next: Record<string, Param<unknown>> = {};
        for (const [name, p] of Object.entries(groupParams)) {
          const v = changes[name];
          next[name] = v === undefined ? p : withValue(p, v);
          if (next[name]?.planValue !== undefined) overridden.add(`${groupName}.${name}`);
          else overridden.delete(`${groupName}.${name}`);
        }
        params[groupName] = next;
      }
      const effectiveFrom = o.effectiveFrom ?? data.effectiveFrom;
      if (effectiveFrom !== planEffectiveFrom) overridden.add('effectiveFrom');
      else overridden.delete('effectiveFrom');
      const readings: Record<string, Reading> = {};
      for (const [name, r] of Object.entries(data.readings) as [string, Reading][]) {
        const v = (o.readings as Record<string, string | boolean | undefined> | undefined)?.[name];
        const next = v === undefined ? r : withReading(r, v);
        readings[name] = next;
        if (next.planValue !== undefined) overridden.add(`readings.${name}`);
        else overridden.delete(`readings.${name}`);
      }
      const period = { from: o.period?.from ?? data.period.from, to: o.period?.to ?? data.period.to };
      if (period.to < period.from) {
        throw new PolicyInputError('plan.with', [{ path: ['period'], code: 'end_before_start', message: 'period.to must not be before period.from', messageZh: 'period.to 不能早于 period.from' }]);
      }
      for (const k of ['from', 'to'] as const) {
        if (period[k] !== planPeriod[k]) overridden.add(`period.${k}`);
        else overridden.delete(`period.${k}`);
      }
      const list = [...overridden].sort();
      return makePlan({
        ...data,
        label: o.label ?? (list.length === 0 ? data.id : `${data.id} (${list.join(', ')} changed)`),
        effectiveFrom,
        period,
        params: params as unknown as PlanParams,
        readings: readings as unknown as PlanReadings,
        overridden: list,
      }, planEffectiveFrom, planPeriod);
    },
  };
  // the fingerprint is worked out when first read (the service reads it; simulate, compare and sweep
  // do not), then kept: its getter is added once the rest is frozen, so freezing does not read it
  for (const v of Object.values(plan)) deepFreeze(v);
  let fingerprint: string | undefined;
  Object.defineProperty(plan, 'fingerprint', { enumerable: true, get: () => (fingerprint ??= sha256Hex(canonicalPlan(data))) });
  return Object.freeze(plan) as Plan;
}

