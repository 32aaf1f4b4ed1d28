/**
 * Serves the built policy explorer on this machine: `npm run site` first, then
 * `npm run site:serve [-- PORT]` (default 8080) and open the address it prints.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.js';

const root = fileURLToPath(new URL('../site-dist/', import.meta.url));
if (!existsSync(`${root}index.html`)) {
  console.error('site-dist/ is missing: run `npm run site` first');
  process.exit(1);
}
const port = Number(process.argv[2] ?? 8080);
const { url } = await serveStatic(root, Number.isSafeInteger(port) ? port : 8080);
console.log(`policy explorer: ${url}  (Ctrl-C to stop)`);
