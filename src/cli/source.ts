/**
 * The source of the input: a file or standard input, read chunk by chunk as bytes. Whatever the
 * source does wrong — it is missing, a directory, not a stream, a read error, a chunk that is
 * neither text nor bytes — is a usage error naming it by what it is ("the input file", "stdin")
 * and the error code, never by its name (which may be a person's name or ID number) and never as
 * a JavaScript error.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Text } from '../index.js';
import { UsageError } from './args.js';
import type { CliIo } from './io.js';

/**
 * Bytes read at a time.
 *
 * @example
 * ```ts
 * CHUNK; //=> 1048576
 * ```
 */
export const CHUNK = 1 << 20;

/** A chunk of input as bytes: text (as UTF-8) or bytes; undefined for anything else. */
function toBuffer(chunk: unknown): Buffer | undefined {
  try {
    if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
    if (Buffer.isBuffer(chunk)) return chunk;
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch {
    // a view whose memory is gone: not bytes that can be read
  }
  return undefined;
}

/** The code of a read error ('EISDIR', 'EIO'), never its message, which could hold anything. */
function readErrorCode(e: unknown): string {
  try {
    const code: unknown = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'read error';
  } catch {
    return 'read error';
  }
}

/**
 * How messages name the input: "stdin" for `-`, otherwise "the input file" — never the file's own
 * name, which the user typed but which may be a person's name or ID number.
 *
 * @example
 * ```ts
 * inputName('-');          //=> 'stdin'
 * inputName('王小明.json'); //=> 'the input file'
 * ```
 */
export function inputName(file: string): string {
  return file === '-' ? 'stdin' : 'the input file';
}

/** The Chinese of {@link inputName}. */
const NAME_ZH: Readonly<Record<string, string>> = { stdin: '标准输入', 'the input file': '输入文件' };

/** Why a file cannot be read, in words, with its error code: 'no such file (ENOENT)'. */
function readFailure(code: string): Text {
  const words: Readonly<Record<string, Text>> = {
    ENOENT: { zh: '文件不存在', en: 'no such file' }, EACCES: { zh: '没有读取权限', en: 'permission denied' },
    EISDIR: { zh: '这是一个文件夹', en: 'it is a directory' }, ENOTDIR: { zh: '文件不存在', en: 'no such file' },
  };
  const w = Object.prototype.hasOwnProperty.call(words, code) ? words[code] : undefined;
  return w === undefined ? { zh: code, en: code } : { zh: `${w.zh}（${code}）`, en: `${w.en} (${code})` };
}

/** "cannot read NAME: WHY" in both languages. */
function cannotRead(command: string, name: string, why: Text): UsageError {
  return new UsageError({ zh: `无法读取${NAME_ZH[name] ?? name}：${why.zh}`, en: `cannot read ${name}: ${why.en}` }, command);
}

/**
 * Reads `source` chunk by chunk as bytes. Whatever goes wrong on the way — a source that is not
 * a stream, a read error, a chunk that is neither text nor bytes — is a {@link UsageError}
 * ("cannot read NAME: …", NAME from {@link inputName}), never a JavaScript error.
 *
 * @returns a function giving the next chunk, or undefined at the end.
 */
function byteReader(command: string, name: string, source: unknown): () => Promise<Buffer | undefined> {
  const fail = (why: Text): UsageError => cannotRead(command, name, why);
  let it: AsyncIterator<unknown>;
  try {
    const open: unknown = (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
    if (typeof open !== 'function') throw fail({ zh: '不是数据流', en: 'it is not a stream' });
    it = (open as () => AsyncIterator<unknown>).call(source);
  } catch (e) {
    throw e instanceof UsageError ? e : fail(readFailure(readErrorCode(e)));
  }
  let done = false;
  return async () => {
    if (done) return undefined;
    let value: unknown;
    try {
      const r: unknown = await it.next();
      if (typeof r !== 'object' || r === null) throw fail({ zh: '数据流给出的不是数据块', en: 'the stream gave something that is not a chunk' });
      if ((r as IteratorResult<unknown>).done === true) {
        done = true;
        return undefined;
      }
      value = (r as IteratorResult<unknown>).value;
    } catch (e) {
      throw e instanceof UsageError ? e : fail(readFailure(readErrorCode(e)));
    }
    const b = toBuffer(value);
    if (b === undefined) throw fail({ zh: '给出的既不是文本也不是字节', en: 'it gave something that is neither text nor bytes' });
    return b;
  };
}

/**
 * Opens FILE for reading (standard input for `-`): its name in messages ({@link inputName}), its size
 * when known, its bytes.
 *
 * @throws {@link UsageError} when FILE is missing, a directory or unreadable.
 * @example
 * ```ts
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const { name, size } = await openSource('simulate', 'examples/data/households.json', io);
 * name;            //=> 'the input file'
 * size !== undefined; //=> true
 * ```
 */
export async function openSource(command: string, file: string, io: CliIo): Promise<{ name: string; size?: number; next: () => Promise<Buffer | undefined> }> {
  if (file === '-') {
    if (io.stdin === undefined) throw new UsageError({ zh: '没有可读取的标准输入', en: 'no standard input to read' }, command);
    return { name: 'stdin', next: byteReader(command, 'stdin', io.stdin) };
  }
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw cannotRead(command, inputName(file), readFailure('EISDIR'));
    size = s.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw cannotRead(command, inputName(file), readFailure(readErrorCode(e)));
  }
  const name = inputName(file);
  return { name, size, next: byteReader(command, name, createReadStream(file, { highWaterMark: CHUNK })) };
}

