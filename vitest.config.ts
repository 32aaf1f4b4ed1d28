import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`: `reliability` (test/reliability/, the slow checks that span
 * every layer: hostile input, determinism across time zones and builds, privacy, properties) and
 * `unit` (everything else, one folder per folder of src/). Run one alone with
 * `npx vitest run --project unit`.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/reliability/**'] },
      },
      {
        extends: true,
        test: { name: 'reliability', include: ['test/reliability/**/*.test.ts'] },
      },
    ],
  },
});
