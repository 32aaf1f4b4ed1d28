import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, LANXI_2023 } from '../../src/index.js';
import type { ServerHandle } from '../../src/server/index.js';
import { asServed, HOUSEHOLD, post, started } from './helpers.js';

let server: ServerHandle;
beforeAll(async () => { server = await started(); });
afterAll(async () => { await server.close(); });

const second = { ...HOUSEHOLD, id: 'H-002', loans: [] };
const bad = { ...HOUSEHOLD, id: 'H-bad', members: [] };

describe('POST /v1/assess/batch', () => {
  it('answers a JSON array with a result or an error per record, in order', async () => {
    const a = await post(`${server.url}/v1/assess/batch`, [HOUSEHOLD, bad, 'nonsense', second]);
    expect(a.status).toBe(200);
    expect(a.body.result).toMatchObject({ records: 4, assessed: 2, failed: 2 });
    const [r0, r1, r2, r3] = a.body.result.results;
    expect(r0).toEqual({ index: 0, result: asServed(assessHousehold(HOUSEHOLD, { year: 2023 })) });
    expect(r1.error.status).toBe(400);
    expect(r2.error.status).toBe(400);
    expect(r3.result).toEqual(asServed(assessHousehold(second, { year: 2023 })));
  });

  it('streams NDJSON in and out: the first answer arrives before the body has ended', async () => {
    const encoder = new TextEncoder();
    let ctrl: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({ start(c) { ctrl = c; } });
    const pending = fetch(`${server.url}/v1/assess/batch`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half' } as RequestInit);
    ctrl?.enqueue(encoder.encode(`${JSON.stringify(HOUSEHOLD)}\n`));
    const res = await pending;
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    expect(res.headers.get('x-lanxi-plan-fingerprint')).toBe(LANXI_2023.fingerprint);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('\n')) text += (await reader.read()).value ?? '';
    const first = JSON.parse(text.slice(0, text.indexOf('\n')));
    expect(first).toMatchObject({ index: 0, line: 1, fingerprint: LANXI_2023.fingerprint, version: expect.any(String) });
    expect(first.result).toEqual(asServed(assessHousehold(HOUSEHOLD, { year: 2023 })));
    // the rest: a line that is not JSON, a bad record, a blank line, a good record
    ctrl?.enqueue(encoder.encode(`{"id": oops\n${JSON.stringify(bad)}\n\n${JSON.stringify(second)}`));
    ctrl?.close();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.index, l.line, 'result' in l ? 'result' : l.error.code])).toEqual([
      [0, 1, 'result'], [1, 2, 'invalid_json'], [2, 3, 'invalid_input'], [3, 5, 'result'],
    ]);
    expect(lines[3].result).toEqual(asServed(assessHousehold(second, { year: 2023 })));
  });

  it('ends an NDJSON stream past the body limit with a 413 line, keeping the records before it', async () => {
    const small = await started({ bodyLimit: 4096 });
    try {
      const line = `${JSON.stringify(HOUSEHOLD)}\n`;
      const chunks = Array.from({ length: 20 }, () => line);
      const body = new ReadableStream<Uint8Array>({
        pull(c) { const next = chunks.shift(); if (next === undefined) c.close(); else c.enqueue(new TextEncoder().encode(next)); },
      });
      const res = await fetch(`${small.url}/v1/assess/batch`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half' } as RequestInit);
      const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.at(-1).error.status).toBe(413);
      expect(lines.slice(0, -1).length).toBeGreaterThan(0);
      expect(lines.slice(0, -1).every((l) => 'result' in l)).toBe(true);
    } finally {
      await small.close();
    }
  });
});
