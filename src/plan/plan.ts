/**
 * Plans as immutable values: `makePlan` deep-freezes a plan; `plan.with()` validates overrides with
 * zod and returns a new plan.
 *
 * @module
 */
import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { countSchema, dateSchema, labelSchema, moneySchema, parseInput, rateSchema } from '../core/validate.js';
import type { Param, Plan, PlanOverrides, PlanParams } from './types.js';
import { deepFreeze } from '../core/freeze.js';

type PlanData = Omit<Plan, 'with'>;

const group = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).partial().optional();

const OverridesSchema = z.strictObject({
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
});

function withValue<T>(p: Param<T>, value: T): Param<T> {
  const planValue = p.planValue ?? String(p.value);
  const isPlanValue = value instanceof Decimal ? value.eq(planValue) : String(value) === planValue;
  const { planValue: _previous, ...base } = p;
  return isPlanValue ? { ...base, value: base.value instanceof Decimal ? (new Decimal(planValue) as T) : value } : { ...base, value, planValue };
}

/** Builds a frozen plan with a validating `with()`. Internal: use {@link LANXI_2023} and `with()`. */
export function makePlan(data: PlanData, planEffectiveFrom: string = data.effectiveFrom): Plan {
  const plan: Plan = {
    ...data,
    with(overrides: PlanOverrides): Plan {
      const o = parseInput('plan.with', OverridesSchema, overrides);
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
      const list = [...overridden].sort();
      return makePlan({
        ...data,
        label: o.label ?? (list.length === 0 ? data.id : `${data.id} (${list.join(', ')} changed)`),
        effectiveFrom,
        params: params as unknown as PlanParams,
        overridden: list,
      }, planEffectiveFrom);
    },
  };
  return deepFreeze(plan);
}

