/**
 * Reading an xlsx workbook (Excel, WPS, LibreOffice, openpyxl) with ExcelJS, loaded only when a
 * workbook is read. Cells come out as text, numbers, booleans or dates: rich text is joined, a
 * formula gives its cached result, a hyperlink its text.
 *
 * @module
 */
import type { CellValue as ExcelCellValue, Workbook } from 'exceljs';
import { UsageError } from '../args.js';
import { tableOf, type Table, type TableRow } from './table.js';
import type { CellValue } from './values.js';

/** The ExcelJS module, imported on first use, so that commands reading JSON never load it. */
export async function excel(): Promise<typeof import('exceljs')> {
  const m = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  return m.default ?? m;
}

/** An ExcelJS cell value as a plain cell. */
function plain(v: ExcelCellValue): CellValue {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((p) => p.text).join('');
    if ('result' in v) return plain(v.result as ExcelCellValue);
    if ('formula' in v || 'sharedFormula' in v) return undefined;
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return undefined;
}

/**
 * Reads every sheet of the workbook at `file` as a {@link Table} (the header is row 1).
 *
 * @throws {@link UsageError} when the file cannot be read or is not an xlsx workbook (the message
 *   never names the file).
 * @example
 * ```ts
 * const tables = await readWorkbook('assess', '家庭.xlsx');
 * tables.map((t) => t.name); //=> ['家庭', '成员', '贷款', …]
 * ```
 */
export async function readWorkbook(command: string, file: string): Promise<Table[]> {
  const ExcelJS = await excel();
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why = typeof code === 'string' && /^E[A-Z]+$/.test(code)
      ? { zh: `无法读取（${code}）`, en: `cannot be read (${code})` }
      : { zh: '不是有效的 xlsx 工作簿（.xls 旧格式请在 Excel 或 WPS 中另存为 .xlsx）', en: 'is not a valid xlsx workbook (save an old .xls as .xlsx in Excel or WPS)' };
    throw new UsageError({ zh: `输入文件${why.zh}`, en: `the input file ${why.en}` }, command);
  }
  const tables: Table[] = [];
  wb.eachSheet((ws) => {
    let header: CellValue[] = [];
    const rows: TableRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: CellValue[] = [];
      const values = row.values as ExcelCellValue[];
      for (let c = 1; c < values.length; c++) cells.push(plain(values[c]));
      if (n === 1) header = cells;
      else rows.push({ row: n, cells });
    });
    tables.push(tableOf(ws.name.trim(), header, rows));
  });
  return tables;
}
