/**
 * Reading households: a JSON file (an array of households, `{ "households": [...] }`, or one
 * household) or JSON Lines (one household per line), from a file or standard input.
 *
 * JSON Lines are streamed line by line, so a file of any length is read in bounded memory (a line
 * longer than {@link MAX_LINE_BYTES} is an invalid record, skipped unread); the format is taken
 * from the extension (`.jsonl`, `.ndjson`) or, failing that, from the content. A JSON document is
 * read whole (it must be parsed whole, up to {@link MAX_DOCUMENT_BYTES}), and each record is
 * released as soon as it has been handed on. Whatever the source does wrong — a read error, a
 * chunk that is neither text nor bytes — is a usage error naming it, never a JavaScript error.
 *
 * Parse errors never quote the input: V8's messages may hold a snippet of the text (an ID number,
 * say), so only a position is kept. Nor do messages repeat the file's name, which may be a person's
 * name or ID number (`王小明.json`): the file is "the input file" (standard input "stdin"), and a
 * failure to read it is given by its error code (`cannot read the input file: no such file (ENOENT)`).
 *
 * @module
 */
import { constants as bufferConstants } from 'node:buffer';
import { extname } from 'node:path';
import { UsageError } from './args.js';
import type { CliIo } from './io.js';
import type { Progress } from './progress.js';
import { CHUNK, openSource } from './source.js';

export { inputName } from './source.js';

/** The Chinese of an input's name in messages ('stdin', 'the input file'). */
const zhName = (name: string): string => (name === 'stdin' ? '标准输入' : '输入文件');

/** How the input is laid out. */
export type InputFormat = 'json' | 'jsonl';

/** One record of the input, before validation. */
export interface SourceRecord {
  /** The parsed value (undefined when the line is not valid JSON or too long). */
  readonly value: unknown;
  /** Position among the records (0-based): the array index, or the count of non-blank lines before it. */
  readonly index: number;
  /** JSON Lines: the line number (1-based). */
  readonly line?: number;
  /** JSON Lines: set when the line is not valid JSON, with the column of the fault when known. */
  readonly invalidJson?: { readonly column?: number };
  /** JSON Lines: set when the line is longer than {@link MAX_LINE_BYTES} (it was skipped, not read). */
  readonly tooLong?: true;
  /** Set when the record is known to be bad before validation (a spreadsheet cell that could not be read). */
  readonly rejected?: true;
}

/** An opened input: its format and its records, read as they are consumed. */
export interface OpenedInput {
  readonly format: InputFormat;
  readonly records: AsyncIterable<SourceRecord>;
}


/**
 * Longest line of JSON Lines, in bytes (64 MiB, thousands of times a real household): a longer
 * line is an invalid record, skipped without being held in memory, and the lines after it are read.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * Largest JSON document, in bytes: the longest string JavaScript can hold (about 512 MiB). A
 * larger population is read as JSON Lines, which has no limit.
 */
export const MAX_DOCUMENT_BYTES: number = bufferConstants.MAX_STRING_LENGTH;

/**
 * Splits bytes into lines at `\n`, `\r\n` or a lone `\r` (as `node:readline` does), decoding
 * each line as UTF-8. A line longer than `limit` bytes comes out as `undefined`, and is never
 * held in memory whole.
 *
 * @example
 * ```ts
 * const lines = [];
 * for await (const l of splitLines(Readable.from([Buffer.from('{"a":1}\r\n{"b"'), Buffer.from(':2}\rx')]))) lines.push(l);
 * lines; //=> ['{"a":1}', '{"b":2}', 'x']
 * ```
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, limit = MAX_LINE_BYTES): AsyncGenerator<string | undefined> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let afterCr = false;
  const add = (b: Buffer): void => {
    if (tooLong || b.length === 0) return;
    if (size + b.length > limit) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(b);
    size += b.length;
  };
  const take = (): string | undefined => {
    const text = tooLong ? undefined : parts.length === 1 ? (parts[0] as Buffer).toString('utf8') : Buffer.concat(parts, size).toString('utf8');
    parts = [];
    size = 0;
    tooLong = false;
    return text;
  };
  for await (const b of chunks) {
    if (b.length === 0) continue;
    // a \r\n split between two chunks is one line break
    let start = afterCr && b[0] === 10 ? 1 : 0;
    afterCr = false;
    let lf = b.indexOf(10, start);
    let cr = b.indexOf(13, start);
    for (;;) {
      const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (at === -1) {
        add(b.subarray(start));
        break;
      }
      add(b.subarray(start, at));
      yield take();
      if (b[at] === 13 && at + 1 === b.length) afterCr = true;
      start = b[at] === 13 && b[at + 1] === 10 ? at + 2 : at + 1;
      if (lf !== -1 && lf < start) lf = b.indexOf(10, start);
      if (cr !== -1 && cr < start) cr = b.indexOf(13, start);
    }
  }
  if (size > 0 || tooLong) yield take();
}

/** The position of a JSON.parse error, from V8's message ("… at position 12"), without the rest of it. */
export function jsonErrorPosition(e: unknown): number | undefined {
  const m = e instanceof Error ? /at position (\d+)/.exec(e.message) : null;
  return m ? Number(m[1]) : undefined;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: position - start + 1 };
}

/** Decides JSON or JSON Lines from the start of the content: several complete lines each starting with `{`. */
function sniff(head: string, ended: boolean): InputFormat {
  const text = head.replace(/^\uFEFF/, '');
  const first = text.trimStart();
  if (!first.startsWith('{')) return 'json';
  const lead = text.length - first.length;
  const nl = text.indexOf('\n', lead);
  if (nl === -1) return 'json';
  const firstLine = text.slice(lead, nl);
  const after = text.slice(nl + 1);
  if (after.trim() === '' && ended) return 'json';
  try {
    const v: unknown = JSON.parse(firstLine);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

/**
 * Opens FILE (or standard input for `-`) and returns its records as they are read.
 *
 * @throws {@link UsageError} when the file cannot be read, or (as the records are iterated) when
 *   reading fails, or a JSON document is not valid JSON, too large, or holds no households.
 */
export async function openInput(command: string, file: string, io: CliIo, progress: Progress): Promise<OpenedInput> {
  const { name, size: total, next } = await openSource(command, file, io);
  const label = progress.text({ zh: `正在读取${zhName(name)}`, en: `reading ${name}` });

  // Peek at the start, up to the first line break, to decide the format.
  const head: Buffer[] = [];
  let ended = false;
  let headBytes = 0;
  let headLines = false;
  for (;;) {
    const b = await next();
    if (b === undefined) {
      ended = true;
      break;
    }
    head.push(b);
    headBytes += b.length;
    if (b.includes(10)) {
      headLines = true;
      break;
    }
    if (headBytes > 64 * CHUNK) break;
  }
  const ext = extname(file).toLowerCase();
  // without a line break in the head, the content is read as one JSON document
  const format: InputFormat = ext === '.jsonl' || ext === '.ndjson'
    ? 'jsonl'
    : headLines ? sniff(Buffer.concat(head).toString('utf8'), ended) : 'json';

  let bytes = 0;
  let count = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const b of head.splice(0)) {
      bytes += b.length;
      yield b;
    }
    if (ended) return;
    for (let b = await next(); b !== undefined; b = await next()) {
      bytes += b.length;
      yield b;
    }
  }

  if (format === 'jsonl') {
    async function* lines(): AsyncGenerator<SourceRecord> {
      let line = 0;
      let index = 0;
      for await (const raw of splitLines(chunks())) {
        line += 1;
        if (raw === undefined) {
          count += 1;
          progress.update(label, bytes, total, count);
          yield { value: undefined, index, line, tooLong: true };
          index += 1;
          continue;
        }
        const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (text.trim() === '') continue;
        let value: unknown;
        let invalid: { column?: number } | undefined;
        try {
          value = JSON.parse(text);
        } catch (e) {
          const p = jsonErrorPosition(e);
          invalid = p === undefined ? {} : { column: p + 1 };
        }
        count += 1;
        progress.update(label, bytes, total, count);
        yield invalid === undefined ? { value, index, line } : { value: undefined, index, line, invalidJson: invalid };
        index += 1;
      }
      progress.update(label, bytes, total, count, true);
    }
    return { format, records: lines() };
  }

  async function* document(): AsyncGenerator<SourceRecord> {
    const text = await wholeText(command, name, chunks(), () => progress.update(label, bytes, total, 0));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      const p = jsonErrorPosition(e);
      const at = p === undefined ? undefined : lineAndColumn(text, p);
      const where = at === undefined ? '' : ` (line ${at.line}, column ${at.column})`;
      const whereZh = at === undefined ? '' : `（第 ${at.line} 行第 ${at.column} 列）`;
      throw new UsageError({
        zh: `${zhName(name)}不是有效的 JSON${whereZh}；应为家庭记录数组、{ "households": [...] } 或 JSON Lines（表格请用 .xlsx 或 .csv 扩展名）`,
        en: `${name} is not valid JSON${where}; expected an array of households, { "households": [...] }, or JSON Lines (spreadsheets: use the .xlsx or .csv extension)`,
      }, command);
    }
    let list: unknown[];
    if (Array.isArray(data)) list = data;
    else if (typeof data === 'object' && data !== null && Object.prototype.hasOwnProperty.call(data, 'households')) {
      const h = (data as { households: unknown }).households;
      if (!Array.isArray(h)) throw new UsageError({ zh: `${zhName(name)}："households" 必须是家庭记录数组`, en: `${name}: "households" must be an array of households` }, command);
      list = h;
    } else if (typeof data === 'object' && data !== null) list = [data];
    else {
      throw new UsageError({
        zh: `${zhName(name)}：应为家庭记录数组、{ "households": [...] } 或 JSON Lines`,
        en: `${name}: expected an array of households, { "households": [...] }, or JSON Lines`,
      }, command);
    }
    const n = list.length;
    for (let index = 0; index < n; index++) {
      const value: unknown = list[index];
      // release the record once handed on: the population is held once, validated
      list[index] = undefined;
      progress.update(progress.text({ zh: '正在校验', en: 'validating' }), index, n, index);
      yield { value, index };
    }
    progress.update(progress.text({ zh: '正在校验', en: 'validating' }), n, n, n, true);
  }
  return { format, records: document() };
}

/**
 * The whole of `chunks` as text (UTF-8, without a byte-order mark), refusing more than
 * {@link MAX_DOCUMENT_BYTES} before it is joined.
 */
async function wholeText(command: string, name: string, chunks: AsyncIterable<Buffer>, onChunk?: () => void): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const b of chunks) {
    size += b.length;
    if (size > MAX_DOCUMENT_BYTES) {
      const mib = Math.floor(MAX_DOCUMENT_BYTES / 2 ** 20);
      throw new UsageError({
        zh: `${zhName(name)}太大，无法作为一个 JSON 文档读取（超过 ${mib} MiB）；请改用 JSON Lines，每行一户`,
        en: `${name} is too large to read as one JSON document (more than ${mib} MiB); write the households as JSON Lines, one per line`,
      }, command);
    }
    parts.push(b);
    onChunk?.();
  }
  const text = Buffer.concat(parts, size).toString('utf8');
  parts.length = 0;
  return text.replace(/^\uFEFF/, '');
}

/**
 * Reads a whole file (or standard input for `-`) as text, for inputs that are one JSON document
 * (the township records of `report`).
 *
 * @throws {@link UsageError} when the file cannot be read or is larger than {@link MAX_DOCUMENT_BYTES}.
 * @example
 * ```ts
 * const text = await readWholeText('report', 'examples/data/township-records.json', io);
 * text.startsWith('{'); //=> true
 * ```
 */
export async function readWholeText(command: string, file: string, io: CliIo): Promise<string> {
  const { name, next } = await openSource(command, file, io);
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let b = await next(); b !== undefined; b = await next()) yield b;
  }
  return wholeText(command, name, chunks());
}
