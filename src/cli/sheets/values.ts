/**
 * Reading one cell: the value of an Excel, WPS or CSV cell (text, a number, a boolean, a date) as
 * the household record takes it. Money and rates never pass through float arithmetic: a numeric
 * cell is turned into the decimal text of its shortest round-trip form (at most 15 significant
 * digits, as Excel shows it), a percentage is shifted as a decimal, and the text goes to the
 * library. A cell that cannot be read gives a message, in Chinese and English, that never repeats
 * the cell's content.
 *
 * @module
 */
import { Decimal, type Text } from '../../index.js';
import type { CellKind } from './layout.js';

/** A cell as the readers give it: text, a number, a boolean, a date, or nothing. */
export type CellValue = string | number | boolean | Date | undefined;

/** What reading a cell gives: nothing (empty), a value for the record, or why it was refused. */
export type CellReading = { readonly empty: true } | { readonly value: unknown } | { readonly error: Text; readonly code: string };

const EMPTY = Object.freeze({ empty: true as const });
const t = (zh: string, en: string): Text => ({ zh, en });

/** Accepted words (after trimming; letters compared in lower case) → the record's code. */
function words(map: Record<string, readonly string[]>): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const [code, list] of Object.entries(map)) {
    m.set(code.toLowerCase(), code);
    for (const w of list) m.set(w.toLowerCase(), code);
  }
  return m;
}

const BOOL = words({ true: ['是', '有', 'y', 'yes', '√', '1'], false: ['否', '无', 'n', 'no', '×', '0'] });
const CATEGORY = words({ dibao: ['低保', '低保户'], dibian: ['低保边缘', '低边', '低保边缘户', '低边户'], tekun: ['特困', '特困供养', '特困人员', '特困户'], other: ['其他', '其它'] });
const RISK = words({ red: ['红', '红码', '红色'], yellow: ['黄', '黄码', '黄色'], green: ['绿', '绿码', '绿色'] });
const SCHOOLING = words({
  none: ['无', '不在读', '未就学'],
  compulsory: ['义务教育', '小学', '初中'],
  secondaryVocational: ['中职', '中专', '普通中专', '成人中专', '职业高中', '职高', '技工学校', '技校', '高校附属中专部'],
  higherVocational: ['高职', '大专', '高职高专', '职业本科'],
  other: ['其他', '其它'],
});
const RELATIONSHIP = words({
  head: ['户主', '本人'], spouse: ['配偶', '妻', '夫', '妻子', '丈夫'], child: ['子女', '子', '女', '儿子', '女儿'],
  grandchild: ['孙子女', '孙子', '孙女', '外孙子女', '外孙子', '外孙女'], parent: ['父母', '父亲', '母亲'], other: ['其他', '其它'],
});

/**
 * The words a column of each enumerated kind accepts, for messages and the 说明 sheet.
 *
 * @example
 * ```ts
 * ACCEPTED.risk?.zh; //=> '红 / 黄 / 绿'
 * ```
 */
export const ACCEPTED: Readonly<Partial<Record<CellKind, Text>>> = {
  bool: t('是 / 否', '是 / 否 (yes / no)'),
  category: t('低保 / 低保边缘 / 特困 / 其他', '低保 / 低保边缘 / 特困 / 其他 (or dibao, dibian, tekun, other)'),
  risk: t('红 / 黄 / 绿', '红 / 黄 / 绿 (or red, yellow, green)'),
  schooling: t('无 / 义务教育 / 中职 / 高职 / 其他', '无 / 义务教育 / 中职 / 高职 / 其他 (or none, compulsory, secondaryVocational, higherVocational, other)'),
  relationship: t('户主 / 配偶 / 子女 / 孙子女 / 父母 / 其他', '户主 / 配偶 / 子女 / 孙子女 / 父母 / 其他 (or head, spouse, child, grandchild, parent, other)'),
};

const ENUMS: Readonly<Partial<Record<CellKind, ReadonlyMap<string, string>>>> = {
  category: CATEGORY, risk: RISK, schooling: SCHOOLING, relationship: RELATIONSHIP,
};

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The decimal text of a number from a cell: its shortest round-trip form, or, when that has more
 * than 15 significant digits (a formula's binary residue such as 0.30000000000000004), the
 * 15-digit form Excel displays. No arithmetic is done on the number.
 *
 * @example
 * ```ts
 * decimalOfNumber(1234.56);              //=> '1234.56'
 * decimalOfNumber(0.1 + 0.2);            //=> '0.3'
 * decimalOfNumber(1e21);                 //=> '1000000000000000000000'
 * ```
 */
export function decimalOfNumber(n: number): string {
  let s = String(n);
  const digits = s.replace(/e.*$/i, '').replace(/[^0-9]/g, '').replace(/^0+/, '');
  if (digits.length > 15) s = String(Number(n.toPrecision(15)));
  return /e/i.test(s) ? new Decimal(s).toFixed() : s;
}

/** Text of a cell, trimmed, with full-width spaces and thin spaces removed at the ends. */
function textOf(v: string): string {
  return v.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** A money text as written by hand: '1,234.56', '¥1234.56', '1234.56元' → '1234.56'; undefined when not a number. */
function moneyText(s: string): string | undefined {
  const m = s.replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '');
  const plain = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(m) ? m.replace(/,/g, '') : m;
  return DECIMAL.test(plain) ? plain : undefined;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A date text 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日' or 'YYYYMMDD' → 'YYYY-MM-DD' (not checked for being real). */
function dateText(s: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m === null) return undefined;
  return `${m[1]}-${pad(Number(m[2]), 2)}-${pad(Number(m[3]), 2)}`;
}

/** The calendar day of a date cell. Readers give dates as the UTC midnight of the day shown. */
function dayOfDate(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  // a time of day (a date-time cell) keeps the day it shows
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const ERR = {
  bool: { code: 'invalid_boolean', text: t(`必须是 ${ACCEPTED.bool?.zh}`, `must be ${ACCEPTED.bool?.en}`) },
  money: { code: 'invalid_amount', text: t('必须是金额（元），如 1234.56', 'must be an amount in yuan, such as 1234.56') },
  rate: { code: 'invalid_rate', text: t('必须是年利率，如 0.0435 或 4.35%', 'must be an annual rate, such as 0.0435 or 4.35%') },
  date: { code: 'invalid_date', text: t('必须是日期（Excel 日期或 YYYY-MM-DD）', 'must be a date (an Excel date or YYYY-MM-DD)') },
  year: { code: 'invalid_year', text: t('必须是年份，如 2023', 'must be a year, such as 2023') },
  count: { code: 'invalid_count', text: t('必须是不小于 0 的整数', 'must be a whole number, 0 or more') },
  text: { code: 'invalid_text', text: t('必须是文本', 'must be text') },
  idNumber: {
    code: 'id_number_not_text',
    text: t('身份证号须以文本格式填写（数字格式的单元格会丢失末几位）', 'must be written as text (a number cell loses the last digits of an ID number)'),
  },
} as const;

const error = (e: { code: string; text: Text }): CellReading => ({ error: e.text, code: e.code });

/**
 * Reads one cell for a column of `kind`.
 *
 * @returns `{ empty: true }` for an empty cell, `{ value }` for the record, or `{ error, code }`
 *   with a message that does not repeat the cell.
 * @example
 * ```ts
 * readCell('rate', '4.35%');            //=> { value: '0.0435' }
 * readCell('money', 1234.56);           //=> { value: '1234.56' }
 * readCell('bool', '是');               //=> { value: true }
 * readCell('date', '2023/5/13');        //=> { value: '2023-05-13' }
 * readCell('date', 45059);              //=> { value: '2023-05-13' } (an Excel date serial)
 * readCell('category', '低边');         //=> { value: 'dibian' }
 * readCell('money', '');                //=> { empty: true }
 * ```
 */
export function readCell(kind: CellKind, raw: CellValue): CellReading {
  if (raw === undefined) return EMPTY;
  if (typeof raw === 'string') {
    const s = textOf(raw);
    return s === '' ? EMPTY : readText(kind, s);
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return error(ERR.money);
    return readNumber(kind, raw);
  }
  if (typeof raw === 'boolean') {
    if (kind === 'bool') return { value: raw };
    return readText(kind, raw ? 'TRUE' : 'FALSE');
  }
  if (kind === 'date') {
    const d = dayOfDate(raw);
    return d === undefined ? error(ERR.date) : { value: d };
  }
  return kind === 'label' || kind === 'township' ? error(ERR.text) : error(kindError(kind));
}

function kindError(kind: CellKind): { code: string; text: Text } {
  switch (kind) {
    case 'bool': return ERR.bool;
    case 'money': return ERR.money;
    case 'rate': return ERR.rate;
    case 'date': return ERR.date;
    case 'year': return ERR.year;
    case 'count': return ERR.count;
    case 'idNumber': return ERR.idNumber;
    default: return enumError(kind);
  }
}

function enumError(kind: CellKind): { code: string; text: Text } {
  const a = ACCEPTED[kind] ?? t('', '');
  return { code: 'invalid_choice', text: t(`必须是 ${a.zh} 之一`, `must be one of ${a.en}`) };
}

function readNumber(kind: CellKind, n: number): CellReading {
  const text = decimalOfNumber(n);
  switch (kind) {
    case 'money':
    case 'rate':
      return { value: text };
    case 'year':
    case 'count':
      return Number.isInteger(n) && n >= 0 ? { value: n } : error(kindError(kind));
    case 'date': {
      // 20230513 as a number, or an Excel date serial whose date format was lost (45059 = 2023-05-13)
      if (Number.isInteger(n) && n >= 19000101 && dateText(String(n)) !== undefined) return { value: dateText(String(n)) };
      if (n >= 1 && n < 2958466) return { value: dayOfDate(new Date(Math.round((Math.floor(n) - 25569) * 86_400_000))) };
      return error(ERR.date);
    }
    case 'idNumber':
      return error(ERR.idNumber);
    case 'label':
    case 'township':
      return { value: text };
    default:
      return readText(kind, text);
  }
}

function readText(kind: CellKind, s: string): CellReading {
  switch (kind) {
    case 'label':
    case 'township':
    case 'idNumber':
      return { value: s };
    case 'bool': {
      const v = BOOL.get(s.toLowerCase());
      return v === undefined ? error(ERR.bool) : { value: v === 'true' };
    }
    case 'money': {
      const m = moneyText(s);
      return m === undefined ? error(ERR.money) : { value: m };
    }
    case 'rate': {
      const pct = /^(.*?)\s*[%％]$/.exec(s);
      const body = pct === null ? s : (pct[1] as string);
      if (!DECIMAL.test(body)) return error(ERR.rate);
      return { value: pct === null ? body : new Decimal(body).div(100).toFixed() };
    }
    case 'date': {
      const d = dateText(s);
      return d === undefined ? error(ERR.date) : { value: d };
    }
    case 'year':
    case 'count':
      return /^\d{1,7}$/.test(s) ? { value: Number(s) } : error(kindError(kind));
    default: {
      const v = ENUMS[kind]?.get(s.toLowerCase());
      return v === undefined ? error(enumError(kind)) : { value: v };
    }
  }
}
