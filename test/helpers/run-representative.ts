/**
 * Prints the representative computations as JSON, for the determinism tests' child processes.
 *
 *   node --import tsx test/helpers/run-representative.ts <all|dates> src
 *   node --import tsx test/helpers/run-representative.ts <all|dates> esm <path to index.js>
 *   node --import tsx test/helpers/run-representative.ts <all|dates> cjs <path to index.cjs>
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
else throw new Error(`usage: run-representative.ts <all|dates> <src|esm|cjs> [file]`);

process.stdout.write(JSON.stringify(what === 'dates' ? dateInputs(lib) : representative(lib)));
