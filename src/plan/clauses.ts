/**
 * The plan's clauses, by id. Ids follow the document's own numbering: `1` = 一、工作目标;
 * `2.1.1`–`2.1.4` = 二（一）1–4; `2.2.1`–`2.2.3` = 二（二）1–3; `2.3.1`–`2.3.10` = 二（三）1–10;
 * `3.1`–`3.3` = 三 1–3; `4` = 四、实施日期.
 *
 * @module
 */
import { text, type Text } from '../core/trace.js';

import type { ClauseId } from '../core/clause-id.js';

export type { ClauseId } from '../core/clause-id.js';

/**
 * Each clause's heading, in the document's words and in English. Deeply frozen: explanations print
 * these headings, and no caller can change them.
 *
 * @example
 * ```ts
 * CLAUSES['2.3.8']; //=> { zh: '二（三）8. 实施小额信贷促增收行动', en: '2.3.8 Micro-credit interest subsidy' }
 * ```
 */
export const CLAUSES: Readonly<Record<ClauseId, Text>> = Object.freeze({
  '1': text('一、工作目标', '1. Objectives'),
  '2.1.1': text('二（一）1. 提高社会救助保障水平', '2.1.1 Raise social assistance'),
  '2.1.2': text('二（一）2. 提高接受教育保障水平', '2.1.2 Raise education security'),
  '2.1.3': text('二（一）3. 提高基本医疗保障水平', '2.1.3 Raise basic medical security'),
  '2.1.4': text('二（一）4. 提高居住安全保障水平', '2.1.4 Raise housing and water safety'),
  '2.2.1': text('二（二）1. 健全数字化防返贫监测体系', '2.2.1 Digital monitoring against relapse into poverty'),
  '2.2.2': text('二（二）2. 打造新型帮扶体系', '2.2.2 One cadre per household'),
  '2.2.3': text('二（二）3. 完善公益慈善帮扶体系', '2.2.3 Charity and volunteer assistance'),
  '2.3.1': text('二（三）1. 实施“一户一策一干部”促增收行动', '2.3.1 Monthly visits: one household, one plan, one cadre'),
  '2.3.2': text('二（三）2. 实施异地搬迁促增收行动', '2.3.2 Relocation'),
  '2.3.3': text('二（三）3. 实施“菜单式”产业项目促增收行动', '2.3.3 Menu-style industry projects'),
  '2.3.4': text('二（三）4. 实施扶智专项政策促增收行动', '2.3.4 Vocational-school grant'),
  '2.3.5': text('二（三）5. 实施就业技能培训促增收行动', '2.3.5 Skills training'),
  '2.3.6': text('二（三）6. 实施乡村公益性岗位促增收行动', '2.3.6 Public-welfare jobs'),
  '2.3.7': text('二（三）7. 实施来料加工产业促增收行动', '2.3.7 Processing sites: rent subsidy'),
  '2.3.8': text('二（三）8. 实施小额信贷促增收行动', '2.3.8 Micro-credit interest subsidy'),
  '2.3.9': text('二（三）9. 打造共富联盟促增收行动', '2.3.9 Collective projects (common-prosperity alliances)'),
  '2.3.10': text('二（三）10. 增加财产性收入促共富', '2.3.10 Property income'),
  '3.1': text('三、1. 加强组织领导', '3.1 Leadership'),
  '3.2': text('三、2. 全面统筹推进', '3.2 Coordination'),
  '3.3': text('三、3. 制定考评体系', '3.3 Evaluation'),
  '4': text('四、实施日期', '4. Date of force'),
});
