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
import { PolicyInputError, type PathSegment, type PolicyIssue } from '../core/errors.js';
import { TraceBuilder, type Text, type Trace } from '../core/trace.js';
import { decimalSchema, moneySchema, toPolicyIssues } from '../core/validate.js';

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

/** Holder labels rejected because they would collide with object internals. */
const RESERVED_HOLDERS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Most holders in one allocation. */
const MAX_HOLDERS = 1_000_000;
/** Longest holder label, as for other labels. */
const MAX_LABEL = 200;
/** Most issues listed before the rest are summed up in one (a million bad shares need not be listed). */
const MAX_ISSUES = 100;
/**
 * Most decimal places of a share: shares are exact weights, and a share of 1e-999999 would make the
 * exact split a million-digit computation. 1000 is far more than any share written in digits needs
 * (a decimal string has at most 100 characters; the smallest number, 5e-324, has 324 places).
 */
const MAX_SHARE_PLACES = 1000;
/** A holder label with 15 or more digits in a row could be an ID or bank-card number, which labels must not be. */
const PERSONAL_DIGITS = /[0-9]{15}/;
const HOLDER_LOOKS_PERSONAL = {
  en: 'has a holder label with 15 or more digits in a row: holder labels are echoed in results and traces, so they must not be ID or bank-card numbers',
  zh: '持有人标识含有连续 15 位及以上的数字：持有人标识会出现在结果和计算过程中，不能使用身份证号或银行卡号',
} as const;
/** Fen per yuan. */
const FEN = new Decimal(100);
/** Decimal places of a fen. */
const FEN_PLACES = 2;

const poolSchema = moneySchema();
const shareSchema = decimalSchema({ what: 'amount' });

function issue(path: readonly PathSegment[], code: string, message: string, messageZh: string): PolicyIssue {
  return { path, code, message, messageZh };
}

function parseValue<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } } }, value: unknown, path: readonly PathSegment[], issues: PolicyIssue[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const i of toPolicyIssues(r.error.issues as Parameters<typeof toPolicyIssues>[0])) issues.push({ ...i, path: [...path, ...i.path] });
  return undefined;
}

/** The holders' labels and shares, in order (parallel arrays: a million holders make no pairs). */
interface Entries {
  readonly keys: string[];
  /** The share of each holder, or {@link UNREADABLE} for one behind a getter. */
  readonly values: unknown[];
}

/** The value of a share that cannot be read without calling code (a getter). */
const UNREADABLE: unique symbol = Symbol('unreadable');

/** Own entries of a plain object or a Map, in order, without invoking anything hostile. */
function entriesOf(shares: unknown, issues: PolicyIssue[]): Entries | undefined {
  if (shares instanceof Map) {
    const keys: string[] = [];
    const values: unknown[] = [];
    for (const [k, v] of shares) {
      if (typeof k !== 'string') {
        issues.push(issue(['shares'], 'invalid_key', 'must have text keys (holder labels)', '键必须是文本（持有人标识）'));
        return undefined;
      }
      keys.push(k);
      values.push(v);
    }
    return { keys, values };
  }
  if (typeof shares !== 'object' || shares === null || Array.isArray(shares)) {
    issues.push(issue(['shares'], 'invalid_type', 'must be an object or a Map of holder → share', '必须是“持有人 → 份额”的对象或 Map'));
    return undefined;
  }
  const proto: unknown = Object.getPrototypeOf(shares);
  if (proto !== Object.prototype && proto !== null) {
    issues.push(issue(['shares'], 'invalid_type', 'must be a plain object or a Map of holder → share', '必须是“持有人 → 份额”的普通对象或 Map'));
    return undefined;
  }
  const keys = Object.keys(shares);
  if (keys.length > MAX_HOLDERS) return { keys, values: [] };
  const values: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const desc = Object.getOwnPropertyDescriptor(shares, keys[i] as string);
    values[i] = desc !== undefined && 'value' in desc ? desc.value : UNREADABLE;
  }
  return { keys, values };
}

/** Most decimals of a share read without a Decimal (the powers of ten up to 10^15 are exact). */
const FAST_PLACES = 15;
/** The largest share accepted (the limit on every amount), as a number. */
const MAX_SHARE = 1e12;

/**
 * A share read as `units / 10^places` without building a Decimal, when it is plainly valid: a
 * whole safe number, or digits with at most {@link FAST_PLACES} decimals (as a number's shortest
 * text, which is what decimal.js reads, or as text), non-negative, at most 1e12, `units` a safe
 * integer and `places` the fewest (no trailing zeros). Writes the two into `units[i]`, `places[i]`
 * and returns true; returns false for anything else, which the schema then reads (and reports).
 */
function readShareFast(value: unknown, i: number, units: Float64Array, places: Uint8Array): boolean {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) {
      if (!(value >= 0 && value <= MAX_SHARE)) return false;
      units[i] = value === 0 ? 0 : value;
      places[i] = 0;
      return true;
    }
    if (!(value > 0 && value <= MAX_SHARE)) return false;
    return readDigits(String(value), i, units, places);
  }
  return typeof value === 'string' && value.length <= 40 && readDigits(value, i, units, places);
}

/** Reads `digits[.digits]` (nothing else: no sign, no exponent, no blank) into `units[i]`, `places[i]`. */
function readDigits(text: string, i: number, units: Float64Array, places: Uint8Array): boolean {
  const n = text.length;
  let v = 0;
  let k = 0;
  let digits = 0;
  let wholeDigits = 0;
  let point = -1;
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 46) {
      if (point >= 0 || digits === 0) return false;
      point = j;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return false;
    digits += 1;
    if (point >= 0) {
      k += 1;
      if (k > FAST_PLACES) return false;
    } else if (v !== 0 || d !== 0) {
      wholeDigits += 1;
      // 13 digits or more before the point: 1e12 or beyond, left to the schema's range check
      if (wholeDigits > 12) return false;
    }
    v = v * 10 + d;
  }
  if (digits === 0 || point === n - 1 || !Number.isSafeInteger(v)) return false;
  while (k > 0 && v % 10 === 0) {
    v /= 10;
    k -= 1;
  }
  units[i] = v;
  places[i] = k;
  return true;
}

/**
 * The parsed input. Each share is `units[i] / 10^places[i]` when it was read without a Decimal; when
 * any share needed the schema, `decimals` holds every share as a Decimal instead.
 */
interface Parsed {
  readonly poolFen: number;
  readonly pool: Decimal;
  readonly holders: readonly string[];
  readonly units: Float64Array;
  readonly places: Uint8Array;
  readonly decimals: readonly Decimal[] | undefined;
}

function parse(fn: string, pool: unknown, shares: unknown): Parsed {
  let parsed: Parsed | PolicyIssue[];
  try {
    parsed = read(pool, shares);
  } catch {
    // a hostile getter or Proxy: what cannot be read is an input error, like any other
    parsed = [issue([], 'unreadable', 'could not be read', '无法读取')];
  }
  if (Array.isArray(parsed)) throw new PolicyInputError(fn, parsed);
  return parsed as Parsed;
}

function read(pool: unknown, shares: unknown): Parsed | PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const p = parseValue(poolSchema, pool, ['pool'], issues);
  if (p !== undefined && p.decimalPlaces() > FEN_PLACES) {
    issues.push(issue(['pool'], 'not_whole_fen', 'must be a whole number of fen (at most 2 decimals)', '必须精确到分（最多 2 位小数）'));
  }
  const entries = entriesOf(shares, issues);
  if (entries === undefined) return issues;
  const { keys, values } = entries;
  const n = keys.length;
  if (n === 0) {
    issues.push(issue(['shares'], 'too_small', 'must name at least one holder', '至少要有一个持有人'));
    return issues;
  }
  if (n > MAX_HOLDERS) {
    issues.push(issue(['shares'], 'too_big', `must name at most ${MAX_HOLDERS} holders`, `持有人不能超过 ${MAX_HOLDERS} 个`));
    return issues;
  }
  const units = new Float64Array(n);
  const places = new Uint8Array(n);
  /** Shares the schema read (not plainly valid), by position. */
  const slow = new Map<number, Decimal>();
  let positive = false;
  for (let i = 0; i < n; i++) {
    if (issues.length >= MAX_ISSUES) {
      issues.push(issue(['shares'], 'too_many_issues', `has more problems than the first ${MAX_ISSUES} listed`, `问题过多，仅列出前 ${MAX_ISSUES} 个`));
      break;
    }
    // a holder is named by its position: its label may be a person's name, which no error repeats
    const key = keys[i] as string;
    if (RESERVED_HOLDERS.has(key)) {
      issues.push(issue(['shares', i], 'reserved_key', 'is a reserved name and cannot be a holder', '是保留名称，不能作为持有人'));
      continue;
    }
    if (PERSONAL_DIGITS.test(key)) {
      issues.push(issue(['shares', i], 'holder_looks_like_personal_data', HOLDER_LOOKS_PERSONAL.en, HOLDER_LOOKS_PERSONAL.zh));
      continue;
    }
    if (key.length === 0 || key.length > MAX_LABEL) {
      issues.push(issue(['shares', i], 'invalid_key', `must be a label of 1 to ${MAX_LABEL} characters`, `持有人标识必须为 1 至 ${MAX_LABEL} 个字符`));
      continue;
    }
    const value = values[i];
    if (value === UNREADABLE) {
      issues.push(issue(['shares', i], 'unreadable', 'could not be read', '无法读取'));
      continue;
    }
    if (readShareFast(value, i, units, places)) {
      if (units[i] !== 0) positive = true;
      continue;
    }
    const w = parseValue(shareSchema, value, ['shares', i], issues);
    if (w !== undefined && w.decimalPlaces() > MAX_SHARE_PLACES) {
      issues.push(issue(['shares', i], 'too_precise', `must have at most ${MAX_SHARE_PLACES} decimal places`, `小数位数不能超过 ${MAX_SHARE_PLACES} 位`));
    } else if (w !== undefined) {
      slow.set(i, w);
      if (!w.isZero()) positive = true;
    }
  }
  if (issues.length === 0 && !positive) {
    issues.push(issue(['shares'], 'zero_total', 'must add up to more than zero', '份额合计必须大于零'));
  }
  if (issues.length > 0 || p === undefined) return issues;
  const decimals = slow.size === 0 ? undefined : Array.from(keys, (_, i) => slow.get(i) ?? decimalOfScaled(units[i] as number, places[i] as number));
  return { poolFen: Number(p.times(FEN).toFixed(0)), pool: p, holders: keys, units, places, decimals };
}

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

/** The number engine: every value a safe integer (see {@link Scaled}), so every operation is exact. */
function splitNumber(poolFen: number, ints: Float64Array, total: number): Float64Array {
  const n = ints.length;
  const parts = new Float64Array(n);
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const numerator = poolFen * (ints[i] as number);
    let q = Math.floor(numerator / total);
    let r = numerator - q * total;
    // the floating quotient may be one off; the integer remainder corrects it
    if (r < 0) { q -= 1; r += total; } else if (r >= total) { q += 1; r -= total; }
    parts[i] = q;
    remainders[i] = r;
    given += q;
  }
  giveLeftover(parts, remainders, poolFen - given);
  return parts;
}

/** The BigInt engine: the same algorithm for shares too large or too precise for plain numbers. */
function splitBigInt(poolFen: number, ints: readonly bigint[], total: bigint): Float64Array {
  const n = ints.length;
  const pool = BigInt(poolFen);
  const parts = new Float64Array(n);
  const remainders: bigint[] = new Array<bigint>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const numerator = pool * (ints[i] as bigint);
    const q = numerator / total;
    // q ≤ poolFen: a safe integer
    parts[i] = Number(q);
    remainders[i] = numerator - q * total;
    given += Number(q);
  }
  giveLeftover(parts, remainders, poolFen - given);
  return parts;
}

/** Each holder's fen, by the engine the shares fit. */
function split(poolFen: number, s: Scaled): Float64Array {
  return s.kind === 'number' ? splitNumber(poolFen, s.ints, s.total) : splitBigInt(poolFen, s.ints, s.total);
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
  return Array.from(splitBigInt(Number(poolFen), s.ints, s.total), (x) => BigInt(x));
}

/**
 * The number engine on shares given as whole numbers (safe, and with `poolFen × share + total`
 * safe): each holder's fen. For the property test that holds the two engines equal.
 * @internal
 */
export function allocateFenNumber(poolFen: number, ints: readonly number[]): number[] {
  const a = Float64Array.from(ints);
  return Array.from(splitNumber(poolFen, a, a.reduce((x, y) => x + y, 0)));
}

function build(holders: readonly string[], fen: Float64Array): DividendAllocation {
  const out: Record<string, Decimal> = {};
  for (let i = 0; i < holders.length; i++) out[holders[i] as string] = decimalOfFen(fen[i] as number);
  return Object.freeze(out);
}

const TITLE: Text = Object.freeze({ zh: '资产收益分红权折股量化', en: 'Dividend rights quantified as shares' });

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
 * allocateDividends('1000.00', { 'hh-01': 2, 'hh-02': 1, 村集体: 1 })['村集体'].toString();
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
    .input('pool', p.pool, { zh: '待分配的资产收益（元）', en: 'dividends to split (yuan)' })
    .step('totalShares', whole === undefined ? (total as Decimal) : scaledText(whole.total, whole.places), { zh: '份额合计', en: 'total shares' })
    .branch('method', 'largest-remainder', {
      zh: '「形成的资产收益分红权折股量化到低收入农户和村集体」：按份额比例分配，先取整到分，余下的分按余数从大到小逐一补足（余数相同按列出顺序），各份之和等于总额（I-12）',
      en: 'dividend rights quantified as shares: split in proportion to the shares, each part first cut to the fen, the fen left over given one each by largest remainder (ties in the order listed), so the parts add up to the pool (I-12)',
    }, '2.3.9');
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
    t.input(`shares.${h}`, share, { zh: `持有人 ${h} 的份额`, en: `share of holder ${h}` })
      .step(`exact.${h}`, exact, { zh: `持有人 ${h} 的精确份额（元）`, en: `exact part of holder ${h} (yuan)` })
      .result(`part.${h}`, fenFixed(fen[i] as number), { zh: `持有人 ${h} 分得（元）`, en: `part of holder ${h} (yuan)` });
  }
  return Object.freeze({ parts, trace: t.done() });
}
