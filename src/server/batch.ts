/**
 * `POST /v1/assess/batch`: many households, each assessed on its own, a result or an error per
 * record, so a bad record never costs the good ones. A JSON body (an array, or `{ households, year?,
 * plan? }`) is answered with one JSON document; an NDJSON body (`application/x-ndjson`, one
 * household a line) is read and answered as a stream, one line out per record in, in order.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { assessHousehold, LANXI_2023, PolicyInputError, type Plan } from '../index.js';
import { errorBodyOf, metaOf, type ErrorBody } from './envelope.js';
import { checkBody, toJson } from './json.js';
import { planFrom } from './rules.js';
import { yearOf } from './population.js';

/** One record's answer: its position (and line, for NDJSON) and its result or its error. */
export type BatchRecord =
  | { readonly index: number; readonly line?: number; readonly result: unknown }
  | { readonly index: number; readonly line?: number; readonly error: ErrorBody };

/** How the records of a batch are assessed. */
export interface BatchContext {
  readonly plan: Plan;
  readonly year: number;
  /** Keys left out of results ('trace' unless traces were asked for). */
  readonly omit: ReadonlySet<string>;
}

/** One record assessed; anything it throws becomes its error (400, 422, or a plain 500). */
export function assessRecord(record: unknown, index: number, ctx: BatchContext, line?: number): BatchRecord {
  const at = line === undefined ? { index } : { index, line };
  try {
    const problem = checkBody(record);
    if (problem !== undefined) throw new PolicyInputError('assessHousehold', [problem]);
    return { ...at, result: toJson(assessHousehold(record, { year: ctx.year, plan: ctx.plan }), ctx.omit) };
  } catch (e) {
    return { ...at, error: errorBodyOf(e).body };
  }
}

/** The batch of a JSON body: an array of households, or `{ households, year?, plan? }`. */
export function batchFromJson(body: unknown, queryYear: string | undefined, omit: ReadonlySet<string>): { plan: Plan; result: unknown } {
  let households: unknown = body;
  let plan = LANXI_2023;
  let year: unknown;
  if (!Array.isArray(body)) {
    if (typeof body !== 'object' || body === null || !Object.prototype.hasOwnProperty.call(body, 'households')) {
      throw new PolicyInputError('assessBatch', [{
        path: [], code: 'invalid_type', message: 'must be an array of households or { households, year?, plan? }',
        messageZh: '必须是农户家庭记录数组，或 { households, year?, plan? }',
      }]);
    }
    const b = body as Record<string, unknown>;
    plan = planFrom(b['plan'], ['plan']);
    households = b['households'];
    year = b['year'];
    if (!Array.isArray(households)) {
      throw new PolicyInputError('assessBatch', [{ path: ['households'], code: 'invalid_type', message: 'must be an array', messageZh: '必须是数组' }]);
    }
  }
  const ctx: BatchContext = { plan, year: yearOf(year, queryYear, plan), omit };
  const results = (households as unknown[]).map((h, i) => assessRecord(h, i, ctx));
  const failed = results.filter((r) => 'error' in r).length;
  return { plan, result: { records: results.length, assessed: results.length - failed, failed, results } };
}

/** Options of {@link ndjsonBatch}. */
export interface NdjsonOptions extends BatchContext {
  /** Most bytes read; past it the stream ends with a 413 error line. */
  readonly maxBytes: number;
  /** Time (Date.now()) after which no more records are assessed; a 503 error line ends the stream. */
  readonly deadline: number;
}

const streamError = (status: number, code: string, message: string, messageZh: string): ErrorBody => ({ status, code, message, messageZh });

/**
 * Reads NDJSON households from `body` and gives back NDJSON answers as they are computed: each
 * line is `{ index, line, version, plan, fingerprint, result }` or `{ …, error }` (a line that is
 * not JSON is an error of its own). Blank lines are skipped. Reading stops at `maxBytes` or at
 * `deadline`, with a last line whose error says so (no record index).
 */
export function ndjsonBatch(body: ReadableStream<Uint8Array>, o: NdjsonOptions): ReadableStream<Uint8Array> {
  const meta = metaOf(o.plan);
  let bytes = 0;
  let tooLarge = false;
  const source = Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>);
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (tooLarge) return done();
      bytes += chunk.length;
      if (bytes > o.maxBytes) {
        tooLarge = true;
        source.destroy();
        this.push(null);
        return done();
      }
      done(null, chunk);
    },
  });
  source.on('error', () => counter.end());
  const lines = createInterface({ input: source.pipe(counter), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const out = (v: unknown) => encoder.encode(`${JSON.stringify(v)}\n`);
  let index = 0;
  let lineNo = 0;
  const stop = () => {
    source.destroy();
    counter.destroy();
  };
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      for (;;) {
        if (Date.now() > o.deadline) {
          ctrl.enqueue(out({ ...meta, error: streamError(503, 'timeout', 'the time limit of the request was reached; later records were not read', '已达到请求时限，其后的记录未读取') }));
          stop();
          ctrl.close();
          return;
        }
        const next = await lines.next();
        if (next.done === true) {
          if (tooLarge) {
            ctrl.enqueue(out({ ...meta, error: streamError(413, 'body_too_large', `the body is larger than ${o.maxBytes} bytes; later records were not read`, `请求内容超过 ${o.maxBytes} 字节，其后的记录未读取`) }));
          }
          ctrl.close();
          return;
        }
        lineNo += 1;
        const text = next.value.trim();
        if (text === '') continue;
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          ctrl.enqueue(out({ index: index++, line: lineNo, ...meta, error: streamError(400, 'invalid_json', 'the line is not valid JSON', '该行不是有效的 JSON') }));
          return;
        }
        const r = assessRecord(record, index++, o, lineNo);
        ctrl.enqueue(out({ index: r.index, line: r.line, ...meta, ...('error' in r ? { error: r.error } : { result: r.result }) }));
        return;
      }
    },
    cancel() {
      stop();
    },
  });
}
