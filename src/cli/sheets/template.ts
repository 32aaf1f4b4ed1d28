/**
 * `lanxi-policy template FILE`: a blank workbook a township office can fill in — one sheet per
 * table (家庭, 成员, 贷款, 还款, 利率调整, 其他教育补助) with the fixed Chinese headers in the first row
 * (frozen), drop-down lists for 是/否, 类别, 风险码, 乡镇, 就学情况 and 与户主关系, an example row,
 * and a 说明 sheet describing every column (meaning, values accepted, clause). With a `.csv` FILE
 * (or `--one-table`) it is the one-table form (户表) instead.
 *
 * @module
 */
import { LANXI_TOWNSHIPS, type Text } from '../../index.js';
import { parse, parseLocale, UsageError } from '../args.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../run.js';
import { tr, type Locale } from '../text.js';
import { csvOf, writeXlsx, type OutCell, type OutSheet } from './book.js';
import { optionalField } from './assemble.js';
import { supportedFields } from './cells.js';
import { SHEETS, type CellKind, type ColumnSpec, type SheetName } from './layout.js';
import { ONE_TABLE } from './one-table.js';
import { ACCEPTED } from './values.js';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { templateHelp } from './help.js';

/** The drop-down list of each kind of column. */
const LISTS: Readonly<Partial<Record<CellKind, string>>> = {
  bool: '是,否',
  category: '低保,低保边缘,特困,其他',
  risk: '红,黄,绿',
  schooling: '无,义务教育,中职,高职,其他',
  relationship: '户主,配偶,子女,孙子女,父母,其他',
  township: LANXI_TOWNSHIPS.map((t) => t.name).join(','),
};

/** A sheet of the template: header, example row, lists, ID numbers as text. */
function templateSheet(name: string, columns: readonly ColumnSpec[]): OutSheet {
  const lists: Record<number, string> = {};
  columns.forEach((c, i) => {
    const l = LISTS[c.kind];
    if (l !== undefined) lists[i] = l;
  });
  const supported = supportedFields();
  // an example only in the columns this version computes
  const shown = (c: ColumnSpec): boolean => {
    const f = optionalField(name as SheetName, c.field);
    return f === undefined || supported.has(f);
  };
  const example: OutCell[] = columns.map((c) => (c.example === '' || !shown(c) ? null : typeof c.example === 'boolean' ? (c.example ? '是' : '否') : c.example));
  const withExample = columns.every((c) => !c.required || shown(c));
  return {
    name,
    header: columns.map((c) => c.header),
    rows: withExample ? [example] : [],
    widths: columns.map((c) => Math.max(10, c.header.length * 2 + 4)),
    lists,
    textColumns: columns.flatMap((c, i) => (c.kind === 'idNumber' || c.kind === 'label' ? [i] : [])),
  };
}

const t = (zh: string, en: string): Text => ({ zh, en });

/** The 说明 sheet: every column of every sheet, with what it takes and its clause. */
function notesSheet(locale: Locale, sheets: readonly { name: string; note: Text; columns: readonly ColumnSpec[] }[]): OutSheet {
  const L = (x: Text): string => tr(locale, x);
  const rows: OutCell[][] = [];
  for (const s of sheets) {
    rows.push([s.name, '', '', L(s.note), '']);
    for (const c of s.columns) {
      const accepted = ACCEPTED[c.kind];
      const note = accepted === undefined || L(c.note).includes(L(accepted).split(' ')[0] ?? '') ? L(c.note) : `${L(c.note)}（${L(accepted)}）`;
      rows.push(['', c.header, c.required ? L(t('必填', 'required')) : L(t('选填', 'optional')), note, c.clause]);
    }
  }
  rows.push([], [L(t('通用规则', 'general')), '', '', L(t(
    '第一行为表头，列名不可更改；各表用“户编号”对应到「家庭」表，「还款」「利率调整」再用“贷款编号”对应到「贷款」表。是/否 列也接受 Y/N、1/0；日期可为 Excel 日期或 YYYY-MM-DD 文本；金额可为数字或文本（如 1,234.56）；利率可写 0.0435 或 4.35%；类别、风险码、就学情况也接受 JSON 代码（dibao、red、secondaryVocational 等）。',
    'The first row is the header; do not rename columns. Sheets join the 家庭 sheet on 户编号; 还款 and 利率调整 join 贷款 on 贷款编号. Yes/no columns also take Y/N and 1/0; dates are Excel dates or YYYY-MM-DD text; money is a number or text (1,234.56); rates are 0.0435 or 4.35%; the JSON codes (dibao, red, secondaryVocational, …) are accepted too.',
  )), '']);
  return {
    name: L(t('说明', 'about')),
    header: [L(t('工作表', 'sheet')), L(t('列', 'column')), L(t('必填', 'required')), L(t('含义与取值', 'meaning and values')), L(t('条款', 'clause'))],
    rows: rows.map((r) => (r.length === 0 ? [null] : r)),
    widths: [14, 18, 8, 90, 8],
  };
}

/**
 * Runs `template FILE [--one-table] [--locale zh-CN|en]`: writes the blank workbook (or the
 * one-table CSV) to FILE.
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * await templateCommand([join(tmpdir(), '模板.xlsx')], io); //=> 0
 * ```
 */
export async function templateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('template', args, {
    locale: { type: 'string' }, 'one-table': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(templateHelp(values.locale === 'en' ? 'en' : 'zh-CN'));
    return EXIT.ok;
  }
  const locale = parseLocale('template', values.locale);
  if (positionals.length !== 1) throw new UsageError({ zh: '需要一个输出文件名（.xlsx 或 .csv）', en: 'expected one FILE to write (.xlsx or .csv)' }, 'template');
  const file = positionals[0] as string;
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError({ zh: '文件名须以 .xlsx 或 .csv 结尾', en: 'FILE must end in .xlsx or .csv' }, 'template');
  const oneTable = values['one-table'] === true || ext === '.csv';
  const specs = oneTable ? [{ name: ONE_TABLE.name, note: t('每户一行（单表格式）', 'one row per household (one-table form)'), columns: ONE_TABLE.columns }] : SHEETS;
  const sheets = specs.map((s) => templateSheet(s.name, s.columns));
  try {
    if (ext === '.csv') await writeFile(file, csvOf(sheets[0] as OutSheet), 'utf8');
    else await writeXlsx(file, [...sheets, notesSheet(locale, specs)]);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const c = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'write error';
    throw new UsageError({ zh: `无法写入输出文件（${c}）`, en: `cannot write the output file (${c})` }, 'template');
  }
  io.stdout.write(tr(locale, {
    zh: `模板已写入输出文件：${specs.map((s) => s.name).join('、')}${ext === '.csv' ? '' : '、说明'}\n`,
    en: `template written to the output file: ${specs.map((s) => s.name).join(', ')}${ext === '.csv' ? '' : ', 说明'}\n`,
  }));
  return EXIT.ok;
}
