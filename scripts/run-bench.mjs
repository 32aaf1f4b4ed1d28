// Runs a benchmark as the library ships: bench/<name>.ts and the sources it imports bundled by tsup
// (esbuild, as `npm run build` does) into .bench/<name>.mjs, then run by node. Under tsx every
// function created at run time would be wrapped to keep its name, which the built package never does.
//
//   node scripts/run-bench.mjs index --quick
import { spawnSync } from 'node:child_process';
import { build } from 'tsup';

const [name = 'index', ...args] = process.argv.slice(2);
await build({
  entry: { [name]: `bench/${name}.ts` },
  outDir: '.bench',
  format: ['esm'],
  outExtension: () => ({ js: '.mjs' }),
  target: 'node20',
  platform: 'node',
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: false,
  silent: true,
  config: false,
  // the packages stay packages (zod, decimal.js, date-fns, json-rules-engine), loaded from node_modules
  skipNodeModulesBundle: true,
});
const r = spawnSync(process.execPath, [`.bench/${name}.mjs`, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
