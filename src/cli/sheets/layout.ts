/**
 * The layout of a household workbook: its sheets (家庭, 成员, 贷款, 还款, 利率调整, 其他教育补助), the
 * fixed Chinese header of every column, the field of the household record it fills, the kind of
 * value it takes and the clause it serves. The template, the reader, the 说明 sheet and the
 * documentation all come from this one table.
 *
 * @module
 */
import type { Text } from '../../index.js';

/** What a column holds, which decides how a cell is read. */
export type CellKind =
  | 'label' | 'township' | 'bool' | 'category' | 'risk' | 'schooling' | 'relationship'
  | 'year' | 'money' | 'rate' | 'date' | 'count' | 'idNumber';

/** One column of a sheet. */
export interface ColumnSpec {
  /** The header, exactly as it must appear in the first row. */
  readonly header: string;
  /** The header in English (result tables under `--locale en`; documentation). */
  readonly en: string;
  /**
   * The field it fills, as a path inside the record the row makes (the household for 家庭, the
   * member for 成员, …); `undefined` for the join keys (户编号 outside 家庭, 贷款编号 in 还款).
   */
  readonly field?: readonly string[];
  readonly kind: CellKind;
  /** Whether a row must fill it. */
  readonly required: boolean;
  /** Clause the column serves. */
  readonly clause: string;
  /** What it means and what it takes, for the 说明 sheet. */
  readonly note: Text;
  /** The value of the template's example row. */
  readonly example: string | number | boolean;
}

/** Names of the sheets of a household workbook. */
export type SheetName = '家庭' | '成员' | '贷款' | '还款' | '利率调整' | '其他教育补助';

/** One sheet: its name, its English name, its columns. */
export interface SheetSpec {
  readonly name: SheetName;
  readonly en: string;
  readonly note: Text;
  readonly columns: readonly ColumnSpec[];
}

const t = (zh: string, en: string): Text => ({ zh, en });

const HH = (clause = '2.3.8'): ColumnSpec => ({
  header: '户编号', en: 'household id', kind: 'label', required: true, clause,
  note: t('所属家庭的户编号，须与「家庭」表中的一致', 'the household id, as in the 家庭 sheet'),
  example: 'LX-0001',
});

const LOAN_REF: ColumnSpec = {
  header: '贷款编号', en: 'loan id', kind: 'label', required: true, clause: '2.3.8',
  note: t('所属贷款的贷款编号，须与「贷款」表中该户的一致', 'the loan id, as in the 贷款 sheet for this household'),
  example: 'L1',
};

/**
 * The sheets of a household workbook, in order, with their columns. Header names are fixed: other
 * offices and checks rely on them.
 *
 * @example
 * ```ts
 * SHEETS[0]?.name;                              //=> '家庭'
 * SHEETS[0]?.columns.map((c) => c.header)[0];   //=> '户编号'
 * ```
 */
export const SHEETS: readonly SheetSpec[] = [
  {
    name: '家庭', en: 'households',
    note: t('每户一行', 'one row per household'),
    columns: [
      { header: '户编号', en: 'household id', field: ['id'], kind: 'label', required: true, clause: '1', example: 'LX-0001',
        note: t('户的编号，1–200 个字符，每户唯一；不得使用身份证号、银行卡号或姓名（不能含连续 15 位数字）', 'a label, unique per household; never an ID number, card number or name') },
      { header: '乡镇', en: 'township', field: ['township'], kind: 'township', required: false, clause: '3.3', example: '兰江街道',
        note: t('兰溪市 16 个乡镇（街道）的名称或统计代码（如 兰江街道 或 330781001）', "one of Lanxi's 16 townships, by name or code") },
      { header: '村', en: 'village', field: ['village'], kind: 'label', required: false, clause: '2.3.7', example: '示例村',
        note: t('所属行政村', 'administrative village') },
      { header: '重点帮促村', en: 'key assistance village', field: ['inKeyAssistanceVillage'], kind: 'bool', required: false, clause: '2.3.7', example: '否',
        note: t('是否乡村振兴重点帮促村：是 / 否', 'in a key assistance village: 是 (yes) / 否 (no)') },
      { header: '类别', en: 'category', field: ['category'], kind: 'category', required: true, clause: '2.1.1', example: '低保',
        note: t('救助类别：低保 / 低保边缘 / 特困 / 其他', 'category: 低保 / 低保边缘 / 特困 / 其他 (dibao, dibian, tekun, other)') },
      { header: '风险码', en: 'risk colour', field: ['riskColor'], kind: 'risk', required: false, clause: '2.2.1', example: '绿',
        note: t('浙农码风险颜色：红 / 黄 / 绿', '浙农码 colour: 红 / 黄 / 绿 (red, yellow, green)') },
      { header: '收入年度', en: 'income year', field: ['income', 'year'], kind: 'year', required: true, clause: '1', example: 2023,
        note: t('收入所属年度，如 2023', 'the year of the income, such as 2023') },
      { header: '工资性收入', en: 'wage income', field: ['income', 'wage'], kind: 'money', required: true, clause: '1', example: 12000,
        note: t('全年工资性收入（元），不能为负', 'wage income for the year, yuan, not negative') },
      { header: '经营净收入', en: 'net operating income', field: ['income', 'netOperating'], kind: 'money', required: true, clause: '1', example: 3000,
        note: t('全年经营净收入（元），可为负', 'net operating income, yuan, may be negative') },
      { header: '财产净收入', en: 'net property income', field: ['income', 'netProperty'], kind: 'money', required: true, clause: '1', example: 200,
        note: t('全年财产净收入（元），可为负', 'net property income, yuan, may be negative') },
      { header: '转移净收入', en: 'net transfer income', field: ['income', 'netTransfer'], kind: 'money', required: true, clause: '1', example: 9000,
        note: t('全年转移净收入（元），可为负', 'net transfer income, yuan, may be negative') },
      { header: '上年人均可支配收入', en: "last year's per capita", field: ['previousPerCapita'], kind: 'money', required: false, clause: '1', example: 10500,
        note: t('上年人均可支配收入（元），大于 0；用于计算增幅', "last year's per-capita disposable income, yuan, above 0: gives the growth") },
      { header: '授信额度', en: 'household credit line', field: ['creditLine'], kind: 'money', required: false, clause: '2.3.8', example: '',
        note: t('全户共用的授信额度（元），超出部分不贴息', 'credit line shared by the household\'s loans, yuan') },
    ],
  },
  {
    name: '成员', en: 'members',
    note: t('每位家庭成员一行，每户至少一行', 'one row per member; at least one per household'),
    columns: [
      HH('1'),
      { header: '身份证号', en: 'ID number', field: ['idNumber'], kind: 'idNumber', required: false, clause: '2.3.4', example: '',
        note: t('18 位公民身份号码（校验码会校验）；属个人信息，任何提示和结果中都不会出现', '18-character resident ID number, checked; never shown in any message or result') },
      { header: '出生日期', en: 'birth date', field: ['birthDate'], kind: 'date', required: false, clause: '2.3.4', example: '1980-01-01',
        note: t('出生日期（Excel 日期或 YYYY-MM-DD）；与身份证号同填时须一致', 'birth date (an Excel date or YYYY-MM-DD)') },
      { header: '有劳动能力', en: 'labour capable', field: ['laborCapable'], kind: 'bool', required: true, clause: '2.3.7', example: '是',
        note: t('是否有劳动能力：是 / 否', 'labour capacity: 是 / 否') },
      { header: '就学情况', en: 'schooling', field: ['schooling'], kind: 'schooling', required: false, clause: '2.3.4', example: '无',
        note: t('在读情况：无 / 义务教育 / 中职 / 高职 / 其他（中职、高职计入扶智补助）', 'schooling: 无 / 义务教育 / 中职 / 高职 / 其他') },
      { header: '与户主关系', en: 'relationship', field: ['relationship'], kind: 'relationship', required: false, clause: '2.3.4', example: '户主',
        note: t('户主 / 配偶 / 子女 / 孙子女 / 父母 / 其他', 'head / spouse / child / grandchild / parent / other') },
    ],
  },
  {
    name: '贷款', en: 'loans',
    note: t('每笔小额贷款一行', 'one row per micro-credit loan'),
    columns: [
      HH(),
      { header: '贷款编号', en: 'loan id', field: ['id'], kind: 'label', required: false, clause: '2.3.8', example: 'L1',
        note: t('贷款的编号（还款、利率调整表用它对应到贷款）', 'the loan id (还款 and 利率调整 rows refer to it)') },
      { header: '本金', en: 'principal', field: ['principal'], kind: 'money', required: true, clause: '2.3.8', example: 50000,
        note: t('贷款本金（元）', 'principal, yuan') },
      { header: '年利率', en: 'annual rate', field: ['annualRate'], kind: 'rate', required: true, clause: '2.3.8', example: '4.35%',
        note: t('实际年利率：0.0435 或 4.35%', 'actual annual rate: 0.0435 or 4.35%') },
      { header: '放款日期', en: 'drawdown date', field: ['startDate'], kind: 'date', required: true, clause: '2.3.8', example: '2023-06-01',
        note: t('放款日期（计息首日，算头）', 'drawdown date (first day counted)') },
      { header: '还款日期', en: 'repayment date', field: ['endDate'], kind: 'date', required: true, clause: '2.3.8', example: '2024-05-31',
        note: t('还清日期（不计息，算头不算尾）', 'date repaid (not counted)') },
      { header: '到期日', en: 'maturity date', field: ['maturityDate'], kind: 'date', required: false, clause: '2.3.8', example: '',
        note: t('合同到期日；之后的天数为逾期，不贴息', 'contractual maturity; days after it are overdue, no subsidy') },
      { header: '授信额度', en: 'credit limit', field: ['creditLimit'], kind: 'money', required: false, clause: '2.3.8', example: '',
        note: t('该笔贷款的授信额度（元），超出部分不贴息', "the loan's credit limit, yuan") },
      { header: '已付利息', en: 'interest paid', field: ['interestPaid'], kind: 'money', required: false, clause: '2.3.8', example: '',
        note: t('本年已实际支付的利息（元）；填写时贴息不超过它（先付后贴）', 'interest actually paid this year, yuan: caps the subsidy') },
    ],
  },
  {
    name: '还款', en: 'repayments',
    note: t('提前部分还款，每次一行', 'one row per partial repayment'),
    columns: [
      HH(), LOAN_REF,
      { header: '日期', en: 'date', field: ['date'], kind: 'date', required: true, clause: '2.3.8', example: '2023-12-01',
        note: t('还款日期', 'date of the repayment') },
      { header: '金额', en: 'amount', field: ['amount'], kind: 'money', required: true, clause: '2.3.8', example: 10000,
        note: t('还款本金（元）', 'principal repaid, yuan') },
    ],
  },
  {
    name: '利率调整', en: 'rate changes',
    note: t('贷款利率调整，每次一行', 'one row per repricing'),
    columns: [
      HH(), LOAN_REF,
      { header: '日期', en: 'date', field: ['date'], kind: 'date', required: true, clause: '2.3.8', example: '2024-01-01',
        note: t('新利率起算日期', 'date the new rate applies from') },
      { header: '年利率', en: 'annual rate', field: ['annualRate'], kind: 'rate', required: true, clause: '2.3.8', example: '3.95%',
        note: t('新的年利率：0.0395 或 3.95%', 'the new annual rate: 0.0395 or 3.95%') },
    ],
  },
  {
    name: '其他教育补助', en: 'other education aid',
    note: t('扶智补助以外的其他教育补助，每项一行', 'one row per item of other education aid'),
    columns: [
      HH('2.3.4'),
      { header: '名称', en: 'name', field: ['name'], kind: 'label', required: true, clause: '2.3.4', example: '国家助学金',
        note: t('补助名称（结果中不会出现）', 'name of the aid (never shown in results)') },
      { header: '金额', en: 'amount', field: ['amount'], kind: 'money', required: true, clause: '2.3.4', example: 2000,
        note: t('本学年金额（元）', 'amount for the academic year, yuan') },
      { header: '可叠加', en: 'stackable', field: ['stackable'], kind: 'bool', required: true, clause: '2.3.4', example: '是',
        note: t('能否与扶智补助叠加享受：是 / 否（否时按就高原则）', 'whether it stacks with the grant: 是 / 否 (否: the higher is paid)') },
    ],
  },
];

/**
 * The sheet named `name`, if it is one of the layout's.
 *
 * @example
 * ```ts
 * sheetSpec('贷款')?.columns.length; //=> 9
 * sheetSpec('Sheet1');               //=> undefined
 * ```
 */
export function sheetSpec(name: string): SheetSpec | undefined {
  return SHEETS.find((s) => s.name === name);
}
