/**
 * `lanxi-policy serve [--host 127.0.0.1] [--port 8080] [--body-limit BYTES] [--timeout MS]`:
 * starts the service, prints `listening on http://HOST:PORT` and runs until SIGTERM or SIGINT,
 * when it lets the requests in flight finish and ends with exit code 0.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BODY_LIMIT, DEFAULT_TIMEOUT_MS, startServer, type ServerHandle } from './start.js';

/** Where `serve` writes (the command line's streams). */
export interface ServeIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const USAGE = `Usage: lanxi-policy serve [--host 127.0.0.1] [--port 8080] [--body-limit BYTES] [--timeout MS]

Starts the HTTP service (docs/http.md): GET /v1/plan, POST /v1/rules/{rule}, /v1/assess,
/v1/assess/batch, /v1/simulate, /v1/compare, /v1/sweep, GET /v1/openapi.json, GET /health.
Prints "listening on http://HOST:PORT"; --port 0 picks a free port. SIGTERM or SIGINT stops it
once the requests in flight are answered (exit code 0).

Options:
  --host HOST         interface to listen on (default 127.0.0.1)
  --port PORT         port, 0 to 65535 (default 8080; 0 picks a free one)
  --body-limit BYTES  largest request body, answered with 413 past it (default ${DEFAULT_BODY_LIMIT})
  --timeout MS        time limit of one request, answered with 503 past it (default ${DEFAULT_TIMEOUT_MS})
  -h, --help          this help
`;

function wholeNumber(text: string | undefined, fallback: number, min: number, max: number, option: string): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,10}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new Error(`${option} must be a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

/**
 * Runs `lanxi-policy serve`: resolves with the exit code once the service has stopped (0), or at
 * once on a usage error (2) or when the port cannot be listened on (3).
 *
 * @example
 * ```ts
 * const code = await serveCommand(['--port', '0'], process); // prints "listening on http://127.0.0.1:PORT"
 * ```
 */
export async function serveCommand(args: readonly string[], io: ServeIo): Promise<number> {
  let host: string;
  let port: number;
  let bodyLimit: number;
  let timeoutMs: number;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        host: { type: 'string' }, port: { type: 'string' }, 'body-limit': { type: 'string' }, timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help === true) {
      io.stdout.write(USAGE);
      return 0;
    }
    host = values.host ?? '127.0.0.1';
    if (host.length === 0 || host.length > 255) throw new Error('--host must name an interface');
    port = wholeNumber(values.port, 8080, 0, 65535, '--port');
    bodyLimit = wholeNumber(values['body-limit'], DEFAULT_BODY_LIMIT, 1, 2 ** 31, '--body-limit');
    timeoutMs = wholeNumber(values.timeout, DEFAULT_TIMEOUT_MS, 1, 3_600_000, '--timeout');
  } catch (e) {
    // parseArgs names the unknown option; our own messages name only the option
    const message = e instanceof Error ? e.message.split('\n')[0] ?? '' : 'invalid arguments';
    io.stderr.write(`lanxi-policy serve: ${message.slice(0, 200)}\nRun 'lanxi-policy serve --help' for usage.\n`);
    return 2;
  }
  let server: ServerHandle;
  try {
    server = await startServer({ host, port, bodyLimit, timeoutMs });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | undefined)?.code ?? 'error';
    io.stderr.write(`lanxi-policy serve: cannot listen on the port given (${String(code).slice(0, 40)})\n`);
    return 3;
  }
  io.stdout.write(`listening on ${server.url}\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void server.close().then(() => resolve(0));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
