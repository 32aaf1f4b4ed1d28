/**
 * The messages of the household schema, in English and Chinese, and the issue lists it shares with
 * the population layer. None takes an input value, so no ID number or name can leak through one.
 *
 * @module
 */
import type { PathSegment, PolicyIssue } from '../core/errors.js';
import type { Msg } from '../core/validate.js';

/**
 * Most households {@link parseHouseholds} accepts in one batch.
 *
 * @example
 * ```ts
 * MAX_BATCH; //=> 1000000
 * ```
 */
export const MAX_BATCH = 1_000_000;

/**
 * Every message the household schema writes. None takes an input value.
 *
 * @example
 * ```ts
 * MESSAGES.required.zh; //=> '必须填写'
 * ```
 * @internal
 */
export const MESSAGES = {
  required: { en: 'is required', zh: '必须填写' },
  invalidType: { en: 'must be text', zh: '必须是文本' },
  idLooksPersonal: {
    en: 'must not contain 15 or more digits in a row: a household id is echoed in results and errors, so it must not be an ID or bank-card number',
    zh: '不能含有连续 15 位及以上的数字：户编号会出现在结果和错误信息中，不能使用身份证号或银行卡号',
  },
  unknownTownship: {
    en: "must be one of Lanxi's 16 township codes (such as '330781001') or their Chinese names (such as '兰江街道')",
    zh: '必须是兰溪市 16 个乡镇（街道）的代码（如 330781001）或中文名称（如 兰江街道）之一',
  },
  unknownRelationship: {
    en: 'must be one of "head" | "spouse" | "child" | "grandchild" | "parent" | "other" (or 户主 | 配偶 | 子女 | 孙子女 | 父母 | 其他)',
    zh: '必须是以下之一："head" | "spouse" | "child" | "grandchild" | "parent" | "other"（或 户主 | 配偶 | 子女 | 孙子女 | 父母 | 其他）',
  },
  idFormat: {
    en: 'must be an 18-character resident ID number: 17 digits and a check character (0–9 or X)',
    zh: '必须是 18 位公民身份号码：17 位数字加 1 位校验码（0–9 或 X）',
  },
  idBirthDate: {
    en: 'holds a birth date (characters 7–14) that is not a real date in 1900–2199',
    zh: '第 7–14 位的出生日期不是 1900–2199 年间真实存在的日期',
  },
  idChecksum: { en: 'fails the GB 11643-1999 check character', zh: '未通过 GB 11643-1999 校验码校验' },
  birthDateMismatch: { en: 'does not match the birth date in idNumber', zh: '与身份证号码中的出生日期不一致' },
  duplicateIdNumber: { en: 'repeats the idNumber of an earlier member of this household', zh: '与本户前面成员的身份证号码重复' },
  nullValue: {
    en: 'must not be null (leave an optional field out instead)',
    zh: '不能为 null（可选字段不填时请省略该字段）',
  },
  notAnObject: { en: 'must be an object', zh: '必须是对象' },
  notAnArray: { en: 'must be an array of households', zh: '必须是由家庭记录组成的数组' },
  batchTooBig: { en: `must have at most ${MAX_BATCH} households`, zh: `不能超过 ${MAX_BATCH} 户` },
  duplicateId: { en: 'repeats the id of an earlier household in this batch', zh: '与本批次前面的家庭记录户编号重复' },
  unreadable: { en: 'could not be read', zh: '无法读取' },
} as const satisfies Record<string, Msg>;

/**
 * A frozen list of frozen issues.
 *
 * @example
 * ```ts
 * Object.isFrozen(frozenIssues([{ path: ['id'], code: 'required', message: 'is required', messageZh: '必须填写' }])); //=> true
 * ```
 * @internal
 */
export const frozenIssues = (issues: readonly PolicyIssue[]): readonly PolicyIssue[] =>
  Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));

/**
 * The issue of a household whose `id` repeats an earlier valid household's in the same batch
 * (code `duplicate_id`, at `['id']`), frozen: one household counted twice would distort the
 * per-capita figures of clause 1. {@link parseHouseholds} and the population functions give it.
 *
 * @example
 * ```ts
 * DUPLICATE_ID_ISSUE.code; //=> 'duplicate_id'
 * DUPLICATE_ID_ISSUE.path; //=> ['id']
 * ```
 */
export const DUPLICATE_ID_ISSUE: PolicyIssue = Object.freeze({
  path: Object.freeze(['id']) as readonly PathSegment[],
  code: 'duplicate_id',
  message: MESSAGES.duplicateId.en,
  messageZh: MESSAGES.duplicateId.zh,
});

/**
 * {@link DUPLICATE_ID_ISSUE} as a frozen one-issue list, the form a rejected record carries.
 *
 * @example
 * ```ts
 * DUPLICATE_ID_ISSUES[0] === DUPLICATE_ID_ISSUE; //=> true
 * ```
 */
export const DUPLICATE_ID_ISSUES: readonly PolicyIssue[] = Object.freeze([DUPLICATE_ID_ISSUE]);

/**
 * The issues of a record that is not an object (a hole, a number, a string, an array), as the schema
 * gives them, frozen: one list shared by every such record of a batch (a test holds the two equal).
 *
 * @example
 * ```ts
 * NOT_AN_OBJECT_ISSUES[0]?.code; //=> 'invalid_type'
 * ```
 * @internal
 */
export const NOT_AN_OBJECT_ISSUES: readonly PolicyIssue[] = Object.freeze([Object.freeze({
  path: Object.freeze([]) as readonly PathSegment[], code: 'invalid_type', message: MESSAGES.notAnObject.en, messageZh: MESSAGES.notAnObject.zh,
})]);

/**
 * The issue of a value that could not be read (a hostile getter or Proxy), at the root, frozen.
 *
 * @example
 * ```ts
 * UNREADABLE_ISSUE.code; //=> 'unreadable'
 * ```
 * @internal
 */
export const UNREADABLE_ISSUE: PolicyIssue = Object.freeze({
  path: Object.freeze([]) as readonly PathSegment[], code: 'unreadable', message: MESSAGES.unreadable.en, messageZh: MESSAGES.unreadable.zh,
});
