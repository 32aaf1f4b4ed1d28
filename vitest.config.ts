import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest files, slowest first, as measured on a two-core machine (each takes 5 to 25 s; most
 * others well under one). They start first, so the workers finish together instead of one of them
 * starting a 25-second file when the rest are done; vitest's own order (larger files first, or the
 * last run's durations once it has them) would start these short files last on a fresh clone.
 */
const SLOWEST = [
  'test/reliability/hostile-population.test.ts',
  'test/reliability/hostile.test.ts',
  'test/reliability/hostile-what-if.test.ts',
  'test/reliability/determinism.test.ts',
  'test/reliability/cli.test.ts',
  'test/schema/fast-path.test.ts',
  'test/docs/examples.test.ts',
  'test/reliability/properties.test.ts',
  'test/rules/allocate-dividends.test.ts',
  'test/reliability/privacy.test.ts',
  'test/reliability/plain-data.test.ts',
  'test/server/serve.test.ts',
  'test/cli/cli.test.ts',
];

/** Vitest's order, with the {@link SLOWEST} files moved to the front in their order. */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOWEST.indexOf(relative(f.project.config.root, f.moduleId).replaceAll('\\', '/'));
      return i < 0 ? SLOWEST.length : i;
    };
    return base.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

/**
 * Two projects, both run by `npm test`: `reliability` (test/reliability/, the slow checks that span
 * every layer: hostile input, determinism across time zones and builds, privacy, properties) and
 * `unit` (everything else, one folder per folder of src/). Run one alone with
 * `npx vitest run --project unit`.
 *
 * The unit files share their worker's loaded modules (`isolate: false`: the sources are imported once per
 * worker, not once per file, which was a third of the suite's time): no unit test mocks a module or
 * leaves a global changed (a spy is restored in the test that made it), and the library keeps no state
 * that changes an answer, only caches. The reliability files, which watch prototypes and globals,
 * each keep a fresh module graph.
 *
 * Files run in at least two workers: vitest's default (one fewer than the cores) would run them one
 * at a time on a two-core machine, while the main process mostly waits.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/reliability/**'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'reliability', include: ['test/reliability/**/*.test.ts'] },
      },
    ],
  },
});
