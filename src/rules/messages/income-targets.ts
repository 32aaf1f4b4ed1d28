/**
 * The words of the income targets (clause 1), in Chinese and English: the traces' titles, the labels
 * of the inputs, figures and results, and the explanations of each target met or not.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `incomeTargets` and `populationIncomeTargets`: labels as constants, explanations
 * as functions of the values they show.
 *
 * @example
 * ```ts
 * INCOME_TEXT.title.en;                      //=> 'Income targets for low-income households'
 * INCOME_TEXT.perCapitaMet('16710').zh;      //=> '人均可支配收入达到 16710 元以上'
 * INCOME_TEXT.transferNotMet('80%').en;      //=> 'the transfer share is above 80%'
 * ```
 */
export const INCOME_TEXT = Object.freeze({
  title: t('低收入农户收入目标', 'Income targets for low-income households'),
  populationTitle: t('低收入农户群体收入目标', 'Income targets for a population of low-income households'),
  members: t('家庭人口', 'members'),
  wage: t('工资性收入（元）', 'wage income (yuan)'),
  netOperating: t('经营净收入（元）', 'net operating income (yuan)'),
  netProperty: t('财产净收入（元）', 'net property income (yuan)'),
  netTransfer: t('转移净收入（元）', 'net transfer income (yuan)'),
  previousPerCapita: t('上年人均可支配收入（元）', 'previous per-capita disposable income (yuan)'),
  disposable: t('可支配收入 = 工资性 + 经营净 + 财产净 + 转移净', 'disposable income = wage + net operating + net property + net transfer'),
  growth: t('年增幅（四舍五入到 4 位小数）', 'growth (rounded half up to 4 decimals)'),
  transferShare: t('转移性收入占比（四舍五入到 4 位小数）', 'transfer share (rounded half up to 4 decimals)'),
  otherShare: t('其他收入占比 = 1 − 转移性收入占比', 'other share = 1 − transfer share'),
  perCapitaResult: t('人均可支配收入（元）', 'per-capita disposable income (yuan)'),
  growthResult: t('年增幅', 'growth'),
  transferShareResult: t('转移性收入占比', 'transfer share'),
  otherShareResult: t('其他收入占比', 'other-income share'),
  // the plan's targets
  perCapitaIncomeParam: t('人均可支配收入目标（以上，含本数）', 'per-capita income target (以上: inclusive)'),
  growthRateParam: t('年增幅目标（以上，含本数）', 'growth target (以上: inclusive)'),
  maxTransferShareParam: t('转移性收入占比上限（以下，含本数）', 'maximum transfer share (以下: inclusive)'),
  minOtherShareParam: t('其他收入占比下限（以上，含本数）', 'minimum other-income share (以上: inclusive)'),
  perCapitaMet: (target: string): Text => t(`人均可支配收入达到 ${target} 元以上`, `per-capita disposable income is at least ${target}`),
  perCapitaNotMet: (target: string): Text => t(`人均可支配收入低于 ${target} 元`, `per-capita disposable income is below ${target}`),
  growthMet: (rate: string): Text => t(`年增幅达 ${rate} 以上`, `growth is at least ${rate}`),
  growthNotMet: (rate: string): Text => t(`年增幅低于 ${rate}`, `growth is below ${rate}`),
  growthNotAssessed: t('未提供上年人均可支配收入，年增幅不作评价', 'no previous per-capita figure: growth is not assessed'),
  transferMet: (share: string): Text => t(`转移性收入占比在 ${share} 以下`, `the transfer share is at most ${share}`),
  transferNotMet: (share: string): Text => t(`转移性收入占比超过 ${share}`, `the transfer share is above ${share}`),
  otherMet: (share: string): Text => t(`其他收入占比在 ${share} 以上`, `the other-income share is at least ${share}`),
  otherNotMet: (share: string): Text => t(`其他收入占比低于 ${share}`, `the other-income share is below ${share}`),
  sharesUndefined: t(
    '可支配收入不大于 0，收入结构占比无定义，两项结构目标均视为未达到',
    'disposable income is not above 0: the shares are undefined and both structure targets count as not met',
  ),
  // a population
  households: t('户数', 'households'),
  populationMembers: t('总人口（人均数的分母）', 'members in all (the denominator of per-capita figures)'),
  aggregation: t('群体指标 = 各项收入合计 ÷ 总人口，不取各户指标的平均数（I-9）', 'population figures are Σ income ÷ Σ members, never a mean of household figures (I-9)'),
});
