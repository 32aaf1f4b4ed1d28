/**
 * The words of the vocational grant (clause 2.3.4), in Chinese and English: the trace's title, the
 * labels of its inputs, parameter and results, and the explanations of the branches 就高 takes.
 *
 * @module
 */
import { text as t, type Text } from '../../core/trace.js';

/**
 * The messages of `vocationalGrant`: labels as constants, explanations as functions of the values
 * they show.
 *
 * @example
 * ```ts
 * VOCATIONAL_GRANT_TEXT.title.en;                 //=> 'Vocational-school grant'
 * VOCATIONAL_GRANT_TEXT.otherAid(0, true).en;     //=> 'other education aid no. 1 (yuan, stackable)'
 * VOCATIONAL_GRANT_TEXT.grantHigher('3000', '2000').zh; //=> '补助 3000 元高于不能重复享受的补助合计 2000 元，按就高原则发放本补助'
 * ```
 */
export const VOCATIONAL_GRANT_TEXT = Object.freeze({
  title: t('中高等职校扶智补助', 'Vocational-school grant'),
  students: t('就读中高等职校的子女人数', 'children at a vocational school'),
  stackingAid: t('可叠加的其他补助合计（元）', 'stacking aid (yuan)'),
  nonStackingAid: t('不能重复享受的补助合计（元）', 'non-stacking aid (yuan)'),
  amount: t('扶智补助（元）', 'grant (yuan)'),
  forgoneAid: t('因就高未享受的补助（元）', 'aid forgone under 就高 (yuan)'),
  totalAid: t('实际享受的教育补助合计（元）', 'total education aid paid (yuan)'),
  grantParam: t('每户每学年补助', 'grant per household per academic year'),
  /** An item of other aid, named by its position (a name is free text, and traces never hold personal data). */
  otherAid: (index: number, stackable: boolean): Text => t(
    `其他教育补助第 ${index + 1} 项（元，${stackable ? '可叠加' : '不能重复享受'}）`,
    `other education aid no. ${index + 1} (yuan, ${stackable ? 'stackable' : 'not stackable'})`,
  ),
  notEligible: t('家庭无就读中高等职校的子女，不予补助；其他教育补助照常享受', 'no child of the household is at a vocational school: no grant; other aid is paid as usual'),
  stacked: t('其他教育补助均可叠加享受', 'all other education aid stacks with the grant'),
  eligible: (students: number): Text => t(
    `家庭有 ${students} 名子女就读中高等职校，按户补助（I-7：每户每学年一份，不按人数）`,
    `${students} child(ren) at a vocational school: one grant per household (I-7: per household, not per child)`,
  ),
  tieGrantPaid: (grant: string, aid: string): Text => t(
    `补助 ${grant} 元与不能重复享受的补助合计 ${aid} 元相等，就高原则下两者相同，发放本补助（I-7）`,
    `the grant, ${grant}, equals the non-stacking aid, ${aid}; on a tie under 就高 the grant is paid (I-7)`,
  ),
  grantHigher: (grant: string, aid: string): Text => t(
    `补助 ${grant} 元高于不能重复享受的补助合计 ${aid} 元，按就高原则发放本补助`,
    `the grant, ${grant}, is higher than the non-stacking aid, ${aid}, so the grant is paid (就高)`,
  ),
  tieAidPaid: (grant: string, aid: string): Text => t(
    `补助 ${grant} 元与不能重复享受的补助合计 ${aid} 元相等，按解读 grantTie = 'other-aid' 享受该补助，本补助为 0`,
    `the grant, ${grant}, equals the non-stacking aid, ${aid}; under the reading grantTie = 'other-aid' that aid is paid and the grant is 0`,
  ),
  aidHigher: (grant: string, aid: string): Text => t(
    `不能重复享受的补助合计 ${aid} 元高于补助 ${grant} 元，按就高原则享受该补助，本补助为 0`,
    `the non-stacking aid, ${aid}, is higher than the grant, ${grant}, so that aid is paid and the grant is 0 (就高)`,
  ),
});
