/**
 * The words of the dividend split (clause 2.3.9, 折股量化), in Chinese and English: the trace's
 * title, the labels of the pool and the total of the shares, the explanation of the method (largest
 * remainder, I-12), and the labels of each holder's share, exact part and part.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `allocateDividendsWithTrace`: labels as constants, a holder's labels as functions
 * of the holder's label.
 *
 * @example
 * ```ts
 * ALLOCATE_DIVIDENDS_TEXT.title.en;        //=> 'Dividend rights quantified as shares'
 * ALLOCATE_DIVIDENDS_TEXT.part('村集体').zh; //=> '持有人 村集体 分得（元）'
 * ```
 */
export const ALLOCATE_DIVIDENDS_TEXT = Object.freeze({
  title: t('资产收益分红权折股量化', 'Dividend rights quantified as shares'),
  pool: t('待分配的资产收益（元）', 'dividends to split (yuan)'),
  totalShares: t('份额合计', 'total shares'),
  largestRemainder: t(
    '「形成的资产收益分红权折股量化到低收入农户和村集体」：按份额比例分配，先取整到分，余下的分按余数从大到小逐一补足（余数相同按列出顺序），各份之和等于总额（I-12）',
    'dividend rights quantified as shares: split in proportion to the shares, each part first cut to the fen, the fen left over given one each by largest remainder (ties in the order listed), so the parts add up to the pool (I-12)',
  ),
  share: (holder: string): Text => t(`持有人 ${holder} 的份额`, `share of holder ${holder}`),
  exact: (holder: string): Text => t(`持有人 ${holder} 的精确份额（元）`, `exact part of holder ${holder} (yuan)`),
  part: (holder: string): Text => t(`持有人 ${holder} 分得（元）`, `part of holder ${holder} (yuan)`),
});
