/**
 * Helpers of the spreadsheet tests: running the command line in-process, and finding a Python
 * that has openpyxl (the independent reader and writer of xlsx files).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';

/** What a run of the command line wrote, and its exit code. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, as `lanxi-policy ARGS` would. */
export async function cli(argv: readonly string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

let python: string | undefined;

/**
 * A Python 3 with openpyxl: $PYTHON, python3 or Debian's /usr/bin/python3. Throws, with the way
 * to install it, when there is none: these tests must not pass by being skipped.
 */
export function pythonWithOpenpyxl(): string {
  if (python !== undefined) return python;
  for (const candidate of [process.env['PYTHON'], 'python3', '/usr/bin/python3']) {
    if (candidate === undefined || candidate === '') continue;
    try {
      execFileSync(candidate, ['-c', 'import openpyxl'], { stdio: 'ignore' });
      python = candidate;
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error('these tests need Python 3 with openpyxl, the independent xlsx reader: run scripts/ci-sheets.sh (apt-get install python3-openpyxl)');
}

/** Runs one of the scripts of test/cli/py with arguments; returns its standard output. */
export function py(script: string, args: readonly string[]): string {
  return execFileSync(pythonWithOpenpyxl(), [join(import.meta.dirname, 'py', script), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}
