/**
 * A what-if scenario — the seed, the parameters changed, the parameter the cost curve sweeps — and
 * its place in the URL's hash (`#/what-if?seed=2023&sweep=microcredit.floorRate&microcredit.floorRate=0.04`),
 * so a link reproduces it. Shared by the page and its worker.
 */

export interface Scenario {
  readonly seed: number;
  /** Parameter path → value as text (only the ones changed from the plan). */
  readonly overrides: Readonly<Record<string, string>>;
  /** The parameter the cost curve sweeps. */
  readonly sweep: string;
  /** Parameter sliders shown besides the default ones. */
  readonly shown: readonly string[];
}

/** What the page asks the worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly size: number;
  readonly seed: number;
  readonly overrides: Readonly<Record<string, string>>;
  readonly sweepPath: string;
  readonly sweepValues: readonly string[];
  readonly locale: 'zh-CN' | 'en';
}

/** What the worker answers. */
export type WorkerResponse =
  | {
    readonly id: number; readonly ok: true; readonly ms: number; readonly households: number;
    readonly table: readonly Readonly<Record<string, string>>[];
    readonly costCurve: Readonly<Record<string, unknown>>;
    readonly distribution: Readonly<Record<string, unknown>>;
  }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly paths: readonly string[] };

export const DEFAULT_SLIDERS = ['microcredit.floorRate', 'vocationalGrant.amount', 'rentSubsidy.cap'] as const;
export const DEFAULT_SEED = 2023;
export const POPULATION_SIZE = 10000;

/** Reads a scenario from the query part of a hash. */
export function parseScenario(hash: string, paths: readonly string[]): Scenario {
  const q = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  const seed = Number(q.get('seed'));
  const overrides: Record<string, string> = {};
  for (const [k, v] of q) if (paths.includes(k) && v !== '') overrides[k] = v;
  const sweep = q.get('sweep') ?? '';
  const shown = (q.get('show') ?? '').split(',').filter((p) => paths.includes(p) && !(DEFAULT_SLIDERS as readonly string[]).includes(p));
  return {
    seed: Number.isSafeInteger(seed) && q.has('seed') ? seed : DEFAULT_SEED,
    overrides,
    sweep: paths.includes(sweep) && sweep !== 'effectiveFrom' ? sweep : DEFAULT_SLIDERS[0],
    shown: [...new Set(shown)],
  };
}

/** The hash of a scenario. */
export function scenarioHash(s: Scenario): string {
  const q = new URLSearchParams();
  q.set('seed', String(s.seed));
  q.set('sweep', s.sweep);
  if (s.shown.length > 0) q.set('show', s.shown.join(','));
  for (const [k, v] of Object.entries(s.overrides)) q.set(k, v);
  return `#/what-if?${q.toString()}`;
}

/** Plan overrides (`plan.with()`'s argument) from paths and values; whole-number parameters as numbers. */
export function overridesOf(values: Readonly<Record<string, string>>, isWhole: (path: string) => boolean): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | string> = {};
  for (const [path, v] of Object.entries(values)) {
    if (path === 'effectiveFrom') {
      out['effectiveFrom'] = v;
      continue;
    }
    const [group, name] = path.split('.') as [string, string];
    const g = (out[group] ??= {}) as Record<string, unknown>;
    g[name] = isWhole(path) && /^\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}
