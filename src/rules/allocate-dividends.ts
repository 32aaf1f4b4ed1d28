/**
 * 二（三）9. 打造共富联盟促增收行动 (clause 2.3.9) — dividend rights quantified as shares (折股量化).
 *
 * > 对已完成的扶贫项目资产，要设置专人管理，形成的资产收益分红权折股量化到低收入农户和村集体。
 *
 * Reading I-12: a pool of dividends is split among holders in proportion to their shares, exact to
 * the fen by the largest-remainder method, so the parts always add up to the pool: each holder first
 * gets the whole fen below its exact part; the fen left over go one each to the holders with the
 * largest remainders, ties broken by the order of the holders. The arithmetic is done in integers
 * (fen × scaled shares), so no share, however many decimals it has, is ever rounded.
 *
 * @module
 */
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

/** Own entries of a plain object or a Map, in order, without invoking anything hostile. */
function entriesOf(shares: unknown, issues: PolicyIssue[]): [string, unknown][] | undefined {
  if (shares instanceof Map) {
    const out: [string, unknown][] = [];
    for (const [k, v] of shares) {
      if (typeof k !== 'string') {
        issues.push(issue(['shares'], 'invalid_key', 'must have text keys (holder labels)', '键必须是文本（持有人标识）'));
        return undefined;
      }
      out.push([k, v]);
    }
    return out;
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
  const out: [string, unknown][] = [];
  for (const key of Object.keys(shares)) {
    const desc = Object.getOwnPropertyDescriptor(shares, key);
    if (desc === undefined || !('value' in desc)) {
      issues.push(issue(['shares', key], 'unreadable', 'could not be read', '无法读取'));
      continue;
    }
    out.push([key, desc.value]);
  }
  return out;
}

interface Parsed {
  readonly poolFen: bigint;
  readonly pool: Decimal;
  readonly holders: readonly string[];
  readonly shares: readonly Decimal[];
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
  const holders: string[] = [];
  const weights: Decimal[] = [];
  if (entries !== undefined) {
    if (entries.length === 0) {
      issues.push(issue(['shares'], 'too_small', 'must name at least one holder', '至少要有一个持有人'));
    } else if (entries.length > MAX_HOLDERS) {
      issues.push(issue(['shares'], 'too_big', `must name at most ${MAX_HOLDERS} holders`, `持有人不能超过 ${MAX_HOLDERS} 个`));
    }
    for (const [key, value] of entries.length > MAX_HOLDERS ? [] : entries) {
      if (issues.length >= MAX_ISSUES) {
        issues.push(issue(['shares'], 'too_many_issues', `has more problems than the first ${MAX_ISSUES} listed`, `问题过多，仅列出前 ${MAX_ISSUES} 个`));
        break;
      }
      if (RESERVED_HOLDERS.has(key)) {
        issues.push(issue(['shares', key], 'reserved_key', 'is a reserved name and cannot be a holder', '是保留名称，不能作为持有人'));
        continue;
      }
      if (PERSONAL_DIGITS.test(key)) {
        // the label is left out of the path: it may be an ID or bank-card number
        issues.push(issue(['shares'], 'holder_looks_like_personal_data', HOLDER_LOOKS_PERSONAL.en, HOLDER_LOOKS_PERSONAL.zh));
        continue;
      }
      if (key.length === 0 || key.length > MAX_LABEL) {
        issues.push(issue(['shares', key.length === 0 ? key : key.slice(0, 40)], 'invalid_key', `must be a label of 1 to ${MAX_LABEL} characters`, `持有人标识必须为 1 至 ${MAX_LABEL} 个字符`));
        continue;
      }
      const w = parseValue(shareSchema, value, ['shares', key], issues);
      if (w !== undefined && w.decimalPlaces() > MAX_SHARE_PLACES) {
        issues.push(issue(['shares', key], 'too_precise', `must have at most ${MAX_SHARE_PLACES} decimal places`, `小数位数不能超过 ${MAX_SHARE_PLACES} 位`));
      } else if (w !== undefined) {
        holders.push(key);
        weights.push(w);
      }
    }
    if (issues.length === 0 && weights.every((w) => w.isZero())) {
      issues.push(issue(['shares'], 'zero_total', 'must add up to more than zero', '份额合计必须大于零'));
    }
  }
  if (issues.length > 0 || p === undefined) return issues;
  return { poolFen: BigInt(p.times(FEN).toFixed(0)), pool: p, holders, shares: weights };
}

/** A non-negative Decimal with at most `places` decimals, as the integer value × 10^places. */
function scaled(value: Decimal, places: number): bigint {
  return BigInt(value.toFixed(places).replace('.', ''));
}

/**
 * Unchecked core: splits `poolFen` fen by `weights` with the largest-remainder method.
 * Returns each holder's fen, in the order of the weights.
 * @internal
 */
export function allocateFen(poolFen: bigint, weights: readonly Decimal[]): bigint[] {
  const places = weights.reduce((acc, w) => Math.max(acc, w.decimalPlaces()), 0);
  const ints = weights.map((w) => scaled(w, places));
  const total = ints.reduce((a, b) => a + b, 0n);
  const parts: bigint[] = new Array<bigint>(ints.length);
  const remainders: bigint[] = new Array<bigint>(ints.length);
  let given = 0n;
  ints.forEach((w, i) => {
    const numerator = poolFen * w;
    const q = numerator / total;
    parts[i] = q;
    remainders[i] = numerator - q * total;
    given += q;
  });
  let left = poolFen - given;
  if (left > 0n) {
    const order = ints.map((_, i) => i).sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra > rb ? -1 : ra < rb ? 1 : a - b;
    });
    for (const i of order) {
      if (left === 0n) break;
      parts[i] = (parts[i] as bigint) + 1n;
      left -= 1n;
    }
  }
  return parts;
}

function build(holders: readonly string[], fen: readonly bigint[]): DividendAllocation {
  const entries = holders.map((h, i): [string, Decimal] => [h, new Decimal((fen[i] as bigint).toString()).div(FEN)]);
  return Object.freeze(Object.fromEntries(entries));
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
 * @param pool - the dividends to split, in yuan: non-negative, at most 2 decimals.
 * @param shares - holder → share (non-negative weights adding up to more than zero), as an object or a Map.
 * @returns holder → part in yuan (Decimal), in the order of `shares`.
 * @throws {@link PolicyInputError} on a negative pool or one with fractions of a fen (path `pool`),
 *   no holders or a zero total (path `shares`), a negative or non-numeric share or one with more than
 *   1000 decimal places (path `shares.<holder>`), a holder named `__proto__`, `constructor` or
 *   `prototype` (code `reserved_key`), a holder label with 15 or more digits in a row (code
 *   `holder_looks_like_personal_data`, path `shares`: the label is not repeated), or input that
 *   cannot be read (code `unreadable`).
 * @example
 * ```ts
 * const parts = allocateDividends(100, { a: 1, b: 1, c: 1 });
 * Object.values(parts).map(String); //=> ['33.34', '33.33', '33.33'] (a tie: the first holder gets the extra fen)
 * allocateDividends('1000.00', { 'hh-01': 2, 'hh-02': 1, 村集体: 1 })['村集体'].toString();
 * //=> '250'
 * ```
 */
export function allocateDividends(pool: DecimalInput, shares: DividendShares): DividendAllocation {
  const p = parse('allocateDividends', pool, shares);
  return build(p.holders, allocateFen(p.poolFen, p.shares));
}

/**
 * {@link allocateDividends} with a trace: the pool, the holders' shares, each holder's exact part and
 * the fen given by largest remainder, citing clause 2.3.9.
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
  const fen = allocateFen(p.poolFen, p.shares);
  const parts = build(p.holders, fen);
  const total = p.shares.reduce((a, w) => a.plus(w), new Decimal(0));
  const t = new TraceBuilder('allocateDividends', '2.3.9', TITLE)
    .input('pool', p.pool, { zh: '待分配的资产收益（元）', en: 'dividends to split (yuan)' })
    .step('totalShares', total, { zh: '份额合计', en: 'total shares' })
    .branch('method', 'largest-remainder', {
      zh: '「形成的资产收益分红权折股量化到低收入农户和村集体」：按份额比例分配，先取整到分，余下的分按余数从大到小逐一补足（余数相同按列出顺序），各份之和等于总额（I-12）',
      en: 'dividend rights quantified as shares: split in proportion to the shares, each part first cut to the fen, the fen left over given one each by largest remainder (ties in the order listed), so the parts add up to the pool (I-12)',
    }, '2.3.9');
  p.holders.forEach((h, i) => {
    const w = p.shares[i] as Decimal;
    const exact = p.pool.times(w).div(total);
    const part = parts[h] as Decimal;
    t.input(`shares.${h}`, w, { zh: `持有人 ${h} 的份额`, en: `share of holder ${h}` })
      .step(`exact.${h}`, exact, { zh: `持有人 ${h} 的精确份额（元）`, en: `exact part of holder ${h} (yuan)` })
      .result(`part.${h}`, part.toFixed(2), { zh: `持有人 ${h} 分得（元）`, en: `part of holder ${h} (yuan)` });
  });
  return Object.freeze({ parts, trace: t.done() });
}
