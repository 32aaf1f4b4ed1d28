/**
 * What if the micro-credit floor rate were 4% instead of 3%?
 *
 * Runs the plan over 10000 **synthetic** low-income households (generated, not real data), compares
 * a 4% floor rate (clause 2.3.8) with the plan, sweeps the floor rate from 2% to 6%, and prints the
 * tables. With `--charts <dir>`, writes the two charts there, each as a Vega-Lite spec (`.vl.json`) and
 * as an SVG drawn without a browser (`.svg`, by examples/charts.ts), which any browser or image viewer opens offline.
 *
 * Run: npx tsx examples/what-if.ts [--en] [--charts out]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compare, costCurveSpec, perCapitaDistributionSpec, preparePopulation, simulate, sweep, syntheticPopulation, toTableRows,
} from '../src/index.js';
import { toSvg } from './charts.js';

const args = process.argv.slice(2);
const locale = args.includes('--en') ? 'en' : 'zh-CN';
const chartsAt = args.indexOf('--charts');
const chartsDir = chartsAt >= 0 ? args[chartsAt + 1] : undefined;

const time = <T>(label: string, fn: () => T): T => {
  const start = performance.now();
  const result = fn();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
};

// 1. A synthetic population, validated once.
const population = time('generate 10000 synthetic households', () => syntheticPopulation({ size: 10000, seed: 2023 }));
const { households, errors } = time('validate them once', () => preparePopulation(population));
if (errors.length > 0) throw new Error(`unexpected invalid synthetic households: ${errors.length}`);

// 2. The plan as it is.
const baseline = time('simulate the plan', () => simulate(households, { year: 2023 }));
console.log('\n— the plan (2023) —');
console.table(toTableRows(baseline, { locale }));

// 3. A 4% floor rate for the micro-credit subsidy (clause 2.3.8).
const reform = time('compare a 4% floor rate', () => compare(households, { year: 2023, reform: { microcredit: { floorRate: '0.04' } } }));
console.log('\n— floor rate 3% → 4% —');
console.table(toTableRows(reform, { locale }));

// 4. The floor rate from 2% to 6%: cost against the targets of clause 1.
const curve = time('sweep the floor rate', () => sweep(households, {
  year: 2023,
  path: 'microcredit.floorRate',
  values: ['0.02', '0.025', '0.03', '0.035', '0.04', '0.045', '0.05', '0.06'],
}));
console.log('\n— microcredit.floorRate —');
console.table(toTableRows(curve, { locale }));

if (chartsDir !== undefined) {
  mkdirSync(chartsDir, { recursive: true });
  const charts = { 'cost-curve': costCurveSpec(curve, { locale }), 'per-capita': perCapitaDistributionSpec(reform, { locale }) };
  for (const [name, spec] of Object.entries(charts)) {
    writeFileSync(join(chartsDir, `${name}.vl.json`), JSON.stringify(spec, null, name === 'cost-curve' ? 2 : undefined));
    writeFileSync(join(chartsDir, `${name}.svg`), await toSvg(spec));
  }
  console.log(`\ncharts written to ${chartsDir}/: cost-curve and per-capita, each as .vl.json (Vega-Lite) and .svg`);
}
