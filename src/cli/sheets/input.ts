/**
 * Spreadsheet input for the commands: an xlsx workbook, CSV files or a folder of them, read into
 * household records that go through the same validation as JSON, with every problem — a cell
 * that cannot be read, or an issue the library finds — reported at its 工作表 · 行 · 列.
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatPath, type PolicyIssue } from '../../index.js';
import { UsageError } from '../args.js';
import type { SourceRecord } from '../input.js';
import type { Progress } from '../progress.js';
import type { RecordError } from '../records.js';
import { safeText } from '../table.js';
import { tr, type Locale } from '../text.js';
import { assembleWorkbook, type TableSource } from './assemble.js';
import type { AssembledHousehold, AssembledInput, CellRef, SheetIssue } from './cells.js';
import { ONE_TABLE, assembleOneTable } from './one-table.js';
import { readCsvInput } from './read-csv.js';
import { openWorkbook } from './read-xlsx.js';
import type { Table } from './table.js';

/** Input read from spreadsheets: the records to validate, and how to report their problems. */
export interface SheetInput {
  readonly records: AsyncIterable<SourceRecord>;
  /** Problems not tied to one household (a missing column, a row pointing to no household). */
  readonly general: readonly SheetIssue[];
  /** Every problem of a record that failed, at its cells. */
  issuesOf(e: RecordError): SheetIssue[];
}

const XLSX = new Set(['.xlsx', '.xlsm']);
const CSV = new Set(['.csv', '.tsv']);

/**
 * Whether the FILE arguments name spreadsheet input: an `.xlsx` workbook, `.csv` files or a folder.
 *
 * @example
 * ```ts
 * await isSheetInput(['家庭.xlsx']);     //=> true
 * await isSheetInput(['households.json']); //=> false
 * ```
 */
export async function isSheetInput(files: readonly string[]): Promise<boolean> {
  for (const f of files) {
    const ext = extname(f).toLowerCase();
    if (XLSX.has(ext) || CSV.has(ext)) return true;
    if (f !== '-') {
      try {
        if ((await stat(f)).isDirectory()) return true;
      } catch {
        // not there: the JSON reader reports it
      }
    }
  }
  return false;
}

/** The same cell, as a key. */
const cellKey = (c: CellRef): string => `${c.sheet}\u0000${c.row}\u0000${c.column}`;

/** Records after which an earlier household's way back to its cells is let go: far more than a validation chunk. */
const RELEASE_AFTER = 20_000;

/**
 * Opens spreadsheet input and puts its households together.
 *
 * @throws {@link UsageError} when a file cannot be read or decoded, a workbook has no 家庭 sheet
 *   (nor a 户表), or xlsx and CSV files are mixed.
 * @example
 * ```ts
 * import { Progress } from '../progress.js';
 * import { writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(tmpdir(), '户表.csv');
 * writeFileSync(file, '户编号,类别,收入年度,工资性收入,经营净收入,财产净收入,转移净收入,人口\nH1,低保,2023,0,0,0,9000,2\n');
 * const input = await openSheetInput('assess', [file], new Progress({ write: () => true }, { enabled: false, tty: false }), 'zh-CN');
 * const ids: unknown[] = [];
 * for await (const r of input.records) ids.push((r.value as { id: string }).id);
 * ids; //=> ['H1']
 * ```
 */
export async function openSheetInput(command: string, files: readonly string[], progress: Progress, locale: Locale): Promise<SheetInput> {
  const xlsx = files.filter((f) => XLSX.has(extname(f).toLowerCase()));
  if (xlsx.length > 0 && (xlsx.length > 1 || files.length > 1)) {
    throw new UsageError({ zh: '只能给一个 xlsx 工作簿（或若干 CSV 文件）', en: 'give one xlsx workbook (or CSV files), not several' }, command);
  }
  progress.note(tr(locale, { zh: '正在读取表格', en: 'reading the spreadsheet' }));
  let names: readonly string[];
  let source: TableSource;
  let headers: () => (readonly string[])[];
  if (xlsx.length === 1) {
    const book = await openWorkbook(command, xlsx[0] as string);
    names = book.names;
    source = (name) => book.table(name);
    headers = () => [];
  } else {
    const tables = await readCsvInput(command, files);
    names = tables.map((t) => t.name);
    source = (name) => tables.find((t) => t.name === name);
    headers = () => tables.map((t) => t.header);
  }
  let assembled: AssembledInput;
  if (names.includes('家庭')) assembled = assembleWorkbook(source);
  else if (names.includes(ONE_TABLE.name)) assembled = assembleOneTable(source(ONE_TABLE.name) as Table);
  else {
    const unknownHeader = headers().length > 0 && headers().every((h) => !h.includes('户编号'));
    throw new UsageError(unknownHeader && xlsx.length === 0
      ? {
        zh: '表头中找不到“户编号”等列：文件可能不是 UTF-8 或 GB18030/GBK 编码，或不是本格式的表（见 lanxi-policy template）',
        en: 'no 户编号 column in the header: the file may be in an encoding other than UTF-8 or GB18030/GBK, or not in this layout (see lanxi-policy template)',
      }
      : {
        zh: '找不到「家庭」表（或单表格式的「户表」）：请用 lanxi-policy template 生成的模板',
        en: 'no 家庭 sheet (nor a one-table 户表): start from the template of lanxi-policy template',
      }, command);
  }
  const households: (AssembledHousehold | undefined)[] = assembled.households;
  const general = assembled.issues;
  async function* records(): AsyncGenerator<SourceRecord> {
    for (let index = 0; index < households.length; index++) {
      const h = households[index];
      if (h === undefined) continue;
      const value = h.value;
      // handed on: validation holds it now, and the result will
      h.value = undefined;
      // long validated (in chunks of 2000), a household that was no problem is not asked about again
      const old = households[index - RELEASE_AFTER];
      if (old !== undefined && old.issues.length === 0) households[index - RELEASE_AFTER] = undefined;
      yield h.issues.length > 0 ? { value, index, rejected: true } : { value, index };
      progress.update(tr(locale, { zh: '正在校验', en: 'validating' }), index + 1, households.length, index + 1);
    }
  }
  return {
    records: records(),
    general,
    issuesOf(e: RecordError): SheetIssue[] {
      const h = households[e.index];
      if (h === undefined) return [];
      const out = [...h.issues];
      const seen = new Set(out.map((x) => cellKey(x.at)));
      for (const i of e.issues) {
        const at = h.locate(i.path);
        const key = cellKey(at);
        if (seen.has(key)) continue;
        seen.add(key);
        const issue: SheetIssue = { at, code: i.code, text: { zh: i.messageZh, en: i.message } };
        out.push(h.id === undefined ? issue : { ...issue, id: h.id });
      }
      return out;
    },
  };
}

/**
 * The problems of a bad JSON record as 错误 rows: 工作表 "JSON", 行 = its line (JSON Lines) or its
 * position (1-based), 列 = the path of the issue.
 *
 * @example
 * ```ts
 * jsonIssues({ index: 2, issues: [{ path: ['income', 'wage'], code: 'negative', message: 'must not be negative', messageZh: '不能为负数' }] });
 * //=> [{ at: { sheet: 'JSON', row: 3, column: 'income.wage', letter: '' }, code: 'negative', text: { zh: '不能为负数', en: 'must not be negative' } }]
 * ```
 */
export function jsonIssues(e: RecordError): SheetIssue[] {
  const list: readonly PolicyIssue[] = e.issues;
  return list.map((i) => {
    const issue: SheetIssue = { at: { sheet: 'JSON', row: e.line ?? e.index + 1, column: formatPath(i.path), letter: '' }, code: i.code, text: { zh: i.messageZh, en: i.message } };
    return e.id === undefined ? issue : { ...issue, id: e.id };
  });
}

/**
 * Problems at their cells as JSON (`--json` with spreadsheet input): sheet, row, column, cell, the
 * household id when safe, code and both messages — never the cell's content.
 *
 * @example
 * ```ts
 * cellErrorsJson([{ at: { sheet: '贷款', row: 5, column: '年利率', letter: 'D' }, code: 'invalid_rate', text: { zh: '…', en: '…' } }]);
 * //=> [{ sheet: '贷款', row: 5, column: '年利率', cell: 'D5', code: 'invalid_rate', message: '…', messageZh: '…' }]
 * ```
 */
export function cellErrorsJson(issues: readonly SheetIssue[]): unknown[] {
  return issues.map((i) => ({
    sheet: i.at.sheet, row: i.at.row, column: i.at.column, cell: i.at.letter === '' ? null : `${i.at.letter}${i.at.row}`,
    ...(i.id === undefined ? {} : { id: i.id }), code: i.code, message: i.text.en, messageZh: i.text.zh,
  }));
}

/**
 * One line of standard error for a problem at a cell: sheet, row, column (and cell), message.
 *
 * @example
 * ```ts
 * issueLine({ at: { sheet: '成员', row: 5, column: '身份证号', letter: 'B' }, code: 'invalid_id_checksum', text: { zh: '未通过校验', en: 'fails the check' } }, 'zh-CN');
 * //=> 'lanxi-policy：成员 第 5 行 身份证号（B5）：未通过校验'
 * ```
 */
export function issueLine(i: SheetIssue, locale: Locale): string {
  const cell = i.at.letter === '' ? '' : `${i.at.letter}${i.at.row}`;
  const col = safeText(i.at.column);
  return locale === 'en'
    ? `lanxi-policy: ${i.at.sheet} row ${i.at.row} ${col}${cell === '' ? '' : ` (${cell})`}: ${i.text.en}`
    : `lanxi-policy：${i.at.sheet} 第 ${i.at.row} 行 ${col}${cell === '' ? '' : `（${cell}）`}：${i.text.zh}`;
}
