/**
 * Lanxi's 16 township-level units (街道/镇/乡) with their 9-digit statistical division codes.
 *
 * @module
 */

/** A township-level unit of Lanxi. */
export interface Township {
  /** 9-digit statistical division code, e.g. '330781001'. */
  readonly code: string;
  /** Chinese name, e.g. '兰江街道'. */
  readonly name: string;
  /** 街道 (sub-district), 镇 (town) or 乡 (township). */
  readonly kind: 'subdistrict' | 'town' | 'township';
}

const t = (code: string, name: string): Township =>
  Object.freeze({ code, name, kind: name.endsWith('街道') ? 'subdistrict' : name.endsWith('镇') ? 'town' : 'township' });

/**
 * The 16 township-level units of Lanxi (兰溪市, 330781), in code order.
 *
 * @example
 * ```ts
 * LANXI_TOWNSHIPS.length; //=> 16
 * LANXI_TOWNSHIPS[0];     //=> { code: '330781001', name: '兰江街道', kind: 'subdistrict' }
 * ```
 */
export const LANXI_TOWNSHIPS: readonly Township[] = Object.freeze([
  t('330781001', '兰江街道'),
  t('330781002', '云山街道'),
  t('330781004', '永昌街道'),
  t('330781005', '赤溪街道'),
  t('330781006', '女埠街道'),
  t('330781007', '上华街道'),
  t('330781102', '游埠镇'),
  t('330781104', '诸葛镇'),
  t('330781106', '黄店镇'),
  t('330781108', '香溪镇'),
  t('330781109', '马涧镇'),
  t('330781111', '梅江镇'),
  t('330781112', '横溪镇'),
  t('330781200', '灵洞乡'),
  t('330781203', '水亭畲族乡'),
  t('330781209', '柏社乡'),
]);

const BY_CODE = new Map(LANXI_TOWNSHIPS.map((x) => [x.code, x]));
const BY_NAME = new Map(LANXI_TOWNSHIPS.map((x) => [x.name, x]));

/**
 * Finds a township by its code or its Chinese name.
 *
 * @example
 * ```ts
 * findTownship('游埠镇')?.code;    //=> '330781102'
 * findTownship('330781102')?.name; //=> '游埠镇'
 * findTownship('330781999');       //=> undefined
 * ```
 */
export function findTownship(codeOrName: string): Township | undefined {
  return BY_CODE.get(codeOrName) ?? BY_NAME.get(codeOrName);
}
