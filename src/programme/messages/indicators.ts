/**
 * The words of the indicators of clause 2.1 (2.1.1, 2.1.2, 2.1.4), in Chinese and English: the names
 * of the indicators and of the four drinking-water indicators, the trace's title and labels, the
 * reasons an indicator is not met or cannot be measured, and the message of an input error.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/** A water indicator not met, with its counts, as a reason lists it. */
interface WaterCounts { readonly name: Text; readonly safe: number; readonly total: number }

/**
 * The messages of `checkIndicators`: names and labels as constants, reasons as functions of the
 * counts they show.
 *
 * @example
 * ```ts
 * INDICATORS_TEXT.jointHandling.en;                                          //=> 'joint handling rate'
 * INDICATORS_TEXT.rateBelowTarget(INDICATORS_TEXT.compulsoryEnrolment, 199, 200, '100%').zh;
 * //=> '义务教育入学率 199/200，未达到 100%'
 * ```
 */
export const INDICATORS_TEXT = Object.freeze({
  title: t('多层次保障指标', 'Indicators of the assistance system'),
  jointHandling: t('救助一件事联办率', 'joint handling rate'),
  compulsoryEnrolment: t('义务教育入学率', 'compulsory-education enrolment'),
  waterSafety: t('饮水安全', 'drinking-water safety'),
  water: Object.freeze({
    quality: t('饮水水质', 'water quality'),
    quantity: t('水量', 'water quantity'),
    convenience: t('用水方便程度', 'convenience of access'),
    reliability: t('供水保证率', 'reliability of supply'),
  }),
  exceedsTotal: t('不能大于 total', 'must not exceed total'),
  noPopulation: (name: Text): Text => t(`${name.zh}：分母为 0，无可统计对象`, `${name.en}: the denominator is 0, nothing to measure`),
  rateBelowTarget: (name: Text, num: number, den: number, required: string): Text =>
    t(`${name.zh} ${num}/${den}，未达到 ${required}`, `${name.en} ${num}/${den}, below ${required}`),
  waterNotMeasured: (names: readonly Text[]): Text =>
    t(`饮水安全：${names.map((n) => n.zh).join('、')}无测量户数`, `drinking water: no household measured for ${names.map((n) => n.en).join(', ')}`),
  waterNotMet: (met: number, indicators: number, required: string, failing: readonly WaterCounts[]): Text =>
    t(`饮水安全 ${met}/${indicators} 项达标，未达到 ${required} 项：${failing.map((x) => `${x.name.zh} ${x.safe}/${x.total}`).join('、')}`,
      `drinking water: ${met} of ${indicators} indicators met, fewer than ${required}: ${failing.map((x) => `${x.name.en} ${x.safe}/${x.total}`).join(', ')}`),
  waterSafetyIndicators: t('须达到安全标准的指标项数', 'indicators to meet the safety standard'),
  targetRate: t('目标比率', 'target rate'),
  waterCounts: t('达标指标项数/指标项数（每项须全部测量户达标）', 'indicators met / indicators (each needs every household measured)'),
  rateCounts: t('分子/分母（精确比较，I-1）', 'numerator / denominator (compared exactly, I-1)'),
  rate: t('比率（保留4位小数，仅供报告）', 'rate (4 decimals, for reports)'),
  met: (name: Text): Text => t(`${name.zh}达标`, `${name.en} met`),
});
