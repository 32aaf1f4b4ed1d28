/**
 * Supply chain: the library runs on exactly three dependencies (decimal.js, zod, date-fns), and the
 * HTTP service (`lanxi-policy/server`, `lanxi-policy serve`) on two more (hono, @hono/node-server),
 * imported only under src/server; all pinned by a lockfile with an integrity hash for every package.
 * The source imports nothing else but Node's own modules and its own files.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNTIME = ['date-fns', 'decimal.js', 'zod'];
/** The HTTP service's own dependencies, imported only by src/server. */
const SERVICE = ['@hono/node-server', 'hono'];
const ALL = [...SERVICE, ...RUNTIME].sort();

interface LockPackage {
  readonly version?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly hasInstallScript?: boolean;
}
interface Lock {
  readonly lockfileVersion: number;
  readonly packages: Record<string, LockPackage>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; optionalDependencies?: Record<string, string>;
  bundledDependencies?: unknown; bundleDependencies?: unknown; scripts?: Record<string, string>;
};

/** Whether `version` satisfies a caret range such as '^10.6.0' (same major, not lower). */
function satisfiesCaret(version: string, range: string): boolean {
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const v = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m || !v) return false;
  const [a, b] = [m.slice(1).map(Number), v.slice(1).map(Number)] as [number[], number[]];
  return a[0] === b[0] && (b[1] as number) * 1e6 + (b[2] as number) >= (a[1] as number) * 1e6 + (a[2] as number);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports: static imports and exports, `import()`, `require()`, type-only imports included. */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

describe('package.json', () => {
  it('depends at run time on exactly decimal.js, zod and date-fns, and hono with @hono/node-server for the service', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(ALL);
  });

  it('has no peer, optional or bundled dependencies', () => {
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.bundledDependencies ?? pkg.bundleDependencies ?? []).toEqual([]);
  });

  it('runs no script when it is installed', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) {
      expect(pkg.scripts?.[hook], hook).toBeUndefined();
    }
  });
});

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

  it('exists with lockfileVersion 3 or later', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  });

  it('records the same runtime dependencies as package.json', () => {
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
  });

  it('pins every package with an integrity hash (sha512)', () => {
    const missing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.link !== true && !/^sha512-/.test(p.integrity ?? ''))
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('installs nothing for production but those five dependencies, which themselves depend on nothing and run no install script', () => {
    const production = Object.entries(lock.packages).filter(([path, p]) => path !== '' && p.dev !== true && p.devOptional !== true);
    expect(production.map(([path]) => path).sort()).toEqual(ALL.map((n) => `node_modules/${n}`));
    for (const [path, p] of production) {
      expect(p.dependencies ?? {}, path).toEqual({});
      expect(p.hasInstallScript ?? false, path).toBe(false);
      expect(satisfiesCaret(p.version ?? '', pkg.dependencies?.[path.replace('node_modules/', '')] ?? ''), `${path}@${p.version}`).toBe(true);
    }
  });
});

describe('the source', () => {
  const files = sourceFiles(join(ROOT, 'src'));
  const builtins = new Set(builtinModules);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((f) => relative(ROOT, f))).toContain(join('src', 'index.ts'));
  });

  it('imports only decimal.js, zod, date-fns (and their subpaths), node: builtins and its own files; the service also hono', () => {
    const outside: string[] = [];
    for (const file of files) {
      const allowed = relative(ROOT, file).startsWith(join('src', 'server')) ? ALL : RUNTIME;
      for (const s of specifiers(file)) {
        const ok = s.startsWith('./') || s.startsWith('../')
          || (s.startsWith('node:') && builtins.has(s.slice(5)))
          || allowed.some((dep) => s === dep || s.startsWith(`${dep}/`));
        if (!ok) outside.push(`${relative(ROOT, file)}: ${s}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('names Node builtins with the node: prefix', () => {
    const bare: string[] = [];
    for (const file of files) {
      for (const s of specifiers(file)) if (builtins.has(s) && !s.startsWith('node:')) bare.push(`${relative(ROOT, file)}: ${s}`);
    }
    expect(bare).toEqual([]);
  });

  it('imports its own files only from inside src (and the package\'s own package.json)', () => {
    const escaping: string[] = [];
    for (const file of files) {
      for (const s of specifiers(file)) {
        if (!s.startsWith('.')) continue;
        const target = resolve(file, '..', s);
        if (target === join(ROOT, 'package.json')) continue;
        if (relative(join(ROOT, 'src'), target).startsWith('..')) escaping.push(`${relative(ROOT, file)}: ${s}`);
      }
    }
    expect(escaping).toEqual([]);
  });
});
