/**
 * Validation at the public boundary (zod v4). Every public function parses its input with a schema
 * built from these primitives and throws {@link PolicyInputError} with `{ path, code, message }`
 * issues. Messages come from the table in this file, in English and Chinese, and never quote the
 * rejected value (so no personal data leaks through an error).
 *
 * @module
 */
import { z } from 'zod';
import { Decimal, type DecimalInput } from './decimal.js';
import { PolicyInputError, type PathSegment, type PolicyIssue } from './errors.js';
import { isoDateFromParts } from './calendar.js';
import { plainDataIssue } from './plain-data.js';

export { MAX_OWN_KEYS, plainDataIssue } from './plain-data.js';

/** Largest absolute amount accepted, in yuan (one trillion): far above any real figure, far below float trouble. */
export const MAX_AMOUNT = new Decimal('1e12');
/** Largest count accepted (members, days, persons, visits). */
export const MAX_COUNT = 1_000_000_000;

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A message in English and Chinese. No message takes an input value.
 *
 * @example
 * ```ts
 * const required: Msg = { en: 'is required', zh: '必须填写' };
 * ```
 */
export interface Msg {
  readonly en: string;
  readonly zh: string;
}

/**
 * Adds a custom issue with a stable `code` and both messages (`params: { code, zh }`), at `path`
 * below the value being refined when given.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * z.string().superRefine((v, ctx) => { if (v.length < 2) addIssue(ctx, 'too_short', { en: 'is too short', zh: '太短' }, ['name']); });
 * ```
 */
export function addIssue(ctx: z.RefinementCtx, code: string, msg: Msg, path?: PathSegment[]): void {
  ctx.addIssue({ code: 'custom', message: msg.en, params: { code, zh: msg.zh }, ...(path ? { path } : {}) });
}

/**
 * Adds a custom issue (see {@link addIssue}) and returns `z.NEVER`, for a transform that refuses its value.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * z.any().transform((v, ctx) => (typeof v === 'string' ? v : fail(ctx, 'invalid_type', { en: 'must be text', zh: '必须是文本' })));
 * ```
 */
export function fail(ctx: z.RefinementCtx, code: string, msg: Msg): typeof z.NEVER {
  addIssue(ctx, code, msg);
  return z.NEVER;
}

/** Options for {@link decimalSchema}. */
export interface DecimalSchemaOptions {
  /** Reject values below zero (all money in the plan). Default true. */
  readonly nonNegative?: boolean;
  /** Reject values above this (rates: 1). */
  readonly max?: Decimal;
  /** Reject zero too. */
  readonly positive?: boolean;
  /** Wording of the quantity in messages. */
  readonly what?: 'amount' | 'rate';
}

function toDecimalChecked(value: unknown, ctx: z.RefinementCtx, opts: DecimalSchemaOptions): Decimal {
  let d: Decimal;
  if (value === undefined || value === null) {
    return fail(ctx, 'required', { en: 'is required', zh: '必须填写' });
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return fail(ctx, 'not_a_number', { en: 'must be a number, not NaN', zh: '必须是数字，不能是 NaN' });
    if (!Number.isFinite(value)) return fail(ctx, 'not_finite', { en: 'must be finite', zh: '必须是有限数' });
    d = new Decimal(Object.is(value, -0) ? 0 : value);
  } else if (typeof value === 'string') {
    if (value.length <= 100 && /^\s*[+-]?[\d.]+\s*%\s*$/.test(value)) {
      return fail(ctx, 'percent_sign', {
        en: 'must be a fraction without a percent sign (write 4.35% as "0.0435")',
        zh: '必须是不带百分号的小数（4.35% 写作 "0.0435"）',
      });
    }
    if (value.length <= 100 && /^\s*[+-]?\d{1,3}(,\d{3})+(\.\d+)?\s*$/.test(value)) {
      return fail(ctx, 'thousands_separator', {
        en: 'must be written without thousands separators (write 50,000 as "50000")',
        zh: '不能含千位分隔符（50,000 写作 "50000"）',
      });
    }
    if (value.length > 100 || !DECIMAL_TEXT.test(value)) {
      return fail(ctx, 'invalid_decimal', {
        en: 'must be a decimal number written with digits, such as "1234.50"',
        zh: '必须是用数字书写的十进制数，例如 "1234.50"',
      });
    }
    d = new Decimal(value);
  } else if (Decimal.isDecimal(value)) {
    const v = value as DecimalInput as Decimal;
    if (!v.isFinite()) return fail(ctx, 'not_finite', { en: 'must be finite', zh: '必须是有限数' });
    d = new Decimal(v);
  } else {
    return fail(ctx, 'invalid_type', {
      en: 'must be a number, a decimal string or a Decimal',
      zh: '必须是数字、十进制字符串或 Decimal',
    });
  }
  if (!d.isFinite()) return fail(ctx, 'not_finite', { en: 'must be finite', zh: '必须是有限数' });
  if (d.abs().gt(MAX_AMOUNT)) {
    return fail(ctx, 'out_of_range', { en: 'is out of range (at most 1e12 in absolute value)', zh: '超出范围（绝对值不超过 1e12）' });
  }
  if (d.isZero()) d = new Decimal(0);
  if ((opts.nonNegative ?? true) && d.isNegative()) {
    return fail(ctx, 'negative', { en: 'must not be negative', zh: '不能为负数' });
  }
  if (opts.positive && !d.gt(0)) {
    return fail(ctx, 'not_positive', { en: 'must be greater than zero', zh: '必须大于零' });
  }
  if (opts.max && d.gt(opts.max)) {
    return opts.what === 'rate'
      ? fail(ctx, 'rate_above_one', {
          en: 'must be a fraction of at most 1 (write 4.35% as 0.0435)',
          zh: '必须是不超过 1 的小数（4.35% 写作 0.0435）',
        })
      : fail(ctx, 'too_big', { en: `must be at most ${opts.max.toString()}`, zh: `不能超过 ${opts.max.toString()}` });
  }
  return d;
}

/**
 * A zod schema for an amount or a rate: accepts a decimal string, a finite number or a Decimal and
 * outputs a Decimal. Rejects NaN, ±Infinity, '', 'abc', '1e999' and anything past ±1e12.
 */
export function decimalSchema(opts: DecimalSchemaOptions = {}) {
  return z
    .any()
    .transform((v, ctx): Decimal => toDecimalChecked(v, ctx, opts))
    .meta({
      anyOf: [
        { type: 'string', pattern: DECIMAL_TEXT.source },
        { type: 'number' },
      ],
    });
}

/** Money in yuan: non-negative. */
export const moneySchema = () => decimalSchema({ what: 'amount' });
/** A rate as a fraction in [0, 1] (0.0435 for 4.35%). */
export const rateSchema = () => decimalSchema({ what: 'rate', max: new Decimal(1) });

/** A whole count (members, days, persons): an integer, `min` or more. */
export function countSchema(min = 0) {
  return z.any().transform((v, ctx): number => {
    if (v === undefined || v === null) return fail(ctx, 'required', { en: 'is required', zh: '必须填写' });
    if (typeof v !== 'number') {
      return typeof v === 'string'
        ? fail(ctx, 'invalid_type', { en: 'must be a whole number written as a JSON number, not as text', zh: '必须是数字类型的整数，不能是文本' })
        : fail(ctx, 'invalid_type', { en: 'must be a whole number', zh: '必须是整数' });
    }
    if (Number.isNaN(v)) return fail(ctx, 'not_a_number', { en: 'must be a number, not NaN', zh: '必须是数字，不能是 NaN' });
    if (!Number.isFinite(v)) return fail(ctx, 'not_finite', { en: 'must be finite', zh: '必须是有限数' });
    if (!Number.isInteger(v)) return fail(ctx, 'not_integer', { en: 'must be a whole number', zh: '必须是整数' });
    if (v < min) return fail(ctx, 'too_small', { en: `must be at least ${min}`, zh: `不能小于 ${min}` });
    if (v > MAX_COUNT) return fail(ctx, 'too_big', { en: `must be at most ${MAX_COUNT}`, zh: `不能超过 ${MAX_COUNT}` });
    return v === 0 ? 0 : v;
  }).meta({ type: 'integer', minimum: min });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The calendar date a `Date` stands for. A Date carries an instant, not a day, so it is read as the
 * day it was most likely built for: one at local midnight (`new Date(2023, 4, 13)`) by its local
 * date, one at UTC midnight (`new Date('2023-05-13')`) by its UTC date, and any other instant by its
 * date in China Standard Time (UTC+8), the plan's own time zone. Strings 'YYYY-MM-DD' need no reading.
 */
function calendarDateOf(v: Date, t: number): string | undefined {
  if (v.getHours() === 0 && v.getMinutes() === 0 && v.getSeconds() === 0 && v.getMilliseconds() === 0) {
    return isoDateFromParts(v.getFullYear(), v.getMonth() + 1, v.getDate());
  }
  const s = new Date(t % 86_400_000 === 0 ? t : t + SHANGHAI_OFFSET_MS);
  return isoDateFromParts(s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate());
}

/**
 * A calendar date: 'YYYY-MM-DD' (a real date: 2023-02-30 is rejected) or a valid `Date`, read as the
 * day it was built for (see `calendarDateOf`: local midnight → local date, UTC midnight → UTC date,
 * otherwise the date in China Standard Time), so `new Date(2023, 4, 13)` and `new Date('2023-05-13')`
 * both mean 2023-05-13 in every time zone. Outputs 'YYYY-MM-DD'.
 */
export function dateSchema() {
  return z.any().transform((v, ctx): string => {
    if (v === undefined || v === null) return fail(ctx, 'required', { en: 'is required', zh: '必须填写' });
    if (v instanceof Date) {
      const t = v.getTime();
      if (Number.isNaN(t)) return fail(ctx, 'invalid_date', { en: 'is an invalid Date', zh: '是无效的日期' });
      const iso = calendarDateOf(v, t);
      if (iso === undefined) return fail(ctx, 'invalid_date', { en: 'is out of the supported range of years (1900–2199)', zh: '超出支持的年份范围（1900–2199）' });
      return iso;
    }
    if (typeof v !== 'string') {
      return fail(ctx, 'invalid_type', { en: 'must be a date written YYYY-MM-DD', zh: '必须是 YYYY-MM-DD 格式的日期' });
    }
    const m = ISO_DATE.exec(v);
    if (!m) return fail(ctx, 'invalid_format', { en: 'must be a date written YYYY-MM-DD', zh: '必须是 YYYY-MM-DD 格式的日期' });
    const iso = isoDateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso === undefined) return fail(ctx, 'invalid_date', { en: 'is not a real calendar date (1900–2199)', zh: '不是真实存在的日期（1900–2199 年）' });
    return iso;
  }).meta({ type: 'string', format: 'date' });
}

/** A calendar year, 1900–2199. */
export function yearSchema() {
  return countSchema(1900).pipe(
    z.number().max(2199, { error: 'year must be at most 2199' }),
  ).meta({ type: 'integer', minimum: 1900, maximum: 2199 });
}

/** A boolean, strictly (no 'yes', no 1). */
export function booleanSchema() {
  return z.any().transform((v, ctx): boolean => {
    if (v === undefined || v === null) return fail(ctx, 'required', { en: 'is required', zh: '必须填写' });
    if (typeof v !== 'boolean') return fail(ctx, 'invalid_type', { en: 'must be true or false', zh: '必须是 true 或 false' });
    return v;
  }).meta({ type: 'boolean' });
}

/** A short free-text label (an id, a name of aid): a non-empty string of at most 200 characters. */
export function labelSchema() {
  return z.any().transform((v, ctx): string => {
    if (v === undefined || v === null) return fail(ctx, 'required', { en: 'is required', zh: '必须填写' });
    if (typeof v !== 'string') return fail(ctx, 'invalid_type', { en: 'must be text', zh: '必须是文本' });
    if (v.length === 0) return fail(ctx, 'too_small', { en: 'must not be empty', zh: '不能为空' });
    if (v.length > 200) return fail(ctx, 'too_big', { en: 'must be at most 200 characters', zh: '不能超过 200 个字符' });
    return v;
  }).meta({ type: 'string', minLength: 1, maxLength: 200 });
}

/** The most items a list of an input holds unless its schema says otherwise. */
export const MAX_LIST_ITEMS = 100_000;

/** A list of at most `maxItems` items. */
export function listSchema<T extends z.ZodType>(item: T, maxItems = MAX_LIST_ITEMS) {
  return z.array(item).max(maxItems);
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

const TYPE_ZH: Record<string, string> = {
  object: '对象', array: '数组', string: '文本', number: '数字', boolean: '布尔值', date: '日期',
};

/** An unknown key is named in a message only when it looks like a field name, never like data. */
const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,39}$/;
const DIGIT_RUN = /[0-9]{6}/;
const MAX_KEYS_SHOWN = 10;

/** Unknown keys looked at for names to show: the rest are only counted. */
const MAX_KEYS_READ = 1000;

/**
 * The issue for unknown keys. Keys are named only when they look like field names (ASCII, at most
 * 40 characters, no run of six digits), so an ID number or a name used as a key never appears. At
 * most {@link MAX_KEYS_SHOWN} are named, from the first {@link MAX_KEYS_READ}; the rest are counted.
 */
function unknownKeysIssue(path: PathSegment[], keys: readonly string[]): PolicyIssue {
  const shown: string[] = [];
  for (let i = 0; i < keys.length && i < MAX_KEYS_READ && shown.length < MAX_KEYS_SHOWN; i++) {
    const k = keys[i] as string;
    if (SAFE_KEY.test(k) && !DIGIT_RUN.test(k)) shown.push(k);
  }
  const hidden = keys.length - shown.length;
  const list = shown.join(', ');
  const en = shown.length === 0
    ? `has ${hidden} unknown key(s) (not shown: they do not look like field names)`
    : `has unknown key(s): ${list}${hidden > 0 ? ` (and ${hidden} more not shown)` : ''}`;
  const zh = shown.length === 0
    ? `含有 ${hidden} 个未知字段（字段名不像字段名称，不予显示）`
    : `含有未知字段：${list}${hidden > 0 ? `（另有 ${hidden} 个未显示）` : ''}`;
  return { path, code: 'unrecognized_keys', message: en, messageZh: zh };
}

/** Turns one zod issue into a bilingual {@link PolicyIssue}, without quoting any input. */
function toIssue(issue: z.core.$ZodIssue): PolicyIssue {
  const path = toPath(issue.path);
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: string; zh?: string };
      return { path, code: params.code ?? 'invalid', message: issue.message, messageZh: params.zh ?? issue.message };
    }
    case 'invalid_type': {
      const expected = String(issue.expected);
      return { path, code: 'invalid_type', message: `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`, messageZh: `必须是${TYPE_ZH[expected] ?? expected}` };
    }
    case 'unrecognized_keys':
      return unknownKeysIssue(path, issue.keys);
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(' | ');
      return { path, code: 'invalid_value', message: `must be one of ${values}`, messageZh: `必须是以下之一：${values}` };
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      return { path, code: 'too_big', message: `must be at most ${String(issue.maximum)}${what ? ` ${what}` : ''}`, messageZh: `不能超过 ${String(issue.maximum)}${issue.origin === 'array' ? ' 项' : ''}` };
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      return { path, code: 'too_small', message: `must have at least ${String(issue.minimum)}${what ? ` ${what}` : ''}`, messageZh: `不能少于 ${String(issue.minimum)}${issue.origin === 'array' ? ' 项' : ''}` };
    }
    case 'invalid_union':
      return { path, code: 'invalid_union', message: 'does not match any accepted form', messageZh: '不符合任何可接受的格式' };
    case 'invalid_format':
      return { path, code: 'invalid_format', message: `must be in ${issue.format} format`, messageZh: `格式必须为 ${issue.format}` };
    default:
      return { path, code: issue.code, message: 'is invalid', messageZh: '无效' };
  }
}

/** Converts zod issues to library issues (exported for the schema module's safe parser). */
export function toPolicyIssues(issues: readonly z.core.$ZodIssue[]): PolicyIssue[] {
  return issues.map(toIssue);
}

/**
 * Parses `input` with `schema`; on failure throws {@link PolicyInputError} naming `fn`.
 * Anything zod or a transform throws unexpectedly (a hostile getter, say) becomes an issue too.
 * Before the schema runs, {@link plainDataIssue} rejects an object that inherits enumerable
 * properties (code `not_plain_object`) or has more than {@link MAX_OWN_KEYS} keys (code
 * `too_many_keys`), at once, at its path. `longestList`, the longest list `schema` accepts
 * anywhere, spares that check the items of a longer array, which the schema refuses by its length
 * alone (a list of a million items where a thousand at most are taken is refused unread).
 */
export function parseInput<S extends z.ZodType>(fn: string, schema: S, input: unknown, longestList?: number): z.output<S> {
  const notPlain = plainDataIssue(input, longestList);
  if (notPlain !== undefined) throw new PolicyInputError(fn, [notPlain]);
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch {
    throw new PolicyInputError(fn, [{ path: [], code: 'unreadable', message: 'could not be read', messageZh: '无法读取' }]);
  }
  if (result.success) return result.data as z.output<S>;
  throw new PolicyInputError(fn, toPolicyIssues(result.error.issues));
}
