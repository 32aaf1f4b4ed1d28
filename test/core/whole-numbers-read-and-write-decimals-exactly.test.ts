/**
 * The whole-number forms the fast paths run on: amounts as integers scaled by a power of ten, dates
 * as day numbers, and the text they are read from and written as — each with hand-computed values
 * at the edges (signs, zeros, too many decimals, too large, not a number).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  SAFE, dayNumber, decimalOfFen, decimalOfScaled, divHalfUp, fenFixed, fenOfDecimal, isoDay, isoOfDay, pow10,
  quotientText, ratioOf, ratioOfDecimal, scaledOf, scaledOfDecimal, scaledText,
} from '../../src/core/scaled.js';

const d = (v: string | number) => new Decimal(v);

describe('integer division, half up', () => {
  it('rounds n / d half away from zero', () => {
    expect([divHalfUp(5, 2), divHalfUp(4, 3), divHalfUp(5, 3), divHalfUp(-5, 2), divHalfUp(-4, 3), divHalfUp(1, 3), divHalfUp(-1, 3), divHalfUp(0, 7)])
      .toEqual([3, 1, 2, -3, -1, 0, 0, 0]);
    expect(Object.is(divHalfUp(-1, 3), -0)).toBe(false);
    expect(divHalfUp(SAFE, 1)).toBe(SAFE);
  });
});

describe('reading decimal text as a scaled integer', () => {
  it.each<[string, number, number, number]>([
    ['12.34', 2, SAFE, 1234], ['-12.34', 2, SAFE, -1234], ['+12.3', 2, SAFE, 1230], ['12', 2, SAFE, 1200], ['0.05', 2, SAFE, 5],
    ['12.340', 2, SAFE, 1234], ['-0', 2, SAFE, 0], ['.5', 2, SAFE, 50], ['5.', 2, SAFE, 500], ['0.105', 3, SAFE, 105], ['1.0203', 4, SAFE, 10203],
    ['100', 2, 10000, 10000],
  ])('reads %s at %i places as %i', (text, places, limit, value) => {
    expect(scaledOf(text, places, limit)).toBe(value);
  });

  it.each<[string, number, number]>([
    ['12.345', 2, SAFE], ['1e5', 2, SAFE], ['', 2, SAFE], ['-', 2, SAFE], ['.', 2, SAFE], ['12a', 2, SAFE], ['1.2.3', 2, SAFE], ['1,000', 2, SAFE],
    ['100.01', 2, 10000], ['101', 2, 10000], ['1/2', 2, SAFE], ['1:2', 2, SAFE], ['1.a', 2, SAFE], ['1./', 2, SAFE], ['1.5a', 2, SAFE], ['1.:', 2, SAFE],
  ])('declines %s at %i places', (text, places, limit) => {
    expect(scaledOf(text, places, limit)).toBeNaN();
  });

  it('stops reading the whole part as soon as it passes the limit', () => {
    expect(scaledOf('99999999999999999999', 0, SAFE)).toBeNaN();
    expect(scaledOf('10', 0, 10)).toBe(10);
    expect(scaledOf('11', 0, 10)).toBeNaN();
  });

  it('reads rates to the fewest decimals', () => {
    expect(ratioOf('0.0435', 1)).toEqual({ num: 435, dp: 4 });
    expect(ratioOf('0.5000', 1)).toEqual({ num: 5, dp: 1 });
    expect(ratioOf('1', 1)).toEqual({ num: 1, dp: 0 });
    expect(ratioOf('0', 1)).toEqual({ num: 0, dp: 0 });
    expect(ratioOf('0.000000000000001', 1)).toEqual({ num: 1, dp: 15 });
    expect(ratioOf('9.007199254740993', 10)).toBeUndefined();
    expect(ratioOf('1.5', 1)).toBeUndefined();
    expect(ratioOf('abc', 1)).toBeUndefined();
    expect(ratioOf('0.0000000000000001', 1)).toBeUndefined();
  });

  it('gives powers of ten exactly', () => {
    expect([pow10(0), pow10(2), pow10(6), pow10(15)]).toEqual([1, 100, 1e6, 1e15]);
  });
});

describe('dates as day numbers', () => {
  it('counts days from 1970-01-01 without a time zone', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2023-01-01')).toBe(19358);
    expect(isoDay('2023-01-01')).toBe(19358);
    expect(isoDay('1900-01-01')).toBe(-25567);
    expect(isoDay('2199-12-31')).toBe(84005);
    expect(isoDay('2024-02-29')).toBe(19782);
    expect(isoDay('2000-02-29')).toBe(11016);
    expect(isoOfDay(19358)).toBe('2023-01-01');
    expect(isoOfDay(19782)).toBe('2024-02-29');
    expect(isoOfDay(19700)).toBe('2023-12-09');
  });

  it.each(['2023-02-29', '1900-02-29', '2100-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '1899-12-31', '2200-01-01',
    '2023/01/01', '2023-01-1', '2023-01-011', '202a-01-01', '2023-0a-01', '2023-a1-01', '2023-01-a1', '2023-01-0a', '2023-01 01', '2023 01-01',
    // characters just outside the digits that would otherwise add up to a real month, day or year
    '202:-01-01', '20/4-01-01', '2023-/;-01', '2023-1/-01', '2023-0:-01', '2023-01-/;', '2023-01-1/', '2023-01-0:'])('declines %s', (text) => {
    expect(isoDay(text)).toBeNaN();
  });

  it('accepts the last day of every month', () => {
    const last = ['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];
    last.forEach((day, m) => {
      const text = `2023-${String(m + 1).padStart(2, '0')}-${day}`;
      expect(isoOfDay(isoDay(text))).toBe(text);
    });
  });
});

describe('writing scaled integers as text', () => {
  it.each<[number, number, string]>([
    [0, 2, '0'], [123456, 2, '1234.56'], [123450, 2, '1234.5'], [123400, 2, '1234'], [-5, 2, '-0.05'], [5, 3, '0.005'],
    [1, 6, '0.000001'], [-120, 1, '-12'], [7, 0, '7'], [1000000, 6, '1'],
  ])('writes %i over 10^%i as %s', (n, k, text) => {
    expect(scaledText(n, k)).toBe(text);
    expect(decimalOfScaled(n, k).toString()).toBe(text);
  });

  it('writes any safe integer over 10^k as Decimal#toString does, below 2^31 and above (property)', () => {
    const n = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.maxSafeInteger().map((x) => x - (x % 1000)), fc.maxSafeInteger(), fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31 - 1), Number.MAX_SAFE_INTEGER));
    fc.assert(fc.property(n, fc.integer({ min: 0, max: 15 }), (v, k) => {
      expect(scaledText(v, k)).toBe(new Decimal(v).div(new Decimal(10).pow(k)).toString());
    }), { numRuns: 5000 });
  });

  it('writes whole fen as toFixed(2) and toString do', () => {
    expect([fenFixed(110), fenFixed(109)]).toEqual(['1.10', '1.09']);
    expect([fenFixed(0), fenFixed(5), fenFixed(50), fenFixed(123456), fenFixed(-5), fenFixed(-123400)]).toEqual(['0.00', '0.05', '0.50', '1234.56', '-0.05', '-1234.00']);
    expect([0, 5, 50, 123456, -5, -123400, 110].map((fen) => scaledText(fen, 2))).toEqual(['0', '0.05', '0.5', '1234.56', '-0.05', '-1234', '1.1']);
    expect(decimalOfFen(-123456).toString()).toBe('-1234.56');
  });

  it('writes a quotient as Decimal would, correctly rounded to 50 significant digits', () => {
    const cases: [number, number, number][] = [
      [1, 3, 0], [2, 3, 2], [-2, 3, 2], [10, 4, 0], [12, 1, 2], [1, 8, 2], [5, 1, 3], [123456789, 7, 4], [1, 7, 0], [0, 5, 2], [200, 3, 2],
      [99999, 100000, 0], [1, 1, 5], [7, 700, 2], [1999999, 2, 6], [1, 70000, 0], [1, 3000, 2], [2 ** 53 - 1, 2 ** 50, 0], [2 ** 53 - 1, 3, 0],
    ];
    for (const [n, den, k] of cases) {
      expect(quotientText(n, den, k), `${n}/${den}/10^${k}`).toBe(d(n).div(den).div(d(10).pow(k)).toString());
    }
    // 2/3 rounds its 50th digit up
    expect(quotientText(2, 3, 0)).toBe(`0.${'6'.repeat(49)}7`);
    expect(quotientText(-2, 3, 0)).toBe(`-0.${'6'.repeat(49)}7`);
    // floating division rounds (2^53 − 1) / 2 up to 2^52; the remainder corrects it
    expect(quotientText(2 ** 53 - 1, 2, 0)).toBe('4503599627370495.5');
  });

  it('writes an exact quotient of 50 significant digits whole, and rounds a 50th digit 9 up by carrying', () => {
    // (2^53 − 1) / 2^48 has exactly 50 significant digits: nothing to round
    expect(quotientText(2 ** 53 - 1, 2 ** 48, 0)).toBe('31.999999999999996447286321199499070644378662109375');
    // 6 / 23 = 0.26086956521739130434782608695652173913043478260869|56…: the 9 carries to …0870
    expect(quotientText(6, 23, 0)).toBe('0.2608695652173913043478260869565217391304347826087');
    expect(quotientText(6, 23, 0)).toBe(d(6).div(23).toString());
    expect(quotientText(-6, 23, 2)).toBe(d(-6).div(23).div(100).toString());
  });

  it('moves a whole part shorter than the scale behind the point, after zeros', () => {
    // 7 / 3 / 100 = 0.02333…, 7 / 3 / 1000 = 0.002333…
    expect(quotientText(7, 3, 2)).toBe(`0.02${'3'.repeat(49)}`);
    expect(quotientText(-7, 3, 3)).toBe(`-0.002${'3'.repeat(49)}`);
    expect(quotientText(7, 3, 3)).toBe(d(7).div(3).div(1000).toString());
  });

  it('writes a negative whole quotient with its sign', () => {
    expect([quotientText(-4, 2, 0), quotientText(-1200, 4, 2), quotientText(-3, 1, 3)]).toEqual(['-2', '-3', '-0.003']);
  });
});

describe('Decimals as scaled integers', () => {
  it('gives x × 10^k exactly, or NaN when it is not whole, finite or safe', () => {
    expect(scaledOfDecimal(d('12.34'), 2)).toBe(1234);
    expect(scaledOfDecimal(d('-12.3'), 2)).toBe(-1230);
    expect(scaledOfDecimal(d('12.345'), 2)).toBeNaN();
    expect(scaledOfDecimal(d(Infinity), 2)).toBeNaN();
    expect(scaledOfDecimal(d(NaN), 2)).toBeNaN();
    expect(scaledOfDecimal(d('90071992547409.92'), 2)).toBeNaN();
    expect(scaledOfDecimal(d('90071992547409.91'), 2)).toBe(SAFE);
    expect(scaledOfDecimal(d('1e20'), 0)).toBeNaN();
    expect(fenOfDecimal(d('0.1'))).toBe(10);
  });

  it('gives a rate as its fewest decimals, at most 15', () => {
    expect(ratioOfDecimal(d('0.0435'))).toEqual({ num: 435, dp: 4 });
    expect(ratioOfDecimal(d('3'))).toEqual({ num: 3, dp: 0 });
    expect(ratioOfDecimal(d('1e-15'))).toEqual({ num: 1, dp: 15 });
    expect(ratioOfDecimal(d('1e-16'))).toBeUndefined();
    expect(ratioOfDecimal(d('1e20'))).toBeUndefined();
  });
});
