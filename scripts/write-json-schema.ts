/**
 * Writes the household JSON Schema (draft 2020-12) to `dist/household.schema.json`, the file the
 * package exports as `lanxi-policy/household.schema.json`. Run after the bundle is built (the
 * bundler empties `dist/`): `tsx scripts/write-json-schema.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { householdJsonSchema } from '../src/schema/json-schema.js';

const target = new URL('../dist/household.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(householdJsonSchema(), null, 2)}\n`, 'utf8');
process.stdout.write(`wrote ${fileURLToPath(target)}\n`);
