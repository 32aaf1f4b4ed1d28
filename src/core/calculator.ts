/**
 * The calculators every rule's arithmetic runs over (the dinero.js v2 model): a clause is written
 * once, as a function of a calculator `c`, and runs exactly on either engine:
 *
 * - {@link DECIMAL}: the reference, decimal.js values for everything, any size, any precision;
 * - {@link FEN}: plain integers below 2^53: money in whole fen, rates as integers over 10^6, and
 *   products of money, a rate and a whole number (interest before its division) in fen × 10^-6,
 *   as BigInts when they pass 2^53 (a population's sums). A money or rate operation whose exact
 *   result would not fit marks the calculator `failed`, and the caller runs the same function again
 *   over {@link DECIMAL}.
 *
 * Three kinds of value: `M` an amount of money, `R` a rate or share, `P` an exact product
 * money × rate × whole number (what a rule divides and rounds once, at its end, I-12).
 *
 * @module
 */
import { Decimal, formatPercent, formatYuan, roundQuotient } from './decimal.js';
import { decimalOfFen, decimalOfScaled, divHalfUp, fenFixed, fenOfDecimal, quotientText as scaledQuotientText, SAFE, scaledOfDecimal, scaledText } from './scaled.js';

/** The operations a rule's arithmetic may use. */
export interface Calculator<M, R, P> {
  readonly name: 'decimal' | 'fen';
  /** Set when a {@link FEN} operation could not give an exact result; never set on {@link DECIMAL}. */
  failed: boolean;
  readonly zero: M;
  readonly zeroProduct: P;
  add(a: M, b: M): M;
  sub(a: M, b: M): M;
  /** `a × n` for a whole number `n` (a balance over days, a line over members). */
  mulInt(a: M, n: number): M;
  /** −1, 0 or 1. */
  cmp(a: M, b: M): number;
  min(a: M, b: M): M;
  /** `a × b`, exact. */
  rateMul(a: R, b: R): R;
  rateAdd(a: R, b: R): R;
  rateSub(a: R, b: R): R;
  rateCmp(a: R, b: R): number;
  /** `m × r × n`, exact. */
  product(m: M, r: R, n: number): P;
  /** `m × n` as a product (at the rate 1). */
  lift(m: M, n: number): P;
  addProduct(a: P, b: P): P;
  cmpProduct(a: P, b: P): number;
  /** Compares `a` with `b × r`, exactly: −1, 0 or 1 (a share of an amount, a growth factor over it). */
  cmpTimes(a: M, b: M, r: R): number;
  /** `p ÷ n` rounded half up to the fen (四舍五入, I-12), from the exact value. */
  roundFen(p: P, n: number): M;
  /** `p ÷ n` rounded up to the fen (I-8). */
  roundFenUp(p: P, n: number): M;
  /** `a` cut down to the fen. */
  floorFen(a: M): M;
  /** `a ÷ b` rounded half up to 4 decimals, as a rate (I-9 reports); `b` > 0. */
  share4(a: M, b: M): R;
  /** What a trace shows: an amount as `Decimal#toString` writes it, a rate as `formatPercent`, `p ÷ n` exactly. */
  moneyText(a: M): string;
  /** An amount as `Decimal#toFixed(2)` writes it, a rate as `Decimal#toString` writes it. */
  fixedText(a: M): string;
  rateText(r: R): string;
  percentText(r: R): string;
  quotientText(p: P, n: number): string;
  /** The library's Decimal of each kind of value. */
  money(a: M): Decimal;
  rate(r: R): Decimal;
  exact(p: P): Decimal;
  /** A Decimal as this calculator's money or rate; the FEN calculator marks itself failed when it does not fit. */
  fromMoney(d: Decimal): M;
  fromRate(d: Decimal): R;
}

/** Any calculator (for functions generic over the engine). */
export type AnyCalculator = Calculator<unknown, unknown, unknown>;

/** `numerator / denominator` rounded up (toward +∞) to `places` decimals, exactly; denominator > 0. */
function ceilQuotient(numerator: Decimal, denominator: Decimal, places: number): Decimal {
  const scale = new Decimal(10).pow(places);
  const q = numerator.times(scale).div(denominator);
  const whole = q.toDecimalPlaces(0, Decimal.ROUND_FLOOR);
  const exact = whole.times(denominator).eq(numerator.times(scale));
  return (exact ? whole : whole.plus(1)).div(scale);
}

/** The reference calculator: decimal.js for every value. */
export const DECIMAL: Calculator<Decimal, Decimal, Decimal> = {
  name: 'decimal',
  failed: false,
  zero: new Decimal(0),
  zeroProduct: new Decimal(0),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mulInt: (a, n) => a.times(n),
  cmp: (a, b) => a.cmp(b),
  min: (a, b) => (b.lt(a) ? b : a),
  rateMul: (a, b) => a.times(b),
  rateAdd: (a, b) => a.plus(b),
  rateSub: (a, b) => a.minus(b),
  rateCmp: (a, b) => a.cmp(b),
  product: (m, r, n) => m.times(r).times(n),
  // Stryker disable next-line ConditionalExpression: equivalent: m × 1 has the value of m; the test only saves a multiplication
  lift: (m, n) => (n === 1 ? m : m.times(n)),
  addProduct: (a, b) => a.plus(b),
  cmpProduct: (a, b) => a.cmp(b),
  cmpTimes: (a, b, r) => a.cmp(b.times(r)),
  roundFen: (p, n) => roundQuotient(p, new Decimal(n), 2),
  roundFenUp: (p, n) => ceilQuotient(p, new Decimal(n), 2),
  floorFen: (a) => a.toDecimalPlaces(2, Decimal.ROUND_DOWN),
  share4: (a, b) => roundQuotient(a, b, 4),
  moneyText: (a) => a.toString(),
  fixedText: (a) => formatYuan(a),
  rateText: (r) => r.toString(),
  percentText: (r) => formatPercent(r),
  quotientText: (p, n) => p.div(n).toString(),
  money: (a) => a,
  rate: (r) => r,
  exact: (p) => p,
  fromMoney: (d) => d,
  fromRate: (d) => d,
};

/** Rates in the FEN calculator are integers over this. */
export const RATE_SCALE = 1_000_000;
/** Decimal places of a rate in the FEN calculator. */
export const RATE_DIGITS = 6;

/**
 * The FEN calculator's check: a safe integer, or the calculator is marked failed. Here and in every
 * whole-fen operation the bound is written `Number.MAX_SAFE_INTEGER` in place, not as a module
 * constant: the optimising compiler folds it into the comparison, where a module's constant is read
 * from memory and unboxed on every call (the population path measured about a sixth slower).
 */
function safe(c: { failed: boolean }, v: number): number {
  if (!(Math.abs(v) <= Number.MAX_SAFE_INTEGER)) c.failed = true;
  return v;
}

/** `n / d` rounded up (toward +∞), for safe integers n and d > 0, corrected by the integer remainder. */
function divUp(n: number, d: number): number {
  let q = Math.floor(n / d);
  let r = n - q * d;
  // Stryker disable next-line all: equivalent: floating division of safe integers is correctly rounded, so the floor is never one below the true quotient, and one above only when the fraction is at least one half, where rounding up gives the same result
  if (r < 0) { q -= 1; r += d; } else if (r >= d) { q += 1; r -= d; }
  return r > 0 ? q + 1 : q;
}

/** A product of the whole-fen calculator: a safe integer, or a BigInt past 2^53. */
export type FenProduct = number | bigint;

/** `v` as a BigInt; a value that is not a safe integer marks `c` failed (it never is on a run that has not failed). */
function big(c: { failed: boolean }, v: FenProduct): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isSafeInteger(v)) { c.failed = true; return 0n; }
  return BigInt(v);
}

/** A BigInt product back as a number where it fits (so sums of products stay plain numbers while they can). */
const narrow = (v: bigint): FenProduct => (v <= BIG_SAFE && v >= -BIG_SAFE ? Number(v) : v);
const BIG_SAFE = BigInt(SAFE);
const BIG_RATE_SCALE = BigInt(RATE_SCALE);

/** `n / d` rounded half away from zero, for BigInts, d > 0. */
function bigDivHalfUp(n: bigint, d: bigint): bigint {
  // Stryker disable next-line EqualityOperator: equivalent: zero is its own negation (a BigInt has no −0)
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = a / d + (2n * (a % d) >= d ? 1n : 0n);
  return neg ? -q : q;
}

/** `n / d` rounded up (toward +∞), for BigInts, d > 0. */
function bigDivUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d > 0n ? q + 1n : q;
}

/** A BigInt quotient as money: a safe integer, or `c` marked failed. */
function moneyOfBig(c: { failed: boolean }, v: bigint): number {
  return safe(c, Number(v));
}

/** `m × r × n` (or `m × 10^6 × n` for a lift), exact: a number below 2^53, else a BigInt. */
function wideProduct(c: { failed: boolean }, m: number, r: number, n: number): FenProduct {
  const a = m * r;
  const v = a * n;
  // Stryker disable next-line EqualityOperator: equivalent: it only sends products that fit to the BigInt path below, which gives the same value, narrowed back to a number
  if (Math.abs(a) <= Number.MAX_SAFE_INTEGER && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v;
  return narrow(big(c, m) * big(c, r) * big(c, n));
}

/** The sum of two products, exact. */
function wideSum(c: { failed: boolean }, a: FenProduct, b: FenProduct): FenProduct {
  // Stryker disable next-line StringLiteral,BlockStatement: equivalent: they only send a sum of two numbers to the BigInt path below, which gives the same value, narrowed back to a number where it fits
  if (typeof a === 'number' && typeof b === 'number') {
    const v = a + b;
    // Stryker disable next-line EqualityOperator: equivalent: it only sends sums that fit to the BigInt path below, which gives the same value, narrowed back to a number
    if (Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v;
  }
  return narrow(big(c, a) + big(c, b));
}

/** Compares two products, exactly (JavaScript compares a BigInt with a number exactly). */
function wideCmp(a: FenProduct, b: FenProduct): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A product's exact value in fen × 10^-(2 + RATE_DIGITS), as a Decimal. */
function decimalOfProduct(p: FenProduct): Decimal {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: both forms give the same Decimal of a product (scaledText writes a BigInt as it writes a number, and a number product is a safe integer, written without an exponent)
  return typeof p === 'number' ? decimalOfScaled(p, 2 + RATE_DIGITS) : new Decimal(`${p}e-${2 + RATE_DIGITS}`);
}

/**
 * The whole-number calculator: money in fen, rates × 10^6, all safe integers; products in
 * fen × 10^-6, safe integers or BigInts past 2^53. Single-threaded use: reset `failed` before a run,
 * read it after.
 */
export const FEN: Calculator<number, number, FenProduct> = {
  name: 'fen',
  // Stryker disable next-line BooleanLiteral: equivalent: every run sets failed to false before it reads it
  failed: false,
  zero: 0,
  zeroProduct: 0,
  add(a, b) { return safe(this, a + b); },
  sub(a, b) { return safe(this, a - b); },
  mulInt(a, n) { return safe(this, a * n); },
  cmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  // Stryker disable next-line EqualityOperator: equivalent: two equal numbers are the same value, whichever is returned
  min: (a, b) => (b < a ? b : a),
  rateMul(a, b) {
    const p = safe(this, a * b);
    const q = p / RATE_SCALE;
    if (!Number.isInteger(q)) this.failed = true;
    return q;
  },
  rateAdd(a, b) { return safe(this, a + b); },
  rateSub(a, b) { return safe(this, a - b); },
  rateCmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  product(m, r, n) { return wideProduct(this, m, r, n); },
  lift(m, n) { return wideProduct(this, m, RATE_SCALE, n); },
  addProduct(a, b) { return wideSum(this, a, b); },
  cmpProduct: wideCmp,
  cmpTimes(a, b, r) {
    const x = a * RATE_SCALE;
    const y = b * r;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent: it only sends comparisons that fit to the BigInt path below, which gives the same sign
    if (Math.abs(x) <= Number.MAX_SAFE_INTEGER && Math.abs(y) <= Number.MAX_SAFE_INTEGER) return x < y ? -1 : x > y ? 1 : 0;
    return wideCmp(wideProduct(this, a, RATE_SCALE, 1), wideProduct(this, b, r, 1));
  },
  roundFen(p, n) {
    const d = n * RATE_SCALE;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent: both divisions are exact whichever the test chooses: the BigInt one always, the floating one for a safe p even by a divisor past 2^53 (|p| ÷ d is then below 1 and the remainder is |p|)
    if (typeof p === 'number' && d <= Number.MAX_SAFE_INTEGER) return divHalfUp(p, d);
    return moneyOfBig(this, bigDivHalfUp(big(this, p), BigInt(n) * BIG_RATE_SCALE));
  },
  roundFenUp(p, n) {
    const d = n * RATE_SCALE;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent: both divisions are exact whichever the test chooses: the BigInt one always, the floating one for a safe p even by a divisor past 2^53 (p ÷ d is then between −1 and 1, and only the remainder's sign, which is exact, decides)
    if (typeof p === 'number' && d <= Number.MAX_SAFE_INTEGER) return divUp(p, d);
    return moneyOfBig(this, bigDivUp(big(this, p), BigInt(n) * BIG_RATE_SCALE));
  },
  floorFen: (a) => a,
  share4(a, b) {
    const scaled = a * 10_000;
    // Stryker disable next-line EqualityOperator: equivalent: it only sends shares whose numerator fits to the BigInt path below, which gives the same value
    if (Math.abs(scaled) <= Number.MAX_SAFE_INTEGER) return safe(this, divHalfUp(scaled, b) * 100);
    // a share of nothing is left to the Decimal calculator, as when it fits
    if (b === 0) { this.failed = true; return 0; }
    return safe(this, moneyOfBig(this, bigDivHalfUp(big(this, a) * 10_000n, big(this, b))) * 100);
  },
  moneyText: (a) => scaledText(a, 2),
  fixedText: (a) => fenFixed(a),
  rateText: (r) => scaledText(r, RATE_DIGITS),
  // a rate over 10^6 is a percentage over 10^4: exact, as formatPercent writes it (6 decimals at most)
  percentText: (r) => `${scaledText(r, RATE_DIGITS - 2)}%`,
  // Stryker disable next-line StringLiteral: equivalent: it only sends a number product to the Decimal division, which writes the same text
  quotientText: (p, n) => (typeof p === 'number' && n <= 1e14 ? scaledQuotientText(p, n, 2 + RATE_DIGITS) : decimalOfProduct(p).div(n).toString()),
  money: (a) => decimalOfFen(a),
  rate: (r) => decimalOfScaled(r, RATE_DIGITS),
  exact: decimalOfProduct,
  fromMoney(d) {
    const v = fenOfDecimal(d);
    if (Number.isNaN(v)) { this.failed = true; return 0; }
    return v;
  },
  fromRate(d) {
    const v = scaledOfDecimal(d, RATE_DIGITS);
    if (Number.isNaN(v)) { this.failed = true; return 0; }
    return v;
  },
};

/**
 * Runs `algorithm` over {@link FEN} and, when a value does not fit, again over {@link DECIMAL}; gives
 * the result with the calculator that produced it, so the caller reads its values exactly.
 *
 * @example
 * ```ts
 * const r = exactly((c) => c.roundFen(c.product(c.fromMoney(new Decimal(50000)), c.fromRate(new Decimal('0.03')), 360), 360));
 * r.calc.money(r.value).toString(); //=> '1500'
 * ```
 */
export function exactly<T>(algorithm: <M, R, P>(c: Calculator<M, R, P>) => T): { value: T; calc: AnyCalculator } {
  FEN.failed = false;
  const fast = algorithm(FEN);
  if (!FEN.failed) return { value: fast, calc: FEN as AnyCalculator };
  return { value: algorithm(DECIMAL), calc: DECIMAL as AnyCalculator };
}
