import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { LANXI_2023 } from '../../src/index.js';

/** Starts `lanxi-policy serve --port 0` from the sources and gives its URL. */
async function serve(): Promise<{ url: string; child: ReturnType<typeof spawn> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (l) => {
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(l);
      if (m?.[1] === undefined) reject(new Error('unexpected first line')); else resolve(m[1]);
    });
    child.once('exit', () => reject(new Error('exited before listening')));
  });
  return { url, child };
}

describe('lanxi-policy serve', () => {
  it('prints its URL, drains the request in flight on SIGTERM and exits 0', async () => {
    const { url, child } = await serve();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let ctrl: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({ start(c) { ctrl = c; } });
    const pending = fetch(`${url}/v1/rules/loanInterestSubsidy`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    ctrl?.enqueue(new TextEncoder().encode('{"principal":"50000",'));
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    ctrl?.enqueue(new TextEncoder().encode('"annualRate":"0.0435","days":360}'));
    ctrl?.close();
    const res = await pending;
    expect(res.status).toBe(200);
    const answer = await res.json() as Record<string, any>;
    expect(answer.result.amount).toBe('1500.00');
    expect(answer.fingerprint).toBe(LANXI_2023.fingerprint);
    expect(await exited).toBe(0);
  });

  it('refuses a bad port with exit code 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '99999'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port');
  });

  it('serves the Python client (standard library only): an assessment and a compare', async () => {
    const { url, child } = await serve();
    try {
      const r = spawnSync('python3', ['examples/python/client.py', url], { encoding: 'utf8', timeout: 30_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = r.stdout;
      expect(out).toContain(`fingerprint ${LANXI_2023.fingerprint}`);
      expect(out).toMatch(/loan subsidy 891\.67/);
      expect(out).toMatch(/reform fingerprint [0-9a-f]{64}/);
      expect(out).not.toContain(`reform fingerprint ${LANXI_2023.fingerprint}`);
      expect(out).toMatch(/cost change \d+\.\d{2}/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
