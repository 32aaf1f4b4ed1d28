/**
 * 二（三）4 — the vocational grant and 就高, written once over a calculator.
 *
 * > 对就读中高等职校的低收入农户子女给予每户每学年3000元补助，可叠加享受其他教育补助（其他教育补助
 * > 有明确要求不能重复享受的除外，按照就高原则给予补助）。
 *
 * Readings: I-7 (one grant per household, however many students; stacking aid always paid; aid that
 * may not be stacked is summed and compared with the grant, the household gets the higher, a tie by
 * the reading `grantTie`).
 *
 * @module
 * @internal
 */
import { boundaryTest } from '../core/boundary.js';
import type { Calculator } from '../core/calculator.js';

/** Which way 就高 went (I-7). */
export type VocationalGrantBasis = 'not-eligible' | 'stacked' | 'grant-higher' | 'other-aid-higher';

/** At least one student makes a household eligible (「就读中高等职校的……子女」, I-7). */
export const MIN_STUDENTS = 1;

/** 「就读…子女」: at least one student (至少); 就高: the grant is paid when not less (不少于) than the non-stacking aid. */
const AT_LEAST = boundaryTest('至少');
const NOT_LESS = boundaryTest('不少于');

/** What the algorithm decided. */
export interface GrantOutcome<M> {
  readonly eligible: boolean;
  readonly basis: VocationalGrantBasis;
  /** The grant equals the non-stacking aid. */
  readonly tie: boolean;
  readonly grantPaid: boolean;
  readonly exclusivePaid: boolean;
  readonly stackingSum: M;
  readonly exclusiveSum: M;
  /** The grant paid, the aid forgone under 就高, everything paid. */
  readonly amount: M;
  readonly forgoneAid: M;
  readonly totalAid: M;
  /** What the household receives through this clause apart from stacking aid: the grant or the non-stacking aid (I-9). */
  readonly received: M;
}

/** Clause 2.3.4 for a household with `students` at a vocational school and other aid `aid`. */
export function grantDecision<M, R, P>(
  c: Calculator<M, R, P>,
  students: number,
  aid: readonly { readonly amount: M; readonly stackable: boolean }[],
  grant: M,
  tieGoesTo: 'grant' | 'other-aid',
): GrantOutcome<M> {
  let stackingSum = c.zero;
  let exclusiveSum = c.zero;
  let anyExclusive = false;
  for (const a of aid) {
    if (a.stackable) stackingSum = c.add(stackingSum, a.amount);
    else { exclusiveSum = c.add(exclusiveSum, a.amount); anyExclusive = true; }
  }
  const eligible = AT_LEAST(students - MIN_STUDENTS);
  const vs = c.cmp(grant, exclusiveSum);
  const tie = vs === 0;
  let basis: VocationalGrantBasis;
  if (!eligible) basis = 'not-eligible';
  else if (!anyExclusive) basis = 'stacked';
  else if (tie ? tieGoesTo === 'grant' : NOT_LESS(vs)) basis = 'grant-higher';
  else basis = 'other-aid-higher';
  const grantPaid = basis === 'stacked' || basis === 'grant-higher';
  const exclusivePaid = basis !== 'grant-higher';
  const amount = grantPaid ? grant : c.zero;
  const forgoneAid = !eligible ? c.zero : grantPaid ? (exclusivePaid ? c.zero : exclusiveSum) : grant;
  const totalAid = c.add(c.add(amount, stackingSum), exclusivePaid ? exclusiveSum : c.zero);
  const received = !eligible ? c.zero : grantPaid ? (exclusivePaid ? c.add(grant, exclusiveSum) : grant) : exclusiveSum;
  return { eligible, basis, tie, grantPaid, exclusivePaid, stackingSum, exclusiveSum, amount, forgoneAid, totalAid, received };
}
