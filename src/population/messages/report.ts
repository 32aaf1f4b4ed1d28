/**
 * The words of the reports of a population (tables and charts of `simulate`, `compare` and `sweep`),
 * in Chinese and English: the names of the columns and measures, yes and no, and the titles,
 * subtitles and descriptions of the charts, with the clause each measure belongs to.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/** The labels of the tables' columns and rows and of the charts' axes and legends. */
const L = Object.freeze({
  measure: t('指标', 'measure'),
  value: t('数值', 'value'),
  target: t('目标', 'target'),
  met: t('达标', 'met'),
  baseline: t('基准', 'baseline'),
  reform: t('改革', 'reform'),
  change: t('变化', 'change'),
  households: t('户数', 'households'),
  members: t('人口', 'members'),
  totalEntitlement: t('补助合计（元）', 'total entitlement (yuan)'),
  loanSubsidy: t('小额信贷贴息（元，2.3.8）', 'micro-credit subsidy (yuan, 2.3.8)'),
  vocationalGrant: t('扶智补助（元，2.3.4）', 'vocational grant (yuan, 2.3.4)'),
  loanRecipients: t('享受贴息户数', 'households receiving the subsidy'),
  grantRecipients: t('享受扶智补助户数', 'households receiving the grant'),
  perCapita: t('人均可支配收入（元，1）', 'per-capita disposable income (yuan, 1)'),
  growth: t('年增幅（1）', 'growth (1)'),
  transferShare: t('转移性收入占比（1）', 'transfer share (1)'),
  otherShare: t('其他收入占比（1）', 'other-income share (1)'),
  meetingPerCapita: t('人均收入达标户数', 'households at or above the per-capita target'),
  gainers: t('增收户数', 'households gaining'),
  losers: t('减收户数', 'households losing'),
  crossedUp: t('跨过人均目标线（向上）户数', 'households crossing the line upwards'),
  crossedDown: t('跌破人均目标线户数', 'households falling below the line'),
  errors: t('无效记录', 'invalid records'),
  cost: t('补助合计（元）', 'cost (yuan)'),
  costDelta: t('较基准增加（元）', 'cost change (yuan)'),
  yes: t('是', 'yes'),
  no: t('否', 'no'),
  na: t('—', '—'),
  scenario: t('情景', 'scenario'),
  count: t('户数', 'households'),
  line: t('人均目标线', 'per-capita target'),
  sPerCapita: t('人均收入', 'per capita'),
  sTransfer: t('转移占比', 'transfer share'),
  sMetPerCapita: t('人均达标', 'per capita met'),
  sMetGrowth: t('增幅达标', 'growth met'),
  sMetTransfer: t('结构达标', 'transfer share met'),
  sMeeting: t('达标户数', 'households at target'),
  sCrossedUp: t('跨线户数', 'crossed up'),
  sCost: t('补助合计', 'cost'),
  sCostDelta: t('增加', 'cost change'),
});

/**
 * The messages of the population reports: the labels of tables and charts as constants (`labels`),
 * the texts of the charts as functions of the path, target and plans they show.
 *
 * @example
 * ```ts
 * REPORT_TEXT.labels.perCapita.en;          //=> 'per-capita disposable income (yuan, 1)'
 * REPORT_TEXT.targetLine('16710').zh;       //=> '人均目标线 16710'
 * REPORT_TEXT.costCurveTitle('microcredit.floorRate').en;
 * //=> 'microcredit.floorRate — cost (yuan) / per-capita disposable income (yuan, 1)'
 * ```
 */
export const REPORT_TEXT = Object.freeze({
  labels: L,
  /** The per-capita target line's label: "人均目标线 16710". */
  targetLine: (target: string): Text => t(`${L.line.zh} ${target}`, `${L.line.en} ${target}`),
  costCurveDescription: (path: string): Text => t(`${path}: ${L.cost.zh} / ${L.perCapita.zh}`, `${path}: ${L.cost.en} / ${L.perCapita.en}`),
  costCurveTitle: (path: string): Text => t(`${path} — ${L.cost.zh} / ${L.perCapita.zh}`, `${path} — ${L.cost.en} / ${L.perCapita.en}`),
  costCurveSubtitle: (target: string): Text => t(`${L.line.zh}: ${target}`, `${L.line.en}: ${target}`),
  distributionDescription: t(`${L.perCapita.zh}: ${L.baseline.zh} / ${L.reform.zh}`, `${L.perCapita.en}: ${L.baseline.en} / ${L.reform.en}`),
  distributionSubtitle: (baselinePlan: string, reformPlan: string): Text =>
    t(`${L.baseline.zh}: ${baselinePlan} · ${L.reform.zh}: ${reformPlan}`, `${L.baseline.en}: ${baselinePlan} · ${L.reform.en}: ${reformPlan}`),
});
