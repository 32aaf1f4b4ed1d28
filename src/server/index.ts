/**
 * lanxi-policy/server — the plan as an HTTP service for systems not written in TypeScript.
 * An entry of its own: the main entry (`lanxi-policy`) never loads it or its framework.
 *
 * @packageDocumentation
 */
export { startServer, DEFAULT_BODY_LIMIT, DEFAULT_TIMEOUT_MS } from './start.js';
export type { ServerOptions, ServerHandle } from './start.js';
export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export { openApiDocument } from './openapi.js';
export { HEADERS, VERSION } from './envelope.js';
export { serveCommand } from './serve.js';
export type { ServeIo } from './serve.js';
