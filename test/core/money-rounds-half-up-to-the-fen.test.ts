/**
 * I-12: the library's Decimal and its roundings — half up to the fen, up to the fen where the plan
 * sets a minimum, exact quotients to any number of places, shares to four decimals — and the
 * smaller and larger of two values, each with hand-computed values on both sides of a half.
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO, dec, formatPercent, formatYuan, max, min, roundFen, roundFenUp, roundQuotient, roundQuotientFen, roundShare } from '../../src/core/decimal.js';

const d = (v: string | number) => new Decimal(v);

describe("the library's Decimal", () => {
  it('keeps 50 significant digits and rounds half up', () => {
    expect(Decimal.precision).toBe(50);
    expect(Decimal.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(d(1).div(3).toString()).toBe(`0.${'3'.repeat(50)}`);
    expect(d(2).div(3).toString()).toBe(`0.${'6'.repeat(49)}7`);
  });

  it('writes plain notation from 10^-29 to 10^39 and exponents beyond', () => {
    expect(d('1e-29').toString()).toBe(`0.${'0'.repeat(28)}1`);
    expect(d('1e-30').toString()).toBe('1e-30');
    expect(d('1e39').toString()).toBe(`1${'0'.repeat(39)}`);
    expect(d('1e40').toString()).toBe('1e+40');
  });

  it('takes a Decimal as it is and reads text and numbers', () => {
    const x = d('1.5');
    expect(dec(x)).toBe(x);
    expect(dec('2.25').toString()).toBe('2.25');
    expect(dec(3).toString()).toBe('3');
    expect(dec(new DecimalJs('4.5'))).toBeInstanceOf(Decimal);
    expect(ZERO.isZero()).toBe(true);
  });
});

describe('rounding money and shares (I-12)', () => {
  it('rounds half a fen up and anything under it down, either sign', () => {
    expect(roundFen(d('123.455')).toString()).toBe('123.46');
    expect(roundFen(d('123.454999')).toString()).toBe('123.45');
    expect(roundFen(d('-123.455')).toString()).toBe('-123.46');
  });

  it('rounds up toward +∞ where the plan sets a minimum', () => {
    expect(roundFenUp(d('0.001')).toString()).toBe('0.01');
    expect(roundFenUp(d('3')).toString()).toBe('3');
    expect(roundFenUp(d('-0.019')).toString()).toBe('-0.01');
  });

  it('rounds a quotient exactly, half up, away from zero on a tie', () => {
    expect(roundQuotient(d(1), d(8), 2).toString()).toBe('0.13');
    expect(roundQuotient(d(1), d(8), 3).toString()).toBe('0.125');
    expect(roundQuotient(d(-1), d(8), 2).toString()).toBe('-0.13');
    expect(roundQuotient(d(1), d(3), 2).toString()).toBe('0.33');
    expect(roundQuotient(d(2), d(3), 2).toString()).toBe('0.67');
    expect(roundQuotient(d(-2), d(3), 2).toString()).toBe('-0.67');
    expect(roundQuotient(d(-1), d(1000), 2).isNegative()).toBe(false);
    expect(roundQuotient(d(-1), d(1000), 2).toString()).toBe('0');
    expect(roundQuotient(d(7), d(2), 0).toString()).toBe('4');
    expect(roundQuotient(d(1), d(16), 4).toString()).toBe('0.0625');
    expect(roundQuotient(d(1), d(32), 4).toString()).toBe('0.0313');
    // 0.0049999… never rounds up, however many 9s
    expect(roundQuotient(d('0.4999999999'), d(100), 2).toString()).toBe('0');
    expect(roundQuotientFen(d(1), d(8)).toString()).toBe('0.13');
    expect(roundQuotientFen(d(1), d(400)).toString()).toBe('0');
  });

  it('rounds shares to four decimals, half up', () => {
    expect(roundShare(d('0.80005')).toString()).toBe('0.8001');
    expect(roundShare(d('0.800049')).toString()).toBe('0.8');
  });

  it('takes the smaller or larger of two values, the first on a tie', () => {
    const [a, b] = [d('1.0'), d('1')];
    expect(min(a, b)).toBe(a);
    expect(max(a, b)).toBe(a);
    expect(min(d(2), d(1)).toString()).toBe('1');
    expect(min(d(1), d(2)).toString()).toBe('1');
    expect(max(d(2), d(1)).toString()).toBe('2');
    expect(max(d(1), d(2)).toString()).toBe('2');
  });

  it('formats yuan with two decimals and a percentage with the decimals it needs', () => {
    expect(formatYuan(d('1500'))).toBe('1500.00');
    expect(formatYuan(d('0.5'))).toBe('0.50');
    expect(formatPercent(d('0.02175'))).toBe('2.175%');
    expect(formatPercent(d('0.123456789'))).toBe('12.345679%');
  });

  it('writes yuan exactly as toFixed(2) does, for amounts to the fen and any other value, in either Decimal (property)', () => {
    const digits = fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -3, max: 40 }));
    fc.assert(fc.property(digits, fc.boolean(), ([n, places], ours) => {
      const text = places >= 0 ? `${n}e-${places}` : `${n}e${-places}`;
      const v = ours ? new Decimal(text) : new DecimalJs(text);
      expect(formatYuan(v)).toBe(v.toFixed(2));
    }), { numRuns: 3000 });
    for (const v of ['0', '-0', '-0.5', '0.01', '-0.01', '1e40', '1e41', '-1.5e41', '1e-31', 'NaN', 'Infinity', '-Infinity', '2.675', '-2.675']) {
      expect(formatYuan(d(v))).toBe(d(v).toFixed(2));
      expect(formatYuan(new DecimalJs(v))).toBe(new DecimalJs(v).toFixed(2));
    }
  });
});

describe("the library's Decimal writes plain numbers", () => {
  it('without an exponent above 10^-30 and below 10^40, and with one beyond', () => {
    expect(new Decimal('0.000001').toString()).toBe('0.000001');
    expect(new Decimal('1e-29').toString()).toBe(`0.${'0'.repeat(28)}1`);
    expect(new Decimal('1e-30').toString()).toBe('1e-30');
    expect(new Decimal('1e39').toString()).toBe(`1${'0'.repeat(39)}`);
    expect(new Decimal('1e40').toString()).toBe('1e+40');
  });
});
