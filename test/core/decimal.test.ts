import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Decimal, roundFen, roundFenUp, roundQuotientFen, roundShare } from '../../src/core/decimal.js';
import { moneySchema, parseInput, rateSchema } from '../../src/core/validate.js';
import { PolicyInputError } from '../../src/core/errors.js';

const money = z.strictObject({ amount: moneySchema() });
const parse = (amount: unknown) => parseInput('test', money, { amount }).amount as Decimal;
const codeOf = (amount: unknown) => {
  try {
    parse(amount);
    return 'ok';
  } catch (e) {
    return (e as PolicyInputError).issues[0]?.code;
  }
};

describe('money parsing', () => {
  it('accepts decimal strings, finite numbers and Decimals', () => {
    expect(parse('1234.50').toString()).toBe('1234.5');
    expect(parse(0.1).toString()).toBe('0.1');
    expect(parse(new Decimal('7')).toString()).toBe('7');
    expect(parse('1e3').toString()).toBe('1000');
  });

  it('reads negative zero as zero', () => {
    expect(Object.is(parse(-0).toNumber(), 0)).toBe(true);
  });

  it.each([
    [NaN, 'not_a_number'],
    [Infinity, 'not_finite'],
    [-Infinity, 'not_finite'],
    ['', 'invalid_decimal'],
    ['abc', 'invalid_decimal'],
    [' 12', 'invalid_decimal'],
    ['1e999', 'out_of_range'],
    [2 ** 60, 'out_of_range'],
    [-1, 'negative'],
    [true, 'invalid_type'],
    [{}, 'invalid_type'],
    [[], 'invalid_type'],
    [undefined, 'required'],
    [null, 'required'],
    [new Decimal(NaN), 'not_finite'],
    ['9'.repeat(1_000_000), 'invalid_decimal'],
  ])('rejects %s with code %s', (value, code) => {
    expect(codeOf(value)).toBe(code);
  });

  it('reads a rate above 1 as a mistake for a percentage', () => {
    const rate = z.strictObject({ r: rateSchema() });
    expect(() => parseInput('test', rate, { r: 4.35 })).toThrow(/0\.0435/);
  });

  it.each(['330781199001011234', 'secret-330781199001011234'])('never quotes the rejected value %s in a message', (value) => {
    try {
      parse(value);
      expect.unreachable();
    } catch (e) {
      expect(JSON.stringify((e as PolicyInputError).issues)).not.toContain('330781');
      expect((e as Error).message).not.toContain('330781');
    }
  });
});

describe('rounding (I-12)', () => {
  it('rounds half a fen up', () => {
    expect(roundFen(new Decimal('0.005')).toFixed(2)).toBe('0.01');
    expect(roundFen(new Decimal('0.00499999')).toFixed(2)).toBe('0.00');
    expect(roundFen(new Decimal('-0.005')).toFixed(2)).toBe('-0.01');
  });

  it('rounds up to the fen where the plan sets a minimum', () => {
    expect(roundFenUp(new Decimal('0.001')).toFixed(2)).toBe('0.01');
    expect(roundFenUp(new Decimal('3.00')).toFixed(2)).toBe('3.00');
  });

  it('rounds shares to four decimals', () => {
    expect(roundShare(new Decimal('0.80005')).toString()).toBe('0.8001');
  });

  it('rounds a quotient exactly as the exact rational would be rounded (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 1, max: 100000 }), (n, d) => {
        // exact: round(n / d / 100 fen) half up, computed with bigint
        const expectedFen = (2n * n + BigInt(d)) / (2n * BigInt(d));
        const got = roundQuotientFen(new Decimal(n.toString()).div(100), new Decimal(d));
        expect(got.times(100).toFixed(0)).toBe(expectedFen.toString());
      }),
    );
  });
});

describe('messages that say what to fix', () => {
  it('explains that a rate is written as a fraction, not with a percent sign', () => {
    expect(codeOf('4.35%')).toBe('percent_sign');
    expect(codeOf(' 30 % ')).toBe('percent_sign');
  });

  it('explains that amounts take no thousands separators', () => {
    expect(codeOf('50,000')).toBe('thousands_separator');
    expect(codeOf('1,234,567.89')).toBe('thousands_separator');
  });
});
