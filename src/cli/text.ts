/**
 * The command line's words, in Chinese and English (`--locale zh-CN | en`; Chinese by default, as
 * in the library). Messages never hold an input value that could be personal data: they name
 * records by position, line and a safe record id, and issues by path; usage errors name options,
 * commands and parameter paths only when they are known ones, never a value or a file name.
 *
 * @module
 */
import type { Text } from '../index.js';
import { safeText } from './table.js';

/** Language of the output: Chinese (default) or English. */
export type Locale = 'zh-CN' | 'en';

/** Picks the text of `locale`. */
export function tr(locale: Locale, text: Text): string {
  return locale === 'en' ? text.en : text.zh;
}

/** Most characters of a message on standard error: a last guard that keeps any message short. */
export const MESSAGE_LIMIT = 2000;

/** `text` cut to `limit` characters (without splitting a surrogate pair), with '…' when cut. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return `${text.slice(0, end)}…`;
}

/**
 * A whole message cut to {@link MESSAGE_LIMIT} characters, with terminal-acting characters
 * replaced except line breaks.
 *
 * @example
 * ```ts
 * brief('--json takes no value');  //=> '--json takes no value'
 * brief('y'.repeat(5000)).length; //=> 2001
 * brief('one\ntwo\u0007');         //=> 'one\ntwo?'
 * ```
 */
export function brief(message: string): string {
  return cut(message, MESSAGE_LIMIT)
    .split('\n')
    .map(safeText)
    .join('\n');
}

/** Labels of the command line's own tables and lines (the library's tables bring their own). */
export const LABELS = {
  id: { zh: '户编号', en: 'id' },
  township: { zh: '乡镇', en: 'township' },
  members: { zh: '人口', en: 'members' },
  loanSubsidy: { zh: '贴息(2.3.8)', en: 'loan subsidy (2.3.8)' },
  vocationalGrant: { zh: '扶智补助(2.3.4)', en: 'grant (2.3.4)' },
  totalEntitlement: { zh: '补助合计', en: 'total' },
  perCapita: { zh: '人均可支配收入(1)', en: 'per capita (1)' },
  growth: { zh: '增幅', en: 'growth' },
  transferShare: { zh: '转移占比', en: 'transfer share' },
  metPerCapita: { zh: '人均达标', en: 'per capita met' },
  metGrowth: { zh: '增幅达标', en: 'growth met' },
  metTransfer: { zh: '转移占比达标', en: 'transfer met' },
  metOther: { zh: '其他占比达标', en: 'other met' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  benefit: { zh: '补助项目', en: 'benefit' },
  clause: { zh: '条款', en: 'clause' },
  amount: { zh: '金额（元）', en: 'amount (yuan)' },
  recipients: { zh: '享受户数', en: 'households receiving' },
  benefitLoan: { zh: '小额信贷贴息', en: 'micro-credit interest subsidy' },
  benefitGrant: { zh: '扶智补助（中高等职校）', en: 'vocational-school grant' },
  total: { zh: '合计', en: 'total' },
  parameter: { zh: '参数', en: 'parameter' },
  planValue: { zh: '方案原值', en: 'plan value' },
  reformValue: { zh: '改革值', en: 'reform value' },
  unit: { zh: '单位', en: 'unit' },
} as const satisfies Record<string, Text>;

/** A label in `locale`. */
export function label(locale: Locale, key: keyof typeof LABELS): string {
  return tr(locale, LABELS[key]);
}
