/**
 * Writing an xlsx workbook (Office Open XML, ECMA-376) with Node's zlib: the parts a spreadsheet
 * program needs — content types, relationships, the workbook, one style sheet, one XML part per
 * sheet — deflated into a zip written part by part, so a sheet of 100,000 rows is held once, as
 * bytes. Each sheet has its header row in bold and frozen, column widths, number formats
 * (`0.00` for amounts, `0.00##%` for rates, `@` for text columns) and drop-down lists.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import type { OutCell, OutSheet } from './book.js';
import { columnLetter } from './table.js';

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The CRC-32 of `data`, as zip records it. */
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive written entry by entry to a file. */
class ZipWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];

  private constructor(private readonly file: Awaited<ReturnType<typeof open>>) {}

  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'w'));
  }

  async add(name: string, data: Buffer): Promise<void> {
    const body = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(this.offset, 42);
    this.central.push(entry, nameBytes);
    await this.file.write(Buffer.concat([local, nameBytes]));
    await this.file.write(body);
    this.offset += 30 + nameBytes.length + body.length;
  }

  async close(): Promise<void> {
    const dir = Buffer.concat(this.central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length / 2, 8);
    end.writeUInt16LE(this.central.length / 2, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(this.offset, 16);
    await this.file.write(Buffer.concat([dir, end]));
    await this.file.close();
  }
}

/** Text as XML character data: markup escaped, characters XML cannot hold written as Excel's `_xHHHH_`. */
function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

/** Cell styles (indices into cellXfs): default, bold header, amount 0.00, rate 0.00##%, text. */
const STYLE = { plain: 0, header: 1, money: 2, rate: 3, text: 4 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00##%"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** One cell's XML. */
function cellXml(ref: string, c: OutCell, style: number): string {
  if (c === null) return style === STYLE.plain ? '' : `<c r="${ref}" s="${style}"/>`;
  if (typeof c === 'string') return `<c r="${ref}"${style === STYLE.plain ? '' : ` s="${style}"`} t="inlineStr"><is><t xml:space="preserve">${xml(c)}</t></is></c>`;
  if (typeof c === 'number') return `<c r="${ref}"${style === STYLE.plain ? '' : ` s="${style}"`}><v>${c}</v></c>`;
  // the exact decimal text of the amount or rate, which Excel reads as the number it is
  return 'money' in c ? `<c r="${ref}" s="${STYLE.money}"><v>${c.money}</v></c>` : `<c r="${ref}" s="${STYLE.rate}"><v>${c.rate}</v></c>`;
}

/** A sheet's XML, as bytes. */
function sheetXml(s: OutSheet): Buffer {
  const parts: string[] = [];
  const letters = s.header.map((_, i) => columnLetter(i));
  const text = new Set(s.textColumns ?? []);
  parts.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
  parts.push('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/><cols>');
  s.header.forEach((h, i) => {
    const width = s.widths?.[i] ?? Math.max(8, Math.min(40, h.length * 2 + 2));
    parts.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"${text.has(i) ? ` style="${STYLE.text}"` : ''}/>`);
  });
  parts.push('</cols><sheetData>');
  parts.push(`<row r="1">${s.header.map((h, i) => cellXml(`${letters[i] as string}1`, h, STYLE.header)).join('')}</row>`);
  // rows are turned into bytes a few thousand at a time, so the sheet is never one long string
  const bytes: Buffer[] = [];
  const flush = (): void => {
    bytes.push(Buffer.from(parts.join(''), 'utf8'));
    parts.length = 0;
  };
  s.rows.forEach((r, k) => {
    const n = k + 2;
    let cells = '';
    r.forEach((c, i) => {
      cells += cellXml(`${letters[i] ?? columnLetter(i)}${n}`, c, text.has(i) && c === null ? STYLE.text : STYLE.plain);
    });
    parts.push(`<row r="${n}">${cells}</row>`);
    if (parts.length >= 4096) flush();
  });
  parts.push('</sheetData>');
  const lists = Object.entries(s.lists ?? {});
  if (lists.length > 0) {
    const last = (s.listRows ?? 5000) + 1;
    parts.push(`<dataValidations count="${lists.length}">`);
    for (const [col, list] of lists) {
      const l = columnLetter(Number(col));
      parts.push(`<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${l}2:${l}${last}"><formula1>${xml(`"${list}"`)}</formula1></dataValidation>`);
    }
    parts.push('</dataValidations>');
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  flush();
  return Buffer.concat(bytes);
}

/**
 * Writes `sheets` as one xlsx workbook at `file`.
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * await writeXlsxFile(join(tmpdir(), '结果.xlsx'), [{ name: '结果', header: ['户编号', '合计'], rows: [['LX-1', { money: '1500.00' }]] }]);
 * ```
 */
export async function writeXlsxFile(file: string, sheets: readonly OutSheet[]): Promise<void> {
  const names = sheets.map((s, i) => xml(s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${i + 1}`));
  const zip = await ZipWriter.create(file);
  try {
    await zip.add('[Content_Types].xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`));
    await zip.add('_rels/.rels', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
    await zip.add('xl/workbook.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`));
    await zip.add('xl/_rels/workbook.xml.rels', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`));
    await zip.add('xl/styles.xml', Buffer.from(STYLES));
    for (const [i, s] of sheets.entries()) await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s));
  } finally {
    await zip.close();
  }
}
