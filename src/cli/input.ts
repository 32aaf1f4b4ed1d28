/**
 * Reading households: a JSON file (an array of households, `{ "households": [...] }`, or one
 * household) or JSON Lines (one household per line), from a file or standard input.
 *
 * JSON Lines are streamed line by line (`node:readline`), so a file of any length is read in
 * bounded memory; the format is taken from the extension (`.jsonl`, `.ndjson`) or, failing that,
 * from the content. A JSON document is read whole (it must be parsed whole), and each record is
 * released as soon as it has been handed on.
 *
 * Parse errors never quote the input: V8's messages may hold a snippet of the text (an ID number,
 * say), so only a position is kept.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { UsageError } from './args.js';
import type { CliIo } from './io.js';
import type { Progress } from './progress.js';

/** How the input is laid out. */
export type InputFormat = 'json' | 'jsonl';

/** One record of the input, before validation. */
export interface SourceRecord {
  /** The parsed value (undefined when the line is not valid JSON). */
  readonly value: unknown;
  /** Position among the records (0-based): the array index, or the count of non-blank lines before it. */
  readonly index: number;
  /** JSON Lines: the line number (1-based). */
  readonly line?: number;
  /** JSON Lines: set when the line is not valid JSON, with the column of the fault when known. */
  readonly invalidJson?: { readonly column?: number };
}

/** An opened input: its format and its records, read as they are consumed. */
export interface OpenedInput {
  readonly format: InputFormat;
  readonly records: AsyncIterable<SourceRecord>;
}

const CHUNK = 1 << 20;

function toBuffer(chunk: string | Uint8Array): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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
 * @throws {@link UsageError} when the file cannot be read, or (as the records are iterated) when a
 *   JSON document is not valid JSON or holds no households.
 */
export async function openInput(command: string, file: string, io: CliIo, progress: Progress): Promise<OpenedInput> {
  let source: AsyncIterable<string | Uint8Array>;
  let total: number | undefined;
  const name = file === '-' ? 'stdin' : file;
  if (file === '-') {
    if (io.stdin === undefined) throw new UsageError('no standard input to read', command);
    source = io.stdin;
  } else {
    try {
      const s = await stat(file);
      if (s.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory`, command);
      total = s.size;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const code = (e as { code?: unknown }).code;
      throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? 'unreadable')}`, command);
    }
    source = createReadStream(file, { highWaterMark: CHUNK });
  }

  // Peek at the start, up to the first line break, to decide the format.
  const it = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let ended = false;
  let headBytes = 0;
  for (;;) {
    let r: IteratorResult<string | Uint8Array>;
    try {
      r = await it.next();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      throw new UsageError(`cannot read ${name}: ${String(code ?? 'read error')}`, command);
    }
    if (r.done === true) {
      ended = true;
      break;
    }
    const b = toBuffer(r.value);
    head.push(b);
    headBytes += b.length;
    if (b.includes(10) || headBytes > 64 * CHUNK) break;
  }
  const ext = extname(file).toLowerCase();
  const format: InputFormat = ext === '.jsonl' || ext === '.ndjson'
    ? 'jsonl'
    : sniff(Buffer.concat(head).toString('utf8'), ended);

  let bytes = 0;
  const label = `reading ${name}`;
  let count = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const b of head.splice(0)) {
      bytes += b.length;
      yield b;
    }
    if (ended) return;
    for (;;) {
      const r = await it.next();
      if (r.done === true) return;
      const b = toBuffer(r.value);
      bytes += b.length;
      yield b;
    }
  }

  if (format === 'jsonl') {
    async function* lines(): AsyncGenerator<SourceRecord> {
      const rl = createInterface({ input: Readable.from(chunks()), crlfDelay: Number.POSITIVE_INFINITY });
      let line = 0;
      let index = 0;
      for await (const raw of rl) {
        line += 1;
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
    const parts: Buffer[] = [];
    for await (const b of chunks()) {
      parts.push(b);
      progress.update(label, bytes, total, 0);
    }
    const text = Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/, '');
    parts.length = 0;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      const p = jsonErrorPosition(e);
      const where = p === undefined ? '' : ` (line ${lineAndColumn(text, p).line}, column ${lineAndColumn(text, p).column})`;
      throw new UsageError(`${name} is not valid JSON${where}; expected an array of households, { "households": [...] }, or JSON Lines`, command);
    }
    let list: unknown[];
    if (Array.isArray(data)) list = data;
    else if (typeof data === 'object' && data !== null && Object.prototype.hasOwnProperty.call(data, 'households')) {
      const h = (data as { households: unknown }).households;
      if (!Array.isArray(h)) throw new UsageError(`${name}: "households" must be an array of households`, command);
      list = h;
    } else if (typeof data === 'object' && data !== null) list = [data];
    else throw new UsageError(`${name}: expected an array of households, { "households": [...] }, or JSON Lines`, command);
    const n = list.length;
    for (let index = 0; index < n; index++) {
      const value: unknown = list[index];
      // release the record once handed on: the population is held once, validated
      list[index] = undefined;
      progress.update('validating', index, n, index);
      yield { value, index };
    }
    progress.update('validating', n, n, n, true);
  }
  return { format, records: document() };
}
