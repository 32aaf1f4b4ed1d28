/**
 * 一、工作目标 (clause 1), with 二（三）4 (clause 2.3.4) and 二（三）8 (clause 2.3.8): one household,
 * every household-level rule.
 *
 * > 低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * > 工资性收入、经营性净收入等其他收入占比20%以上。
 *
 * @module
 */
import { formatYuan, type Decimal } from '../core/decimal.js';
import { PolicyInputError } from '../core/errors.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { ASSESS_TEXT } from './messages/assess.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import type { Plan } from '../plan/types.js';
import { checkYear } from '../rules/plan-argument.js';
import { householdLoanResult, type HouseholdLoanSubsidyResult } from '../rules/loan-interest-subsidy.js';
import { vocationalGrantCore, type VocationalGrantResult } from '../rules/vocational-grant.js';
import { incomeTargetsCore, type IncomeTargetsResult } from '../rules/income-targets.js';
import type { Household } from '../schema/household.js';
import { vocationalStudentsOf } from './evaluate.js';
import { parseRunOptions, validateOne } from './prepare.js';
import { compactOfParsed } from '../schema/parsed.js';

/** Options of {@link assessHousehold}. */
export interface AssessHouseholdOptions {
  /** The calendar year whose micro-credit subsidy is computed (1900–2199). */
  readonly year: number;
  /** The plan to apply (default {@link LANXI_2023}). */
  readonly plan?: Plan;
}

/** Result of {@link assessHousehold}. */
export interface HouseholdAssessment {
  /** The household's record id. */
  readonly id: string;
  /** Clause 1: its income figures and which targets it meets (on its income as reported). */
  readonly income: IncomeTargetsResult;
  /** Clause 2.3.8: the interest subsidy over its loans for the year. */
  readonly loanSubsidy: HouseholdLoanSubsidyResult;
  /** Clause 2.3.4: the vocational grant. */
  readonly vocationalGrant: VocationalGrantResult;
  /** loanSubsidy.total + vocationalGrant.amount: what the plan pays this household. */
  readonly totalEntitlement: Decimal;
  /** One trace: the assessment, with each rule's trace as a child. */
  readonly trace: Trace;
}

const TITLE: Text = ASSESS_TEXT.title;
/** The label of the category input, per category. */
const CATEGORY: Readonly<Record<Household['category'], Text>> = ASSESS_TEXT.category;
/** The words of the assessment's trace. */
const L = ASSESS_TEXT;

/**
 * Assesses one household under the plan: the micro-credit interest subsidy over its loans for
 * `year` (clause 2.3.8), the vocational-school grant (clause 2.3.4) and its income targets
 * (clause 1), with one trace that `explain()` renders in Chinese or English.
 *
 * 「低收入农户人均可支配收入达到16710元以上，年增幅达15%以上。收入结构中，转移性收入占比控制在80%以下，
 * 工资性收入、经营性净收入等其他收入占比20%以上。」(1)
 * 「对就读中高等职校的低收入农户子女给予每户每学年3000元补助，可叠加享受其他教育补助」(2.3.4)
 * 「贷款期限和授信额度内的小额贷款按实际贷款利率50%比例或按3%年利率予以贴息补助（按就高原则）。
 * 每户低收入农户家庭每年享受财政贴息贷款总额不超过10万元。」(2.3.8)
 *
 * The vocational students are the members whose `schooling` is `secondaryVocational` or
 * `higherVocational` (I-7); the other aid is `otherEducationAid`. The income targets are computed on
 * the income as reported, which already holds what the household received (I-9).
 * `totalEntitlement` = loan subsidy total + grant amount.
 *
 * The household may be JSON (validated with the household schema) or a household the library
 * returned (`parseHousehold`, `safeParseHousehold`, `parseHouseholds`, or the `households` of
 * `preparePopulation`): frozen when it was made, so not validated again. Any other object — a copy
 * of one of those included — is validated.
 *
 * The trace holds amounts, counts, dates, the category and loan and aid labels — never the
 * household's id, an ID number or a name.
 *
 * @param household - household JSON (see `HouseholdSchema`) or a validated household.
 * @param options - `{ year, plan? }`.
 * @returns `{ id, income, loanSubsidy, vocationalGrant, totalEntitlement, trace }`.
 * @throws {@link PolicyInputError} (fn `assessHousehold`) on an invalid household, with paths from its
 *   root (`members[0].laborCapable`, `loans[1].endDate`), or on an invalid year or plan.
 * @example
 * ```ts
 * const a = assessHousehold({
 *   id: 'H-001', category: 'dibao',
 *   members: [{ laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }],
 *   income: { year: 2023, wage: '12000', netOperating: '3000', netProperty: '0', netTransfer: '18000' },
 *   loans: [{ principal: '50000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }],
 * }, { year: 2023 });
 * a.loanSubsidy.total.toString();     //=> '891.67' (3% × 50000 × 214 days ÷ 360)
 * a.vocationalGrant.amount.toString(); //=> '3000'
 * a.totalEntitlement.toString();       //=> '3891.67'
 * a.income.perCapita.toString();       //=> '16500'
 * explain(a, { locale: 'en' });        // the whole assessment, clause by clause
 * ```
 */
export function assessHousehold(household: unknown, options: AssessHouseholdOptions): HouseholdAssessment {
  const { year, plan: given } = parseRunOptions('assessHousehold', options);
  const plan = given ?? LANXI_2023;
  checkYear(year, plan);
  // the parsed household stays inside: no need to remember it as validated
  const v = validateOne(household);
  if (!v.ok) throw new PolicyInputError('assessHousehold', v.issues);
  const h = v.household;

  const members = h.members.length;
  const students = vocationalStudentsOf(h, plan);
  const t = new TraceBuilder('assessHousehold', '1', TITLE)
    .input('year', year, L.year)
    .input('category', h.category, CATEGORY[h.category])
    .input('members', members, L.members)
    .input('incomeYear', h.income.year, L.incomeYear);
  if (h.income.year !== year) {
    t.branch('incomeYear', 'differs', L.incomeYearDiffers(h.income.year, year));
  }
  t.step('vocationalStudents', students, L.students);
  if (plan.readings.grantFor.value === 'children') {
    t.branch('grantFor', 'children', L.childrenOnly, '2.3.4');
  }

  const loanSubsidy = householdLoanResult(year, h.loans ?? [], (h as { creditLine?: Decimal }).creditLine, plan, true);
  const vocationalGrant = vocationalGrantCore(students, h.otherEducationAid ?? [], plan, true);
  // a household the library read keeps its income in whole fen: clause 1 takes it as it is
  const income = incomeTargetsCore(members, h.income, h.previousPerCapita, plan, true, compactOfParsed(h));
  // Both amounts are already rounded to the fen (I-12): their sum is exact.
  const totalEntitlement = loanSubsidy.total.plus(vocationalGrant.amount);
  const loanText = formatYuan(loanSubsidy.total);
  const grantText = formatYuan(vocationalGrant.amount);

  t.child(loanSubsidy.trace)
    .child(vocationalGrant.trace)
    .child(income.trace)
    .step('totalEntitlement', totalEntitlement, L.entitlement(loanText, grantText))
    .result('totalEntitlement', formatYuan(totalEntitlement), L.total)
    .result('perCapita', formatYuan(income.perCapita), L.perCapita);

  return Object.freeze({ id: h.id, income, loanSubsidy, vocationalGrant, totalEntitlement, trace: t.done() });
}
