/**
 * Calendar helpers on date-fns (I-3, I-10). Dates travel as 'YYYY-MM-DD' strings; date-fns does the
 * arithmetic in a UTC context (its `in` option with {@link UtcDate}), so nothing depends on the
 * machine's time zone: not daylight saving, not a zone that once skipped a day (Pacific/Apia on
 * 2011-12-30).
 *
 * @module
 */
// One module per function (date-fns' own subpaths): the package root would load all of date-fns.
import { addDays as addDaysFns } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

/**
 * A Date whose calendar fields are read and written in UTC, so date-fns computes calendar days
 * the same way in every time zone. Internal: passed to date-fns through {@link utc}.
 */
export class UtcDate extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(y: number, m?: number, d?: number): number {
    return m === undefined ? this.setUTCFullYear(y) : d === undefined ? this.setUTCFullYear(y, m) : this.setUTCFullYear(y, m, d);
  }
  override setMonth(m: number, d?: number): number {
    return d === undefined ? this.setUTCMonth(m) : this.setUTCMonth(m, d);
  }
  override setDate(d: number): number { return this.setUTCDate(d); }
  override setHours(h: number, m?: number, s?: number, ms?: number): number {
    return this.setUTCHours(h, m ?? this.getUTCMinutes(), s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setMinutes(m: number, s?: number, ms?: number): number {
    return this.setUTCMinutes(m, s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(s: number, ms?: number): number { return this.setUTCSeconds(s, ms ?? this.getUTCMilliseconds()); }
  override setMilliseconds(ms: number): number { return this.setUTCMilliseconds(ms); }
}

/** The date-fns context that makes every calendar computation UTC. */
const utc = (value: Date | number | string): UtcDate => new UtcDate(value instanceof Date ? value.getTime() : value);
const IN_UTC = { in: utc } as const;

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Builds 'YYYY-MM-DD' from parts, or undefined when they name no real date (or a year outside 1900–2199). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1) return undefined;
  const d = new UtcDate(Date.UTC(year, month - 1, day));
  if (!isValid(d) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Splits 'YYYY-MM-DD' into numbers. Unchecked: the date was validated at the boundary. */
export function dateParts(iso: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function toUtc(iso: IsoDate): UtcDate {
  const { year, month, day } = dateParts(iso);
  return new UtcDate(Date.UTC(year, month - 1, day));
}

function fromUtc(d: Date): IsoDate {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Days from `start` to `end`, counting the first day and not the last (算头不算尾, I-3).
 *
 * @example
 * ```ts
 * daysBetween('2023-01-01', '2024-01-01'); //=> 365
 * ```
 */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return differenceInCalendarDays(toUtc(end), toUtc(start), IN_UTC);
}

/** The date `n` days after `iso`. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromUtc(addDaysFns(toUtc(iso), n, IN_UTC));
}

/**
 * The last day of a month: the deadline "X月底前" (on or before the month's end, I-10).
 *
 * @example
 * ```ts
 * endOfMonth(2023, 2); //=> '2023-02-28'
 * ```
 */
export function endOfMonth(year: number, month: number): IsoDate {
  return fromUtc(lastDayOfMonth(new UtcDate(Date.UTC(year, month - 1, 1)), IN_UTC));
}

/**
 * The last day of the middle ten days (中旬 = days 11–20) of a month: "X月中旬" (I-10).
 *
 * @example
 * ```ts
 * midMonthEnd(2023, 10); //=> '2023-10-20'
 * ```
 */
export function midMonthEnd(year: number, month: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-20`;
}

/**
 * The academic year that contains a date: 09-01 to 08-31 (I-7). Named by the year it starts.
 *
 * @example
 * ```ts
 * academicYear('2023-10-08'); //=> { start: '2023-09-01', end: '2024-08-31', label: '2023-2024' }
 * ```
 */
export function academicYear(iso: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const { year, month } = dateParts(iso);
  const first = month >= 9 ? year : year - 1;
  return Object.freeze({ start: `${pad(first, 4)}-09-01`, end: `${pad(first + 1, 4)}-08-31`, label: `${first}-${first + 1}` });
}

/** The later of two dates. */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Months 'YYYY-MM' from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const a = dateParts(from);
  const b = dateParts(to);
  const out: string[] = [];
  let y = a.year;
  let m = a.month;
  while (y < b.year || (y === b.year && m <= b.month)) {
    out.push(`${pad(y, 4)}-${pad(m)}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}
