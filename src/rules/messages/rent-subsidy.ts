/**
 * The words of the rent-subsidy rule (clause 2.3.7), in Chinese and English: the trace's title, the
 * labels of its inputs, reading, parameters and results, the words of each unit the employment share
 * counts (reading `rentEmployedUnit`, I-6), the explanations of the branches it takes, the reasons a
 * site is not eligible, and the messages of the input errors it raises.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/** What the counts count, with the words of the unit and the labels of its two counts. */
interface UnitWords extends Text {
  readonly capable: Text;
  readonly employed: Text;
}

const unit = (zh: string, en: string, capable: Text, employed: Text): UnitWords => Object.freeze({ zh, en, capable, employed });

/**
 * The messages of `rentSubsidy`: labels as constants, explanations and reasons as functions of the
 * values they show.
 *
 * @example
 * ```ts
 * RENT_SUBSIDY_TEXT.title.en;                                   //=> 'Rent subsidy for a processing site'
 * RENT_SUBSIDY_TEXT.capped('20000').zh;                         //=> '超过上限 20000 元，按 20000 元补助'
 * RENT_SUBSIDY_TEXT.employedShareMet('5/10', '50%', RENT_SUBSIDY_TEXT.units.households).en;
 * //=> '5/10 households employed: at least 50% (inclusive)'
 * ```
 */
export const RENT_SUBSIDY_TEXT = Object.freeze({
  title: t('来料加工场租补贴', 'Rent subsidy for a processing site'),
  rentPaid: t('当年已付场地租金（元）', 'rent paid for the year (yuan)'),
  inKeyAssistanceVillage: t('是否位于乡村振兴重点帮促村', 'in a key assistance village'),
  reading: t('“一半以上有劳动力的低收入农户”的计数单位', 'what 「一半以上有劳动力的低收入农户」 counts'),
  units: Object.freeze({
    households: unit('户', 'households',
      t('本行政村有劳动力的低收入农户数', 'labour-capable low-income households of the village'),
      t('其中在加工点就业的户数', 'of which employed at the site')),
    persons: unit('人', 'persons',
      t('本行政村有劳动力的低收入人数', 'labour-capable low-income persons of the village'),
      t('其中在加工点就业的人数', 'of whom employed at the site')),
  }),
  countedInHouseholds: (quote: string): Text =>
    t(`按户计（解读 rentEmployedUnit = 'households'）：「${quote}」中的“低收入农户”指户，一户有成员在加工点就业即计入`,
      `counted in households (reading rentEmployedUnit = 'households'): in “${quote}” a household counts when one of its members works at the site`),
  countedInPersons: (quote: string): Text =>
    t(`按人计（解读 rentEmployedUnit = 'persons'）：「${quote}」中的“低收入农户”指人，与“不少于15名低收入农户”同义`,
      `counted in persons (reading rentEmployedUnit = 'persons'): in “${quote}” low-income farmers are persons, as in 「不少于15名低收入农户」`),
  minEmployedShare: (words: Text): Text => t(`吸纳就业${words.zh}数的最低比例（以上，含本数）`, `minimum share of ${words.en} employed (以上: inclusive)`),
  inKeyAssistanceVillageMet: t('加工点位于乡村振兴重点帮促村', 'the site is in a key assistance village'),
  notKeyAssistanceVillage: t('加工点不在乡村振兴重点帮促村', 'the site is not in a key assistance village'),
  noLaborCapableHouseholds: t('本行政村没有有劳动力的低收入农户，无从吸纳一半以上（I-6）', 'the village has no labour-capable low-income household, so none can be employed (I-6)'),
  noLaborCapablePersons: t('本行政村没有有劳动力的低收入人员，无从吸纳一半以上（I-6，按人计）', 'the village has no labour-capable low-income person, so none can be employed (I-6, counted in persons)'),
  employedShareMet: (employed: string, minShare: string, words: Text): Text =>
    t(`吸纳 ${employed} ${words.zh}，达到 ${minShare} 以上（含本数）`, `${employed} ${words.en} employed: at least ${minShare} (inclusive)`),
  householdsBelowMinimum: (employed: string, minShare: string): Text =>
    t(`吸纳 ${employed} 户，未达到本行政村有劳动力的低收入农户的 ${minShare} 以上`,
      `${employed} households employed: below ${minShare} of the village's labour-capable low-income households`),
  personsBelowMinimum: (employed: string, minShare: string): Text =>
    t(`吸纳 ${employed} 人，未达到本行政村有劳动力的低收入人员的 ${minShare} 以上（按人计）`,
      `${employed} persons employed: below ${minShare} of the village's labour-capable low-income persons (counted in persons)`),
  rate: t('场租补助比例', 'share of the rent'),
  cap: t('每个加工点每年补助上限（不超过，含本数）', 'cap per site per year (不超过: inclusive)'),
  exact: (rent: string, rate: string): Text => t(`${rent} × ${rate}`, `${rent} × ${rate}`),
  capped: (cap: string): Text => t(`超过上限 ${cap} 元，按 ${cap} 元补助`, `above the ${cap}-yuan cap, so ${cap} is paid`),
  notCapped: (cap: string): Text => t(`未超过上限 ${cap} 元`, `within the ${cap}-yuan cap`),
  notEligible: (codes: readonly string[]): Text => t(`不符合条件（${codes.join('、')}），不予补助`, `not eligible (${codes.join(', ')}): no subsidy`),
  eligible: t('是否符合条件', 'eligible'),
  amount: t('场租补贴（元）', 'rent subsidy (yuan)'),
  requiredWith: (other: string): Text => t(`给出 ${other} 时必须填写`, `is required with ${other}`),
  exceedsLaborCapable: (capable: string, counted: 'households' | 'persons'): Text =>
    t(`不能超过 ${capable}（${counted === 'households' ? '有劳动力的低收入农户数' : '有劳动力的低收入人数'}）`, `must not exceed ${capable}`),
});
