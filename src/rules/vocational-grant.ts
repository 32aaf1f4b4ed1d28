/**
 * 二（三）4. 实施扶智专项政策促增收行动 (clause 2.3.4)
 *
 * > 对就读中高等职校的低收入农户子女给予每户每学年3000元补助，可叠加享受其他教育补助（其他教育补助有
 * > 明确要求不能重复享受的除外，按照就高原则给予补助）。
 *
 * Reading I-7: the grant is per household, not per child, per academic year (09-01 to 08-31); a
 * household is eligible when at least one child is enrolled in a secondary vocational school
 * (普通中专、成人中专、职业高中、技工学校、高校附属中专部) or a higher vocational school (高职/大专、职业本科).
 * Other education aid stacks with the grant. Aid that forbids stacking is compared with the grant as
 * one sum and the household gets the higher (就高原则): the grant is paid iff it is not less than the
 * sum of the non-stacking aid — **a tie goes to the grant** (the plan's own benefit is kept when
 * neither is higher) — otherwise the grant is 0 and that aid is paid.
 *
 * @module
 */
import { z } from 'zod';
import { once } from '../core/once.js';
import type { Decimal } from '../core/decimal.js';
import { VOCATIONAL_GRANT_TEXT } from './messages/vocational-grant.js';
import { exactly } from '../core/calculator.js';
import { perPlan } from '../plan/per-plan.js';
import { calcPlan } from './calc-plan.js';
import { grantDecision, type GrantOutcome, type VocationalGrantBasis } from './grant-algorithm.js';
import { branchNode, paramNode, TraceBuilder, type Text, type Trace, type TraceNode } from '../core/trace.js';
import { countSchema, listSchema, parseInput } from '../core/validate.js';
import { LANXI_2023 } from '../plan/lanxi-2023.js';
import { otherAidSchema, type OtherAid, type OtherAidInput } from '../schema/aid.js';
import { checkPlan } from './plan-argument.js';
import type { Plan } from '../plan/types.js';


/** Input of {@link vocationalGrant}: one household, one academic year. */
export interface VocationalGrantInput {
  /** Children of the household enrolled in a secondary or higher vocational school (a count). */
  readonly vocationalStudents: number;
  /** Other education aid for the same academic year. */
  readonly otherAid?: readonly OtherAidInput[];
}

export type { OtherAid, OtherAidInput } from '../schema/aid.js';
export type { VocationalGrantBasis } from './grant-algorithm.js';

/** One other aid in the result, with whether it is paid. */
export interface OtherAidLine extends OtherAid {
  readonly paid: boolean;
}

/** Result of {@link vocationalGrant}. */
export interface VocationalGrantResult {
  /** Whether the household has a child at a vocational school. */
  readonly eligible: boolean;
  /** The grant paid, in yuan (3000, or 0 when not eligible or when higher non-stacking aid is paid instead). */
  readonly amount: Decimal;
  /** Aid the household does not receive because of 就高: the non-stacking aid, or the grant. */
  readonly forgoneAid: Decimal;
  /** Everything paid: the grant plus the other aid paid. */
  readonly totalAid: Decimal;
  /** Which branch of 就高 applied. */
  readonly basis: VocationalGrantBasis;
  /** The other aid, in input order, each marked paid or not. */
  readonly otherAid: readonly OtherAidLine[];
  readonly trace: Trace;
}

/** The most other aid items a call lists. */
const MAX_OTHER_AID = 100;

const VocationalGrantSchema = once(() => z.strictObject({
  vocationalStudents: countSchema(0),
  otherAid: listSchema(otherAidSchema, MAX_OTHER_AID).optional(),
}));


const TEXT = VOCATIONAL_GRANT_TEXT;
const TITLE: Text = TEXT.title;

/** The nodes of the trace that depend only on the plan (or on nothing). */
interface GrantNodes {
  readonly amount: TraceNode;
}

const NOT_ELIGIBLE = branchNode('eligible', 'not-eligible', TEXT.notEligible, '2.3.4');
const STACKED = branchNode('stacking', 'stacked', TEXT.stacked, '2.3.4');

/** The nodes of each plan, made once per plan. */
const nodesOf = perPlan((plan): GrantNodes => Object.freeze({
  amount: paramNode('amount', plan.params.vocationalGrant.amount, TEXT.grantParam),
}));
const EMPTY_TRACE: Trace = Object.freeze({ kind: 'rule', rule: 'vocationalGrant', clause: '2.3.4', title: TITLE, children: Object.freeze([]) });

/**
 * Unchecked core of {@link vocationalGrant}, for the household assessment and the batch path: the
 * inputs are already validated (`students` a whole count ≥ 0, amounts non-negative Decimals).
 *
 * @param students - children at a vocational school.
 * @param otherAid - other education aid, validated.
 * @param plan - the plan to apply.
 * @param withTrace - build the trace (false on the batch path: the result's trace is then empty).
 * @returns the same result as {@link vocationalGrant}.
 */
export function vocationalGrantCore(
  students: number,
  otherAid: readonly OtherAid[],
  plan: Plan,
  withTrace: boolean,
): VocationalGrantResult {
  const t = withTrace
    ? new TraceBuilder('vocationalGrant', '2.3.4', TITLE)
        .input('vocationalStudents', students, TEXT.students)
    : undefined;
  if (t) {
    otherAid.forEach((a, idx) => t.input(`otherAid[${idx}]`, a.amount, TEXT.otherAid(idx, a.stackable)));
    t.node(nodesOf(plan).amount);
  }

  // Clause 2.3.4's one algorithm, over whole fen (Decimal when an amount does not fit).
  const run = exactly((c) => {
    const o = grantDecision(c, students, otherAid.map((a) => ({ amount: c.fromMoney(a.amount), stackable: a.stackable })), calcPlan(c, plan).grant, plan.readings.grantTie.value);
    return o as GrantOutcome<unknown>;
  });
  const o = run.value;
  const c = run.calc;
  const amount = c.money(o.amount);
  const forgoneAid = c.money(o.forgoneAid);
  const totalAid = c.money(o.totalAid);
  const basis = o.basis;
  if (t) {
    const grantText = plan.params.vocationalGrant.amount.value.toString();
    const exclusiveText = c.moneyText(o.exclusiveSum);
    if (basis === 'not-eligible') {
      t.node(NOT_ELIGIBLE);
    } else {
      t.branch('eligible', 'eligible', TEXT.eligible(students), '2.3.4');
      if (basis === 'stacked') t.node(STACKED);
      else if (basis === 'grant-higher') {
        t.branch('stacking', 'grant-higher', (o.tie ? TEXT.tieGrantPaid : TEXT.grantHigher)(grantText, exclusiveText), '2.3.4');
      } else {
        t.branch('stacking', 'other-aid-higher', (o.tie ? TEXT.tieAidPaid : TEXT.aidHigher)(grantText, exclusiveText), '2.3.4');
      }
    }
    t.step('stackingAid', c.moneyText(o.stackingSum), TEXT.stackingAid)
      .step('nonStackingAid', exclusiveText, TEXT.nonStackingAid)
      .roundText('totalAid', c.moneyText(o.totalAid), c.fixedText(o.totalAid))
      .result('amount', c.fixedText(o.amount), TEXT.amount)
      .result('forgoneAid', c.fixedText(o.forgoneAid), TEXT.forgoneAid)
      .result('totalAid', c.fixedText(o.totalAid), TEXT.totalAid);
  }
  const lines = otherAid.map((a) => Object.freeze({
    name: a.name, amount: a.amount, stackable: a.stackable, paid: a.stackable || o.exclusivePaid,
  }));
  return Object.freeze({
    eligible: o.eligible,
    amount,
    forgoneAid,
    totalAid,
    basis,
    otherAid: Object.freeze(lines),
    trace: t ? t.done() : EMPTY_TRACE,
  });
}

/**
 * A household's vocational-school grant for one academic year (clause 2.3.4).
 *
 * 「对就读中高等职校的低收入农户子女给予每户每学年3000元补助，可叠加享受其他教育补助（其他教育补助有明确
 * 要求不能重复享受的除外，按照就高原则给予补助）。」
 *
 * One grant per household with at least one child at a vocational school, however many (I-7).
 * Stacking aid is always paid. Aid that forbids stacking is summed and compared with the grant: the
 * grant is paid iff it is not less than that sum (a tie goes to the grant), otherwise that aid is
 * paid and the grant is 0. `forgoneAid` is what is not paid; `totalAid` = grant + aid paid.
 * Amounts are rounded to the fen, half up, at the end (I-12).
 *
 * @param input - `{ vocationalStudents, otherAid?: [{ name, amount, stackable }] }`.
 * @param plan - the plan to apply (default {@link LANXI_2023}); `vocationalGrant.amount` can be changed with `plan.with()`.
 * @returns `{ eligible, amount, forgoneAid, totalAid, basis, otherAid, trace }`.
 * @throws {@link PolicyInputError} on a fractional or negative count, a negative or non-numeric aid
 *   amount, an empty aid name, or a non-boolean `stackable` (paths like `otherAid[0].amount`).
 * @example
 * ```ts
 * vocationalGrant({ vocationalStudents: 2 }).amount.toString();
 * //=> '3000' (per household, not per child)
 * const r = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '雨露计划', amount: 2500, stackable: false }] });
 * [r.amount.toString(), r.forgoneAid.toString(), r.totalAid.toString()];
 * //=> ['3000', '2500', '3000'] (就高: the grant is higher)
 * const s = vocationalGrant({ vocationalStudents: 1, otherAid: [{ name: '教育救助', amount: 1000, stackable: true }] });
 * s.totalAid.toString();
 * //=> '4000' (stacks)
 * ```
 */
export function vocationalGrant(input: VocationalGrantInput, plan: Plan = LANXI_2023): VocationalGrantResult {
  const i = parseInput('vocationalGrant', VocationalGrantSchema(), input, MAX_OTHER_AID);
  plan = checkPlan('vocationalGrant', plan);
  return vocationalGrantCore(i.vocationalStudents, i.otherAid ?? [], plan, true);
}
