/**
 * 二（三）8 — what only some loans carry, kept beside the store's columns: a maturity, repayments,
 * rate changes (and a household's credit line), each as the record gave it and as the loan
 * algorithm reads it in whole fen (days, fen, rates over 10^6, sorted by day, ties in input order).
 *
 * @module
 * @internal
 */
import { RATE_DIGITS } from '../core/calculator.js';
import { byDay, NO_CHANGES } from '../rules/loan-algorithm.js';
import { dayNumber, pow10 } from '../core/scaled.js';
import type { CompactLoan } from '../schema/household.js';

/** A loan's schedule in whole fen, as `LoanTerms` holds it. */
export interface ScheduleTerms {
  readonly maturity: number;
  readonly repayments: readonly { readonly day: number; readonly amount: number }[];
  readonly rateChanges: readonly { readonly day: number; readonly annualRate: number }[];
}

type Schedule = Pick<CompactLoan, 'maturityDate' | 'repayments' | 'rateChanges'>;

const NO_SCHEDULE: Schedule = Object.freeze({});

/** The schedules of a store's loans, by loan index, and the credit lines of its households, by household index. */
export class LoanSchedules {
  /** Whole fen, by household. */
  readonly creditLine = new Map<number, number>();
  private readonly given = new Map<number, Schedule>();
  /** `null`: a rate change has more decimals than whole-fen terms hold (the household takes the Decimal path). */
  private readonly terms = new Map<number, ScheduleTerms | null>();

  /** Keeps loan `at`'s schedule, if it has one; whether it has. */
  add(at: number, l: CompactLoan): boolean {
    if (l.maturityDate === undefined && l.repayments === undefined && l.rateChanges === undefined) return false;
    const s: Schedule = {
      ...(l.maturityDate === undefined ? {} : { maturityDate: l.maturityDate }),
      ...(l.repayments === undefined ? {} : { repayments: l.repayments }),
      ...(l.rateChanges === undefined ? {} : { rateChanges: l.rateChanges }),
    };
    this.given.set(at, s);
    const fits = (l.rateChanges ?? []).every((r) => r.rateDp <= RATE_DIGITS);
    this.terms.set(at, !fits ? null : {
      maturity: l.maturityDate === undefined ? Infinity : dayNumber(l.maturityDate),
      repayments: byDay((l.repayments ?? NO_CHANGES).map((r) => ({ day: dayNumber(r.date), amount: r.amountFen }))),
      rateChanges: byDay((l.rateChanges ?? NO_CHANGES).map((r) => ({ day: dayNumber(r.date), annualRate: r.rateNum * pow10(RATE_DIGITS - r.rateDp) }))),
    });
    return true;
  }

  /** Loan `at`'s schedule as the record gave it (empty when none). */
  compactOf(at: number): Schedule {
    return this.given.get(at) ?? NO_SCHEDULE;
  }

  /** Loan `at`'s schedule in whole fen; `undefined` when it has none; `null` when it does not fit. */
  termsOf(at: number): ScheduleTerms | null | undefined {
    return this.terms.size === 0 ? undefined : this.terms.get(at);
  }
}
