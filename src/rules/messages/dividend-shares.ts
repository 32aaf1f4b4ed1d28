/**
 * The words of the input checks of the dividend split (clause 2.3.9), in Chinese and English: the
 * message of every input error the pool and the holders' shares can raise. No message repeats a
 * holder's label: an issue about a holder names it by its position.
 *
 * @module
 * @internal
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of the input errors of `allocateDividends`: constants, and functions of the limits
 * they name.
 *
 * @example
 * ```ts
 * DIVIDEND_SHARES_TEXT.zeroTotal.en;           //=> 'must add up to more than zero'
 * DIVIDEND_SHARES_TEXT.tooPrecise(1000).zh;    //=> '小数位数不能超过 1000 位'
 * ```
 */
export const DIVIDEND_SHARES_TEXT = Object.freeze({
  keysNotText: t('键必须是文本（持有人标识）', 'must have text keys (holder labels)'),
  notAnObject: t('必须是“持有人 → 份额”的对象或 Map', 'must be an object or a Map of holder → share'),
  notAPlainObject: t('必须是“持有人 → 份额”的普通对象或 Map', 'must be a plain object or a Map of holder → share'),
  unreadable: t('无法读取', 'could not be read'),
  notWholeFen: t('必须精确到分（最多 2 位小数）', 'must be a whole number of fen (at most 2 decimals)'),
  noHolders: t('至少要有一个持有人', 'must name at least one holder'),
  tooManyHolders: (max: number): Text => t(`持有人不能超过 ${max} 个`, `must name at most ${max} holders`),
  tooManyIssues: (max: number): Text => t(`问题过多，仅列出前 ${max} 个`, `has more problems than the first ${max} listed`),
  reservedHolder: t('是保留名称，不能作为持有人', 'is a reserved name and cannot be a holder'),
  holderLooksPersonal: t(
    '持有人标识含有连续 15 位及以上的数字：持有人标识会出现在结果和计算过程中，不能使用身份证号或银行卡号',
    'has a holder label with 15 or more digits in a row: holder labels are echoed in results and traces, so they must not be ID or bank-card numbers',
  ),
  invalidLabel: (max: number): Text => t(`持有人标识必须为 1 至 ${max} 个字符`, `must be a label of 1 to ${max} characters`),
  tooPrecise: (max: number): Text => t(`小数位数不能超过 ${max} 位`, `must have at most ${max} decimal places`),
  zeroTotal: t('份额合计必须大于零', 'must add up to more than zero'),
});
