/**
 * Reading CSV files: the tables of a workbook as one file each (`家庭.csv`, `成员.csv`, …, given as
 * files or a folder), or the one-table form (`户表`, a row per household). Text is UTF-8 with or
 * without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), or GB18030/GBK (what a
 * Chinese Excel writes by default); a file in none of these is refused with a message that says
 * so. Fields are separated by commas (or tabs, when the header row has tabs and no commas) and
 * quoted as RFC 4180 says; the parser is a few lines here rather than a dependency.
 *
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Text } from '../../index.js';
import { UsageError } from '../args.js';
import { sheetSpec } from './layout.js';
import { ONE_TABLE } from './one-table.js';
import { tableOf, type Table, type TableRow } from './table.js';

/** The encoding a CSV file was read in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const ENCODING_ERROR: Text = {
  zh: '输入文件的编码无法识别：请存为 UTF-8 或 GB18030/GBK（Excel“CSV（逗号分隔）”或“CSV UTF-8”）',
  en: 'the input file is in an encoding that cannot be read: save it as UTF-8 or GB18030/GBK (Excel "CSV (Comma delimited)" or "CSV UTF-8")',
};

/**
 * Decodes the bytes of a CSV file: by its byte-order mark, else as UTF-8 when the bytes are valid
 * UTF-8, else as GB18030 (which includes GBK and GB2312).
 *
 * @throws {@link UsageError} when the bytes are valid in none of these encodings.
 * @example
 * ```ts
 * decodeCsv(Buffer.from([0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5]), 'assess'); //=> { text: '户编号', encoding: 'gb18030' }
 * ```
 */
export function decodeCsv(bytes: Uint8Array, command: string): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      // NUL characters mean UTF-16 without a mark, or not text at all
      if (!text.includes('\u0000')) return { text, encoding };
    } catch {
      // not this encoding: try the next
    }
  }
  throw new UsageError(ENCODING_ERROR, command);
}

/**
 * Splits CSV text into records of fields (RFC 4180: `"` quotes a field, `""` is a quote inside
 * one, a quoted field may hold separators and line breaks; records end at `\r\n`, `\n` or `\r`).
 *
 * @example
 * ```ts
 * parseCsv('a,"b,1"\r\n"x""y",\n'); //=> [['a', 'b,1'], ['x"y', '']]
 * ```
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < n) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return records;
}

/** The separator of a CSV text: a tab when the first line has tabs and no commas, else a comma. */
function separatorOf(text: string): string {
  const first = text.slice(0, Math.max(0, text.search(/[\r\n]|$/)));
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

/**
 * Reads one CSV text as a table named `name` (row numbers as a spreadsheet shows them: the header
 * is row 1).
 *
 * @example
 * ```ts
 * csvTable('家庭', '户编号,类别\nH1,低保\n').rows; //=> [{ row: 2, cells: ['H1', '低保'] }]
 * ```
 */
export function csvTable(name: string, text: string): Table {
  const [header = [], ...data] = parseCsv(text, separatorOf(text));
  const rows: TableRow[] = data.map((cells, i) => ({ row: i + 2, cells }));
  return tableOf(name, header, rows);
}

/** The table a CSV file holds, by its name (家庭.csv …) or, for the one-table form, its header. */
function tableName(file: string, header: readonly string[]): string | undefined {
  if (header.includes(ONE_TABLE.countHeader)) return ONE_TABLE.name;
  const stem = basename(file, extname(file)).trim();
  return sheetSpec(stem)?.name ?? (stem === ONE_TABLE.name ? ONE_TABLE.name : undefined);
}

/**
 * Reads CSV input: one or more `.csv` files, or a folder holding them. Each file is a table named
 * after it (`家庭.csv` → 家庭), or the one-table form when its header has 人口; files with other
 * names in a folder are left alone.
 *
 * @throws {@link UsageError} when a file cannot be read or decoded, or a file given by name is
 *   not one of the tables (the message never repeats the file's name).
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'csv-'));
 * writeFileSync(join(dir, '家庭.csv'), '户编号\nH1\n');
 * writeFileSync(join(dir, '成员.csv'), '户编号\nH1\n');
 * (await readCsvInput('assess', [dir])).map((t) => t.name); //=> ['家庭', '成员']
 * ```
 */
export async function readCsvInput(command: string, paths: readonly string[]): Promise<Table[]> {
  const files: { path: string; named: boolean }[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (e) {
      throw new UsageError({ zh: `无法读取输入文件（${codeOf(e)}）`, en: `cannot read the input file (${codeOf(e)})` }, command);
    }
    if (isDir) {
      const inside = (await readdir(p)).sort().filter((f) => ['.csv', '.tsv'].includes(extname(f).toLowerCase()));
      if (inside.length === 0) throw new UsageError({ zh: '输入文件夹中没有 CSV 文件', en: 'the input folder holds no CSV file' }, command);
      for (const f of inside) files.push({ path: join(p, f), named: false });
    } else files.push({ path: p, named: true });
  }
  const tables: Table[] = [];
  for (const [k, f] of files.entries()) {
    let bytes: Buffer;
    try {
      bytes = await readFile(f.path);
    } catch (e) {
      throw new UsageError({ zh: `无法读取输入文件（${codeOf(e)}）`, en: `cannot read the input file (${codeOf(e)})` }, command);
    }
    const { text } = decodeCsv(bytes, command);
    const probe = csvTable('', text.slice(0, 4096));
    const name = tableName(f.path, probe.header);
    if (name === undefined) {
      if (!f.named) continue;
      throw new UsageError({
        zh: `第 ${k + 1} 个 CSV 文件不是可识别的表：文件名须为 家庭.csv、成员.csv、贷款.csv、还款.csv、利率调整.csv、其他教育补助.csv 之一，或使用含“人口”列的单表格式`,
        en: `CSV file ${k + 1} is not a known table: name it 家庭.csv, 成员.csv, 贷款.csv, 还款.csv, 利率调整.csv or 其他教育补助.csv, or use the one-table form (with a 人口 column)`,
      }, command);
    }
    tables.push(csvTable(name, text));
  }
  return tables;
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'read error';
}
