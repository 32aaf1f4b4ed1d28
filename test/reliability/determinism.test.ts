/**
 * Determinism: the same input gives the same output, byte for byte as JSON (traces and explanations
 * included), across repeated runs in one process, across time zones (child processes under
 * TZ=Asia/Shanghai, America/Los_Angeles, UTC and Pacific/Kiritimati, running the sources as tsup
 * bundles them), and across the ESM and CommonJS builds (built here with tsup into a temporary
 * directory).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { dateInputs, representative } from '../helpers/representative.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const RUNNER = join(ROOT, 'test/helpers/run-representative.ts');
/** The time zones the brief names: the plan's own, one far west, UTC, and the farthest east. */
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati'] as const;
const CHILD_MS = 180_000;

/**
 * The builds, made once for the whole file with tsup into a temporary directory: the library as ESM
 * (index.js) and CommonJS (index.cjs), and the child processes' runner with the sources bundled in
 * (runner.js), so that each child starts as plain node, without transpiling the sources again.
 */
let built: Promise<string> | undefined;
function builds(): Promise<string> {
  built ??= (async () => {
    const { build } = await import('tsup');
    const dir = mkdtempSync(join(tmpdir(), 'lanxi-policy-build-'));
    const common = { outDir: dir, dts: false, sourcemap: false, clean: false, target: 'node20', silent: true, config: false, tsconfig: join(ROOT, 'tsconfig.json') } as const;
    await build({ ...common, entry: { index: join(ROOT, 'src/index.ts') }, format: ['esm', 'cjs'] });
    await build({ ...common, entry: { runner: RUNNER }, format: ['esm'], platform: 'node' });
    // the builds import their dependencies by name: resolve them from this project
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    return dir;
  })();
  return built;
}

afterAll(async () => {
  if (built !== undefined) rmSync(await built, { recursive: true, force: true });
});

/** Runs the representative computations in a child process and returns its JSON text. */
async function child(what: 'all' | 'dates' | 'both', mode: 'src' | 'esm' | 'cjs', tz: string, file?: string): Promise<string> {
  const args = [join(await builds(), 'runner.js'), what, mode, ...(file === undefined ? [] : [file])];
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, TZ: tz }, maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}

/** Where two texts first differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

const json = (v: unknown) => JSON.stringify(v);

/**
 * The source run under time zone `tz`, once per zone for the whole file: the computations and the
 * dates read, as two JSON texts from one child process (each zone's child is started once, however
 * many tests compare it).
 */
const sourceRuns = new Map<string, Promise<{ all: string; dates: string }>>();
function sourceIn(tz: string): Promise<{ all: string; dates: string }> {
  let run = sourceRuns.get(tz);
  if (run === undefined) {
    run = child('both', 'src', tz).then((out) => {
      const cut = out.indexOf('\n');
      return { all: out.slice(0, cut), dates: out.slice(cut + 1) };
    });
    sourceRuns.set(tz, run);
  }
  return run;
}

describe('the same input, run again in the same process', () => {
  it('gives the same output, traces and explanations included, every time', () => {
    const first = json(representative(lib));
    // other work in between, with other plans and other years, must leave no trace in the next run
    lib.simulate(lib.syntheticPopulation({ size: 200, seed: 1 }), { year: 2024, plan: lib.LANXI_2023.with({ microcredit: { floorRate: '0.05' }, period: { to: '2024-12-31' } }) });
    lib.compare(lib.syntheticPopulation({ size: 200, seed: 2 }), { year: 2023, reform: { vocationalGrant: { amount: 1 } } });
    const second = json(representative(lib));
    const third = json(representative(lib));
    expect(firstDifference(first, second)).toBeUndefined();
    expect(firstDifference(first, third)).toBeUndefined();
  });

  it('gives the same population results for validated (cached) households as for fresh records', () => {
    const population = lib.syntheticPopulation({ size: 500, seed: 99 });
    const prepared = lib.preparePopulation(population).households;
    const plan = lib.LANXI_2023.with({ microcredit: { floorRate: '0.04' } });
    const fresh = () => structuredClone(population) as unknown[];
    const runs = [
      json(lib.simulate(fresh(), { year: 2023, plan })),
      json(lib.simulate(prepared, { year: 2023, plan })),
      json(lib.simulate(prepared, { year: 2023, plan })),
    ];
    expect(firstDifference(runs[0] as string, runs[1] as string)).toBeUndefined();
    expect(firstDifference(runs[0] as string, runs[2] as string)).toBeUndefined();
    const compares = [
      json(lib.compare(fresh(), { year: 2023, reform: plan })),
      json(lib.compare(prepared, { year: 2023, reform: plan })),
    ];
    expect(firstDifference(compares[0] as string, compares[1] as string)).toBeUndefined();
  });
});

describe('time zones', () => {
  const compareZones = async (zones: readonly string[]) => {
    const inProcess = json(representative(lib));
    const outputs = await Promise.all(zones.map(async (tz) => (await sourceIn(tz)).all));
    outputs.forEach((out, i) => {
      expect(out.length, `${zones[i]}: output`).toBeGreaterThan(100_000);
      expect(firstDifference(inProcess, out), `${zones[i]} against this process (TZ=${process.env['TZ'] ?? 'unset'})`).toBeUndefined();
    });
  };

  it('gives byte-identical output under Asia/Shanghai, America/Los_Angeles and UTC', () => compareZones(['Asia/Shanghai', 'America/Los_Angeles', 'UTC']), CHILD_MS);

  // Zones that once skipped a day: 1994-12-31 under Pacific/Kiritimati, 2011-12-30 under Pacific/Apia.
  it('gives byte-identical output under Pacific/Kiritimati and Pacific/Apia too', () => compareZones(['Pacific/Kiritimati', 'Pacific/Apia']), CHILD_MS);

  // A Date at local midnight is read by its local date, so new Date(2023, 4, 13) is 2023-05-13 in every zone.
  it('reads a Date given as new Date(2023, 4, 13) as the same day in every time zone', async () => {
    const zones = [...ZONES, 'Asia/Tokyo', 'Pacific/Apia'];
    const outputs = await Promise.all(zones.map(async (tz) => (await sourceIn(tz)).dates));
    outputs.forEach((out, i) => {
      expect(firstDifference(outputs[0] as string, out), `${zones[i]} against ${zones[0]}`).toBeUndefined();
    });
    expect(firstDifference(outputs[0] as string, json(dateInputs(lib))), 'against this process').toBeUndefined();
    expect(JSON.parse(outputs[0] as string)).toMatchObject({ planAt: { ok: 'lanxi-2023' } });
  }, CHILD_MS);
});

describe('ESM and CommonJS builds', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await builds();
  }, CHILD_MS);

  it('builds both formats', () => {
    expect(existsSync(join(dir, 'index.js'))).toBe(true);
    expect(existsSync(join(dir, 'index.cjs'))).toBe(true);
  });

  it('gives byte-identical output from the ESM build (import) and the CommonJS build (require) as from the source', async () => {
    const [source, esm, cjs, cjsLa, esmShanghai] = await Promise.all([
      sourceIn('UTC').then((r) => r.all),
      child('all', 'esm', 'UTC', join(dir, 'index.js')),
      child('all', 'cjs', 'UTC', join(dir, 'index.cjs')),
      child('all', 'cjs', 'America/Los_Angeles', join(dir, 'index.cjs')),
      child('all', 'esm', 'Asia/Shanghai', join(dir, 'index.js')),
    ]);
    expect(source.length).toBeGreaterThan(100_000);
    expect(firstDifference(json(representative(lib)), esm), 'ESM build against this process').toBeUndefined();
    expect(firstDifference(source, esm), 'ESM build').toBeUndefined();
    expect(firstDifference(source, cjs), 'CommonJS build').toBeUndefined();
    expect(firstDifference(source, cjsLa), 'CommonJS build, America/Los_Angeles').toBeUndefined();
    expect(firstDifference(source, esmShanghai), 'ESM build, Asia/Shanghai').toBeUndefined();
  }, CHILD_MS);

  it('throws errors the other build recognises: isPolicyInputError works across the two copies', async () => {
    const esm = (await import(join(dir, 'index.js'))) as typeof lib;
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(join(dir, 'index.cjs')) as typeof lib;
    let caught: unknown;
    try {
      esm.loanInterestSubsidy({ principal: -1, annualRate: '0.04', days: 1 });
    } catch (e) {
      caught = e;
    }
    expect(cjs.isPolicyInputError(caught)).toBe(true);
    expect(lib.isPolicyInputError(caught)).toBe(true);
    expect(caught instanceof cjs.PolicyInputError).toBe(false);
  }, CHILD_MS);
});
