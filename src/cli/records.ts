/**
 * Validating the records as they are read, in chunks, with the library's own validation
 * (`preparePopulation`): valid households come out validated and frozen, so the population
 * functions never validate them again; each bad record is reported at once, by position (and line),
 * with the path and message of each issue, and the others go on.
 *
 * @module
 */
import { formatPath, preparePopulation, type Household, type PolicyIssue } from '../index.js';
import { MAX_LINE_BYTES, type SourceRecord } from './input.js';
import { safeText } from './table.js';
import { tr, type Locale } from './text.js';

/** A record that failed: where it is, its id when that is a safe label, and what is wrong. */
export interface RecordError {
  /** Position among the records (0-based). */
  readonly index: number;
  /** JSON Lines: the line (1-based). */
  readonly line?: number;
  /** The record's id, only when it is a safe label (see {@link safeId}). */
  readonly id?: string;
  readonly issues: readonly PolicyIssue[];
}

/** Valid households of one chunk, with their positions in the input. */
export interface ValidChunk {
  readonly households: readonly Household[];
  readonly indices: readonly number[];
  readonly lines: readonly (number | undefined)[];
}

/** Runs of 15 or more digits are what ID numbers and bank-card numbers look like. */
const LONG_DIGITS = /[0-9]{15}/;
/** Characters that could act on a terminal. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The id to show for a record, or undefined: a string of 1–64 characters with no run of 15 or
 * more digits (an ID or card number) and no control characters. The library's errors already
 * leave out ids that could be personal data; this applies the same test to ids the command line
 * reads itself and keeps messages short.
 */
export function safeId(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return undefined;
  if (LONG_DIGITS.test(id) || CONTROL.test(id)) return undefined;
  return id;
}

const INVALID_JSON = (column: number | undefined): PolicyIssue => ({
  path: [],
  code: 'invalid_json',
  message: column === undefined ? 'is not valid JSON' : `is not valid JSON (column ${column})`,
  messageZh: column === undefined ? '不是有效的 JSON' : `不是有效的 JSON（第 ${column} 列）`,
});

const LINE_TOO_LONG: PolicyIssue = {
  path: [],
  code: 'too_big',
  message: `is longer than ${MAX_LINE_BYTES / 2 ** 20} MiB and was not read`,
  messageZh: `超过 ${MAX_LINE_BYTES / 2 ** 20} MiB，未读取`,
};

const DUPLICATE_ID: PolicyIssue = {
  path: ['id'],
  code: 'duplicate_id',
  message: 'repeats the id of an earlier household in this batch',
  messageZh: '与本批次前面的家庭记录户编号重复',
};

/**
 * Validates records in chunks of `size`, yielding the valid households of each chunk and calling
 * `onError` for each bad record (in input order within a chunk). A household whose id repeats an
 * earlier valid household's is a bad record (`duplicate_id`), as in the library's batch functions.
 * A record marked `rejected` (bad before validation) is reported even when the library accepts it.
 */
export async function* validate(
  records: AsyncIterable<SourceRecord>,
  onError: (e: RecordError) => void | Promise<void>,
  size = 2000,
): AsyncGenerator<ValidChunk> {
  const ids = new Set<string>();
  let batch: SourceRecord[] = [];
  async function* flush(): AsyncGenerator<ValidChunk> {
    const parsed = batch.filter((r) => r.invalidJson === undefined && r.tooLong === undefined);
    const errors: RecordError[] = [];
    for (const r of batch) {
      if (r.invalidJson !== undefined) errors.push(withLine(r, { index: r.index, issues: [INVALID_JSON(r.invalidJson.column)] }));
      else if (r.tooLong === true) errors.push(withLine(r, { index: r.index, issues: [LINE_TOO_LONG] }));
    }
    const p = preparePopulation(parsed.map((r) => r.value));
    for (const e of p.errors) {
      const r = parsed[e.index] as SourceRecord;
      const id = safeId(e.id);
      errors.push(withLine(r, id === undefined ? { index: r.index, issues: e.issues } : { index: r.index, id, issues: e.issues }));
    }
    // positions of the valid ones: the parsed records minus the failed, in order
    const failed = new Set(p.errors.map((e) => e.index));
    const households: Household[] = [];
    const indices: number[] = [];
    const lines: (number | undefined)[] = [];
    let k = 0;
    for (let i = 0; i < parsed.length; i++) {
      if (failed.has(i)) continue;
      const h = p.households[k++] as Household;
      const r = parsed[i] as SourceRecord;
      if (r.rejected === true) {
        const id = safeId(h.id);
        errors.push(withLine(r, id === undefined ? { index: r.index, issues: [] } : { index: r.index, id, issues: [] }));
        continue;
      }
      if (ids.has(h.id)) {
        const id = safeId(h.id);
        errors.push(withLine(r, id === undefined ? { index: r.index, issues: [DUPLICATE_ID] } : { index: r.index, id, issues: [DUPLICATE_ID] }));
        continue;
      }
      ids.add(h.id);
      households.push(h);
      indices.push(r.index);
      lines.push(r.line);
    }
    errors.sort((a, b) => a.index - b.index);
    for (const e of errors) await onError(e);
    batch = [];
    yield { households, indices, lines };
  }
  for await (const r of records) {
    batch.push(r);
    if (batch.length >= size) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}

function withLine(r: SourceRecord, e: { index: number; id?: string; issues: readonly PolicyIssue[] }): RecordError {
  return r.line === undefined ? e : { ...e, line: r.line };
}

/**
 * One line of standard error for a bad record: its position (and line), its id when safe, and
 * the path and message of each issue. Never a value from the record.
 *
 * @example
 * ```ts
 * recordErrorLine({ index: 3, line: 4, id: 'LX-3', issues: [{ path: ['members', 0, 'laborCapable'], code: 'required', message: 'is required', messageZh: '必须填写' }] }, 'en');
 * //=> 'lanxi-policy: invalid record [3] (line 4, id LX-3): members[0].laborCapable: is required'
 * ```
 */
export function recordErrorLine(e: RecordError, locale: Locale): string {
  const en = locale === 'en';
  const where: string[] = [];
  if (e.line !== undefined) where.push(en ? `line ${e.line}` : `第 ${e.line} 行`);
  if (e.id !== undefined) where.push(en ? `id ${safeText(e.id)}` : `户编号 ${safeText(e.id)}`);
  const at = where.length === 0 ? '' : en ? ` (${where.join(', ')})` : `（${where.join('，')}）`;
  const issues = e.issues
    .map((i) => `${formatPath(i.path)}${en ? ': ' : '：'}${tr(locale, { zh: i.messageZh, en: i.message })}`)
    .join(en ? '; ' : '；');
  return en ? `lanxi-policy: invalid record [${e.index}]${at}: ${issues}` : `lanxi-policy：无效记录 [${e.index}]${at}：${issues}`;
}
