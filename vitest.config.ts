import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

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
