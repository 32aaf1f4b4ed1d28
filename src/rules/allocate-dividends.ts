/**
 * 二（三）9. 打造共富联盟促增收行动 (clause 2.3.9) — dividend rights quantified as shares (折股量化).
 *
 * > 对已完成的扶贫项目资产，要设置专人管理，形成的资产收益分红权折股量化到低收入农户和村集体。
 *
 * Reading I-12: a pool of dividends is split among holders in proportion to their shares, exact to
 * the fen by the largest-remainder method, so the parts always add up to the pool: each holder first
 * gets the whole fen below its exact part; the fen left over go one each to the holders with the
 * largest remainders, ties broken by the order of the holders. The arithmetic is done in integers
 * (fen × scaled shares), so no share, however many decimals it has, is ever rounded: in plain
 * numbers when every product stays below 2^53 (shares written with at most 15 decimals, the usual
 * case), in BigInt otherwise — one algorithm, two engines, held equal by property tests.
 *
 * Holder labels may be people's names: they appear in the result and its trace (that is what the
 * caller asked for), never in an error. An issue about one holder names it by its position in
 * `shares`, counted from 0 (`['shares', 2]`, written `shares[2]`).
 *
 * @module
 */
import { decimalOfFen, decimalOfScaled, fenFixed, pow10, quotientText, SAFE, scaledText } from '../core/scaled.js';
import { Decimal, type DecimalInput } from '../core/decimal.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { ALLOCATE_DIVIDENDS_TEXT as TEXT } from './messages/allocate-dividends.js';

/**
 * The holders' shares: a plain object or a Map from a holder's label (a household id, '村集体') to its
 * share, a non-negative weight; the shares must add up to more than zero. Shares are weights, not
 * fractions: `{ a: 1, b: 3 }` gives a a quarter.
 */
export type DividendShares = Readonly<Record<string, DecimalInput>> | ReadonlyMap<string, DecimalInput>;

/** The parts of the pool by holder, in yuan, in the order of the shares. Frozen. */
export type DividendAllocation = Readonly<Record<string, Decimal>>;

/** Result of {@link allocateDividendsWithTrace}. */
export interface DividendAllocationResult {
  /** The parts by holder (what {@link allocateDividends} returns). */
  readonly parts: DividendAllocation;
  readonly trace: Trace;
}

import { parse, type Parsed } from './dividend-shares.js';

/** A non-negative Decimal with at most `places` decimals, as the integer value × 10^places. */
function scaled(value: Decimal, places: number): bigint {
  return BigInt(value.toFixed(places).replace('.', ''));
}

/**
 * The shares as whole numbers over one power of ten (their ratios are the shares' ratios): plain
 * numbers when `poolFen × share + total` stays a safe integer for every share, so that every
 * product and quotient below is exact; BigInt otherwise.
 */
type Scaled =
  | { readonly kind: 'number'; readonly ints: Float64Array; readonly total: number; readonly places: number }
  | { readonly kind: 'bigint'; readonly ints: readonly bigint[]; readonly total: bigint; readonly places: number };

function scaleShares(poolFen: number, p: Parsed): Scaled {
  if (p.decimals !== undefined) return scaleDecimals(p.decimals);
  const n = p.units.length;
  let top = 0;
  for (let i = 0; i < n; i++) if ((p.places[i] as number) > top) top = p.places[i] as number;
  const ints = new Float64Array(n);
  let total = 0;
  let max = 0;
  let safe = true;
  for (let i = 0; i < n; i++) {
    const v = (p.units[i] as number) * pow10(top - (p.places[i] as number));
    ints[i] = v;
    total += v;
    if (v > max) max = v;
    if (!(v <= SAFE)) safe = false;
  }
  // every product poolFen × share, and it plus the total, must be exact
  if (safe && total <= SAFE && poolFen * max <= SAFE - total) return { kind: 'number', ints, total, places: top };
  const big = Array.from(p.units, (u, i) => BigInt(u) * 10n ** BigInt(top - (p.places[i] as number)));
  return { kind: 'bigint', ints: big, total: big.reduce((a, b) => a + b, 0n), places: top };
}

function scaleDecimals(weights: readonly Decimal[]): Scaled {
  const places = weights.reduce((acc, w) => Math.max(acc, w.decimalPlaces()), 0);
  const ints = weights.map((w) => scaled(w, places));
  return { kind: 'bigint', ints, total: ints.reduce((a, b) => a + b, 0n), places };
}

/**
 * The `k`-th largest of `values` (1 ≤ k ≤ values.length), by selection in linear expected time
 * (quickselect on a copy, the pivot a median of three; after too many rounds the rest is sorted).
 */
function kthLargest<T extends number | bigint>(values: ArrayLike<T>, k: number): T {
  const a: T[] = Array.from(values);
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  for (let rounds = 0; lo < hi; rounds++) {
    if (rounds > 64) {
      const rest = a.slice(lo, hi + 1).sort((x, y) => (x > y ? -1 : x < y ? 1 : 0));
      return rest[target - lo] as T;
    }
    const mid = lo + ((hi - lo) >> 1);
    const x = a[lo] as T;
    const y = a[mid] as T;
    const z = a[hi] as T;
    const pivot = (x > y) !== (x > z) ? x : (y > x) !== (y > z) ? y : z;
    // three-way partition, largest first: [lo, lt) > pivot, [lt, gt] = pivot, (gt, hi] < pivot
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] as T;
      if (v > pivot) {
        a[i] = a[lt] as T;
        a[lt] = v;
        lt += 1;
        i += 1;
      } else if (v < pivot) {
        a[i] = a[gt] as T;
        a[gt] = v;
        gt -= 1;
      } else {
        i += 1;
      }
    }
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else return pivot;
  }
  return a[target] as T;
}

/**
 * Gives the `left` fen left over one each to the largest remainders, ties to the holder listed
 * first: every holder whose remainder is above the `left`-th largest gets one, then those whose
 * remainder equals it, in order, until none is left. (The same holders a sort by remainder,
 * largest first and ties in order, would pick, without sorting.)
 */
function giveLeftover<T extends number | bigint>(parts: Float64Array, remainders: ArrayLike<T>, left: number): void {
  if (left <= 0) return;
  const threshold = kthLargest(remainders, left);
  let above = 0;
  for (let i = 0; i < remainders.length; i++) if ((remainders[i] as T) > threshold) above += 1;
  let ties = left - above;
  for (let i = 0; i < remainders.length; i++) {
    const r = remainders[i] as T;
    if (r > threshold) {
      parts[i] = (parts[i] as number) + 1;
    } else if (r === threshold && ties > 0) {
      parts[i] = (parts[i] as number) + 1;
      ties -= 1;
    }
  }
}

/**
 * Whole-number arithmetic for the split, over plain safe integers or BigInt: the largest-remainder
 * algorithm below is written once and runs over either (plain numbers when every product fits, see
 * {@link Scaled}).
 */
interface Ints<T extends number | bigint> {
  of(n: number): T;
  mul(a: T, b: T): T;
  /** `n ÷ d` (d > 0, n ≥ 0): the whole quotient, as a number (it is at most the pool's fen), and the remainder. */
  divmod(n: T, d: T, out: { q: number; r: T }): void;
}

const NUMBERS: Ints<number> = {
  of: (n) => n,
  mul: (a, b) => a * b,
  divmod(n, d, out) {
    let q = Math.floor(n / d);
    let r = n - q * d;
    // the floating quotient may be one off; the integer remainder corrects it
    if (r < 0) { q -= 1; r += d; } else if (r >= d) { q += 1; r -= d; }
    out.q = q;
    out.r = r;
  },
};

const BIGINTS: Ints<bigint> = {
  of: (n) => BigInt(n),
  mul: (a, b) => a * b,
  divmod(n, d, out) {
    const q = n / d;
    out.q = Number(q);
    out.r = n - q * d;
  },
};

/** Largest remainder (I-12): each holder the whole fen below pool × share ÷ total, the fen left over to the largest remainders. */
function splitWith<T extends number | bigint>(I: Ints<T>, poolFen: number, ints: ArrayLike<T>, total: T): Float64Array {
  const n = ints.length;
  const pool = I.of(poolFen);
  const parts = new Float64Array(n);
  const remainders = new Array<T>(n);
  const d = { q: 0, r: I.of(0) };
  let given = 0;
  for (let i = 0; i < n; i++) {
    I.divmod(I.mul(pool, ints[i] as T), total, d);
    parts[i] = d.q;
    remainders[i] = d.r;
    given += d.q;
  }
  giveLeftover(parts, remainders, poolFen - given);
  return parts;
}

/** Each holder's fen, over the engine the shares fit. */
function split(poolFen: number, s: Scaled): Float64Array {
  return s.kind === 'number' ? splitWith(NUMBERS, poolFen, s.ints, s.total) : splitWith(BIGINTS, poolFen, s.ints, s.total);
}

/**
 * Unchecked core: splits `poolFen` fen (a safe integer: the pool is at most 1e12 yuan) by `weights`
 * with the largest-remainder method, in BigInt (the engine the number engine is held equal to).
 * Returns each holder's fen, in the order of the weights.
 * @internal
 */
export function allocateFen(poolFen: bigint, weights: readonly Decimal[]): bigint[] {
  const s = scaleDecimals(weights);
  if (s.kind !== 'bigint') throw new Error('unreachable');
  return Array.from(splitWith(BIGINTS, Number(poolFen), s.ints, s.total), (x) => BigInt(x));
}

/**
 * The number engine on shares given as whole numbers (safe, and with `poolFen × share + total`
 * safe): each holder's fen. For the property test that holds the two engines equal.
 * @internal
 */
export function allocateFenNumber(poolFen: number, ints: readonly number[]): number[] {
  const a = Float64Array.from(ints);
  return Array.from(splitWith(NUMBERS, poolFen, a, a.reduce((x, y) => x + y, 0)));
}

function build(holders: readonly string[], fen: Float64Array): DividendAllocation {
  const out: Record<string, Decimal> = {};
  for (let i = 0; i < holders.length; i++) out[holders[i] as string] = decimalOfFen(fen[i] as number);
  return Object.freeze(out);
}

const TITLE: Text = TEXT.title;

/**
 * Splits a pool of dividends among holders in proportion to their shares, exact to the fen
 * (clause 2.3.9, I-12).
 *
 * 「对已完成的扶贫项目资产，要设置专人管理，形成的资产收益分红权折股量化到低收入农户和村集体。」
 *
 * Largest remainder: each holder gets the whole fen below pool × share / Σ shares; the fen left over
 * go one each to the largest remainders, ties to the holder listed first. The parts always add up
 * to the pool, exactly; a holder with a zero share gets 0. Holders keep the order of `shares` (for
 * a plain object, JavaScript's key order: integer-like keys such as '12' come first, ascending —
 * pass a Map to fix the order of such labels). The result is a frozen plain object.
 *
 * Holder labels may be people's names. They are the keys of the result, and no error ever repeats
 * one: an issue about a holder names it by its position in `shares`, counted from 0, in the order
 * the holders are split in (`Object.keys(shares)` for an object, insertion order for a Map) — path
 * `['shares', 2]`, written `shares[2]` in the message, for the third holder.
 *
 * @param pool - the dividends to split, in yuan: non-negative, at most 2 decimals.
 * @param shares - holder → share (non-negative weights adding up to more than zero), as an object or a Map.
 * @returns holder → part in yuan (Decimal), in the order of `shares`.
 * @throws {@link PolicyInputError} on a negative pool or one with fractions of a fen (path `pool`),
 *   no holders or a zero total (path `shares`), a negative or non-numeric share or one with more than
 *   1000 decimal places (path `['shares', i]`, i the holder's position), a holder named `__proto__`,
 *   `constructor` or `prototype` (code `reserved_key`), an empty label or one longer than 200
 *   characters (code `invalid_key`), a label with 15 or more digits in a row (code
 *   `holder_looks_like_personal_data`), a share behind a getter (code `unreadable`: it is not
 *   called) — each at `['shares', i]` —, more than 1,000,000 holders (code `too_big`), or input that
 *   cannot be read (code `unreadable`).
 * @example
 * ```ts
 * const parts = allocateDividends(100, { a: 1, b: 1, c: 1 });
 * Object.values(parts).map(String); //=> ['33.34', '33.33', '33.33'] (a tie: the first holder gets the extra fen)
 * allocateDividends('1000.00', { 'hh-01': 2, 'hh-02': 1, 村集体: 1 })['村集体']?.toString();
 * //=> '250'
 * allocateDividends(100, { 'hh-01': 1, 王小明: 'abc' });
 * // throws PolicyInputError: shares[1]: must be a decimal number written with digits, such as "1234.50"
 * ```
 */
export function allocateDividends(pool: DecimalInput, shares: DividendShares): DividendAllocation {
  const p = parse('allocateDividends', pool, shares);
  return build(p.holders, split(p.poolFen, scaleShares(p.poolFen, p)));
}

/** Largest total of scaled shares whose exact quotients {@link quotientText} writes. */
const MAX_TEXT_TOTAL = 1e14;

/**
 * {@link allocateDividends} with a trace: the pool, the holders' shares, each holder's exact part and
 * the fen given by largest remainder, citing clause 2.3.9. The trace names each holder by its
 * label, as the result does.
 *
 * @param pool - the dividends to split, in yuan: non-negative, at most 2 decimals.
 * @param shares - holder → share (non-negative weights adding up to more than zero).
 * @returns `{ parts, trace }`; `parts` is what {@link allocateDividends} returns.
 * @throws {@link PolicyInputError} as {@link allocateDividends}.
 * @example
 * ```ts
 * const r = allocateDividendsWithTrace(100, { a: 1, b: 1, c: 1 });
 * explain(r, { locale: 'en' }); // lists each holder's exact part (33.333…) and who gets the extra fen
 * ```
 */
export function allocateDividendsWithTrace(pool: DecimalInput, shares: DividendShares): DividendAllocationResult {
  const p = parse('allocateDividendsWithTrace', pool, shares);
  const s = scaleShares(p.poolFen, p);
  const fen = split(p.poolFen, s);
  const parts = build(p.holders, fen);
  // the texts of the shares, their total and each exact part, from whole numbers when they fit
  // (the same texts the Decimal operations write), else from Decimals
  const whole = s.kind === 'number' && p.decimals === undefined && s.total <= MAX_TEXT_TOTAL ? s : undefined;
  const weights = whole === undefined ? p.decimals ?? Array.from(p.units, (u, i) => decimalOfScaled(u, p.places[i] as number)) : undefined;
  const total = weights === undefined ? undefined : weights.reduce((a, w) => a.plus(w), new Decimal(0));
  const t = new TraceBuilder('allocateDividends', '2.3.9', TITLE)
    .input('pool', p.pool, TEXT.pool)
    .step('totalShares', whole === undefined ? (total as Decimal) : scaledText(whole.total, whole.places), TEXT.totalShares)
    .branch('method', 'largest-remainder', TEXT.largestRemainder, '2.3.9');
  for (let i = 0; i < p.holders.length; i++) {
    const h = p.holders[i] as string;
    let share: Decimal | string;
    let exact: Decimal | string;
    if (whole === undefined) {
      const w = (weights as readonly Decimal[])[i] as Decimal;
      share = w;
      exact = p.pool.times(w).div(total as Decimal);
    } else {
      share = scaledText(p.units[i] as number, p.places[i] as number);
      exact = quotientText(p.poolFen * (whole.ints[i] as number), whole.total, 2);
    }
    t.input(`shares.${h}`, share, TEXT.share(h))
      .step(`exact.${h}`, exact, TEXT.exact(h))
      .result(`part.${h}`, fenFixed(fen[i] as number), TEXT.part(h));
  }
  return Object.freeze({ parts, trace: t.done() });
}
