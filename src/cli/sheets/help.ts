/**
 * Help of the `template` command, in Chinese and English.
 *
 * @module
 */
import type { Locale } from '../text.js';

const ZH = `用法：lanxi-policy template 文件.xlsx [--one-table] [--locale zh-CN|en]
      lanxi-policy template 户表.csv

生成空白模板，供乡镇（街道）填写：
  .xlsx   工作簿：家庭、成员、贷款、还款、利率调整、其他教育补助 六张表（首行为固定的中文表头，
          已冻结；是/否、类别、风险码、乡镇、就学情况、与户主关系 带下拉列表；含一行示例），
          以及逐列说明含义、取值和条款的「说明」表
  .csv    单表格式（户表）：每户一行，成员以人数填写，最多一笔贷款（UTF-8 带 BOM，Excel 可直接打开）

选项：
  --one-table         .xlsx 也写成单表格式（户表）
  --locale LOCALE     zh-CN（默认）或 en：「说明」表的语言
  -h, --help          显示本帮助

示例：
  lanxi-policy template 模板.xlsx
  lanxi-policy assess 模板.xlsx --out 结果.xlsx
`;

const EN = `Usage: lanxi-policy template FILE.xlsx [--one-table] [--locale zh-CN|en]
       lanxi-policy template FILE.csv

Writes a blank template for a township office to fill in:
  .xlsx   a workbook: the sheets 家庭, 成员, 贷款, 还款, 利率调整 and 其他教育补助 (fixed Chinese
          headers in the first row, frozen; drop-down lists for 是/否, 类别, 风险码, 乡镇, 就学情况
          and 与户主关系; an example row), and a 说明 sheet describing every column
  .csv    the one-table form (户表): a row per household, members as counts, at most one loan
          (UTF-8 with a byte-order mark, which Excel opens as is)

Options:
  --one-table         write the one-table form (户表) in an .xlsx too
  --locale LOCALE     zh-CN (default) or en: the language of the 说明 sheet
  -h, --help          this help

Example:
  lanxi-policy template 模板.xlsx
  lanxi-policy assess 模板.xlsx --out 结果.xlsx
`;

/**
 * The help of `template` in `locale`.
 *
 * @example
 * ```ts
 * templateHelp('zh-CN').startsWith('用法：lanxi-policy template'); //=> true
 * ```
 */
export function templateHelp(locale: Locale): string {
  return locale === 'en' ? EN : ZH;
}
