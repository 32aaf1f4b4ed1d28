/**
 * `--out FILE`: where a command writes its result workbook (`.xlsx`), or its tables as CSV files
 * (`.csv`: the first table there, each other beside it as `NAME.TABLE.csv`).
 *
 * @module
 */
import { extname } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import type { Plan } from '../../index.js';
import { UsageError } from '../args.js';
import type { Run } from '../run.js';
import { tr, type Locale } from '../text.js';
import { writeCsvFiles, writeXlsx, type OutSheet } from './book.js';
import type { RunFacts } from './results.js';

/**
 * Checks `--out`: a file ending in `.xlsx` or `.csv` (the name itself is never repeated).
 *
 * @throws {@link UsageError} for any other ending.
 * @example
 * ```ts
 * parseOut('assess', '结果.xlsx'); //=> '结果.xlsx'
 * parseOut('assess', '结果.txt');  // throws UsageError: --out must end in .xlsx or .csv
 * ```
 */
export function parseOut(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ext = extname(value).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError({ zh: '--out 的文件名须以 .xlsx 或 .csv 结尾', en: '--out must end in .xlsx or .csv' }, command);
  return value;
}

/** Today in China Standard Time, YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * What the result sheets say of the run.
 *
 * @example
 * ```ts
 * runFacts('assess', 'zh-CN', LANXI_2023, 2023).version; //=> '0.1.0'
 * ```
 */
export function runFacts(command: string, locale: Locale, plan: Plan, year: number): RunFacts {
  return { command, locale, plan, year, version: (pkg as { version: string }).version, date: today() };
}

/**
 * Writes the result sheets to `file` and says so on standard output, naming the sheets but not
 * the file (its name may be personal data).
 *
 * @throws {@link UsageError} when the file cannot be written.
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { newRun } from '../run.js';
 * let said = '';
 * const run = newRun('assess', { stdout: { write: (s: string) => { said += s; return true; } }, stderr: { write: () => true } }, 'zh-CN', undefined);
 * await writeResult(run, join(tmpdir(), '结果.xlsx'), [{ name: '结果', header: ['户编号'], rows: [['LX-1']] }]);
 * await run.out.flush();
 * said; //=> '结果已写入输出文件：1 张表（结果）\n'
 * ```
 */
export async function writeResult(run: Run, file: string, sheets: readonly OutSheet[]): Promise<void> {
  run.progress.note(tr(run.locale, { zh: '正在写入结果', en: 'writing the results' }));
  try {
    if (extname(file).toLowerCase() === '.csv') await writeCsvFiles(file, sheets);
    else await writeXlsx(file, sheets);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const c = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'write error';
    throw new UsageError({ zh: `无法写入输出文件（${c}）`, en: `cannot write the output file (${c})` }, run.command);
  }
  const names = sheets.map((s) => s.name).join(run.locale === 'en' ? ', ' : '、');
  run.out.write(tr(run.locale, {
    zh: `结果已写入输出文件：${sheets.length} 张表（${names}）\n`,
    en: `results written to the output file: ${sheets.length} tables (${names})\n`,
  }));
}
