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
import { once } from '../core/once.js';
import { Decimal, formatPercent, formatYuan, min, roundFen, ZERO, type DecimalInput } from '../core/decimal.js';
import { meets, meetsShare } from '../core/boundary.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { booleanSchema, countSchema, moneySchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { checkPlan } from './plan-argument.js';
import { readingNode } from './reading-node.js';
import { RENT_SUBSIDY_TEXT as TEXT } from './messages/rent-subsidy.js';
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
        const m = TEXT.requiredWith(c === undefined ? employed : capable);
        ctx.addIssue({ code: 'custom', path: [missing], message: m.en, params: { code: 'required', zh: m.zh } });
      } else if (e > c) {
        const m = TEXT.exceedsLaborCapable(capable, u);
        ctx.addIssue({ code: 'custom', path: [employed], message: m.en, params: { code: 'exceeds_labor_capable', zh: m.zh } });
      }
    }
  });
}

const SCHEMAS = once(() => ({ households: schemaFor('households'), persons: schemaFor('persons') } as const));

const TITLE: Text = TEXT.title;

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
  const words = TEXT.units[unit];
  const [capableField, employedField] = COUNT_FIELDS[unit];
  const t = withTrace
    ? new TraceBuilder('rentSubsidy', '2.3.7', TITLE)
        .input('rentPaid', rentPaid, TEXT.rentPaid)
        .input('inKeyAssistanceVillage', inKeyAssistanceVillage, TEXT.inKeyAssistanceVillage)
        .node(readingNode('rentEmployedUnit', reading, TEXT.reading))
        .branch('employedUnit', unit, unit === 'households' ? TEXT.countedInHouseholds(reading.quote) : TEXT.countedInPersons(reading.quote), '2.3.7')
        .input(capableField, laborCapable, words.capable)
        .input(employedField, employed, words.employed)
        .param('minEmployedShare', rs.minEmployedShare, TEXT.minEmployedShare(words))
    : undefined;
  const reasons: RentSubsidyReason[] = [];
  const minShare = formatPercent(rs.minEmployedShare.value);

  if (inKeyAssistanceVillage) {
    t?.branch('keyAssistanceVillage', 'met', TEXT.inKeyAssistanceVillageMet, '2.3.7');
  } else {
    const r = reason('not_key_assistance_village', TEXT.notKeyAssistanceVillage);
    reasons.push(r);
    t?.branch('keyAssistanceVillage', 'not-met', r, '2.3.7');
  }

  const employedText = `${employed}/${laborCapable}`;
  if (laborCapable === 0) {
    const r = unit === 'households'
      ? reason('no_labor_capable_households', TEXT.noLaborCapableHouseholds)
      : reason('no_labor_capable_persons', TEXT.noLaborCapablePersons);
    reasons.push(r);
    t?.branch('employedShare', unit === 'households' ? 'no-households' : 'no-persons', r, '2.3.7');
  } else if (meetsShare(new Decimal(employed), new Decimal(laborCapable), '以上', rs.minEmployedShare.value)) {
    t?.branch('employedShare', 'met', TEXT.employedShareMet(employedText, minShare, words), '2.3.7');
  } else {
    const r = reason('employed_share_below_minimum', unit === 'households'
      ? TEXT.householdsBelowMinimum(employedText, minShare)
      : TEXT.personsBelowMinimum(employedText, minShare));
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
      t.param('rate', rs.rate, TEXT.rate)
        .param('cap', rs.cap, TEXT.cap)
        .step('exact', exact, TEXT.exact(rentPaid.toString(), rate))
        .branch('cap', capped ? 'capped' : 'not-capped', capped ? TEXT.capped(cap) : TEXT.notCapped(cap), '2.3.7')
        .round('amount', limited, amount);
    }
  } else {
    t?.branch('eligible', 'not-eligible', TEXT.notEligible(reasons.map((r) => r.code)), '2.3.7');
  }
  t?.result('eligible', eligible, TEXT.eligible)
    .result('amount', formatYuan(amount), TEXT.amount);
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
  const i = parseInput('rentSubsidy', SCHEMAS()[unit], input);
  const [capable, employed] = COUNT_FIELDS[unit];
  return rentSubsidyCore(i.rentPaid, i.inKeyAssistanceVillage, i[capable] as number, i[employed] as number, plan, true);
}
