/**
 * {@link startServer}: the service on node:http, through `@hono/node-server`.
 *
 * @module
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';


/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Interface to listen on. Default '127.0.0.1'. */
  readonly host?: string;
  /** Port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Largest request body in bytes, answered with 413 past it. Default 10 MB (10 × 1024 × 1024). */
  readonly bodyLimit?: number;
  /** Time limit of one request in ms (reading its body included), answered with 503 past it. Default 30000. */
  readonly timeoutMs?: number;
}

/** A started service. */
export interface ServerHandle {
  /** 'http://HOST:PORT'. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `graceMs`, default
   * 10000, after which their connections are closed) and resolves when the server is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/** Default body limit: 10 MB. */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
/** Default time limit of a request, ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Starts the service on node:http (through `@hono/node-server`).
 *
 * @param options - `{ host = '127.0.0.1', port = 0, bodyLimit = 10 MB, timeoutMs = 30000 }`.
 * @returns a handle with the `url` it listens on and `close()`.
 * @throws when the port cannot be listened on (in use, no permission).
 * @example
 * ```ts
 * import { startServer } from 'lanxi-policy/server';
 * const server = await startServer({ port: 0 });
 * const res = await fetch(`${server.url}/v1/rules/loanInterestSubsidy`, {
 *   method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ principal: '50000', annualRate: '0.0435', days: 360 }),
 * });
 * (await res.json()).result.amount; //=> '1500.00'
 * await server.close();
 * ```
 */
export async function startServer(options: ServerOptions = {}): Promise<ServerHandle> {
  const host = options.host ?? '127.0.0.1';
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const app = createApp({ bodyLimit, timeoutMs });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({
      fetch: app.fetch,
      hostname: host,
      port: options.port ?? 0,
      // @hono/node-server's own Request and Response (subclasses of the global ones) stand in for
      // the globals: the framework's body limit rebuilds a request from one of them
    }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  // a client that sends its headers or body too slowly is cut off by node:http itself
  server.headersTimeout = Math.min(60_000, timeoutMs + 1000);
  server.requestTimeout = timeoutMs + 2000;
  server.keepAliveTimeout = 5000;
  const address = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${address.port}`,
    host,
    port: address.port,
    close(graceMs = 10_000) {
      closing ??= new Promise<void>((resolve) => {
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
