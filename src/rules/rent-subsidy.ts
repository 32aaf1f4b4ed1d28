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
 * What 「一半以上有劳动力的低收入农户」 counts is the reading `rentEmployedUnit` (I-6): `'households'` (the
 * default, above) or `'persons'` — the village's labour-capable low-income persons, of whom at least
 * half work at the site (the plan counts persons in 「不少于15名低收入农户」). Each reading reads its own
 * pair of counts: `laborCapableLowIncomeHouseholds` / `employedLowIncomeHouseholds`, or
 * `laborCapableLowIncomePersons` / `employedLowIncomePersons`.
 *
 * @module
 */
import { z } from 'zod';
import { Decimal, formatPercent, min, roundFen, ZERO, type DecimalInput } from '../core/decimal.js';
import { meets, meetsShare } from '../core/boundary.js';
import { text, TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { booleanSchema, countSchema, moneySchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import { readingNode } from './reading-node.js';
import type { Plan } from '../plan/types.js';

/** Input of {@link rentSubsidy}: one processing site (加工点、帮扶车间) over one year. */
export interface RentSubsidyInput {
  /** Rent paid for the site for the year, in yuan. */
  readonly rentPaid: DecimalInput;
  /** Whether the site is in a key assistance village (乡村振兴重点帮促村). */
  readonly inKeyAssistanceVillage: boolean;
  /**
   * Low-income households of the site's administrative village that have labour capacity (I-6).
   * Required under the reading `rentEmployedUnit` `'households'` (the default).
   */
  readonly laborCapableLowIncomeHouseholds?: number;
  /** Of those, households with at least one member working at the site (I-6). At most `laborCapableLowIncomeHouseholds`. Required with it. */
  readonly employedLowIncomeHouseholds?: number;
  /**
   * Low-income persons of the village who have labour capacity (I-6). Required under the reading
   * `rentEmployedUnit` `'persons'`; optional (checked, not used) otherwise.
   */
  readonly laborCapableLowIncomePersons?: number;
  /** Of those, persons working at the site. At most `laborCapableLowIncomePersons`. Required with it. */
  readonly employedLowIncomePersons?: number;
}

/** What the counts of {@link RentSubsidyInput} count: the values of the reading `rentEmployedUnit`. */
export type RentEmployedUnit = 'households' | 'persons';

/** Machine codes of the conditions of clause 2.3.7 a site can fail. */
export type RentSubsidyReasonCode =
  | 'not_key_assistance_village'
  | 'no_labor_capable_households'
  | 'no_labor_capable_persons'
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
  /** What the employment share counted: the reading `rentEmployedUnit` of the plan applied (I-6). */
  readonly employedUnit: RentEmployedUnit;
  /** Every unmet condition, in the order of the clause; empty when eligible. */
  readonly reasons: readonly RentSubsidyReason[];
  readonly trace: Trace;
}

/** The two counts of each unit: [labour-capable, employed]. */
const COUNT_FIELDS = {
  households: ['laborCapableLowIncomeHouseholds', 'employedLowIncomeHouseholds'],
  persons: ['laborCapableLowIncomePersons', 'employedLowIncomePersons'],
} as const;

/** The input schema under one reading: that unit's counts required, the other's optional; each pair checked. */
function schemaFor(unit: RentEmployedUnit) {
  const count = (u: RentEmployedUnit) => (u === unit ? countSchema(0) : countSchema(0).optional());
  return z.strictObject({
    rentPaid: moneySchema(),
    inKeyAssistanceVillage: booleanSchema(),
    laborCapableLowIncomeHouseholds: count('households'),
    employedLowIncomeHouseholds: count('households'),
    laborCapableLowIncomePersons: count('persons'),
    employedLowIncomePersons: count('persons'),
  }).superRefine((v, ctx) => {
    for (const u of ['households', 'persons'] as const) {
      const [capable, employed] = COUNT_FIELDS[u];
      const c = v[capable];
      const e = v[employed];
      if (c === undefined && e === undefined) continue;
      if (c === undefined || e === undefined) {
        const missing = c === undefined ? capable : employed;
        ctx.addIssue({ code: 'custom', path: [missing], message: `is required with ${c === undefined ? employed : capable}`, params: { code: 'required', zh: `给出 ${c === undefined ? employed : capable} 时必须填写` } });
      } else if (e > c) {
        ctx.addIssue({
          code: 'custom', path: [employed], message: `must not exceed ${capable}`,
          params: { code: 'exceeds_labor_capable', zh: `不能超过 ${capable}（${u === 'households' ? '有劳动力的低收入农户数' : '有劳动力的低收入人数'}）` },
        });
      }
    }
  });
}

const SCHEMAS = { households: schemaFor('households'), persons: schemaFor('persons') } as const;

/** Words for each unit in the trace and the reasons. */
const UNIT_WORDS: Readonly<Record<RentEmployedUnit, { readonly zh: string; readonly en: string; readonly capable: Text; readonly employed: Text }>> = Object.freeze({
  households: Object.freeze({
    zh: '户', en: 'households',
    capable: text('本行政村有劳动力的低收入农户数', 'labour-capable low-income households of the village'),
    employed: text('其中在加工点就业的户数', 'of which employed at the site'),
  }),
  persons: Object.freeze({
    zh: '人', en: 'persons',
    capable: text('本行政村有劳动力的低收入人数', 'labour-capable low-income persons of the village'),
    employed: text('其中在加工点就业的人数', 'of whom employed at the site'),
  }),
});

const READING_LABEL: Text = text('“一半以上有劳动力的低收入农户”的计数单位', 'what 「一半以上有劳动力的低收入农户」 counts');

const TITLE: Text = Object.freeze({ zh: '来料加工场租补贴', en: 'Rent subsidy for a processing site' });

function reason(code: RentSubsidyReasonCode, text: Text): RentSubsidyReason {
  return Object.freeze({ code, clause: '2.3.7' as const, zh: text.zh, en: text.en });
}

/**
 * Unchecked core of {@link rentSubsidy}: the input is already validated (counts are whole, employed
 * ≤ labour-capable, rent non-negative). `laborCapable` and `employed` count what the plan's reading
 * `rentEmployedUnit` says (households or persons). Shared with the batch path.
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
  const reading = plan.readings.rentEmployedUnit;
  const unit: RentEmployedUnit = reading.value;
  const words = UNIT_WORDS[unit];
  const [capableField, employedField] = COUNT_FIELDS[unit];
  const t = withTrace
    ? new TraceBuilder('rentSubsidy', '2.3.7', TITLE)
        .input('rentPaid', rentPaid, { zh: '当年已付场地租金（元）', en: 'rent paid for the year (yuan)' })
        .input('inKeyAssistanceVillage', inKeyAssistanceVillage, { zh: '是否位于乡村振兴重点帮促村', en: 'in a key assistance village' })
        .node(readingNode('rentEmployedUnit', reading, READING_LABEL))
        .branch('employedUnit', unit, unit === 'households'
          ? { zh: `按户计（解读 rentEmployedUnit = 'households'）：「${reading.quote}」中的“低收入农户”指户，一户有成员在加工点就业即计入`, en: `counted in households (reading rentEmployedUnit = 'households'): in “${reading.quote}” a household counts when one of its members works at the site` }
          : { zh: `按人计（解读 rentEmployedUnit = 'persons'）：「${reading.quote}」中的“低收入农户”指人，与“不少于15名低收入农户”同义`, en: `counted in persons (reading rentEmployedUnit = 'persons'): in “${reading.quote}” low-income farmers are persons, as in 「不少于15名低收入农户」` }, '2.3.7')
        .input(capableField, laborCapable, words.capable)
        .input(employedField, employed, words.employed)
        .param('minEmployedShare', rs.minEmployedShare, { zh: `吸纳就业${words.zh}数的最低比例（以上，含本数）`, en: `minimum share of ${words.en} employed (以上: inclusive)` })
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
    const r = unit === 'households'
      ? reason('no_labor_capable_households', {
          zh: '本行政村没有有劳动力的低收入农户，无从吸纳一半以上（I-6）',
          en: 'the village has no labour-capable low-income household, so none can be employed (I-6)',
        })
      : reason('no_labor_capable_persons', {
          zh: '本行政村没有有劳动力的低收入人员，无从吸纳一半以上（I-6，按人计）',
          en: 'the village has no labour-capable low-income person, so none can be employed (I-6, counted in persons)',
        });
    reasons.push(r);
    t?.branch('employedShare', unit === 'households' ? 'no-households' : 'no-persons', r, '2.3.7');
  } else if (meetsShare(new Decimal(employed), new Decimal(laborCapable), '以上', rs.minEmployedShare.value)) {
    t?.branch('employedShare', 'met', {
      zh: `吸纳 ${employedText} ${words.zh}，达到 ${minShare} 以上（含本数）`,
      en: `${employedText} ${words.en} employed: at least ${minShare} (inclusive)`,
    }, '2.3.7');
  } else {
    const r = reason('employed_share_below_minimum', unit === 'households'
      ? {
          zh: `吸纳 ${employedText} 户，未达到本行政村有劳动力的低收入农户的 ${minShare} 以上`,
          en: `${employedText} households employed: below ${minShare} of the village's labour-capable low-income households`,
        }
      : {
          zh: `吸纳 ${employedText} 人，未达到本行政村有劳动力的低收入人员的 ${minShare} 以上（按人计）`,
          en: `${employedText} persons employed: below ${minShare} of the village's labour-capable low-income persons (counted in persons)`,
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
    employedUnit: unit,
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
 * The reading `rentEmployedUnit` (I-6) says what is counted: `'households'` (the default) reads
 * `laborCapableLowIncomeHouseholds` / `employedLowIncomeHouseholds`; `'persons'`
 * (`plan.with({ readings: { rentEmployedUnit: 'persons' } })`) reads `laborCapableLowIncomePersons` /
 * `employedLowIncomePersons`, with the same ≥ 50% line (5 of 10 persons is enough, 4 of 9 is not).
 * The pair the reading reads is required; the other pair is optional, and checked when given. The
 * trace cites the reading and its words, and `employedUnit` in the result names it.
 *
 * @param input - rentPaid (yuan), inKeyAssistanceVillage, and the counts of the reading: laborCapableLowIncomeHouseholds
 *   and employedLowIncomeHouseholds, or laborCapableLowIncomePersons and employedLowIncomePersons.
 * @param plan - the plan to apply (default {@link LANXI_2023}); `rentSubsidy.rate`, `.cap`, `.minEmployedShare` can be changed with `plan.with()`.
 * @returns `{ eligible, amount, capped, employedUnit, reasons, trace }`.
 * @throws {@link PolicyInputError} on a negative or non-numeric rent, a non-boolean village flag,
 *   a fractional or negative count, more employed households than labour-capable ones (path
 *   `employedLowIncomeHouseholds`, code `exceeds_labor_capable`; likewise `employedLowIncomePersons`),
 *   a count the reading needs left out (code `required` at its path), or one count of a pair without
 *   the other.
 * @example
 * ```ts
 * rentSubsidy({ rentPaid: 60000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 5 }).amount.toString();
 * //=> '12000' (5 of 10 is exactly half: eligible; 20% × 60000)
 * rentSubsidy({ rentPaid: 150000, inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 6 }).amount.toString();
 * //=> '20000' (20% × 150000 = 30000, capped)
 * rentSubsidy({ rentPaid: 60000, inKeyAssistanceVillage: false, laborCapableLowIncomeHouseholds: 10, employedLowIncomeHouseholds: 4 }).reasons.map((r) => r.code);
 * //=> ['not_key_assistance_village', 'employed_share_below_minimum']
 * const persons = LANXI_2023.with({ readings: { rentEmployedUnit: 'persons' } });
 * rentSubsidy({ rentPaid: 60000, inKeyAssistanceVillage: true, laborCapableLowIncomePersons: 18, employedLowIncomePersons: 9 }, persons).amount.toString();
 * //=> '12000' (9 of 18 persons is exactly half)
 * ```
 */
export function rentSubsidy(input: RentSubsidyInput, plan: Plan = LANXI_2023): RentSubsidyResult {
  plan = checkPlan('rentSubsidy', plan);
  const unit: RentEmployedUnit = plan.readings.rentEmployedUnit.value;
  const i = parseInput('rentSubsidy', SCHEMAS[unit], input);
  const [capable, employed] = COUNT_FIELDS[unit];
  return rentSubsidyCore(i.rentPaid, i.inKeyAssistanceVillage, i[capable] as number, i[employed] as number, plan, true);
}
