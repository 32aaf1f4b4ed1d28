/**
 * Reading an xlsx workbook (Excel, WPS, LibreOffice, openpyxl): the zip container is read with
 * Node's zlib and each part decoded as UTF-8 whole, then the cells are scanned from the sheet XML.
 * (ExcelJS, used to write workbooks, decodes its input chunk by chunk and can split a Chinese
 * character that falls on a chunk boundary; a whole-part decode cannot.) Cells come out as text
 * (shared, inline or formula strings, rich text joined), numbers, booleans or dates (a number
 * whose style is a date format, in the workbook's 1900 or 1904 date system).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { UsageError } from '../args.js';
import { tableOf, type Table, type TableRow } from './table.js';
import type { CellValue } from './values.js';

/** The files of a zip archive, by name, decompressed on demand. */
function unzip(data: Buffer): Map<string, () => Buffer> {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error('not a zip archive');
  const count = data.readUInt16LE(eocd + 10);
  let p = data.readUInt32LE(eocd + 16);
  const files = new Map<string, () => Buffer>();
  for (let k = 0; k < count; k++) {
    if (data.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = data.readUInt16LE(p + 10);
    const size = data.readUInt32LE(p + 20);
    const nameLength = data.readUInt16LE(p + 28);
    const extra = data.readUInt16LE(p + 30);
    const comment = data.readUInt16LE(p + 32);
    const local = data.readUInt32LE(p + 42);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    files.set(name.replace(/\\/g, '/'), () => {
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const body = data.subarray(start, start + size);
      if (method === 0) return body;
      if (method === 8) return inflateRawSync(body);
      throw new Error('unsupported compression');
    });
    p += 46 + nameLength + extra + comment;
  }
  return files;
}

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities and Excel's `_xHHHH_` escapes decoded. */
function unescape(s: string): string {
  const text = s.includes('&')
    ? s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
      return ENTITY[e] ?? m;
    })
    : s;
  return text.includes('_x') ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute of an element's attribute text. */
function attr(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, re);
  }
  const m = re.exec(attrs);
  return m === null ? undefined : unescape(m[1] ?? m[2] ?? '');
}

/** The text of every `<t>` inside `xml` (a shared string or inline string), phonetic runs left out. */
function runs(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += unescape(m[1] ?? '');
  return out;
}

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or time: y, m, d, h or s outside quotes, escapes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index, whether it formats a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) custom.set(Number(attr(m[1] ?? '', 'numFmtId')), attr(m[1] ?? '', 'formatCode') ?? '');
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code);
  });
}

/** The 0-based column of a cell reference ('AB12' → 27), or undefined. */
function columnOf(ref: string | undefined): number | undefined {
  const m = ref === undefined ? null : /^([A-Z]+)\d*$/.exec(ref);
  if (m === null) return undefined;
  let n = 0;
  for (const ch of m[1] as string) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A date from an Excel serial number (days since 1899-12-30, or since 1904-01-01), at UTC midnight. */
function dateOfSerial(serial: number, date1904: boolean): Date {
  const days = Math.floor(serial + 1e-9) + (date1904 ? 24107 : 0) - 25569;
  return new Date(days * 86_400_000);
}

interface Book {
  readonly shared: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * A copy of `s` that does not hold on to the text it was cut from: V8 keeps a piece of sheet XML
 * alive for as long as any longer substring of it lives, which for a large sheet is all of it.
 */
function own(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** One cell's value from its attributes and content. */
function cellValue(attrs: string, inner: string, book: Book): CellValue {
  const type = attr(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return own(runs(inner));
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (v === undefined) return undefined;
  switch (type) {
    case 's': return book.shared[Number(v)];
    case 'str': return own(unescape(v));
    case 'b': return v.trim() === '1';
    case 'e': return own(unescape(v));
    case 'd': return new Date(unescape(v).slice(0, 10));
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return own(unescape(v));
      const s = attr(attrs, 's');
      return s !== undefined && book.dates[Number(s)] === true ? dateOfSerial(n, book.date1904) : n;
    }
  }
}

/** Bytes of sheet XML decoded at a time: a sheet is scanned in pieces that end at a row's end. */
const PIECE = 1 << 22;

/**
 * The sheet XML in pieces of whole rows, each decoded as UTF-8 on its own (a piece ends after a
 * `</row>`, so no character and no row is split), so that a large sheet is never one string.
 */
function* pieces(xml: Buffer): Generator<string> {
  const head = xml.toString('utf8', 0, Math.min(xml.length, 4096));
  const prefix = /<(\w+):worksheet\b/.exec(head)?.[1];
  const end = Buffer.from(prefix === undefined ? '</row>' : `</${prefix}:row>`);
  let start = 0;
  while (start < xml.length) {
    const at = xml.indexOf(end, Math.min(xml.length, start + PIECE));
    const stop = at === -1 ? xml.length : at + end.length;
    yield xml.toString('utf8', start, stop);
    start = stop;
  }
}

/** The rows of a sheet's XML: the header (row 1) and the data rows with their numbers. */
function sheetRows(xml: Buffer, book: Book): { header: CellValue[]; rows: TableRow[] } {
  let header: CellValue[] = [];
  const rows: TableRow[] = [];
  let last = 0;
  for (const piece of pieces(xml)) {
    for (const m of piece.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
      const r = Number(attr(m[1] ?? '', 'r') ?? last + 1);
      last = r;
      const cells: CellValue[] = [];
      let col = 0;
      for (const c of (m[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
        const attrs = c[1] ?? '';
        col = columnOf(attr(attrs, 'r')) ?? col;
        cells[col] = c[2] === undefined ? undefined : cellValue(attrs, c[2], book);
        col += 1;
      }
      if (r === 1) header = cells;
      else rows.push({ row: r, cells });
    }
  }
  return { header, rows };
}

/** An opened workbook: its sheets' names, and each sheet read as a table when asked for (not kept). */
export interface OpenedWorkbook {
  readonly names: readonly string[];
  table(name: string): Table | undefined;
}

const NOT_XLSX = {
  zh: '输入文件不是有效的 xlsx 工作簿（.xls 旧格式请在 Excel 或 WPS 中另存为 .xlsx）',
  en: 'the input file is not a valid xlsx workbook (save an old .xls as .xlsx in Excel or WPS)',
};

/**
 * Opens the workbook at `file`: its sheets are read one at a time, when asked for, so that only
 * one sheet's cells are held at once.
 *
 * @throws {@link UsageError} when the file cannot be read or is not an xlsx workbook (the message
 *   never names the file); {@link OpenedWorkbook.table} throws it too for a sheet that is broken.
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { writeXlsx } from './book.js';
 * const file = join(tmpdir(), '家庭.xlsx');
 * await writeXlsx(file, [{ name: '家庭', header: ['户编号'], rows: [['H1']] }, { name: '成员', header: ['户编号'], rows: [] }]);
 * const book = await openWorkbook('assess', file);
 * book.names;                       //=> ['家庭', '成员']
 * book.table('家庭')?.rows[0]?.cells; //=> ['H1']
 * ```
 */
export async function openWorkbook(command: string, file: string): Promise<OpenedWorkbook> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const c = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'read error';
    throw new UsageError({ zh: `无法读取输入文件（${c}）`, en: `cannot read the input file (${c})` }, command);
  }
  try {
    const zip = unzip(data);
    const text = (name: string): string | undefined => zip.get(name)?.().toString('utf8');
    const workbook = text('xl/workbook.xml');
    if (workbook === undefined) throw new Error('no workbook part');
    const rels = new Map<string, string>();
    for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const target = attr(m[1] ?? '', 'Target') ?? '';
      rels.set(attr(m[1] ?? '', 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => runs(m[1] ?? ''));
    const pr = /<(?:\w+:)?workbookPr\b([^>]*)/.exec(workbook)?.[1] ?? '';
    const book: Book = { shared, dates: dateStyles(text('xl/styles.xml')), date1904: /^(1|true)$/.test(attr(pr, 'date1904') ?? '') };
    const parts = new Map<string, string>();
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
      const a = m[1] ?? '';
      const id = /(?:^|\s)(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(a)?.[1];
      const part = id === undefined ? undefined : rels.get(id);
      const name = (attr(a, 'name') ?? '').trim();
      if (part !== undefined && zip.has(part) && !parts.has(name)) parts.set(name, part);
    }
    return {
      names: [...parts.keys()],
      table(name: string): Table | undefined {
        const part = parts.get(name);
        if (part === undefined) return undefined;
        try {
          const { header, rows } = sheetRows(zip.get(part)?.() ?? Buffer.alloc(0), book);
          return tableOf(name, header, rows);
        } catch {
          throw new UsageError(NOT_XLSX, command);
        }
      },
    };
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(NOT_XLSX, command);
  }
}
