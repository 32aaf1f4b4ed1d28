/**
 * The service's routes (Hono): every endpoint under /v1 plus /health, the checks every request
 * passes (method, media type, body size, time), and the one error handler, which answers with a
 * JSON error and never a stack trace or a value from the request.
 *
 * @module
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { timeout } from 'hono/timeout';
import { explain, isPolicyInputError, LANXI_2023, PolicyInputError, type Plan } from '../index.js';
import { batchFromJson, ndjsonBatch } from './batch.js';
import { errorBodyOf, metaHeaders, metaOf, ServiceError, type ErrorBody } from './envelope.js';
import { checkBody, toJson } from './json.js';
import { openApiDocument } from './openapi.js';
import { planView } from './plan-view.js';
import { assessOne, compareBody, simulateBody, sweepBody, yearOf, type Answer } from './population.js';
import { isRuleName, runRule } from './rules.js';

/** What the app needs to know: the body limit in bytes and the time limit of a request in ms. */
export interface AppOptions {
  readonly bodyLimit: number;
  readonly timeoutMs: number;
}

const JSON_TYPES = new Set(['application/json']);
const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/jsonlines']);

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function errorResponse(c: Context, body: ErrorBody, headers: Readonly<Record<string, string>> = {}, plan: Plan = LANXI_2023): Response {
  return c.json({ ...metaOf(plan), error: body }, body.status as 400, { ...metaHeaders(plan), ...headers });
}

const fail = (status: number, code: string, message: string, messageZh: string, headers: Record<string, string> = {}) =>
  new ServiceError({ status, code, message, messageZh }, headers);

/** `?explain=zh-CN|en` and `?trace=true|false`, checked. */
function outputOptions(c: Context): { locale?: 'zh-CN' | 'en'; trace: boolean; omit: ReadonlySet<string> } {
  const e = c.req.query('explain');
  const t = c.req.query('trace');
  const issues = [];
  if (e !== undefined && e !== 'zh-CN' && e !== 'en') {
    issues.push({ path: ['explain'], code: 'invalid_option', message: 'must be zh-CN or en', messageZh: '必须是 zh-CN 或 en' });
  }
  if (t !== undefined && t !== 'true' && t !== 'false') {
    issues.push({ path: ['trace'], code: 'invalid_option', message: 'must be true or false', messageZh: '必须是 true 或 false' });
  }
  if (issues.length > 0) throw new PolicyInputError('query', issues);
  const trace = t === 'true';
  const omit = new Set<string>(trace ? [] : ['trace']);
  if (c.req.query('perHousehold') !== 'true') omit.add('perHousehold');
  return { ...(e === undefined ? {} : { locale: e as 'zh-CN' | 'en' }), trace, omit };
}

/** The parsed JSON body, refused when it is not JSON, has a prototype key or nests too deep. */
async function jsonBody(c: Context): Promise<unknown> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (e) {
    if (e instanceof HTTPException) throw e;
    throw fail(400, 'invalid_json', 'the body is not valid JSON', '请求内容不是有效的 JSON');
  }
  const problem = checkBody(body);
  if (problem !== undefined) throw new PolicyInputError('request', [problem]);
  return body;
}

function answer(c: Context, a: Answer, out: ReturnType<typeof outputOptions>, explainable = true): Response {
  const body: Record<string, unknown> = { ...metaOf(a.plan) };
  if (a.reform !== undefined) body['reform'] = { plan: { id: a.reform.id, label: a.reform.label }, fingerprint: a.reform.fingerprint };
  if (a.extra !== undefined) Object.assign(body, a.extra);
  body['result'] = toJson(a.result, out.omit);
  if (explainable && out.locale !== undefined) body['explanation'] = explain(a.result as never, { locale: out.locale });
  return c.json(body, 200, metaHeaders(a.plan, a.reform));
}

/**
 * The Hono app of the service, ready for any adapter (`@hono/node-server` in {@link startServer}).
 *
 * @example
 * ```ts
 * const app = createApp({ bodyLimit: 10 * 1024 * 1024, timeoutMs: 30_000 });
 * const res = await app.request('/health');
 * res.status; //=> 200
 * ```
 */
export function createApp(o: AppOptions): Hono {
  const app = new Hono();
  app.use(methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) => errorResponse(c, {
      status: 405, code: 'method_not_allowed', message: `the method is not allowed here; allowed: ${methods.join(', ')}`,
      messageZh: `此路径不支持该方法，支持：${methods.join(', ')}`,
    }, { Allow: methods.join(', ') }),
  }));
  app.use('/v1/*', timeout(o.timeoutMs, () => new HTTPException(503, { message: 'timeout' })));
  app.use('/v1/*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = mediaType(c);
    const batch = c.req.path === '/v1/assess/batch';
    if (!JSON_TYPES.has(type) && !(batch && NDJSON_TYPES.has(type))) {
      throw fail(415, 'unsupported_media_type', `the body must be application/json${batch ? ' or application/x-ndjson' : ''}`,
        `请求内容类型必须是 application/json${batch ? ' 或 application/x-ndjson' : ''}`);
    }
    const tooLarge = () => errorResponse(c, {
      status: 413, code: 'body_too_large', message: `the body is larger than ${o.bodyLimit} bytes`, messageZh: `请求内容超过 ${o.bodyLimit} 字节`,
    }, { Connection: 'close' });
    if (batch && NDJSON_TYPES.has(type)) {
      // streamed: refused at once when its declared length is too large, else counted as it is read
      const length = Number(c.req.header('content-length') ?? '0');
      return length > o.bodyLimit ? tooLarge() : next();
    }
    return bodyLimit({ maxSize: o.bodyLimit, onError: tooLarge })(c, next);
  });

  app.get('/health', (c) => c.json({ status: 'ok', ...metaOf() }, 200, metaHeaders()));
  app.get('/v1/plan', (c) => c.json({ ...metaOf(), result: planView(LANXI_2023) }, 200, metaHeaders()));
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument(), 200, metaHeaders()));

  app.post('/v1/rules/:rule', async (c) => {
    const name = c.req.param('rule');
    if (!isRuleName(name)) throw fail(404, 'unknown_rule', 'there is no rule of that name; see GET /v1/openapi.json', '没有该名称的规则，见 GET /v1/openapi.json');
    const out = outputOptions(c);
    return answer(c, runRule(name, await jsonBody(c), true), out);
  });
  app.post('/v1/assess', async (c) => {
    const out = outputOptions(c);
    return answer(c, assessOne(await jsonBody(c), c.req.query('year')), out);
  });
  app.post('/v1/assess/batch', async (c) => {
    const out = outputOptions(c);
    if (NDJSON_TYPES.has(mediaType(c))) {
      const body = c.req.raw.body ?? new ReadableStream<Uint8Array>({ start: (ctrl) => ctrl.close() });
      const year = yearOf(undefined, c.req.query('year'), LANXI_2023);
      const stream = ndjsonBatch(body, { plan: LANXI_2023, year, omit: out.omit, maxBytes: o.bodyLimit, deadline: Date.now() + o.timeoutMs });
      return c.body(stream, 200, { ...metaHeaders(), 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    }
    return answer(c, batchFromJson(await jsonBody(c), c.req.query('year'), out.omit), out);
  });
  app.post('/v1/simulate', async (c) => {
    const out = outputOptions(c);
    return answer(c, simulateBody(await jsonBody(c), c.req.query('year')), out, false);
  });
  app.post('/v1/compare', async (c) => {
    const out = outputOptions(c);
    return answer(c, compareBody(await jsonBody(c), c.req.query('year')), out, false);
  });
  app.post('/v1/sweep', async (c) => {
    const out = outputOptions(c);
    return answer(c, sweepBody(await jsonBody(c), c.req.query('year')), out, false);
  });

  app.notFound((c) => errorResponse(c, { status: 404, code: 'not_found', message: 'there is nothing at this path', messageZh: '该路径不存在' }));
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const timedOut = err.status === 503;
      return errorResponse(c, timedOut
        ? { status: 503, code: 'timeout', message: 'the request took longer than the time limit', messageZh: '请求处理超时' }
        : { status: err.status, code: 'http_error', message: 'the request could not be handled', messageZh: '无法处理该请求' },
      timedOut ? { Connection: 'close' } : {});
    }
    const { body, headers } = errorBodyOf(err);
    if (body.status === 500 && !isPolicyInputError(err)) logFailure(err);
    return errorResponse(c, body, headers);
  });
  return app;
}

/** An unexpected failure is logged by its name only (its message could hold a value from a request). */
function logFailure(err: unknown): void {
  const name = err instanceof Error ? err.name : typeof err;
  process.stderr.write(`lanxi-policy serve: unexpected failure (${name})\n`);
}
