/**
 * 二（三）7. 实施来料加工产业促增收行动 (clause 2.3.7)
 *
 * > 对来料加工业务实行岗位补贴和场租补贴。对来料加工经纪人在乡村振兴重点帮促村设立加工点、帮扶车间等，
 * > 吸纳本行政村一半以上有劳动力的低收入农户就近就业的，可对场地租金给予20%的补助，最高不超过2万元。
 *
 * Reading I-6: the households counted are the low-income households of the same administrative
 * village that have labour capacity; one counts as employed when at least one of its members works
 * at the site; "一半以上" is ≥ 50% (以上 includes the number, I-1); a village with no such household
 * is not eligible. The subsidy is 20% of the rent paid for the year, at most 20000 yuan per site per
 * year (不超过 includes the number), rounded once to the fen, half up (I-12). The job subsidy (岗位补贴)
 * named in the same clause has no amount in the text and is not encoded.
 *
 * @module
 */
import { z } from 'zod';
import { Decimal, formatPercent, min, roundFen, ZERO, type DecimalInput } from '../core/decimal.js';
import { meets, meetsShare } from '../core/boundary.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { booleanSchema, countSchema, moneySchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import type { Plan } from '../plan/types.js';

/** Input of {@link rentSubsidy}: one processing site (加工点、帮扶车间) over one year. */
export interface RentSubsidyInput {
  /** Rent paid for the site for the year, in yuan. */
  readonly rentPaid: DecimalInput;
  /** Whether the site is in a key assistance village (乡村振兴重点帮促村). */
  readonly inKeyAssistanceVillage: boolean;
  /** Low-income households of the site's administrative village that have labour capacity (I-6). */
  readonly laborCapableLowIncomeHouseholds: number;
  /** Of those, households with at least one member working at the site (I-6). At most `laborCapableLowIncomeHouseholds`. */
  readonly employedLowIncomeHouseholds: number;
}

/** Machine codes of the conditions of clause 2.3.7 a site can fail. */
export type RentSubsidyReasonCode =
  | 'not_key_assistance_village'
  | 'no_labor_capable_households'
  | 'employed_share_below_minimum';

/** One unmet condition: a stable code and the reason in both languages. */
export interface RentSubsidyReason extends Text {
  readonly code: RentSubsidyReasonCode;
  /** Always '2.3.7'. */
  readonly clause: '2.3.7';
}

/** Result of {@link rentSubsidy}. */
export interface RentSubsidyResult {
  /** Whether the site meets every condition of clause 2.3.7. */
  readonly eligible: boolean;
  /** The subsidy in yuan, rounded once to the fen, half up; 0 when not eligible. */
  readonly amount: Decimal;
  /** Whether the 20000-yuan cap cut the amount. */
  readonly capped: boolean;
  /** Every unmet condition, in the order of the clause; empty when eligible. */
  readonly reasons: readonly RentSubsidyReason[];
  readonly trace: Trace;
}

const RentSubsidySchema = z.strictObject({
  rentPaid: moneySchema(),
  inKeyAssistanceVillage: booleanSchema(),
  laborCapableLowIncomeHouseholds: countSchema(0),
  employedLowIncomeHouseholds: countSchema(0),
}).superRefine((v, ctx) => {
  if (v.employedLowIncomeHouseholds > v.laborCapableLowIncomeHouseholds) {
    ctx.addIssue({
      code: 'custom',
      path: ['employedLowIncomeHouseholds'],
      message: 'must not exceed laborCapableLowIncomeHouseholds',
      params: { code: 'exceeds_labor_capable', zh: '不能超过 laborCapableLowIncomeHouseholds（有劳动力的低收入农户数）' },
    });
  }
});

const TITLE: Text = Object.freeze({ zh: '来料加工场租补贴', en: 'Rent subsidy for a processing site' });

function reason(code: RentSubsidyReasonCode, text: Text): RentSubsidyReason {
  return Object.freeze({ code, clause: '2.3.7' as const, zh: text.zh, en: text.en });
}

/**
 * Unchecked core of {@link rentSubsidy}: the input is already validated (counts are whole, employed
 * ≤ labour-capable, rent non-negative). Shared with the batch path.
 * @internal
 */
export function rentSubsidyCore(
  rentPaid: Decimal,
  inKeyAssistanceVillage: boolean,
  laborCapable: number,
  employed: number,
  plan: Plan,
  withTrace: boolean,
): RentSubsidyResult {
  const rs = plan.params.rentSubsidy;
  const t = withTrace
    ? new TraceBuilder('rentSubsidy', '2.3.7', TITLE)
        .input('rentPaid', rentPaid, { zh: '当年已付场地租金（元）', en: 'rent paid for the year (yuan)' })
        .input('inKeyAssistanceVillage', inKeyAssistanceVillage, { zh: '是否位于乡村振兴重点帮促村', en: 'in a key assistance village' })
        .input('laborCapableLowIncomeHouseholds', laborCapable, { zh: '本行政村有劳动力的低收入农户数', en: "labour-capable low-income households of the village" })
        .input('employedLowIncomeHouseholds', employed, { zh: '其中在加工点就业的户数', en: 'of which employed at the site' })
        .param('minEmployedShare', rs.minEmployedShare, { zh: '吸纳就业户数的最低比例（以上，含本数）', en: 'minimum share of households employed (以上: inclusive)' })
    : undefined;
  const reasons: RentSubsidyReason[] = [];
  const minShare = formatPercent(rs.minEmployedShare.value);

  if (inKeyAssistanceVillage) {
    t?.branch('keyAssistanceVillage', 'met', { zh: '加工点位于乡村振兴重点帮促村', en: 'the site is in a key assistance village' }, '2.3.7');
  } else {
    const r = reason('not_key_assistance_village', {
      zh: '加工点不在乡村振兴重点帮促村',
      en: 'the site is not in a key assistance village',
    });
    reasons.push(r);
    t?.branch('keyAssistanceVillage', 'not-met', r, '2.3.7');
  }

  const employedText = `${employed}/${laborCapable}`;
  if (laborCapable === 0) {
    const r = reason('no_labor_capable_households', {
      zh: '本行政村没有有劳动力的低收入农户，无从吸纳一半以上（I-6）',
      en: 'the village has no labour-capable low-income household, so none can be employed (I-6)',
    });
    reasons.push(r);
    t?.branch('employedShare', 'no-households', r, '2.3.7');
  } else if (meetsShare(new Decimal(employed), new Decimal(laborCapable), '以上', rs.minEmployedShare.value)) {
    t?.branch('employedShare', 'met', {
      zh: `吸纳 ${employedText} 户，达到 ${minShare} 以上（含本数）`,
      en: `${employedText} households employed: at least ${minShare} (inclusive)`,
    }, '2.3.7');
  } else {
    const r = reason('employed_share_below_minimum', {
      zh: `吸纳 ${employedText} 户，未达到本行政村有劳动力的低收入农户的 ${minShare} 以上`,
      en: `${employedText} households employed: below ${minShare} of the village's labour-capable low-income households`,
    });
    reasons.push(r);
    t?.branch('employedShare', 'not-met', r, '2.3.7');
  }

  const eligible = reasons.length === 0;
  let amount = ZERO;
  let capped = false;
  if (eligible) {
    const exact = rentPaid.times(rs.rate.value);
    capped = !meets(exact, '不超过', rs.cap.value);
    const limited = min(exact, rs.cap.value);
    amount = roundFen(limited);
    if (t) {
      const rate = formatPercent(rs.rate.value);
      const cap = rs.cap.value.toString();
      t.param('rate', rs.rate, { zh: '场租补助比例', en: 'share of the rent' })
        .param('cap', rs.cap, { zh: '每个加工点每年补助上限（不超过，含本数）', en: 'cap per site per year (不超过: inclusive)' })
        .step('exact', exact, { zh: `${rentPaid.toString()} × ${rate}`, en: `${rentPaid.toString()} × ${rate}` })
        .branch('cap', capped ? 'capped' : 'not-capped', capped
          ? { zh: `超过上限 ${cap} 元，按 ${cap} 元补助`, en: `above the ${cap}-yuan cap, so ${cap} is paid` }
          : { zh: `未超过上限 ${cap} 元`, en: `within the ${cap}-yuan cap` }, '2.3.7')
        .round('amount', limited, amount);
    }
  } else {
    t?.branch('eligible', 'not-eligible', {
      zh: `不符合条件（${reasons.map((r) => r.code).join('、')}），不予补助`,
      en: `not eligible (${reasons.map((r) => r.code).join(', ')}): no subsidy`,
    }, '2.3.7');
  }
  t?.result('eligible', eligible, { zh: '是否符合条件', en: 'eligible' })
    .result('amount', amount.toFixed(2), { zh: '场租补贴（元）', en: 'rent subsidy (yuan)' });
  return Object.freeze({
    eligible,
    amount,
    capped,
    reasons: Object.freeze(reasons),
    trace: t ? t.done() : EMPTY_TRACE,
  });
}

const EMPTY_TRACE: Trace = Object.freeze({ kind: 'rule', rule: 'rentSubsidy', clause: '2.3.7', title: TITLE, children: Object.freeze([]) });

/**
 * The rent subsidy for one processing site for one year (clause 2.3.7).
 *
 * 「对来料加工经纪人在乡村振兴重点帮促村设立加工点、帮扶车间等，吸纳本行政村一半以上有劳动力的低收入农户
 * 就近就业的，可对场地租金给予20%的补助，最高不超过2万元。」
 *
 * Eligible when the site is in a key assistance village and employs at least half (≥ 50%, compared
 * exactly: employed × 2 ≥ labour-capable) of the village's labour-capable low-income households; a
 * village with none is not eligible (I-6). The amount is min(20% × rent, 20000), rounded once to the
 * fen, half up (I-12). Every unmet condition is listed in `reasons` with a code and a reason in
 * Chinese and English.
 *
 * @param input - rentPaid (yuan), inKeyAssistanceVillage, laborCapableLowIncomeHouseholds, employedLowIncomeHouseholds.
 * @param plan - the plan to apply (default {@link LANXI_2023}); `rentSubsidy.rate`, `.cap`, `.minEmployedShare` can be changed with `plan.with()`.
 * @returns `{ eligible, amount, capped, reasons, trace }`.
 * @throws {@link PolicyInputError} on a negative or non-numeric rent, a non-boolean village flag,
 *   a fractional or negative count, or more employed households than labour-capable ones (path
 *   `employedLowIncomeHouseholds`, code `exceeds_labor_capable`).
 * @example
 * ```ts
 * rentSubsidy({ rentPaid: 60000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 }).amount.toString();
 * //=> '12000' (5 of 10 is exactly half: eligible; 20% × 60000)
 * rentSubsidy({ rentPaid: 150000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 6 }).amount.toString();
 * //=> '20000' (20% × 150000 = 30000, capped)
 * rentSubsidy({ rentPaid: 60000, inKeyAssistanceVillage: false, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 4 }).reasons.map((r) => r.code);
 * //=> ['not_key_assistance_village', 'employed_share_below_minimum']
 * ```
 */
export function rentSubsidy(input: RentSubsidyInput, plan: Plan = LANXI_2023): RentSubsidyResult {
  const i = parseInput('rentSubsidy', RentSubsidySchema, input);
  plan = checkPlan('rentSubsidy', plan);
  return rentSubsidyCore(i.rentPaid, i.inKeyAssistanceVillage, i.laborCapableLowIncomeHouseholds, i.employedLowIncomeHouseholds, plan, true);
}
