// Mutation testing of the money paths: the calculators, the boundary words, the roundings, the
// caps and the population evaluation. `npm run test:mutation` runs it (not part of `npm test`);
// `npm run test:mutation -- --mutate src/core/boundary.ts` runs one file.
//
// Equivalent mutants (a change no input can observe) are disabled in the source, each with a
// `// Stryker disable next-line <mutator>: <reason>` comment that gives the reason.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/rules/loan-algorithm.ts',
    'src/rules/grant-algorithm.ts',
    'src/rules/income-algorithm.ts',
    'src/rules/calc-plan.ts',
    'src/core/calculator.ts',
    'src/core/boundary.ts',
    'src/core/decimal.ts',
    'src/core/scaled.ts',
    'src/population/evaluate.ts',
    'src/population/totals.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  timeoutMS: 30_000,
  cleanTempDir: 'always',
  tempDirName: '.stryker-tmp',
};
