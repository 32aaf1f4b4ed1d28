/**
 * The `Decimal` the package exports: the library's decimal.js clone behind a guarded constructor.
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal as LibraryDecimal } from '../../src/core/decimal.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { Decimal } from '../../src/core/public-decimal.js';
import { loanInterestSubsidy } from '../../src/rules/loan-interest-subsidy.js';

/** Runs `f`, expects a PolicyInputError, and returns it. */
function errorOf(f: () => unknown): PolicyInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return e as PolicyInputError;
  }
  return expect.unreachable('no error thrown');
}
const issueOf = (f: () => unknown) => errorOf(f).issues[0];

const ID = '11010519491231002X';

describe('Decimal (exported)', () => {
  it('builds the library\'s own Decimals: 50 digits, rounding half up', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
    expect(new Decimal('1.005').toFixed(2)).toBe('1.01');
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(50)}`);
    expect(new Decimal('2.5')).toBeInstanceOf(LibraryDecimal);
    expect(new Decimal(10n).toString()).toBe('10');
  });

  it('works without new, as decimal.js does', () => {
    expect((Decimal as unknown as (v: string) => DecimalJs)('7.5').toString()).toBe('7.5');
  });

  it('recognises every amount a result holds as a Decimal', () => {
    const r = loanInterestSubsidy({ principal: '50000', annualRate: '0.0435', days: 214 });
    expect(r.amount).toBeInstanceOf(Decimal);
    expect(new Decimal(r.amount).eq(r.amount)).toBe(true);
  });

  it('takes a value of the decimal.js package too', () => {
    expect(new Decimal(new DecimalJs('3.25')).toString()).toBe('3.25');
  });

  it.each([
    ['a symbol', Symbol('x'), 'invalid_type'],
    ['an object', {}, 'invalid_type'],
    ['an array', ['1'], 'invalid_type'],
    ['null', null, 'invalid_type'],
    ['undefined', undefined, 'invalid_type'],
    ['NaN', Number.NaN, 'not_finite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not_finite'],
    ["the text 'Infinity'", 'Infinity', 'not_finite'],
    ['a thousands separator', '12,000', 'invalid_decimal'],
    ['an ID number', ID, 'invalid_decimal'],
    ['a 10 MB string', '1'.repeat(10 * 1024 * 1024), 'too_big'],
  ])('refuses %s with a PolicyInputError that does not repeat the value', (_, value, code) => {
    const e = errorOf(() => new Decimal(value as string));
    expect(e.fn).toBe('Decimal');
    expect(e.issues[0]?.code).toBe(code);
    expect(e.message).not.toContain(ID);
  });

  it('refuses a deeply nested array without overflowing the stack', () => {
    let nested: unknown[] = [];
    const root = nested;
    for (let i = 0; i < 20_000; i++) {
      const next: unknown[] = [];
      nested.push(next);
      nested = next;
    }
    expect(issueOf(() => new Decimal(root as unknown as string))?.code).toBe('invalid_type');
  });

  it('keeps its settings fixed: Decimal.set and Decimal.config throw, and rounding stays half up', () => {
    expect(issueOf(() => Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN }))?.code).toBe('fixed_configuration');
    expect(issueOf(() => Decimal.config({ precision: 5 }))?.code).toBe('fixed_configuration');
    expect(Decimal.precision).toBe(50);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Decimal(2).div(3).toFixed(2)).toBe('0.67');
    expect(Object.isFrozen(Decimal)).toBe(true);
  });

  it('keeps the settings of a result\'s own constructor fixed too: set and config throw on amount.constructor', () => {
    const r = loanInterestSubsidy({ principal: '50000', annualRate: '0.0435', days: 214 });
    const Ctor = (r.amount as unknown as { constructor: typeof DecimalJs }).constructor;
    expect(Ctor).toBe(LibraryDecimal);
    const e = errorOf(() => Ctor.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN }));
    expect(e.issues[0]?.code).toBe('fixed_configuration');
    expect(errorOf(() => Ctor.config({ precision: 5 })).issues[0]?.code).toBe('fixed_configuration');
    expect(LibraryDecimal.precision).toBe(50);
    expect(LibraryDecimal.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(loanInterestSubsidy({ principal: '50000', annualRate: '0.0435', days: 214 }).amount.toString()).toBe(r.amount.toString());
    expect(new LibraryDecimal(2).div(3).toFixed(2)).toBe('0.67');
  });

  it('offers decimal.js static functions, with the same errors as the constructor', () => {
    expect(Decimal.max('1', '2.5', 2).toString()).toBe('2.5');
    expect(Decimal.sum('0.1', '0.2').toString()).toBe('0.3');
    expect(issueOf(() => Decimal.max('1', ID))?.code).toBe('invalid_decimal');
    expect(issueOf(() => Decimal.max('1', Symbol('x') as unknown as string))?.path).toEqual([1]);
    expect(Decimal.isDecimal(new Decimal(1))).toBe(true);
  });

  it('makes independent constructors with clone, leaving its own settings alone', () => {
    const Coarse = Decimal.clone({ precision: 5 });
    expect(new Coarse(2).div(3).toString()).toBe('0.66667');
    expect(new Decimal(2).div(3).toString()).toBe(`0.${'6'.repeat(49)}7`);
  });
});
