/**
 * Prints the representative computations as JSON, for the determinism tests' child processes.
 *
 *   node --import tsx test/helpers/run-representative.ts <all|dates|both> src
 *   node --import tsx test/helpers/run-representative.ts <all|dates|both> esm <path to index.js>
 *   node --import tsx test/helpers/run-representative.ts <all|dates|both> cjs <path to index.cjs>
 *
 * `both` prints the two on two lines: all, then dates (JSON text holds no line break of its own).
 * The determinism tests run it bundled (sources included) by tsup, as `node runner.js <what> <mode>`.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { dateInputs, representative } from './representative.js';

type Lib = Parameters<typeof representative>[0];

const [what, mode, file] = process.argv.slice(2);
let lib: Lib;
if (mode === 'src') lib = await import('../../src/index.js');
else if (mode === 'esm' && file !== undefined) lib = (await import(pathToFileURL(file).href)) as Lib;
else if (mode === 'cjs' && file !== undefined) lib = createRequire(import.meta.url)(file) as Lib;
else throw new Error(`usage: run-representative.ts <all|dates|both> <src|esm|cjs> [file]`);

if (what === 'both') process.stdout.write(`${JSON.stringify(representative(lib))}\n${JSON.stringify(dateInputs(lib))}`);
else process.stdout.write(JSON.stringify(what === 'dates' ? dateInputs(lib) : representative(lib)));
