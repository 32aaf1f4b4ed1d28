/**
 * Output people would rather look at: plain table rows for `console.table` and Vega-Lite v5 chart
 * specifications (plain JSON objects) for notebooks and dashboards.
 *
 * Tables show exact figures as text (money to the fen, shares as percentages to two decimals).
 * Charts need numbers: their values are the results rounded to the fen (or to 4 decimals for
 * shares) and converted to JavaScript numbers for plotting only; the exact values stay in the results.
 *
 * @module
 */
import { isComparison, isSummary, isSweep, notAResult, DistributionOptionsSchema, OptionsSchema } from './report-shapes.js';
import { formatYuan, type Decimal } from '../core/decimal.js';
import { parseInput } from '../core/validate.js';
import type { Text } from '../core/trace.js';
import type { Comparison, PopulationSummary, SweepResult } from './types.js';
import { deepFreeze } from '../core/freeze.js';
import { REPORT_TEXT as TEXT } from './messages/report.js';

/** Language of labels: Chinese (default) or English. */
export type ReportLocale = 'zh-CN' | 'en';

/** Options of {@link toTableRows} and the chart functions. */
export interface ReportOptions {
  /** 'zh-CN' (default) or 'en'. */
  readonly locale?: ReportLocale;
}

/** One table row: column name → text. */
export type TableRow = Readonly<Record<string, string>>;

/**
 * A Vega-Lite v5 specification as a plain JSON object, deeply frozen like every result of the
 * library. To edit one before rendering (a wider chart, another colour), copy it first:
 * `const mine: Record<string, unknown> = structuredClone(spec); mine.width = 800;`.
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/**
 * The Vega-Lite v5 JSON schema URL, the `$schema` of every chart spec.
 *
 * @example
 * ```ts
 * const households = syntheticPopulation({ size: 20, seed: 1 });
 * const sweepResult = sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.04'] });
 * costCurveSpec(sweepResult).$schema === VEGA_LITE_SCHEMA; //=> true
 * ```
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

const L = TEXT.labels;

type Key = keyof typeof L;

/** The labels in the language of the options, by key; `pick` gives any text in that language. */
type Labeller = ((k: Key) => string) & { readonly pick: (text: Text) => string };

function labeller(options: { readonly locale?: ReportLocale | undefined } | undefined): Labeller {
  const en = options?.locale === 'en';
  const pick = (text: Text): string => (en ? text.en : text.zh);
  return Object.assign((k: Key) => pick(L[k]), { pick });
}

const yuan = (d: Decimal | null): string => (d === null ? '—' : formatYuan(d));
const percent = (d: Decimal | null): string => (d === null ? '—' : `${d.times(100).toFixed(2)}%`);
const signedYuan = (d: Decimal | null): string => (d === null ? '—' : `${d.isPositive() && !d.isZero() ? '+' : ''}${formatYuan(d)}`);
const signedPoints = (d: Decimal | null): string => (d === null ? '—' : `${d.isPositive() && !d.isZero() ? '+' : ''}${d.times(100).toFixed(2)} pp`);
const signedCount = (n: number): string => (n > 0 ? `+${n}` : String(n));
/** For charts: a Decimal as a JavaScript number (display only). */
const num = (d: Decimal): number => Number(d.toString());

function metText(t: (k: Key) => string, m: boolean | null): string {
  return m === null ? t('na') : m ? t('yes') : t('no');
}

function summaryRows(s: PopulationSummary, t: (k: Key) => string): TableRow[] {
  const g = s.targets;
  const th = g.thresholds;
  const row = (k: Key, value: string, target = '', met = ''): TableRow =>
    Object.freeze({ [t('measure')]: t(k), [t('value')]: value, [t('target')]: target, [t('met')]: met });
  return [
    row('households', String(s.households)),
    row('members', String(s.members)),
    row('totalEntitlement', yuan(s.totalEntitlement)),
    row('loanSubsidy', yuan(s.byBenefit.loanSubsidy)),
    row('loanRecipients', String(s.recipients.loanSubsidy)),
    row('vocationalGrant', yuan(s.byBenefit.vocationalGrant)),
    row('grantRecipients', String(s.recipients.vocationalGrant)),
    row('perCapita', yuan(g.perCapita), `≥ ${th.perCapitaIncome.toFixed(2)}`, metText(t, g.perCapita === null ? null : g.met.perCapita)),
    row('growth', percent(g.growth), `≥ ${percent(th.growthRate)}`, metText(t, g.met.growth)),
    row('transferShare', percent(g.transferShare), `≤ ${percent(th.maxTransferShare)}`, metText(t, g.transferShare === null ? null : g.met.transferShare)),
    row('otherShare', percent(g.otherShare), `≥ ${percent(th.minOtherShare)}`, metText(t, g.otherShare === null ? null : g.met.otherShare)),
    row('meetingPerCapita', String(g.householdsMeeting.perCapita)),
    row('errors', String(s.errors.length)),
  ];
}

function comparisonRows(c: Comparison, t: (k: Key) => string): TableRow[] {
  const b = c.baseline;
  const r = c.reform;
  const d = c.delta;
  const row = (k: Key, before: string, after: string, change: string): TableRow =>
    Object.freeze({ [t('measure')]: t(k), [t('baseline')]: before, [t('reform')]: after, [t('change')]: change });
  const count = (k: Key, n: number): TableRow => row(k, '', '', String(n));
  return [
    row('totalEntitlement', yuan(b.totalEntitlement), yuan(r.totalEntitlement), signedYuan(d.totalEntitlement)),
    row('loanSubsidy', yuan(b.byBenefit.loanSubsidy), yuan(r.byBenefit.loanSubsidy), signedYuan(d.byBenefit.loanSubsidy)),
    row('vocationalGrant', yuan(b.byBenefit.vocationalGrant), yuan(r.byBenefit.vocationalGrant), signedYuan(d.byBenefit.vocationalGrant)),
    row('loanRecipients', String(b.recipients.loanSubsidy), String(r.recipients.loanSubsidy), signedCount(d.recipients.loanSubsidy)),
    row('grantRecipients', String(b.recipients.vocationalGrant), String(r.recipients.vocationalGrant), signedCount(d.recipients.vocationalGrant)),
    row('perCapita', yuan(b.targets.perCapita), yuan(r.targets.perCapita), signedYuan(d.perCapita)),
    row('growth', percent(b.targets.growth), percent(r.targets.growth), signedPoints(d.growth)),
    row('transferShare', percent(b.targets.transferShare), percent(r.targets.transferShare), signedPoints(d.transferShare)),
    row('otherShare', percent(b.targets.otherShare), percent(r.targets.otherShare), signedPoints(d.otherShare)),
    row('meetingPerCapita', String(b.targets.householdsMeeting.perCapita), String(r.targets.householdsMeeting.perCapita), signedCount(d.householdsMeeting.perCapita)),
    count('gainers', c.gainers),
    count('losers', c.losers),
    count('crossedUp', c.crossedUp),
    count('crossedDown', c.crossedDown),
    count('errors', c.errors.length),
  ];
}

function sweepRows(s: SweepResult, t: (k: Key) => string): TableRow[] {
  return s.rows.map((r) => Object.freeze({
    [s.path]: r.value,
    [t('sCost')]: yuan(r.totalEntitlement),
    [t('sCostDelta')]: signedYuan(r.costDelta),
    [t('sPerCapita')]: yuan(r.perCapita),
    [t('sTransfer')]: percent(r.transferShare),
    [t('sMetPerCapita')]: metText(t, r.perCapita === null ? null : r.met.perCapita),
    [t('sMetGrowth')]: metText(t, r.met.growth),
    [t('sMetTransfer')]: metText(t, r.transferShare === null ? null : r.met.transferShare),
    [t('sMeeting')]: String(r.householdsMeetingPerCapita),
    [t('sCrossedUp')]: String(r.crossedUp),
  }));
}

/**
 * Turns a result of `simulate`, `compare` or `sweep` into plain rows of text, ready for
 * `console.table` or a spreadsheet: money to the fen, shares as percentages, targets of clause 1
 * (「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」) with whether they are met.
 *
 * - a summary (`simulate`): one row per measure — measure, value, target, met;
 * - a comparison (`compare`): one row per measure — measure, baseline, reform, change; then the
 *   counts of gainers, losers and crossings of the per-capita line;
 * - a sweep (`sweep`): one row per value of the parameter (keyed by its path) — cost, cost change,
 *   per capita, transfer share, which targets are met, households at the target, households
 *   crossing the line upwards (short column names, so the table fits a screen).
 *
 * @param result - a result of `simulate`, `compare` or `sweep`.
 * @param options - `{ locale: 'zh-CN' | 'en' }` for column names and labels (Chinese by default).
 * @returns frozen rows (objects of strings).
 * @throws {@link PolicyInputError} when `result` is none of those.
 * @example
 * ```ts
 * const rows = toTableRows(simulate(syntheticPopulation({ size: 10000, seed: 2023 }), { year: 2023 }), { locale: 'en' });
 * rows[7];
 * //=> { measure: 'per-capita disposable income (yuan, 1)', value: '16731.46', target: '≥ 16710.00', met: 'yes' }
 * console.table(rows);
 * ```
 */
export function toTableRows(result: PopulationSummary | Comparison | SweepResult, options: ReportOptions = {}): readonly TableRow[] {
  const t = labeller(parseInput('toTableRows', OptionsSchema(), options));
  if (isComparison(result)) return Object.freeze(comparisonRows(result, t));
  if (isSweep(result)) return Object.freeze(sweepRows(result, t));
  if (isSummary(result)) return Object.freeze(summaryRows(result, t));
  throw notAResult('toTableRows', 'simulate, compare or sweep');
}

/** A dashed vertical rule at the per-capita target, as a Vega-Lite layer. */
function targetRule(target: Decimal, t: Labeller): Record<string, unknown> {
  return {
    data: { values: [{ target: num(target), label: t.pick(TEXT.targetLine(target.toString())) }] },
    mark: { type: 'rule', color: '#c0392b', strokeDash: [6, 4], size: 2 },
    encoding: {
      x: { field: 'target', type: 'quantitative' },
      tooltip: [{ field: 'label', type: 'nominal', title: t('line') }],
    },
  };
}

/**
 * A Vega-Lite v5 chart of a sweep: the cost of the plan's rules (y) against the population's
 * per-capita disposable income (x), one point per value of the swept parameter, with the clause 1
 * target (「人均可支配收入达到16710元以上」) as a dashed vertical line — how much a reform costs for how
 * much income, and how far it is from the line.
 *
 * @param result - a result of `sweep`.
 * @param options - `{ locale }` for titles (Chinese by default).
 * @returns a plain JSON Vega-Lite spec (`$schema`, `data.values`, `layer` of marks with encodings),
 *   deeply frozen: to edit it, copy it with `structuredClone(spec)`.
 * @throws {@link PolicyInputError} when `result` is not a sweep.
 * @example
 * ```ts
 * const households = syntheticPopulation({ size: 20, seed: 1 });
 * const spec = costCurveSpec(sweep(households, { year: 2023, path: 'microcredit.floorRate', values: ['0.03', '0.04', '0.05'] }));
 * spec.$schema; //=> 'https://vega.github.io/schema/vega-lite/v5.json'
 * // render with vega-embed, or save as JSON and open in the Vega editor
 * const wide: Record<string, unknown> = structuredClone(spec); // the spec is frozen: edit a copy
 * wide.width = 800;
 * ```
 */
export function costCurveSpec(result: SweepResult, options: ReportOptions = {}): VegaLiteSpec {
  if (!isSweep(result)) throw notAResult('costCurveSpec', 'sweep');
  const t = labeller(parseInput('costCurveSpec', OptionsSchema(), options));
  const values = result.rows
    .filter((r) => r.perCapita !== null)
    .map((r, order) => ({
      order,
      value: r.value,
      cost: num(r.totalEntitlement),
      costDelta: num(r.costDelta),
      perCapita: num(r.perCapita as Decimal),
      transferShare: r.transferShare === null ? null : num(r.transferShare),
      perCapitaMet: r.met.perCapita,
    }));
  const x = { field: 'perCapita', type: 'quantitative', title: t('perCapita'), scale: { zero: false } };
  const y = { field: 'cost', type: 'quantitative', title: t('cost'), scale: { zero: false } };
  return deepFreeze({
    $schema: VEGA_LITE_SCHEMA,
    description: t.pick(TEXT.costCurveDescription(result.path)),
    title: { text: t.pick(TEXT.costCurveTitle(result.path)), subtitle: t.pick(TEXT.costCurveSubtitle(result.target.toString())) },
    width: 560,
    height: 360,
    data: { values },
    layer: [
      {
        mark: { type: 'line', point: { filled: true, size: 70 } },
        encoding: {
          x, y,
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            { field: 'value', type: 'nominal', title: result.path },
            { field: 'cost', type: 'quantitative', title: t('cost'), format: ',.2f' },
            { field: 'costDelta', type: 'quantitative', title: t('costDelta'), format: ',.2f' },
            { field: 'perCapita', type: 'quantitative', title: t('perCapita'), format: ',.2f' },
            { field: 'transferShare', type: 'quantitative', title: t('transferShare'), format: '.2%' },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 8, dy: -8 },
        encoding: { x, y, text: { field: 'value', type: 'nominal' } },
      },
      targetRule(result.target, t),
    ],
  });
}

/** Options of {@link perCapitaDistributionSpec}. */
export interface DistributionSpecOptions extends ReportOptions {
  /** Most bins of the histogram (default 60). */
  readonly maxbins?: number;
}

/**
 * A Vega-Lite v5 chart of a comparison: the distribution of households' per-capita disposable
 * income before and after the reform (overlaid histograms), with the clause 1 target
 * (「人均可支配收入达到16710元以上」) as a dashed vertical line, so the households a reform lifts
 * across the line can be seen.
 *
 * @param result - a result of `compare`.
 * @param options - `{ locale, maxbins }`.
 * @returns a plain JSON Vega-Lite spec: one data row per household and scenario (`scenario`, `perCapita`),
 *   deeply frozen: to edit it, copy it with `structuredClone(spec)`.
 * @throws {@link PolicyInputError} when `result` is not a comparison.
 * @example
 * ```ts
 * const households = syntheticPopulation({ size: 20, seed: 1 });
 * const spec = perCapitaDistributionSpec(compare(households, { year: 2023, reform: { vocationalGrant: { amount: 5000 } } }));
 * (spec.data as { values: unknown[] }).values.length; //=> 40 (2 × the households)
 * ```
 */
export function perCapitaDistributionSpec(result: Comparison, options: DistributionSpecOptions = {}): VegaLiteSpec {
  if (!isComparison(result, true)) throw notAResult('perCapitaDistributionSpec', 'compare');
  const o = parseInput('perCapitaDistributionSpec', DistributionOptionsSchema(), options);
  const t = labeller(o);
  const maxbins = o.maxbins ?? 60;
  const before = t('baseline');
  const after = t('reform');
  const values: { scenario: string; perCapita: number }[] = [];
  for (const r of result.perHousehold) values.push({ scenario: before, perCapita: num(r.perCapitaBefore) });
  for (const r of result.perHousehold) values.push({ scenario: after, perCapita: num(r.perCapitaAfter) });
  return deepFreeze({
    $schema: VEGA_LITE_SCHEMA,
    description: t.pick(TEXT.distributionDescription),
    title: { text: t('perCapita'), subtitle: t.pick(TEXT.distributionSubtitle(result.baseline.plan, result.reform.plan)) },
    width: 560,
    height: 320,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.55, binSpacing: 0 },
        encoding: {
          x: { field: 'perCapita', type: 'quantitative', bin: { maxbins }, title: t('perCapita') },
          y: { aggregate: 'count', type: 'quantitative', title: t('count'), stack: null },
          color: { field: 'scenario', type: 'nominal', title: t('scenario'), sort: [before, after] },
        },
      },
      targetRule(result.line, t),
    ],
  });
}
