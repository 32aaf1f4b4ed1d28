/**
 * Measuring helpers for the benchmark: timing (median of several runs), retained memory after a
 * full garbage collection, cold import time of the built package, and its gzip size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** A full garbage collection (twice, so weak references are cleared too). */
export function gc(): void {
  collect();
  collect();
}

/** Bytes held by the JavaScript heap and by array buffers (typed arrays live there). */
export function heldBytes(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** The middle value. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` `warmup` times, then `runs` times; the median time of one run, in milliseconds. */
export function timeMs(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Like {@link timeMs} for an async function. */
export async function timeMsAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Prints progress on stderr, so stdout holds the table alone. */
export function progress(message: string): void {
  process.stderr.write(`  … ${message}\n`);
}

const DIST = join(ROOT, 'dist', 'index.js');

/** The newest modification time of the files under `dir`, in ms. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the package when dist/index.js is missing or older than a file under src/. */
export function ensureBuilt(): void {
  if (existsSync(DIST) && statSync(DIST).mtimeMs >= newest(join(ROOT, 'src'))) return;
  progress(`dist/index.js is ${existsSync(DIST) ? 'older than src/' : 'missing'}: npm run build`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0 || !existsSync(DIST)) throw new Error('npm run build failed');
}

function spawnMs(args: readonly string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  return ms;
}

/** The packages dist/index.js imports (its runtime dependencies, by the subpaths it uses). */
export function distImports(): string[] {
  const text = readFileSync(DIST, 'utf8');
  return [...new Set([...text.matchAll(/^import (?:[^'"]* from )?['"]([^'"./][^'"]*)['"];?$/gm)].map((m) => m[1] as string))];
}

/**
 * Cold import time of the built package: the median of `runs` fresh `node -e "import('./dist/index.js')"`
 * processes, less the median of as many `node -e "0"` processes (node's own start-up), in ms; and,
 * the same way, of a process that imports only the packages dist/index.js imports (`depsMs`, net).
 * `ownMs`, the library's own share, is timed inside each of `runs` fresh processes that import the
 * dependencies first and then dist/index.js: the second import is the library's own code alone (a
 * difference of two process medians would be lost in the noise of process start-up).
 */
export function coldImportMs(runs: number): { importMs: number; baselineMs: number; netMs: number; depsNetMs: number; ownMs: number; deps: string[] } {
  const deps = distImports();
  const depsScript = `Promise.all([${deps.map((d) => `import(${JSON.stringify(d)})`).join(', ')}])`;
  const ownScript = `await ${depsScript}; const t1 = performance.now(); await import('./dist/index.js'); process.stdout.write(String(performance.now() - t1));`;
  const withImport: number[] = [];
  const baseline: number[] = [];
  const depsOnly: number[] = [];
  const own: number[] = [];
  spawnMs(['-e', '0']);
  for (let i = 0; i < runs; i++) {
    baseline.push(spawnMs(['-e', '0']));
    withImport.push(spawnMs(['-e', "import('./dist/index.js')"]));
    depsOnly.push(spawnMs(['-e', depsScript]));
    own.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', ownScript], { cwd: ROOT, encoding: 'utf8' })));
  }
  const importMs = median(withImport);
  const baselineMs = median(baseline);
  return { importMs, baselineMs, netMs: importMs - baselineMs, depsNetMs: median(depsOnly) - baselineMs, ownMs: median(own), deps };
}

/** Size of dist/index.js, raw and gzipped (node:zlib, default level), in bytes. */
export function distSize(): { raw: number; gzip: number } {
  const bytes = readFileSync(DIST);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}
