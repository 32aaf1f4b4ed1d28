/**
 * 二（三）8 — a household loan read by the fast reader, with its schedule, under the same checks as
 * the loan schema (dates within the loan, amounts above 0 adding up to no more than the principal,
 * at most {@link MAX_SCHEDULE} entries), or not at all.
 *
 * @module
 * @internal
 */
import type { IsoDate } from '../core/calendar.js';
import type { CompactLoan } from './compact.js';
import { fenOf, isDate, isLabel, isRecord, keysWithin, rateOf, readList } from './fast-values.js';
import { MAX_SCHEDULE, householdLoanSchema } from './loan.js';

/** The keys the fast reader reads, as the schemas have them. */
export const LOAN_KEYS: ReadonlySet<string> = new Set(['id', 'principal', 'annualRate', 'startDate', 'endDate', 'maturityDate', 'creditLimit', 'interestPaid', 'repayments', 'rateChanges']);
export const REPAYMENT_KEYS: ReadonlySet<string> = new Set(['date', 'amount']);
export const RATE_CHANGE_KEYS: ReadonlySet<string> = new Set(['date', 'annualRate']);

/** The schemas' shapes of a repayment and of a rate change, for the check that the keys agree. */
const itemShape = (key: 'repayments' | 'rateChanges'): object => {
  const list = householdLoanSchema.shape[key] as unknown as { unwrap?: () => { element?: { shape?: object } } };
  return list.unwrap?.().element?.shape ?? {};
};
export const REPAYMENT_SHAPE = itemShape('repayments');
export const RATE_CHANGE_SHAPE = itemShape('rateChanges');

const within = (d: IsoDate, from: IsoDate, to: IsoDate): boolean => d >= from && d <= to;

/** One loan in compact form, or undefined for the schema to decide. */
export function readLoan(l: unknown): CompactLoan | undefined {
  if (!isRecord(l) || !keysWithin(l, LOAN_KEYS)) return undefined;
  let id: string | undefined;
  if ('id' in l) {
    const v = l['id'];
    if (!isLabel(v)) return undefined;
    id = v;
  }
  const principalFen = fenOf(l['principal'], 0);
  const rate = rateOf(l['annualRate']);
  const startDate = l['startDate'];
  const endDate = l['endDate'];
  if (Number.isNaN(principalFen) || rate === undefined || !isDate(startDate) || !isDate(endDate) || endDate < startDate) return undefined;
  let creditLimitFen = -1;
  if ('creditLimit' in l) {
    creditLimitFen = fenOf(l['creditLimit'], 0);
    if (Number.isNaN(creditLimitFen)) return undefined;
  }
  let interestPaidFen = -1;
  if ('interestPaid' in l) {
    interestPaidFen = fenOf(l['interestPaid'], 0);
    if (Number.isNaN(interestPaidFen)) return undefined;
  }
  let c: CompactLoan = { id, principalFen, rateNum: rate.num, rateDp: rate.dp, startDate, endDate, creditLimitFen, interestPaidFen };
  if ('maturityDate' in l) {
    const m = l['maturityDate'];
    if (!isDate(m) || m < startDate) return undefined;
    c = { ...c, maturityDate: m };
  }
  if ('repayments' in l) {
    const reps = readList(l['repayments'], MAX_SCHEDULE, (r) => {
      if (!isRecord(r) || !keysWithin(r, REPAYMENT_KEYS)) return undefined;
      const date = r['date'];
      const amountFen = fenOf(r['amount'], 1);
      return isDate(date) && within(date, startDate, endDate) && !Number.isNaN(amountFen) ? { date, amountFen } : undefined;
    });
    if (reps === undefined || reps.reduce((a, r) => a + r.amountFen, 0) > principalFen) return undefined;
    c = { ...c, repayments: reps };
  }
  if ('rateChanges' in l) {
    const changes = readList(l['rateChanges'], MAX_SCHEDULE, (r) => {
      if (!isRecord(r) || !keysWithin(r, RATE_CHANGE_KEYS)) return undefined;
      const date = r['date'];
      const x = rateOf(r['annualRate']);
      return isDate(date) && within(date, startDate, endDate) && x !== undefined ? { date, rateNum: x.num, rateDp: x.dp } : undefined;
    });
    if (changes === undefined) return undefined;
    c = { ...c, rateChanges: changes };
  }
  return c;
}

