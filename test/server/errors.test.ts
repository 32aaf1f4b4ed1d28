import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANXI_2023 } from '../../src/index.js';
import type { ServerHandle } from '../../src/server/index.js';
import { HOUSEHOLD, post, started } from './helpers.js';

let server: ServerHandle;
let small: ServerHandle;
beforeAll(async () => {
  server = await started();
  small = await started({ bodyLimit: 1000, timeoutMs: 300 });
});
afterAll(async () => { await Promise.all([server.close(), small.close()]); });

const ID_NUMBER = '11010519491231002X';

function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/at \w+ \(|node:internal|\.ts:\d+/);
  expect(text).not.toContain(ID_NUMBER);
}

describe('bad input', () => {
  it('answers 400 with the PolicyInputError issues and never the value sent', async () => {
    const bad = { ...HOUSEHOLD, members: [{ laborCapable: true, idNumber: ID_NUMBER.replace('X', '1') }] };
    const a = await post(`${server.url}/v1/assess`, bad);
    expect(a.status).toBe(400);
    expect(a.body.error.code).toBe('invalid_input');
    expect(a.body.error.issues[0]).toMatchObject({ path: ['members', 0, 'idNumber'] });
    expect(typeof a.body.error.issues[0].messageZh).toBe('string');
    expect(a.text).not.toContain(ID_NUMBER.replace('X', '1'));
    expect(a.body.fingerprint).toBe(LANXI_2023.fingerprint);
    expect(a.headers.get('x-lanxi-plan-fingerprint')).toBe(LANXI_2023.fingerprint);
  });

  it.each([
    ['wrong types', { principal: { a: 1 }, annualRate: [1], days: '360' }],
    ['a number as text with a percent sign', { principal: '50000', annualRate: '4.35%', days: 360 }],
    ['an unknown key', { principal: '50000', annualRate: '0.0435', days: 360, secret: 'Zhang San' }],
    ['not an object', [1, 2, 3]],
    ['bad plan overrides', { principal: '1', annualRate: '0.01', days: 1, plan: { microcredit: { floorRate: 'abc' } } }],
  ])('answers 400 to %s', async (_what, body) => {
    const a = await post(`${server.url}/v1/rules/loanInterestSubsidy`, body);
    expect(a.status).toBe(400);
    expect(a.body.error.issues.length).toBeGreaterThan(0);
    expect(a.text).not.toContain('Zhang San');
    expectNoLeak(a.text);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const a = await post(`${server.url}/v1/assess`, '{"id": ');
    expect(a.status).toBe(400);
    expect(a.body.error.code).toBe('invalid_json');
  });

  it('refuses __proto__ and constructor keys without polluting anything', async () => {
    for (const text of ['{"__proto__":{"polluted":true},"principal":"1","annualRate":"0.01","days":1}', '{"constructor":{"prototype":{"polluted":true}}}']) {
      const a = await post(`${server.url}/v1/rules/loanInterestSubsidy`, text);
      expect(a.status).toBe(400);
      expect(a.body.error.issues[0].code).toBe('forbidden_key');
    }
    const r = await post(`${server.url}/v1/compare`, `{"households":[],"reform":{"__proto__":{"polluted":true}}}`);
    expect(r.status).toBe(400);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses deep nesting cleanly, however deep', async () => {
    for (const depth of [40, 1_000_000]) {
      const a = await post(`${server.url}/v1/assess`, `${'['.repeat(depth)}${']'.repeat(depth)}`);
      expect(a.status).toBe(400);
      expect(a.body.error.issues[0].code).toBe('too_deep');
    }
  });

  it('answers 422 with both messages when the plan is not in force', async () => {
    const a = await post(`${server.url}/v1/assess?year=2020`, HOUSEHOLD);
    expect(a.status).toBe(422);
    expect(a.body.error.code).toBe('plan_not_in_force');
    expect(a.body.error.message).toContain('2023');
    expect(a.body.error.messageZh).toContain('本方案');
  });
});

describe('HTTP semantics', () => {
  it('answers 404 to an unknown path or rule', async () => {
    expect((await fetch(`${server.url}/v2/plan`)).status).toBe(404);
    const a = await post(`${server.url}/v1/rules/__proto__`, {});
    expect(a.status).toBe(404);
  });

  it('answers 405 with Allow to a wrong method', async () => {
    const a = await fetch(`${server.url}/v1/compare`, { method: 'GET' });
    expect(a.status).toBe(405);
    expect(a.headers.get('allow')).toBe('POST');
    const b = await fetch(`${server.url}/v1/plan`, { method: 'DELETE' });
    expect(b.status).toBe(405);
    expect(b.headers.get('allow')).toContain('GET');
  });

  it('answers 415 to a body that is not JSON by its media type', async () => {
    const a = await post(`${server.url}/v1/assess`, JSON.stringify(HOUSEHOLD), 'text/plain');
    expect(a.status).toBe(415);
    const b = await post(`${server.url}/v1/assess`, JSON.stringify(HOUSEHOLD), 'application/x-ndjson');
    expect(b.status).toBe(415);
  });

  it('answers 413 from the declared length, before the body is read', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${small.url}/v1/assess`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"id": "');  // far less than announced; the answer comes anyway
    });
    expect(status).toBe(413);
  });

  it('answers 413 to a body larger than the configured limit', async () => {
    const a = await post(`${small.url}/v1/simulate`, JSON.stringify({ households: [], year: 2023, pad: 'x'.repeat(5000) }));
    expect(a.status).toBe(413);
    expect(a.body.error.code).toBe('body_too_large');
  });

  it('reads a chunked body (no declared length) and answers 413 once one passes the limit', async () => {
    const chunked = (text: string) => new ReadableStream<Uint8Array>({ start(c) { c.enqueue(new TextEncoder().encode(text)); c.close(); } });
    const send = (url: string, text: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked(text), duplex: 'half' } as RequestInit);
    const ok = await send(`${small.url}/v1/rules/loanInterestSubsidy`, '{"principal":"50000","annualRate":"0.0435","days":360}');
    expect(ok.status).toBe(200);
    const big = await send(`${small.url}/v1/simulate`, JSON.stringify({ households: [], pad: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
  });

  it('answers 503 to a client slower than the time limit', async () => {
    let push: ((s: string) => void) | undefined;
    const body = new ReadableStream<Uint8Array>({ start(ctrl) { push = (s) => ctrl.enqueue(new TextEncoder().encode(s)); } });
    const pending = fetch(`${small.url}/v1/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    push?.('{"id":');
    const res = await pending;
    expect(res.status).toBe(503);
    expect(((await res.json()) as Record<string, any>).error.code).toBe('timeout');
  });
});
