/**
 * 二（三）9 (clause 2.3.9) — the input of the dividend split read and checked: the pool in whole fen,
 * each holder's share as a whole number over a power of ten (or a Decimal when it has too many
 * digits), every problem an issue at its path, a holder named by its position, never by its label.
 *
 * > 形成的资产收益分红权折股量化到低收入农户和村集体。
 *
 * @module
 * @internal
 */
import { once } from '../core/once.js';
import { Decimal } from '../core/decimal.js';
import { PolicyInputError, type PathSegment, type PolicyIssue } from '../core/errors.js';
import { decimalOfScaled } from '../core/scaled.js';
import type { Text } from '../core/trace.js';
import { decimalSchema, moneySchema, toPolicyIssues } from '../core/validate.js';
import { mayBePersonal } from '../schema/personal.js';
import { DIVIDEND_SHARES_TEXT as TEXT } from './messages/dividend-shares.js';

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
/** Fen per yuan. */
const FEN = new Decimal(100);
/** Decimal places of a fen. */
const FEN_PLACES = 2;

const poolSchema = once(() => moneySchema());
const shareSchema = once(() => decimalSchema({ what: 'amount' }));

function issue(path: readonly PathSegment[], code: string, text: Text): PolicyIssue {
  return { path, code, message: text.en, messageZh: text.zh };
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
        issues.push(issue(['shares'], 'invalid_key', TEXT.keysNotText));
        return undefined;
      }
      keys.push(k);
      values.push(v);
    }
    return { keys, values };
  }
  if (typeof shares !== 'object' || shares === null || Array.isArray(shares)) {
    issues.push(issue(['shares'], 'invalid_type', TEXT.notAnObject));
    return undefined;
  }
  const proto: unknown = Object.getPrototypeOf(shares);
  if (proto !== Object.prototype && proto !== null) {
    issues.push(issue(['shares'], 'invalid_type', TEXT.notAPlainObject));
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
export interface Parsed {
  readonly poolFen: number;
  readonly pool: Decimal;
  readonly holders: readonly string[];
  readonly units: Float64Array;
  readonly places: Uint8Array;
  readonly decimals: readonly Decimal[] | undefined;
}

export function parse(fn: string, pool: unknown, shares: unknown): Parsed {
  let parsed: Parsed | PolicyIssue[];
  try {
    parsed = read(pool, shares);
  } catch {
    // a hostile getter or Proxy: what cannot be read is an input error, like any other
    parsed = [issue([], 'unreadable', TEXT.unreadable)];
  }
  if (Array.isArray(parsed)) throw new PolicyInputError(fn, parsed);
  return parsed as Parsed;
}

function read(pool: unknown, shares: unknown): Parsed | PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const p = parseValue(poolSchema(), pool, ['pool'], issues);
  if (p !== undefined && p.decimalPlaces() > FEN_PLACES) {
    issues.push(issue(['pool'], 'not_whole_fen', TEXT.notWholeFen));
  }
  const entries = entriesOf(shares, issues);
  if (entries === undefined) return issues;
  const { keys, values } = entries;
  const n = keys.length;
  if (n === 0) {
    issues.push(issue(['shares'], 'too_small', TEXT.noHolders));
    return issues;
  }
  if (n > MAX_HOLDERS) {
    issues.push(issue(['shares'], 'too_big', TEXT.tooManyHolders(MAX_HOLDERS)));
    return issues;
  }
  const units = new Float64Array(n);
  const places = new Uint8Array(n);
  /** Shares the schema read (not plainly valid), by position. */
  const slow = new Map<number, Decimal>();
  let positive = false;
  for (let i = 0; i < n; i++) {
    if (issues.length >= MAX_ISSUES) {
      issues.push(issue(['shares'], 'too_many_issues', TEXT.tooManyIssues(MAX_ISSUES)));
      break;
    }
    // a holder is named by its position: its label may be a person's name, which no error repeats
    const key = keys[i] as string;
    if (RESERVED_HOLDERS.has(key)) {
      issues.push(issue(['shares', i], 'reserved_key', TEXT.reservedHolder));
      continue;
    }
    if (mayBePersonal(key)) {
      issues.push(issue(['shares', i], 'holder_looks_like_personal_data', TEXT.holderLooksPersonal));
      continue;
    }
    if (key.length === 0 || key.length > MAX_LABEL) {
      issues.push(issue(['shares', i], 'invalid_key', TEXT.invalidLabel(MAX_LABEL)));
      continue;
    }
    const value = values[i];
    if (value === UNREADABLE) {
      issues.push(issue(['shares', i], 'unreadable', TEXT.unreadable));
      continue;
    }
    if (readShareFast(value, i, units, places)) {
      if (units[i] !== 0) positive = true;
      continue;
    }
    const w = parseValue(shareSchema(), value, ['shares', i], issues);
    if (w !== undefined && w.decimalPlaces() > MAX_SHARE_PLACES) {
      issues.push(issue(['shares', i], 'too_precise', TEXT.tooPrecise(MAX_SHARE_PLACES)));
    } else if (w !== undefined) {
      slow.set(i, w);
      if (!w.isZero()) positive = true;
    }
  }
  if (issues.length === 0 && !positive) {
    issues.push(issue(['shares'], 'zero_total', TEXT.zeroTotal));
  }
  if (issues.length > 0 || p === undefined) return issues;
  const decimals = slow.size === 0 ? undefined : Array.from(keys, (_, i) => slow.get(i) ?? decimalOfScaled(units[i] as number, places[i] as number));
  return { poolFen: Number(p.times(FEN).toFixed(0)), pool: p, holders: keys, units, places, decimals };
}

