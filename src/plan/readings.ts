/**
 * The readings of the plan: every choice the text leaves open, each named, cited and switchable, as
 * the parameters are. A rule that depends on one reads it from `plan.readings`; an analyst changes it
 * with `plan.with({ readings: { capBasis: 'balance' } })`.
 *
 * @module
 */
import type { ClauseId } from './clauses.js';

/** One reading: the value chosen, the values the text allows, where the text is open, and why. */
export interface Reading<T extends string | boolean = string | boolean> {
  readonly value: T;
  /** Every value this reading can take; the first is the library's default. */
  readonly options: readonly T[];
  readonly clause: ClauseId;
  /** The interpretation in DESIGN's list (I-n) that this reading belongs to. */
  readonly interpretation: string;
  /** The words of the plan that leave the choice open, verbatim. */
  readonly quote: string;
  /** What each value means, in English and Chinese. */
  readonly note: string;
  readonly noteZh: string;
  /** Set on a reading changed by `plan.with()`: the value the library reads by default. */
  readonly planValue?: T;
}

/** Every reading of the plan. */
export interface PlanReadings {
  /** 2.3.8, I-4: how the 100000-yuan yearly cap applies to a household's loans. */
  readonly capBasis: Reading<'cumulative' | 'balance'>;
  /** 2.3.8, I-2: what happens to a loan repaid after its contractual maturity. */
  readonly overdue: Reading<'stop-at-maturity' | 'forfeit'>;
  /** 2.3.8, I-2: whether the subsidy rate may exceed the loan's actual rate. */
  readonly subsidyAboveActualRate: Reading<boolean>;
  /** 2.3.7, I-6: what 「一半以上有劳动力的低收入农户」 counts. */
  readonly rentEmployedUnit: Reading<'households' | 'persons'>;
  /** 2.3.4, I-7: whose vocational schooling earns the grant. */
  readonly grantFor: Reading<'any-member' | 'children'>;
  /** 2.3.4, I-7: who is paid when the grant equals the non-stacking aid (就高 with a tie). */
  readonly grantTie: Reading<'grant' | 'other-aid'>;
  /** 2.3.3, I-10: the status of a deadline that fell before the plan was issued. */
  readonly deadlineBeforeIssue: Reading<'before-plan' | 'as-written'>;
  /** 2.3.1: whether a month only partly inside the period checked must be visited. */
  readonly visitMonths: Reading<'touched' | 'whole'>;
}

/** The names of the readings. */
export type ReadingName = keyof PlanReadings;

/** The value type of each reading. */
export type ReadingValues = { readonly [K in ReadingName]: PlanReadings[K]['value'] };

/** Overrides of readings for `plan.with({ readings })`. */
export type ReadingOverrides = { readonly [K in ReadingName]?: PlanReadings[K]['value'] };

const MICROCREDIT = '贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）';

/** The readings the library gives the 2023 plan by default. */
export const LANXI_2023_READINGS: PlanReadings = {
  capBasis: {
    value: 'cumulative', options: ['cumulative', 'balance'], clause: '2.3.8', interpretation: 'I-4',
    quote: '每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元',
    note: "'cumulative': the principal drawn that earns subsidy in the calendar year is at most 100000, shared by the loans in drawdown order; 'balance': on each day the subsidised balances of all loans together are at most 100000, earliest drawdown first.",
    noteZh: "'cumulative'：一个自然年内享受贴息的贷款本金累计不超过10万元，按放款先后分配；'balance'：每日各笔贷款享受贴息的余额合计不超过10万元，先放款者优先。",
  },
  overdue: {
    value: 'stop-at-maturity', options: ['stop-at-maturity', 'forfeit'], clause: '2.3.8', interpretation: 'I-2',
    quote: '贷款期限和授信额度内的小额贷款',
    note: "'stop-at-maturity': days from the contractual maturity on are overdue and earn nothing; 'forfeit': a loan repaid after its maturity earns nothing at all (逾期贷款不享受贴息).",
    noteZh: "'stop-at-maturity'：到期日（含）以后的逾期天数不贴息；'forfeit'：到期后才归还的贷款整笔不享受贴息。",
  },
  subsidyAboveActualRate: {
    value: false, options: [false, true], clause: '2.3.8', interpretation: 'I-2',
    quote: MICROCREDIT,
    note: 'false: the subsidy rate is never above the actual rate (a subsidy cannot exceed the interest charged, 先付后贴); true: the 3% floor applies even to a loan whose rate is lower.',
    noteZh: 'false：贴息利率不超过实际利率（贴息不超过实付利息，先付后贴）；true：实际利率低于3%的贷款也按3%贴息。',
  },
  rentEmployedUnit: {
    value: 'households', options: ['households', 'persons'], clause: '2.3.7', interpretation: 'I-6',
    quote: '吸纳本行政村一半以上有劳动力的低收入农户就近就业的',
    note: "'households': half of the village's low-income households with labour capacity have a member working at the site; 'persons': half of its labour-capable low-income persons work there (the plan counts persons in 「不少于15名低收入农户」).",
    noteZh: "'households'：按户计，本村有劳动力的低收入农户中一半以上有成员在加工点就业；'persons'：按人计，本村有劳动力的低收入人员一半以上在加工点就业（方案在“不少于15名低收入农户”中按人计）。",
  },
  grantFor: {
    value: 'any-member', options: ['any-member', 'children'], clause: '2.3.4', interpretation: 'I-7',
    quote: '对就读中高等职校的低收入农户子女给予每户每学年3000元补助',
    note: "'any-member': a household with any member at a secondary or higher vocational school gets the grant; 'children': only a child or grandchild of the household (子女) counts.",
    noteZh: "'any-member'：家庭任一成员就读中高等职校即可；'children'：仅家庭的子女（含孙子女）就读才计。",
  },
  grantTie: {
    value: 'grant', options: ['grant', 'other-aid'], clause: '2.3.4', interpretation: 'I-7',
    quote: '其他教育补助有明确要求不能重复享受的除外，按照就高原则给予补助',
    note: "When the grant equals the aid that may not be stacked: 'grant' pays the grant; 'other-aid' pays that aid.",
    noteZh: "扶智补助与不能重复享受的补助金额相同时：'grant' 发放扶智补助；'other-aid' 发放其他补助。",
  },
  deadlineBeforeIssue: {
    value: 'before-plan', options: ['before-plan', 'as-written'], clause: '2.3.3', interpretation: 'I-10',
    quote: '于3月底前报市农业农村局备案',
    note: "A deadline that fell before the plan was issued (2023-04-12): 'before-plan' reports it as such, never overdue; 'as-written' applies the date as the text gives it.",
    noteZh: "早于方案印发日（2023-04-12）的期限：'before-plan' 标为“方案印发前”，不计逾期；'as-written' 按条文日期判断。",
  },
  visitMonths: {
    value: 'touched', options: ['touched', 'whole'], clause: '2.3.1', interpretation: 'I-10',
    quote: '实施低收入农户每月走访行动',
    note: "'touched': every calendar month the period reaches, even in part, needs a visit; 'whole': only months the period covers from the first day to the last.",
    noteZh: "'touched'：期间涉及的每个自然月（含不完整的月份）都须走访；'whole'：仅期间完整覆盖的月份须走访。",
  },
};
