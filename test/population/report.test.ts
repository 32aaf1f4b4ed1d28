import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { compare } from '../../src/population/compare.js';
import { costCurveSpec, perCapitaDistributionSpec, toTableRows, VEGA_LITE_SCHEMA } from '../../src/population/report.js';
import { preparePopulation, simulate } from '../../src/population/simulate.js';
import { sweep } from '../../src/population/sweep.js';
import { syntheticPopulation } from '../../src/population/synthetic.js';

const { households } = preparePopulation(syntheticPopulation({ size: 800, seed: 31 }));
const summary = simulate(households, { year: 2023 });
const comparison = compare(households, { year: 2023, reform: { microcredit: { floorRate: '0.04' }, vocationalGrant: { amount: 4000 } } });
const swept = sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.035', '0.04'] });

type Spec = {
  $schema: string;
  data: { values: Record<string, unknown>[] };
  layer: { mark: unknown; encoding: Record<string, { field?: string }>; data?: { values: Record<string, unknown>[] } }[];
};

/** Whether every object and array reachable from `v` is frozen. */
function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
}

const allStrings = (rows: readonly Record<string, string>[]) => rows.every((r) => Object.values(r).every((v) => typeof v === 'string'));

describe('toTableRows', () => {
  it('turns a summary into rows of measure, value, target and met, money to the fen', () => {
    const rows = toTableRows(summary, { locale: 'en' });
    expect(allStrings(rows)).toBe(true);
    expect(rows[0]).toEqual({ measure: 'households', value: '800', target: '', met: '' });
    const perCapita = rows.find((r) => r['measure']?.startsWith('per-capita'));
    expect(perCapita).toEqual({
      measure: 'per-capita disposable income (yuan, 1)',
      value: summary.targets.perCapita?.toFixed(2),
      target: '≥ 16710.00',
      met: summary.targets.met.perCapita ? 'yes' : 'no',
    });
    expect(rows.find((r) => r['measure'] === 'transfer share (1)')?.['target']).toBe('≤ 80.00%');
  });

  it('labels rows in Chinese by default', () => {
    const rows = toTableRows(summary);
    expect(Object.keys(rows[0] ?? {})).toEqual(['指标', '数值', '目标', '达标']);
    expect(rows.some((r) => r['指标'] === '人均可支配收入（元，1）')).toBe(true);
  });

  it('turns a comparison into rows of baseline, reform and change, then the counts', () => {
    const rows = toTableRows(comparison, { locale: 'en' });
    expect(allStrings(rows)).toBe(true);
    expect(rows[0]).toEqual({
      measure: 'total entitlement (yuan)',
      baseline: comparison.baseline.totalEntitlement.toFixed(2),
      reform: comparison.reform.totalEntitlement.toFixed(2),
      change: `+${comparison.delta.totalEntitlement.toFixed(2)}`,
    });
    expect(rows.find((r) => r['measure'] === 'households gaining')?.['change']).toBe(String(comparison.gainers));
    expect(rows.find((r) => r['measure'] === 'households crossing the line upwards')?.['change']).toBe(String(comparison.crossedUp));
  });

  it('turns a sweep into one row per value, keyed by the parameter', () => {
    const rows = toTableRows(swept, { locale: 'en' });
    expect(rows.map((r) => r['microcredit.floorRate'])).toEqual(['0.03', '0.035', '0.04']);
    expect(rows[0]?.['cost change']).toBe('0.00');
    expect(rows[2]?.['cost']).toBe(swept.rows[2]?.totalEntitlement.toFixed(2));
    expect(Object.keys(rows[0] ?? {})).toEqual(['microcredit.floorRate', 'cost', 'cost change', 'per capita', 'transfer share', 'per capita met', 'growth met', 'transfer share met', 'households at target', 'crossed up']);
    expect(allStrings(rows)).toBe(true);
  });

  it('rejects anything else', () => {
    expect(() => toTableRows({} as never)).toThrow(PolicyInputError);
  });
});

describe('Vega-Lite specs', () => {
  it('draws the cost curve of a sweep against aggregate per-capita income, with the 16710 line', () => {
    const spec = costCurveSpec(swept, { locale: 'en' }) as unknown as Spec;
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.data.values).toHaveLength(3);
    expect(spec.data.values[0]).toMatchObject({ value: '0.03', costDelta: 0 });
    expect(spec.data.values[2]?.['cost']).toBe(Number(swept.rows[2]?.totalEntitlement.toFixed(2)));
    for (const layer of spec.layer) {
      expect(layer.mark).toBeDefined();
      expect(layer.encoding).toBeDefined();
    }
    expect(spec.layer[0]?.encoding['x']?.field).toBe('perCapita');
    expect(spec.layer[0]?.encoding['y']?.field).toBe('cost');
    const rule = spec.layer.find((l) => (l.mark as { type?: string }).type === 'rule');
    expect(rule?.data?.values[0]?.['target']).toBe(16710);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec); // plain JSON
  });

  it('draws the per-capita distribution before and after a reform, with the 16710 line', () => {
    const spec = perCapitaDistributionSpec(comparison, { locale: 'en' }) as unknown as Spec;
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.data.values).toHaveLength(2 * 800);
    expect(new Set(spec.data.values.map((v) => v['scenario']))).toEqual(new Set(['baseline', 'reform']));
    for (const layer of spec.layer) {
      expect(layer.mark).toBeDefined();
      expect(layer.encoding).toBeDefined();
    }
    expect(spec.layer[0]?.encoding['x']?.field).toBe('perCapita');
    expect(spec.layer.find((l) => (l.mark as { type?: string }).type === 'rule')?.data?.values[0]?.['target']).toBe(16710);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('returns specs frozen all the way down, which a caller edits by copying them with structuredClone', () => {
    const xOf = (spec: unknown) => ((spec as Spec).layer[0] as Spec['layer'][number]).encoding['x'] as { field?: string };
    for (const spec of [costCurveSpec(swept), perCapitaDistributionSpec(comparison)]) {
      expect(deeplyFrozen(spec)).toBe(true);
      expect(() => { xOf(spec).field = 'cost'; }).toThrow(TypeError);
      const copy: Record<string, unknown> = structuredClone(spec);
      copy['width'] = 800;
      xOf(copy).field = 'cost';
      expect(copy['width']).toBe(800);
      expect(xOf(spec).field).toBe('perCapita');
    }
  });

  it('gives a fresh spec on each call, so no two callers share one', () => {
    expect(costCurveSpec(swept)).not.toBe(costCurveSpec(swept));
    expect(costCurveSpec(swept)).toEqual(costCurveSpec(swept));
  });

  it('rejects a result of the wrong kind', () => {
    expect(() => costCurveSpec(comparison as never)).toThrow(PolicyInputError);
    expect(() => perCapitaDistributionSpec(swept as never)).toThrow(PolicyInputError);
  });
});
