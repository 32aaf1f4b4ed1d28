import { defineConfig } from 'vitest/config';

/**
 * The tests that exercise the money paths StrykerJS mutates (`stryker.config.mjs`): the calculators,
 * the boundary words, the rules' algorithms and the population evaluation. The globs match the
 * tests both where they were (`test/core-*.test.ts`) and in the folders that mirror `src/`.
 */
/** `MUTATION_TESTS=glob,glob`: only those tests (a quicker run over one file with the tests aimed at it). */
const only = process.env['MUTATION_TESTS']?.split(',').filter((g) => g !== '');

export default defineConfig({
  test: {
    include: only ?? [
      'test/core/**/*.test.ts',
      'test/rules/**/*.test.ts',
      'test/population/**/*.test.ts',
      'test/core-*.test.ts',
      'test/population-*.test.ts',
      'test/*loan*.test.ts',
      'test/*income*.test.ts',
      'test/*grant*.test.ts',
      'test/golden.test.ts',
    ],
    // Left out: the reliability suite (slow, and it asserts other properties), and the files that
    // compute a whole population while the tests are being collected, which would make every
    // mutant they reach "static" (run against every test); the tests above cover the same paths.
    exclude: [
      '**/node_modules/**',
      'test/**/reliability-*.test.ts',
      'test/reliability/**',
      'test/**/*report*.test.ts',
      'test/**/*sweep*.test.ts',
      'test/**/*synthetic*.test.ts',
    ],
    testTimeout: 60_000,
  },
});
