/**
 * 兰溪市2023年低收入农户增收行动方案 — the plan's parameters, each with its clause and the clause's
 * words quoted verbatim from the published text (兰溪市人民政府, 2023-04-12).
 *
 * @module
 */
import { Decimal } from '../core/decimal.js';
import type { Milestone, PlanParams } from './types.js';
import { makePlan } from './plan.js';
import { LANXI_2023_READINGS } from './readings.js';

const d = (v: string) => new Decimal(v);

/** 二（三）8 — the sentence that sets the subsidy rate. */
const MICROCREDIT_RATE_QUOTE = '贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）';

/** The parameters of the 2023 plan. */
export const LANXI_2023_PARAMS: PlanParams = {
  targets: {
    perCapitaIncome: {
      value: d('16710'), unit: 'yuan', clause: '1',
      quote: '低收入农户人均可支配收入达到16710元以上',
    },
    growthRate: {
      value: d('0.15'), unit: 'fraction/year', clause: '1',
      quote: '年增幅达15%以上',
    },
    maxTransferShare: {
      value: d('0.8'), unit: 'fraction', clause: '1',
      quote: '转移性收入占比控制在80%以下',
    },
    minOtherShare: {
      value: d('0.2'), unit: 'fraction', clause: '1',
      quote: '工资性收入、经营性净收入等其他收入占比20%以上',
    },
  },
  microcredit: {
    rateShare: { value: d('0.5'), unit: 'fraction', clause: '2.3.8', quote: MICROCREDIT_RATE_QUOTE },
    floorRate: { value: d('0.03'), unit: 'fraction/year', clause: '2.3.8', quote: MICROCREDIT_RATE_QUOTE },
    principalCapPerYear: {
      value: d('100000'), unit: 'yuan/household/year', clause: '2.3.8',
      quote: '每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元',
    },
    dayCountBasis: {
      // The text gives no day count: 360 is the PBoC convention for a daily rate (I-3), a reading.
      value: 360, unit: 'days/year', clause: '2.3.8',
      quote: '按3%年利率予以贴息补助',
      interpretation: 'I-3',
      note: 'A reading, not a number of the text: the plan states an annual rate and no day count; 360 is the PBoC convention for a daily rate.',
    },
  },
  rentSubsidy: {
    rate: { value: d('0.2'), unit: 'fraction', clause: '2.3.7', quote: '可对场地租金给予20%的补助' },
    cap: { value: d('20000'), unit: 'yuan/site/year', clause: '2.3.7', quote: '最高不超过2万元' },
    minEmployedShare: {
      value: d('0.5'), unit: 'fraction', clause: '2.3.7',
      quote: '吸纳本行政村一半以上有劳动力的低收入农户就近就业的',
    },
  },
  vocationalGrant: {
    amount: {
      value: d('3000'), unit: 'yuan/household/academic-year', clause: '2.3.4',
      quote: '对就读中高等职校的低收入农户子女给予每户每学年3000元补助',
    },
  },
  projectIncome: {
    minLowIncomeShare: {
      value: d('0.3'), unit: 'fraction', clause: '2.3.9',
      quote: '每个项目的收益中，至少30%要用于本村低收入农户的生产生活和困难补助',
    },
  },
  training: {
    minTrainees: {
      value: 15, unit: 'persons/township/year', clause: '2.3.5',
      quote: '每年要组织不少于15名低收入农户参加各项技能培训班',
    },
  },
  relocation: {
    persons: { value: 1740, unit: 'persons', clause: '2.3.2', quote: '2023年，实施新一轮异地搬迁人员1740人' },
  },
  visits: {
    minPerMonth: { value: 1, unit: 'visits/household/month', clause: '2.3.1', quote: '实施低收入农户每月走访行动' },
  },
  indicators: {
    jointHandlingRate: { value: d('1'), unit: 'fraction', clause: '2.1.1', quote: '确保救助一件事惠民联办率达到100%' },
    compulsoryEnrolmentRate: {
      value: d('1'), unit: 'fraction', clause: '2.1.2',
      quote: '确保低收入家庭子女义务教育阶段入学率100%',
    },
    waterSafetyIndicators: {
      value: 4, unit: 'indicators', clause: '2.1.4',
      quote: '确保饮水水质、水量、用水方便程度和供水保证率4项指标达到安全标准',
    },
  },
};

/** The dated obligations of the plan (I-10). */
export const LANXI_2023_MILESTONES: readonly Milestone[] = [
  {
    id: 'menu-project-filing', clause: '2.3.3', due: '2023-03-31',
    title: { zh: '“菜单式”项目报市农业农村局备案', en: 'Menu-style projects filed with the city agriculture bureau' },
    quote: '于3月底前报市农业农村局备案',
  },
  {
    id: 'relocation-site-preparation', clause: '2.3.2', due: '2023-06-30',
    title: { zh: '安置地块政策处理和搬迁人员资料收集', en: 'Relocation sites: policy work and data collection' },
    quote: '在6月底前完成安置地块政策处理和搬迁人员的资料收集工作',
  },
  {
    id: 'menu-project-acceptance', clause: '2.3.3', due: '2023-09-30',
    title: { zh: '“菜单式”项目验收', en: 'Menu-style projects accepted' },
    quote: '9月底前完成项目验收',
  },
  {
    id: 'vocational-grant-review', clause: '2.3.4', due: '2023-10-20',
    title: { zh: '扶智补助申报资料审核', en: 'Vocational grant applications reviewed' },
    quote: '申报资料于10月中旬完成审核',
  },
  {
    id: 'relocation-construction-start', clause: '2.3.2', due: '2023-10-31',
    title: { zh: '启动安置地块建设', en: 'Construction of relocation sites started' },
    quote: '10月底前启动安置地块的建设',
  },
  {
    id: 'skills-training', clause: '2.3.5', due: '2023-10-31',
    title: { zh: '低收入农户技能培训', en: 'Skills training of low-income farmers' },
    quote: '该项工作于10月底前完成',
  },
];

/**
 * The 2023 plan: every parameter cited, in force from 2023-05-13 (clause 4), deeply frozen.
 *
 * @example
 * ```ts
 * import { LANXI_2023 } from 'lanxi-policy';
 * LANXI_2023.params.microcredit.floorRate.value.toString(); //=> '0.03'
 * LANXI_2023.effectiveFrom; //=> '2023-05-13'
 * const reform = LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
 * LANXI_2023.params.microcredit.floorRate.value.toString(); //=> '0.03' (untouched)
 * ```
 */
export const LANXI_2023 = makePlan({
  id: 'lanxi-2023',
  label: 'lanxi-2023',
  title: { zh: '兰溪市2023年低收入农户增收行动方案', en: 'Lanxi City 2023 Action Plan for Raising the Incomes of Low-Income Rural Households' },
  year: 2023,
  issuedOn: '2023-04-12',
  effectiveFrom: '2023-05-13',
  period: { from: '2023-01-01', to: '2023-12-31' },
  params: LANXI_2023_PARAMS,
  readings: LANXI_2023_READINGS,
  milestones: LANXI_2023_MILESTONES,
  overridden: [],
});
