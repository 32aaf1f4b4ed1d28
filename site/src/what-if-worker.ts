/**
 * The what-if worker: builds the synthetic population once per seed, then answers each scenario
 * with compare() (the reform against the plan) and sweep() (the cost curve), as the targets' table
 * and the library's two Vega-Lite specs, so the page never freezes.
 */
import {
  compare, costCurveSpec, isPolicyInputError, LANXI_2023, perCapitaDistributionSpec, preparePopulation, sweep,
  syntheticPopulation, toTableRows, type PlanOverrides, type PreparedPopulation,
} from 'lanxi-policy';
import { overridesOf, type WorkerRequest, type WorkerResponse } from './scenario.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

const YEAR = 2023;
let cached: { key: string; population: PreparedPopulation } | undefined;

function population(seed: number, size: number): PreparedPopulation {
  const key = `${seed}:${size}`;
  if (cached?.key !== key) cached = { key, population: preparePopulation(syntheticPopulation({ size, seed, year: YEAR })) };
  return cached.population;
}

const isWhole = (path: string): boolean => {
  const [group, name] = path.split('.') as [string, string];
  const p = (LANXI_2023.params as unknown as Record<string, Record<string, { value: unknown }>>)[group]?.[name];
  return typeof p?.value === 'number';
};

scope.onmessage = (e) => {
  const r = e.data;
  const start = performance.now();
  try {
    const households = population(r.seed, r.size);
    const reform = LANXI_2023.with(overridesOf(r.overrides, isWhole) as PlanOverrides);
    const comparison = compare(households, { year: YEAR, reform });
    const curve = sweep(households, { year: YEAR, path: r.sweepPath, values: r.sweepValues });
    scope.postMessage({
      id: r.id, ok: true, ms: Math.round(performance.now() - start), households: households.size,
      table: toTableRows(comparison, { locale: r.locale }),
      costCurve: costCurveSpec(curve, { locale: r.locale }),
      distribution: perCapitaDistributionSpec(comparison, { locale: r.locale }),
    });
  } catch (err) {
    const issues = isPolicyInputError(err) ? err.issues : [];
    const message = isPolicyInputError(err)
      ? issues.map((i) => `${i.path.join('.')}: ${r.locale === 'en' ? i.message : i.messageZh}`).join('; ')
      : err instanceof Error ? err.message : String(err);
    scope.postMessage({ id: r.id, ok: false, message, paths: issues.map((i) => i.path.join('.')) });
  }
};
