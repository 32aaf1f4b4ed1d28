/**
 * The words of the micro-credit interest subsidy (clause 2.3.8), in Chinese and English: the traces'
 * titles, the labels of inputs, parameters and results, and the explanations of 就高, the caps, the
 * overdue days and each period.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `loanInterestSubsidy` and `householdLoanSubsidy`: labels as constants,
 * explanations as functions of the values they show.
 *
 * @example
 * ```ts
 * LOAN_TEXT.title.en;                                //=> 'Micro-credit interest subsidy'
 * LOAN_TEXT.loan('a').zh;                            //=> '贷款 a'
 * LOAN_TEXT.floorRate('50% × 4.35% = 2.175%', '3%').en; //=> '50% × 4.35% = 2.175% is below the 3% floor, so 3% applies (就高)'
 * ```
 */
export const LOAN_TEXT = Object.freeze({
  title: t('小额信贷贴息', 'Micro-credit interest subsidy'),
  householdTitle: t('家庭小额信贷贴息（年度）', 'Household micro-credit subsidy for a year'),
  loan: (id: string): Text => t(`贷款 ${id}`, `loan ${id}`),
  // inputs and results
  year: t('年度', 'year'),
  principal: t('贷款本金（元）', 'principal (yuan)'),
  annualRate: t('实际年利率', 'actual annual rate'),
  days: t('贴息天数（算头不算尾）', 'days (first day counted, last not)'),
  period: t('贷款期间（算头不算尾）', 'loan period (first day counted, last not)'),
  interestPaid: t('实付利息（元）', 'interest paid (yuan)'),
  creditLine: t('家庭授信额度（元）', 'household credit line (yuan)'),
  amount: t('贴息金额（元）', 'subsidy (yuan)'),
  balanceDays: t('积数（元·天）', 'balance-days (yuan·days)'),
  total: t('贴息合计（元）', 'total subsidy (yuan)'),
  capLeft: t('剩余年度上限（元）', 'cap left (yuan)'),
  // the plan's parameters
  rateShareParam: t('实际利率的贴息比例', 'share of the actual rate'),
  floorRateParam: t('贴息年利率下限', 'floor rate'),
  dayCountBasisParam: t('计息基准天数（I-3）', 'day-count basis (I-3)'),
  principalCapParam: t('每户每年贴息贷款总额上限（I-4）', 'yearly cap on subsidised principal (I-4)'),
  principalCapPerYearParam: t('每户每年贴息贷款总额上限', 'yearly cap on subsidised principal per household'),
  principalCapped: (cap: string, subsidized: string): Text => t(
    `本金超过 ${cap} 元，只按 ${subsidized} 元贴息`,
    `the principal is above ${cap}, so only ${subsidized} earns subsidy`,
  ),
  // I-2: 就高
  shareOfRate: (share: string): Text => t(`实际利率的比例：${share}`, `share of the actual rate: ${share}`),
  shareOfRateApplies: (share: string, floor: string, rate: string): Text => t(
    `${share} 高于 ${floor}，按就高原则适用 ${rate}`,
    `${share} is above the ${floor} floor, so the higher (就高), ${rate}, applies`,
  ),
  floorRate: (share: string, floor: string): Text => t(`${share} 低于 ${floor}，按就高原则适用 ${floor}`, `${share} is below the ${floor} floor, so ${floor} applies (就高)`),
  tie: (share: string, floor: string, rate: string): Text => t(`${share} 等于 ${floor}，两者相同，适用 ${rate}`, `${share} equals the ${floor} floor; either way ${rate} applies`),
  actualRate: (actual: string, floor: string, rate: string): Text => t(
    `实际利率 ${actual} 低于 ${floor}，贴息不超过实际利息，适用实际利率 ${rate}（I-2）`,
    `the actual rate ${actual} is below the ${floor} floor; a subsidy never exceeds the interest charged, so the actual rate ${rate} applies (I-2)`,
  ),
  // the interest paid (I-2) and the one rounding (I-12)
  formula: (formula: string): Text => t(formula, formula),
  interestPaidCapped: (paid: string): Text => t(`贴息超过实付利息 ${paid}，以实付利息为限（I-2）`, `the subsidy would exceed the interest paid, ${paid}, so it is cut to it (I-2)`),
  interestPaidNotCapped: (paid: string): Text => t(`贴息未超过实付利息 ${paid}`, `the subsidy does not exceed the interest paid, ${paid}`),
  interestPaidCut: (paid: string): Text => t(`实付利息 ${paid} 元不足一分的部分不计（向下取整到分）`, `the interest paid, ${paid}, cut down to the fen`),
  // a household's loans over a year
  creditLimit: (limit: string): Text => t(`授信额度 ${limit} 元以外的本金不贴息`, `principal above the credit limit, ${limit}, earns nothing (I-4)`),
  forfeit: (maturity: string): Text => t(
    `贷款在到期日 ${maturity} 之后才归还，逾期贷款不享受贴息（解读 overdue = 'forfeit'）`,
    `the loan was repaid after its maturity, ${maturity}: an overdue loan earns no subsidy (reading overdue = 'forfeit')`,
  ),
  stopped: (maturity: string): Text => t(
    `到期日 ${maturity} 起为逾期天数，不贴息（I-2，解读 overdue = 'stop-at-maturity'）`,
    `days from the maturity, ${maturity}, on are overdue and earn nothing (I-2, reading overdue = 'stop-at-maturity')`,
  ),
  subsidisedDays: (year: number, from: string, first: string, end: string): Text => t(
    `${year} 年内、${from} 起的贴息天数（${first} 至 ${end}）`,
    `subsidised days in ${year} from ${from} (${first} to ${end})`,
  ),
  cumulativeCap: t('贴息本金（年度上限按放款先后分配）', 'principal within the yearly cap (shared in drawdown order)'),
  balanceCap: t('每日享受贴息的余额合计不超过年度上限（解读 capBasis = \'balance\'）', "on each day the subsidised balances together stay within the cap (reading capBasis = 'balance')"),
  noDays: (year: number, from: string): Text => t(
    `${year} 年内（${from} 起）无贴息天数，不占用年度上限（I-4、I-5）`,
    `no subsidised days in ${year} (from ${from}); the loan uses none of the cap (I-4, I-5)`,
  ),
  /** One stretch of equal balance and rate; `held`: the part earning subsidy when it is less than the balance. */
  stretch: (span: string, balance: string, held: string | undefined, rate: string, days: number): Text => t(
    `${span}：余额 ${balance} 元${held === undefined ? '' : `（享受贴息 ${held} 元）`}，贴息利率 ${rate}，${days} 天`,
    `${span}: balance ${balance}${held === undefined ? '' : ` (${held} earning subsidy)`}, subsidy rate ${rate}, ${days} days`,
  ),
});
