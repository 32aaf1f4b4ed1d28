/**
 * The two calculators every rule runs over: each operation gives, over whole fen, exactly what it
 * gives over Decimal (hand-computed values), and the whole-fen calculator marks itself failed, so
 * the rule runs again over Decimal, whenever a value would not fit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECIMAL, FEN, RATE_SCALE, exactly, type Calculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { SAFE } from '../../src/core/scaled.js';

const d = (v: string | number) => new Decimal(v);

/** Runs `f` over both calculators from yuan and rate text, and gives both results as text, with whether FEN failed. */
function both<T>(f: <M, R, P>(c: Calculator<M, R, P>) => T, text: <M, R, P>(c: Calculator<M, R, P>, v: T) => string): { fen: string; decimal: string; failed: boolean } {
  FEN.failed = false;
  const fen = text(FEN, f(FEN));
  const failed = FEN.failed;
  FEN.failed = false;
  return { fen, decimal: text(DECIMAL, f(DECIMAL)), failed };
}
const moneyText = <M, R, P>(c: Calculator<M, R, P>, v: M) => c.money(v).toString();
const rateText = <M, R, P>(c: Calculator<M, R, P>, v: R) => c.rate(v).toString();
const exactText = <M, R, P>(c: Calculator<M, R, P>, v: P) => c.exact(v).toString();

describe('money in the two calculators', () => {
  it('adds, subtracts and multiplies by a whole number to the same fen', () => {
    expect(both((c) => c.add(c.fromMoney(d('1.50')), c.fromMoney(d('2.75'))), moneyText)).toEqual({ fen: '4.25', decimal: '4.25', failed: false });
    expect(both((c) => c.sub(c.fromMoney(d('1.50')), c.fromMoney(d('2.75'))), moneyText)).toEqual({ fen: '-1.25', decimal: '-1.25', failed: false });
    expect(both((c) => c.mulInt(c.fromMoney(d('16710')), 3), moneyText)).toEqual({ fen: '50130', decimal: '50130', failed: false });
  });

  it('reads amounts with at most two decimals as whole fen, and fails over on a third decimal', () => {
    FEN.failed = false;
    expect(FEN.fromMoney(d('12.34'))).toBe(1234);
    expect(FEN.failed).toBe(false);
    expect(FEN.fromMoney(d('12.345'))).toBe(0);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    expect(DECIMAL.fromMoney(d('12.345')).toString()).toBe('12.345');
  });

  it('reads rates with at most six decimals over 10^6, and fails over on a seventh', () => {
    FEN.failed = false;
    expect(RATE_SCALE).toBe(1_000_000);
    expect(FEN.fromRate(d('0.0435'))).toBe(43_500);
    expect(FEN.failed).toBe(false);
    expect(FEN.fromRate(d('0.0000001'))).toBe(0);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    expect(DECIMAL.fromRate(d('0.0000001')).toFixed()).toBe('0.0000001');
  });

  it('holds a sum of exactly 2^53 − 1 fen and fails over one fen beyond, either sign', () => {
    FEN.failed = false;
    expect(FEN.add(SAFE - 1, 1)).toBe(SAFE);
    expect(FEN.sub(-SAFE + 1, 1)).toBe(-SAFE);
    expect(FEN.failed).toBe(false);
    FEN.add(SAFE, 1);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    FEN.sub(-SAFE, 1);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    FEN.mulInt(SAFE, 2);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    FEN.add(Number.NaN, 0);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
  });

  it('compares as −1, 0 and 1 and takes the smaller, the first on a tie', () => {
    for (const c of [FEN, DECIMAL] as Calculator<unknown, unknown, unknown>[]) {
      const [one, two] = [c.fromMoney(d(1)), c.fromMoney(d(2))];
      expect([c.cmp(one, two), c.cmp(two, one), c.cmp(one, one)]).toEqual([-1, 1, 0]);
      expect(c.money(c.min(two, one)).toString()).toBe('1');
      expect(c.money(c.min(one, two)).toString()).toBe('1');
    }
    const a = d('1.0');
    const b = d('1');
    expect(DECIMAL.min(a, b)).toBe(a);
    expect(DECIMAL.min(b, a)).toBe(b);
  });

  it('cuts money down to the fen toward zero over Decimal (whole fen need no cutting)', () => {
    expect(DECIMAL.floorFen(d('1.239')).toString()).toBe('1.23');
    expect(DECIMAL.floorFen(d('-1.239')).toString()).toBe('-1.23');
    expect(FEN.floorFen(123)).toBe(123);
  });
});

describe('rates in the two calculators', () => {
  it('multiplies, adds, subtracts and compares rates exactly', () => {
    expect(both((c) => c.rateMul(c.fromRate(d('0.5')), c.fromRate(d('0.0435'))), rateText)).toEqual({ fen: '0.02175', decimal: '0.02175', failed: false });
    expect(both((c) => c.rateAdd(c.fromRate(d(1)), c.fromRate(d('0.15'))), rateText)).toEqual({ fen: '1.15', decimal: '1.15', failed: false });
    expect(both((c) => c.rateSub(c.fromRate(d(1)), c.fromRate(d('0.8'))), rateText)).toEqual({ fen: '0.2', decimal: '0.2', failed: false });
    for (const c of [FEN, DECIMAL] as Calculator<unknown, unknown, unknown>[]) {
      const [low, high] = [c.fromRate(d('0.03')), c.fromRate(d('0.0435'))];
      expect([c.rateCmp(low, high), c.rateCmp(high, low), c.rateCmp(low, low)]).toEqual([-1, 1, 0]);
    }
  });

  it('fails over when a product of rates needs more than six decimals, or does not fit', () => {
    FEN.failed = false;
    FEN.rateMul(FEN.fromRate(d('0.001')), FEN.fromRate(d('0.0005')));
    expect(FEN.failed).toBe(true);
    expect(DECIMAL.rateMul(d('0.001'), d('0.0005')).toFixed()).toBe('0.0000005');
    FEN.failed = false;
    FEN.rateAdd(SAFE, 1);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    FEN.rateSub(-SAFE, 1);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
    FEN.rateMul(SAFE, 2);
    expect(FEN.failed).toBe(true);
    FEN.failed = false;
  });
});

describe('exact products, rounded once', () => {
  it('keeps money × rate × days exact and rounds it half up to the fen only when divided', () => {
    // 50 000 × 4.35% × 0.5 × 365 days = 396 937.5; ÷ 360 = 1102.6041666… → 1102.60
    const p = both((c) => c.product(c.fromMoney(d(50000)), c.fromRate(d('0.02175')), 365), exactText);
    expect(p).toEqual({ fen: '396937.5', decimal: '396937.5', failed: false });
    expect(both((c) => c.roundFen(c.product(c.fromMoney(d(50000)), c.fromRate(d('0.02175')), 365), 360), moneyText))
      .toEqual({ fen: '1102.6', decimal: '1102.6', failed: false });
  });

  it('rounds exactly half a fen up and just under half a fen down, either sign', () => {
    // 0.01 × 0.5 × 1 = 0.005 → 0.01; 0.01 × 0.499999 → 0.00499999 → 0.00
    expect(both((c) => c.roundFen(c.product(c.fromMoney(d('0.01')), c.fromRate(d('0.5')), 1), 1), moneyText)).toEqual({ fen: '0.01', decimal: '0.01', failed: false });
    expect(both((c) => c.roundFen(c.product(c.fromMoney(d('0.01')), c.fromRate(d('0.499999')), 1), 1), moneyText)).toEqual({ fen: '0', decimal: '0', failed: false });
    expect(both((c) => c.roundFen(c.product(c.fromMoney(d('-0.01')), c.fromRate(d('0.5')), 1), 1), moneyText)).toEqual({ fen: '-0.01', decimal: '-0.01', failed: false });
    // 0.03 ÷ 2 = 0.015 → 0.02; 0.01 × 3 ÷ 4 = 0.0075 → 0.01
    expect(both((c) => c.roundFen(c.lift(c.fromMoney(d('0.03')), 1), 2), moneyText)).toEqual({ fen: '0.02', decimal: '0.02', failed: false });
    expect(both((c) => c.roundFen(c.lift(c.fromMoney(d('0.01')), 3), 4), moneyText)).toEqual({ fen: '0.01', decimal: '0.01', failed: false });
  });

  it('rounds up to the fen from the exact value: a whole fen stays, anything above goes up', () => {
    expect(both((c) => c.roundFenUp(c.lift(c.fromMoney(d('0.03')), 1), 3), moneyText)).toEqual({ fen: '0.01', decimal: '0.01', failed: false });
    expect(both((c) => c.roundFenUp(c.lift(c.fromMoney(d('0.04')), 1), 3), moneyText)).toEqual({ fen: '0.02', decimal: '0.02', failed: false });
    expect(both((c) => c.roundFenUp(c.lift(c.fromMoney(d('0.01')), 1), 100), moneyText)).toEqual({ fen: '0.01', decimal: '0.01', failed: false });
    expect(both((c) => c.roundFenUp(c.lift(c.fromMoney(d('-0.04')), 1), 3), moneyText)).toEqual({ fen: '-0.01', decimal: '-0.01', failed: false });
    expect(both((c) => c.roundFenUp(c.lift(c.fromMoney(d('-0.03')), 1), 3), moneyText)).toEqual({ fen: '-0.01', decimal: '-0.01', failed: false });
  });

  it('lifts money to a product at the rate 1 (× n), adds and compares products', () => {
    expect(both((c) => c.lift(c.fromMoney(d('2.5')), 3), exactText)).toEqual({ fen: '7.5', decimal: '7.5', failed: false });
    expect(both((c) => c.lift(c.fromMoney(d('2.5')), 1), exactText)).toEqual({ fen: '2.5', decimal: '2.5', failed: false });
    expect(both((c) => c.addProduct(c.lift(c.fromMoney(d('2.5')), 3), c.product(c.fromMoney(d(1)), c.fromRate(d('0.5')), 1)), exactText))
      .toEqual({ fen: '8', decimal: '8', failed: false });
    for (const c of [FEN, DECIMAL] as Calculator<unknown, unknown, unknown>[]) {
      const [low, high] = [c.lift(c.fromMoney(d(1)), 1), c.lift(c.fromMoney(d(1)), 2)];
      expect([c.cmpProduct(low, high), c.cmpProduct(high, low), c.cmpProduct(low, low)]).toEqual([-1, 1, 0]);
      expect(c.exact(c.zeroProduct).toString()).toBe('0');
      expect(c.money(c.zero).toString()).toBe('0');
    }
  });

  it('keeps a product past 2^53 exact, as a BigInt, and adds, compares, rounds and writes it as Decimal does', () => {
    // 90 071 992 547 409.91 yuan (2^53 − 1 fen) × 150% × 2 days, and a population's sums
    const big = <M, R, P>(c: Calculator<M, R, P>) => c.product(c.fromMoney(d('90071992547409.91')), c.fromRate(d('1.5')), 2);
    expect(both(big, exactText)).toEqual({ fen: '270215977642229.73', decimal: '270215977642229.73', failed: false });
    expect(typeof FEN.product(SAFE, 2, 1)).toBe('bigint');
    expect(both((c) => c.lift(c.fromMoney(d('90071992547409.91')), 3), exactText)).toEqual({ fen: '270215977642229.73', decimal: '270215977642229.73', failed: false });
    expect(both((c) => c.addProduct(big(c), c.lift(c.fromMoney(d('0.01')), 1)), exactText)).toEqual({ fen: '270215977642229.74', decimal: '270215977642229.74', failed: false });
    expect(both((c) => c.addProduct(c.lift(c.fromMoney(d('90071992547409.91')), 1), c.lift(c.fromMoney(d('0.01')), 1)), exactText))
      .toEqual({ fen: '90071992547409.92', decimal: '90071992547409.92', failed: false });
    // ÷ 7 days, half up and up to the fen: 38602282520318.532857… → …18.53 and …18.54
    expect(both((c) => c.roundFen(big(c), 7), moneyText)).toEqual({ fen: '38602282520318.53', decimal: '38602282520318.53', failed: false });
    expect(both((c) => c.roundFenUp(big(c), 7), moneyText)).toEqual({ fen: '38602282520318.54', decimal: '38602282520318.54', failed: false });
    expect(both((c) => c.roundFen(c.product(c.fromMoney(d('-90071992547409.91')), c.fromRate(d('1.5')), 2), 7), moneyText))
      .toEqual({ fen: '-38602282520318.53', decimal: '-38602282520318.53', failed: false });
    expect(both((c) => c.roundFen(c.lift(c.fromMoney(d('0.03')), 1), 2 ** 40), moneyText)).toEqual({ fen: '0', decimal: '0', failed: false });
    expect(both((c) => c.quotientText(big(c), 7), (_c, v) => v)).toEqual({ fen: '38602282520318.532857142857142857142857142857142857', decimal: '38602282520318.532857142857142857142857142857142857', failed: false });
    expect([FEN.cmpProduct(FEN.product(SAFE, 2, 1), SAFE), FEN.cmpProduct(SAFE, FEN.product(SAFE, 2, 1)), FEN.cmpProduct(FEN.product(SAFE, 2, 1), FEN.product(SAFE, 2, 1))]).toEqual([1, -1, 0]);
  });

  it('compares an amount with a share of another exactly, on the boundary and past 2^53, as Decimal does', () => {
    const sign = (a: string, b: string, r: string) => {
      FEN.failed = false;
      const fen = FEN.cmpTimes(FEN.fromMoney(d(a)), FEN.fromMoney(d(b)), FEN.fromRate(d(r)));
      return { fen, decimal: DECIMAL.cmpTimes(d(a), d(b), d(r)), failed: FEN.failed };
    };
    // 80% of 20891.25 is 16713; a fen either side
    expect(sign('16713', '20891.25', '0.8')).toEqual({ fen: 0, decimal: 0, failed: false });
    expect(sign('16712.99', '20891.25', '0.8')).toEqual({ fen: -1, decimal: -1, failed: false });
    expect(sign('16713.01', '20891.25', '0.8')).toEqual({ fen: 1, decimal: 1, failed: false });
    expect(sign('-5', '-5', '1')).toEqual({ fen: 0, decimal: 0, failed: false });
    // 2^53 − 1 fen against itself × 1 and × 1.000001: the products pass 2^53 and are compared in BigInts
    expect(sign('90071992547409.91', '90071992547409.91', '1')).toEqual({ fen: 0, decimal: 0, failed: false });
    expect(sign('90071992547409.91', '90071992547409.91', '1.000001')).toEqual({ fen: -1, decimal: -1, failed: false });
    expect(sign('90071992547409.91', '90071992547409.90', '1')).toEqual({ fen: 1, decimal: 1, failed: false });
  });

  it('compares an amount with any share of another as Decimal does, whatever their size', () => {
    const fen = fc.oneof(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -SAFE, max: SAFE }));
    fc.assert(fc.property(fen, fen, fc.integer({ min: 0, max: 3 * RATE_SCALE }), (a, b, r) => {
      FEN.failed = false;
      const sign = FEN.cmpTimes(a, b, r);
      expect(FEN.failed).toBe(false);
      expect(sign).toBe(DECIMAL.cmpTimes(FEN.money(a), FEN.money(b), FEN.rate(r)));
      // an amount is equal to 100% of itself
      expect(FEN.cmpTimes(b, b, RATE_SCALE)).toBe(0);
    }));
  });

  it('rounds a share of sums past 2^53 ÷ 10^4 exactly, as Decimal does', () => {
    expect(both((c) => c.share4(c.fromMoney(d('100000000000')), c.fromMoney(d('300000000000'))), rateText)).toEqual({ fen: '0.3333', decimal: '0.3333', failed: false });
  });

  it('fails over when money, a rate or a share does not fit in 2^53', () => {
    for (const f of [
      () => FEN.roundFen(FEN.lift(SAFE, 10), 1), () => FEN.roundFenUp(FEN.lift(SAFE, 10), 1), () => FEN.share4(SAFE, 1),
      () => FEN.share4(SAFE / 100, 1), () => FEN.share4(1, 0), () => FEN.share4(SAFE, 0), () => FEN.product(0.5, 2 ** 60, 1), () => FEN.addProduct(Number.NaN, SAFE),
    ]) {
      FEN.failed = false;
      f();
      expect(FEN.failed).toBe(true);
    }
    FEN.failed = false;
  });
});

describe('products past 2^53, exact on either side of the limit', () => {
  it('keeps a product exact whose money × rate fits but whose days take it past 2^53, either sign', () => {
    // 90 071 992.53 × 0.999999 = 90 071 902.458 007 47 (below 2^53 in fen × 10^-6); × 3 days = 270 215 707.374 022 41
    expect(both((c) => c.product(c.fromMoney(d('90071992.53')), c.fromRate(d('0.999999')), 3), exactText))
      .toEqual({ fen: '270215707.37402241', decimal: '270215707.37402241', failed: false });
    expect(both((c) => c.product(c.fromMoney(d('-90071992.53')), c.fromRate(d('0.999999')), 3), exactText))
      .toEqual({ fen: '-270215707.37402241', decimal: '-270215707.37402241', failed: false });
  });

  it('keeps a sum of two products below 2^53 exact when the sum passes it, either sign', () => {
    // 45 035 996.27 × 1.000001 + 45 035 996.28 × 1.000001 = 90 071 992.55 × 1.000001 = 90 072 082.621 992 55
    const sum = <M, R, P>(c: Calculator<M, R, P>, sign: string) =>
      c.addProduct(c.product(c.fromMoney(d(`${sign}45035996.27`)), c.fromRate(d('1.000001')), 1), c.product(c.fromMoney(d(`${sign}45035996.28`)), c.fromRate(d('1.000001')), 1));
    expect(both((c) => sum(c, ''), exactText)).toEqual({ fen: '90072082.62199255', decimal: '90072082.62199255', failed: false });
    expect(both((c) => sum(c, '-'), exactText)).toEqual({ fen: '-90072082.62199255', decimal: '-90072082.62199255', failed: false });
  });

  it('adds a product below 2^53 to one past it in either order', () => {
    const big = <M, R, P>(c: Calculator<M, R, P>) => c.product(c.fromMoney(d('90071992547409.91')), c.fromRate(d('1.5')), 2);
    expect(both((c) => c.addProduct(c.lift(c.fromMoney(d('0.01')), 1), big(c)), exactText)).toEqual({ fen: '270215977642229.74', decimal: '270215977642229.74', failed: false });
  });

  it('gives a sum of products back as a plain number when it comes back within 2^53, and keeps a BigInt just past it', () => {
    FEN.failed = false;
    const up = FEN.addProduct(FEN.product(SAFE, 2, 1), -SAFE);
    const down = FEN.addProduct(FEN.product(-SAFE, 2, 1), SAFE);
    expect([typeof up, up, typeof down, down]).toEqual(['number', SAFE, 'number', -SAFE]);
    // −(2^53 − 1) × 2 = −18 014 398 509 481 982, which a double cannot hold exactly
    const low = FEN.product(-SAFE, 2, 1);
    expect([typeof low, FEN.exact(low).toString()]).toEqual(['bigint', '-180143985.09481982']);
    expect(FEN.failed).toBe(false);
  });

  it('rounds exactly half a fen of a product past 2^53 up, away from zero, either sign', () => {
    // 90 071 992 547 409.91 ÷ 2 = 45 035 996 273 704.955 → …704.96
    expect(both((c) => c.roundFen(c.lift(c.fromMoney(d('90071992547409.91')), 1), 2), moneyText)).toEqual({ fen: '45035996273704.96', decimal: '45035996273704.96', failed: false });
    expect(both((c) => c.roundFen(c.lift(c.fromMoney(d('-90071992547409.91')), 1), 2), moneyText)).toEqual({ fen: '-45035996273704.96', decimal: '-45035996273704.96', failed: false });
  });

  it('rounds up a product past 2^53 that divides exactly to the same fen, either sign', () => {
    // 12 345 678 901 234.56 × 150% × 2 days ÷ 3 = 12 345 678 901 234.56 exactly: nothing to round up
    expect(both((c) => c.roundFenUp(c.product(c.fromMoney(d('12345678901234.56')), c.fromRate(d('1.5')), 2), 3), moneyText))
      .toEqual({ fen: '12345678901234.56', decimal: '12345678901234.56', failed: false });
    expect(both((c) => c.roundFenUp(c.product(c.fromMoney(d('-12345678901234.56')), c.fromRate(d('1.5')), 2), 3), moneyText))
      .toEqual({ fen: '-12345678901234.56', decimal: '-12345678901234.56', failed: false });
  });

  it('writes a product ÷ n exactly, for a day count and for a divisor past 10^14', () => {
    // 50 000 × 3% × 365 ÷ 360 = 1520.8333…, to 50 significant digits
    expect(both((c) => c.quotientText(c.product(c.fromMoney(d(50000)), c.fromRate(d('0.03')), 365), 360), (_c, v) => v))
      .toEqual({ fen: `1520.8${'3'.repeat(45)}`, decimal: `1520.8${'3'.repeat(45)}`, failed: false });
    const q = both((c) => c.quotientText(c.lift(c.fromMoney(d('90071.99')), 1), 3_000_000_000_000_001), (_c, v) => v);
    expect(q).toEqual({ fen: q.decimal, decimal: '0.000000000030023996666666656658667777777781113777407407406295', failed: false });
  });
});

describe('shares to four decimals (I-9, I-12)', () => {
  it('rounds a share whose numerator × 10^4 passes 2^53 from the exact value, either sign', () => {
    // 3 211 638 937 330.24 ÷ 6 414 938 454 669.41 = 0.500645…: 0.5006 (floating division would give 0.5007)
    expect(both((c) => c.share4(c.fromMoney(d('3211638937330.24')), c.fromMoney(d('6414938454669.41'))), rateText)).toEqual({ fen: '0.5006', decimal: '0.5006', failed: false });
    expect(both((c) => c.share4(c.fromMoney(d('-3211638937330.24')), c.fromMoney(d('6414938454669.41'))), rateText)).toEqual({ fen: '-0.5006', decimal: '-0.5006', failed: false });
  });

  it('rounds a quotient half up to 4 decimals, either sign, the same over both calculators', () => {
    const cases: [string, string, string][] = [
      ['1', '3', '0.3333'], ['2', '3', '0.6667'], ['1', '32', '0.0313'], ['-1', '32', '-0.0313'], ['1', '8', '0.125'], ['3', '2', '1.5'],
    ];
    for (const [a, b, share] of cases) {
      expect(both((c) => c.share4(c.fromMoney(d(a)), c.fromMoney(d(b))), rateText)).toEqual({ fen: share, decimal: share, failed: false });
    }
  });
});

describe('texts of values', () => {
  it('writes money and rates as Decimal does, over both calculators', () => {
    for (const [v, fixed, plain] of [['0', '0.00', '0'], ['12000.5', '12000.50', '12000.5'], ['-0.05', '-0.05', '-0.05'], ['90071992547409.91', '90071992547409.91', '90071992547409.91'], ['-3.1', '-3.10', '-3.1']]) {
      expect(both((c) => c.fromMoney(d(v as string)), (c, m) => c.fixedText(m as never))).toEqual({ fen: fixed, decimal: fixed, failed: false });
      expect(both((c) => c.fromMoney(d(v as string)), (c, m) => c.moneyText(m as never))).toEqual({ fen: plain, decimal: plain, failed: false });
    }
    for (const r of ['0', '0.0435', '0.000001', '1.15', '-0.2', '12']) {
      expect(both((c) => c.fromRate(d(r)), (c, x) => c.rateText(x as never))).toEqual({ fen: r, decimal: r, failed: false });
    }
    for (const [r, percent] of [['0.0435', '4.35%'], ['0.000001', '0.0001%'], ['1.15', '115%'], ['0', '0%']]) {
      expect(both((c) => c.fromRate(d(r as string)), (c, x) => c.percentText(x as never))).toEqual({ fen: percent, decimal: percent, failed: false });
    }
  });
});

describe('exactly', () => {
  it('gives the whole-fen result when every value fits', () => {
    const r = exactly((c) => c.roundFen(c.product(c.fromMoney(d(50000)), c.fromRate(d('0.03')), 360), 360));
    expect(r.calc.name).toBe('fen');
    expect(r.calc.money(r.value).toString()).toBe('1500');
  });

  it('runs the same arithmetic again over Decimal when a value does not fit, and clears a failure left from before', () => {
    const r = exactly((c) => c.add(c.fromMoney(d('0.125')), c.fromMoney(d('0.25'))));
    expect(r.calc.name).toBe('decimal');
    expect(r.calc.money(r.value).toString()).toBe('0.375');
    FEN.failed = true;
    const again = exactly((c) => c.add(c.fromMoney(d('0.12')), c.fromMoney(d('0.25'))));
    expect(again.calc.name).toBe('fen');
    expect(again.calc.money(again.value).toString()).toBe('0.37');
  });

  it('never marks the Decimal calculator failed', () => {
    expect(DECIMAL.failed).toBe(false);
    expect(DECIMAL.name).toBe('decimal');
    expect(FEN.name).toBe('fen');
  });
});
